package io.github.dialectic.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The generated plugin descriptors: plugin.xml, whose descriptions are plain text (what help:describe prints), and
 * target/plugin-enhanced.xml, whose descriptions are HTML (what the plugin's documentation pages render). An XML
 * example must read the same in both, and the plugin's description names every goal.
 */
class PluginDescriptorTest {

    private static Document descriptor() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertTrue(in != null, "no plugin.xml: the descriptor is generated in process-classes");
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static Document htmlDescriptor() throws Exception {
        java.io.File enhanced = new java.io.File("target/plugin-enhanced.xml");
        assertTrue(enhanced.isFile(), "no " + enhanced + ": the descriptor is generated in process-classes");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(enhanced);
    }

    private static List<String> rulesDescriptions(Document d) {
        NodeList parameters = d.getElementsByTagName("parameter");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < parameters.getLength(); i++) {
            Element p = (Element) parameters.item(i);
            if (p.getElementsByTagName("name").item(0).getTextContent().equals("rules")) {
                found.add(p.getElementsByTagName("description").item(0).getTextContent());
            }
        }
        return found;
    }

    /** What a reader of the HTML sees: tags dropped, entities decoded (as help:describe and the site render it). */
    private static String rendered(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The goals the sources declare ({@code @Mojo(name = ...)}), and the generated help goal, sorted. */
    private static List<String> mojoGoals() throws Exception {
        java.util.regex.Pattern mojo = java.util.regex.Pattern.compile("@Mojo\\(name = \"([a-z-]+)\"");
        List<String> goals = new ArrayList<>(List.of("help"));
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                java.nio.file.Path.of("src/main/java/io/github/dialectic/maven"))) {
            for (java.nio.file.Path f : files.toList()) {
                java.util.regex.Matcher m = mojo.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    goals.add(m.group(1));
                }
            }
        }
        goals.sort(null);
        return goals;
    }

    @Test
    void theRulesExampleKeepsItsXml() throws Exception {
        List<String> text = rulesDescriptions(descriptor());
        List<String> html = rulesDescriptions(htmlDescriptor()).stream().map(PluginDescriptorTest::rendered).toList();
        List<String> lintingGoals = mojoGoals().stream().filter(g -> !g.equals("help")).toList();
        assertEquals(lintingGoals.size(), text.size(), "every goal but help takes rules: " + lintingGoals);
        assertEquals(lintingGoals.size(), html.size(), "every goal but help takes rules: " + lintingGoals);
        List<String> all = new ArrayList<>(text);
        all.addAll(html);
        for (String shown : all) {
            assertTrue(shown.contains("<rule><id>rule-id</id><severity>warning</severity>"), shown);
            assertTrue(shown.contains("<options>...</options></rule>"), shown);
        }
    }

    @Test
    void everyGoalIsListedAndNamedInThePluginsDescription() throws Exception {
        Document d = descriptor();
        NodeList mojos = d.getElementsByTagName("mojo");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            // the mojo's own <goal>, not the help goal's <configuration><goal>${goal}</goal>
            for (org.w3c.dom.Node n = mojos.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("goal")) {
                    names.add(n.getTextContent());
                }
            }
        }
        assertEquals(mojoGoals(), names.stream().sorted().toList());
        assertTrue(names.containsAll(List.of("baseline", "check", "help", "precheck", "report", "start")), names.toString());
        String description = d.getDocumentElement().getElementsByTagName("description").item(0).getTextContent();
        for (String goal : names) {
            assertTrue(description.contains("dialectic:" + goal), description);
        }
    }
}
