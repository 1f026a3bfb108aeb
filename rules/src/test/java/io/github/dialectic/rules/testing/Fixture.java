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
import java.util.stream.Collectors;

/**
 * A rule fixture: SQL with inline expectations, in the style of Error Prone's test sources.
 * <ul>
 *   <li>{@code -- expect: rule-a, rule-b} on the line before a statement (or at the end of its line): those rules,
 *   and no others, must report on that statement;</li>
 *   <li>statements without a marker must produce no finding at all;</li>
 *   <li>{@code -- targets: db2,sqlite:3.30} anywhere in the file: the engines to lint against (default: the latest
 *   of each).</li>
 * </ul>
 */
public record Fixture(Path path, SourceFile source, Targets targets, Map<Integer, Set<String>> expectedByStatementLine) {

    private static final Pattern EXPECT = Pattern.compile("--\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");
    private static final Pattern TARGETS = Pattern.compile("--\\s*targets:\\s*(\\S+)");

    public static Fixture read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        SourceFile source = SourceFile.of(path, text);
        List<SqlStatement> statements = new SqlSplitter(source.flavor()).split(source.text());
        Map<Integer, Set<String>> expected = new LinkedHashMap<>();
        Targets targets = Targets.latestOfEach();
        String[] lines = source.text().split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            Matcher t = TARGETS.matcher(lines[i]);
            if (t.find()) {
                targets = Targets.parse(t.group(1));
            }
            Matcher m = EXPECT.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            SqlStatement target = statementFor(statements, lineNo);
            if (target == null) {
                throw new IllegalStateException(path + ":" + lineNo + ": expectation is not next to a statement");
            }
            expected.computeIfAbsent(target.line(), k -> new TreeSet<>())
                    .addAll(Arrays.stream(m.group(1).split(",")).map(String::trim).collect(Collectors.toList()));
        }
        return new Fixture(path, source, targets, expected);
    }

    /** The statement a marker on {@code line} governs: the one it sits in or ends on, else the one on the next line. */
    static SqlStatement statementFor(List<SqlStatement> statements, int line) {
        for (SqlStatement s : statements) {
            if (s.endLine() >= line) {
                return s.line() <= line + 1 ? s : null;
            }
        }
        return null;
    }

    public List<SqlStatement> statements() {
        return new SqlSplitter(source.flavor()).split(source.text());
    }

    public Set<String> expectedRules() {
        Set<String> all = new TreeSet<>();
        expectedByStatementLine.values().forEach(all::addAll);
        return all;
    }

    public List<Integer> statementLines() {
        List<Integer> lines = new ArrayList<>();
        statements().forEach(s -> lines.add(s.line()));
        return lines;
    }
}
