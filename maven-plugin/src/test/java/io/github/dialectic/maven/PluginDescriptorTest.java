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

    @Test
    void theRulesExampleKeepsItsXml() throws Exception {
        List<String> text = rulesDescriptions(descriptor());
        List<String> html = rulesDescriptions(htmlDescriptor()).stream().map(PluginDescriptorTest::rendered).toList();
        assertEquals(3, text.size(), "check, start and baseline take rules");
        assertEquals(3, html.size(), "check, start and baseline take rules");
        for (String shown : List.of(text.get(0), html.get(0))) {
            assertTrue(shown.contains("<rule><id>rule-id</id><severity>warning</severity>"), shown);
            assertTrue(shown.contains("<options>...</options></rule>"), shown);
        }
    }

    @Test
    void everyGoalIsListedAndNamedInThePluginsDescription() throws Exception {
        Document d = descriptor();
        NodeList goals = d.getElementsByTagName("goal");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < goals.getLength(); i++) {
            names.add(goals.item(i).getTextContent());
        }
        assertEquals(List.of("baseline", "check", "start"), names.stream().sorted().toList());
        String description = d.getDocumentElement().getElementsByTagName("description").item(0).getTextContent();
        for (String goal : names) {
            assertTrue(description.contains("dialectic:" + goal), description);
        }
    }
}
