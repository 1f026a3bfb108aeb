package io.github.dialectic.rules.testing;

import io.github.dialectic.engine.Targets;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.SqlStatement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule fixture: SQL with inline expectations, in the style of Error Prone's test sources. The rule under test is
 * the name of the fixture's directory ({@code fixtures/fk-on-update-action/bad.sql}).
 * <ul>
 *   <li>{@code -- expect: fk-on-update-action @9 "ON UPDATE CASCADE" db2:rejected}: the rule under test reports a
 *   finding that starts at column 9 of the next line (or of this line, when the marker ends a line of SQL), whose
 *   message contains every quoted fragment, naming exactly these engines with these effects (none listed: none).
 *   Stacked markers all point at the first line below them that is not a marker. The rule under test must report
 *   nothing else in the file.</li>
 *   <li>{@code -- also: rule-a, rule-b}, placed like {@code expect:}: other rules that report on that statement;
 *   they are not under test here (their own fixtures check them), but they must report there.</li>
 *   <li>A statement with no marker must get no finding from any rule.</li>
 *   <li>{@code -- targets: db2,sqlite:3.30} anywhere in the file: the engines to lint against (default: the latest
 *   of each);</li>
 *   <li>{@code -- rule-time-limit-ms: N} anywhere in the file: the rule time bound (default: the default).</li>
 * </ul>
 *
 * @param alsoByLine the lines {@code also:} markers point at, with the rules they name
 */
public record Fixture(Path path, SourceFile source, Targets targets, String ruleUnderTest, List<Marker> markers,
                      Map<Integer, Set<String>> alsoByLine) {

    private static final Pattern EXPECT = Pattern.compile("--\\s*expect:(.*)$");
    private static final Pattern ALSO = Pattern.compile("--\\s*also:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)\\s*$");
    private static final Pattern TARGETS = Pattern.compile("--\\s*targets:\\s*(\\S+)");

    /**
     * Reads a fixture; the rule under test is the name of its directory.
     *
     * @throws IllegalArgumentException for a malformed marker, naming the file and line
     */
    public static Fixture read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        SourceFile source = SourceFile.of(path, text);
        String rule = path.toAbsolutePath().getParent().getFileName().toString();
        String[] lines = text.split("\r\n|\r|\n", -1);
        Targets targets = Targets.latestOfEach();
        List<Marker> markers = new ArrayList<>();
        Map<Integer, Set<String>> also = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String where = name(path) + ":" + (i + 1);
            Matcher t = TARGETS.matcher(lines[i]);
            if (t.find()) {
                try {
                    targets = Targets.parse(t.group(1));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": bad targets: " + e.getMessage(), e);
                }
            }
            Matcher e = EXPECT.matcher(lines[i]);
            Matcher a = ALSO.matcher(lines[i]);
            if (e.find()) {
                Marker m = Marker.parse(e.group(1), i + 1, targetLine(lines, i, e.start(), where), where);
                if (!m.rule().equals(rule)) {
                    throw new IllegalArgumentException(where + ": expect: names " + m.rule() + ", but this fixture"
                            + " tests " + rule + " (its directory); mark other rules' findings with -- also: "
                            + m.rule());
                }
                markers.add(m);
            } else if (a.find()) {
                List<String> others = Arrays.stream(a.group(1).split(",")).map(String::trim).toList();
                if (others.contains(rule)) {
                    throw new IllegalArgumentException(where + ": also: names " + rule + ", the rule under test;"
                            + " describe its findings with -- expect: " + rule + " @COLUMN \"fragment\" ENGINE:EFFECT");
                }
                also.computeIfAbsent(targetLine(lines, i, a.start(), where), k -> new TreeSet<>()).addAll(others);
            } else if (lines[i].contains("also:")) {
                throw new IllegalArgumentException(where + ": bad marker, expected -- also: rule-a, rule-b");
            }
        }
        return new Fixture(path, source, targets, rule, List.copyOf(markers), also);
    }

    /**
     * The 1-based line a marker starting at {@code markerStart} of line {@code index} points at: its own line when
     * SQL precedes it there, else the next line that is not a marker.
     */
    private static int targetLine(String[] lines, int index, int markerStart, String where) {
        if (!lines[index].substring(0, markerStart).isBlank()) {
            return index + 1;
        }
        for (int j = index + 1; j < lines.length; j++) {
            String next = lines[j].strip();
            if (next.startsWith("--") && (EXPECT.matcher(next).lookingAt() || ALSO.matcher(next).lookingAt())) {
                continue;
            }
            if (next.isEmpty()) {
                throw new IllegalArgumentException(where + ": marker points at blank line " + (j + 1)
                        + "; put it right above the line the finding starts on");
            }
            return j + 1;
        }
        throw new IllegalArgumentException(where + ": marker at the end of the file points at no line");
    }

    /** {@code rule-id/bad.sql}: enough to find the file. */
    public static String name(Path path) {
        Path abs = path.toAbsolutePath();
        return (abs.getParent() == null ? "" : abs.getParent().getFileName() + "/") + abs.getFileName();
    }

    public String name() {
        return name(path);
    }

    public List<SqlStatement> statements() {
        return new SqlSplitter(source.flavor()).split(source.text());
    }

    /** The text of a 1-based line, for error messages. */
    public String lineText(int line) {
        String[] lines = source.text().split("\r\n|\r|\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }
}
