package io.github.dialectic.liquibase;

import io.github.dialectic.source.LineIndex;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each changeset of a changelog file begins: the line and column of its {@code <changeSet} (XML), its
 * {@code changeSet:} key (YAML, JSON) or its {@code --changeset} comment (formatted SQL, which also gets the text range
 * up to the next changeset). Liquibase's model keeps no positions, so the file is read again, for positions only; a
 * file that cannot be read this way has no positions and its findings name the changeset instead.
 */
final class ChangeSetPositions {

    /** A changeset's place: 1-based line and columns of its opening, and for formatted SQL its text range. */
    record At(int line, int column, int endColumn, int start, int end) {
    }

    /** Liquibase's: {@code --changeset author:id attributes}, author and id optionally double-quoted. */
    private static final Pattern SQL_CHANGESET = Pattern.compile(
            "^[ \\t]*--[ \\t]*changeset[ \\t]+(\"[^\"]+\"|[^:\\s]+):(\"[^\"]+\"|\\S+)", Pattern.CASE_INSENSITIVE
                    | Pattern.MULTILINE);

    private final Map<String, Deque<At>> byName = new HashMap<>();

    private ChangeSetPositions() {
    }

    /** The positions of the changesets in {@code text}, read as the file name's format says. */
    static ChangeSetPositions of(String fileName, String text) {
        ChangeSetPositions positions = new ChangeSetPositions();
        String lower = fileName.toLowerCase(Locale.ROOT);
        LineIndex lines = LineIndex.of(text);
        try {
            if (lower.endsWith(".xml")) {
                positions.readXml(text, lines);
            } else if (lower.endsWith(".sql")) {
                positions.readSql(text, lines);
            } else if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
                positions.readYaml(text, lines);
            }
        } catch (Exception | StackOverflowError e) {
            positions.byName.clear(); // no positions rather than wrong ones; Liquibase reported the file if it is bad
        }
        return positions;
    }

    /** The next unclaimed position of changeset {@code id::author}, or null when it is unknown. */
    At take(String id, String author) {
        Deque<At> found = byName.get(key(id, author));
        return found == null || found.isEmpty() ? null : found.poll();
    }

    private void add(String id, String author, At at) {
        byName.computeIfAbsent(key(id, author), k -> new ArrayDeque<>()).add(at);
    }

    private static String key(String id, String author) {
        return id + "::" + author;
    }

    private void readXml(String text, LineIndex lines) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        SAXParser parser = factory.newSAXParser();
        parser.parse(new InputSource(new StringReader(text)), new DefaultHandler() {
            private Locator locator;

            @Override
            public void setDocumentLocator(Locator l) {
                locator = l;
            }

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
                if (!"changeSet".equals(local)) {
                    return;
                }
                // the locator stands just after the start tag; the tag opens at the '<' before it
                int after = Math.min(text.length(), lines.offset(locator.getLineNumber(), locator.getColumnNumber()));
                int open = text.lastIndexOf('<', Math.max(0, after - 1));
                int tagEnd = Math.max(open, after - 1);
                add(attributes.getValue("id"), attributes.getValue("author"), at(lines, open, text, tagEnd));
            }
        });
    }

    private void readYaml(String text, LineIndex lines) {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(Integer.MAX_VALUE);
        loader.setNestingDepthLimit(200);
        Node root = new Yaml(loader).compose(new StringReader(text));
        Node changes = value(root, "databaseChangeLog");
        if (!(changes instanceof SequenceNode list)) {
            return;
        }
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode entry)) {
                continue;
            }
            for (NodeTuple t : entry.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("changeSet")) {
                    int offset = t.getKeyNode().getStartMark().getIndex();
                    add(scalar(value(t.getValueNode(), "id")), scalar(value(t.getValueNode(), "author")),
                            at(lines, Math.min(offset, text.length()), text, -1));
                }
            }
        }
    }

    private static Node value(Node mapping, String key) {
        if (mapping instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    private void readSql(String text, LineIndex lines) {
        Matcher m = SQL_CHANGESET.matcher(text);
        List<int[]> starts = new ArrayList<>(); // offset of each changeset line
        List<String[]> names = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start()});
            names.add(new String[] {unquote(m.group(2)), unquote(m.group(1))});
        }
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i)[0];
            while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
                start++;
            }
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            At line = at(lines, start, text, -1);
            add(names.get(i)[0], names.get(i)[1], new At(line.line(), line.column(), line.endColumn(), start, end));
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** A position from {@code open} to {@code last} if on the same line, else to the end of the opening line. */
    private static At at(LineIndex lines, int open, String text, int last) {
        int line = lines.line(open);
        int lineEnd = text.indexOf('\n', open);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int end = last >= open && last < lineEnd ? last : Math.max(open, lineEnd - 1);
        while (end > open && Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        return new At(line, lines.column(open), lines.column(end), -1, -1);
    }
}
