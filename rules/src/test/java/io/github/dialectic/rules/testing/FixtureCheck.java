package io.github.dialectic.rules.testing;

import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.SqlStatement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Lints a fixture with every registered rule and compares the findings with its markers, both ways. */
public final class FixtureCheck {
    private FixtureCheck() {
    }

    /** Returns the mismatches, one line each; empty when the fixture holds. */
    public static List<String> mismatches(Fixture fixture, RuleRegistry registry) {
        LintReport report = new Linter(registry, LintOptions.defaults().withTargets(fixture.targets()))
                .lintFiles(List.of(fixture.source()));
        List<SqlStatement> statements = fixture.statements();
        Map<Integer, Set<String>> actual = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Finding f : report.findings()) {
            SqlStatement owner = Fixture.statementFor(statements, f.line());
            if (owner == null) {
                problems.add(FixtureCheck.name(fixture) + ":" + f.line() + ":" + f.column()
                        + ": finding outside any statement: [" + f.rule() + "] " + f.message());
                continue;
            }
            actual.computeIfAbsent(owner.line(), k -> new TreeSet<>()).add(f.rule());
        }
        Set<Integer> lines = new TreeSet<>(actual.keySet());
        lines.addAll(fixture.expectedByStatementLine().keySet());
        for (int line : lines) {
            Set<String> want = fixture.expectedByStatementLine().getOrDefault(line, Set.of());
            Set<String> got = actual.getOrDefault(line, Set.of());
            if (!want.equals(got)) {
                Set<String> missing = new TreeSet<>(want);
                missing.removeAll(got);
                Set<String> unexpected = new TreeSet<>(got);
                unexpected.removeAll(want);
                problems.add(FixtureCheck.name(fixture) + ":" + line + ": statement"
                        + (missing.isEmpty() ? "" : " lacks expected " + missing)
                        + (unexpected.isEmpty() ? "" : " has unexpected " + unexpected + describe(report, line, statements)));
            }
        }
        return problems;
    }

    /** {@code rule-id/bad.sql}: enough to find the file. */
    static String name(Fixture fixture) {
        Path p = fixture.path();
        return (p.getParent() == null ? "" : p.getParent().getFileName() + "/") + p.getFileName();
    }

    private static String describe(LintReport report, int statementLine, List<SqlStatement> statements) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : report.findings()) {
            SqlStatement owner = Fixture.statementFor(statements, f.line());
            if (owner != null && owner.line() == statementLine) {
                sb.append("\n    ").append(f.line()).append(':').append(f.column()).append(' ')
                        .append(f.rule()).append(": ").append(f.message());
            }
        }
        return sb.toString();
    }
}
