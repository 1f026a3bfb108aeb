package io.github.dialectic.rules.testing;

import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.SqlStatement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a fixture two ways. Precisely: the rule under test, run alone, reports exactly the findings its
 * {@code expect:} markers describe (line, column, message fragments, engine effects). Shared: with every rule
 * enabled, no rule reports on a statement that carries no marker, and each {@code also:} rule does report where it
 * says.
 */
public final class FixtureCheck {
    /** {@code -- rule-time-limit-ms: N} in a fixture: the rule time bound to lint it with (default: the default). */
    private static final Pattern RULE_TIME_LIMIT = Pattern.compile("--\\s*rule-time-limit-ms:\\s*(\\d+)");

    private FixtureCheck() {
    }

    /** Both checks; returns the mismatches, one problem each (several lines for a differing finding). */
    public static List<String> mismatches(Fixture fixture, RuleRegistry registry) {
        Rule rule = registry.rules().get(fixture.ruleUnderTest());
        // Pipeline finding kinds (unparsed-statement, the suppression checks) need the whole run.
        RuleRegistry alone = rule != null ? RuleRegistry.of(rule) : registry;
        List<String> problems = new ArrayList<>(precise(fixture, alone));
        problems.addAll(shared(fixture, registry));
        return problems;
    }

    static List<Finding> lint(Fixture fixture, RuleRegistry registry) {
        LintOptions options = LintOptions.defaults().withTargets(fixture.targets());
        Matcher limit = RULE_TIME_LIMIT.matcher(fixture.source().text());
        if (limit.find()) {
            options = options.withRuleTimeout(Duration.ofMillis(Long.parseLong(limit.group(1))));
        }
        return new Linter(registry, options).lintFiles(List.of(fixture.source())).findings();
    }

    /** The rule under test's findings (linted with {@code registry}) against the {@code expect:} markers. */
    public static List<String> precise(Fixture fixture, RuleRegistry registry) {
        if (!registry.knows(fixture.ruleUnderTest())) {
            return List.of(fixture.name() + ": no rule " + fixture.ruleUnderTest() + " (the fixture's directory)");
        }
        Map<Integer, List<Finding>> found = new TreeMap<>();
        for (Finding f : lint(fixture, registry)) {
            if (f.rule().equals(fixture.ruleUnderTest())) {
                found.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<Integer, List<Marker>> expected = new TreeMap<>();
        for (Marker m : fixture.markers()) {
            expected.computeIfAbsent(m.line(), k -> new ArrayList<>()).add(m);
        }
        Set<Integer> lines = new TreeSet<>(found.keySet());
        lines.addAll(expected.keySet());
        List<String> problems = new ArrayList<>();
        for (int line : lines) {
            List<Finding> actual = new ArrayList<>(found.getOrDefault(line, List.of()));
            List<Marker> wanted = new ArrayList<>(expected.getOrDefault(line, List.of()));
            for (Marker m : List.copyOf(wanted)) {
                actual.stream().filter(m::matches).findFirst().ifPresent(f -> {
                    actual.remove(f);
                    wanted.remove(m);
                });
            }
            // What is left on this line differs: pair markers and findings in column order to say how.
            actual.sort(Comparator.comparingInt(Finding::column));
            wanted.sort(Comparator.comparingInt(Marker::column));
            int pairs = Math.min(actual.size(), wanted.size());
            for (int i = 0; i < pairs; i++) {
                problems.add(differs(fixture, wanted.get(i), actual.get(i)));
            }
            for (Marker m : wanted.subList(pairs, wanted.size())) {
                problems.add(fixture.name() + ":" + line + ":" + m.column() + ": expected finding not reported"
                        + " (marker on line " + m.markerLine() + ")\n    expected: " + m.text()
                        + caret(fixture, line, m.column(), "expected"));
            }
            for (Finding f : actual.subList(pairs, actual.size())) {
                problems.add(fixture.name() + ":" + line + ":" + f.column() + ": unexpected finding, no marker"
                        + " describes it\n    actual:   " + Marker.describe(f) + caret(fixture, line, f.column(), "here"));
            }
        }
        return problems;
    }

    private static String differs(Fixture fixture, Marker m, Finding f) {
        StringBuilder sb = new StringBuilder(fixture.name() + ":" + f.line() + ":" + f.column() + ": finding differs"
                + " from the marker on line " + m.markerLine() + ":");
        if (f.column() != m.column()) {
            sb.append(" column ").append(f.column()).append(", expected ").append(m.column()).append(';');
        }
        for (String fragment : m.missingFragments(f)) {
            sb.append(" message lacks ").append(Marker.quote(fragment)).append(';');
        }
        if (!f.engines().equals(m.effects())) {
            sb.append(" effects").append(orNone(Marker.effectsText(f.engines()))).append(", expected")
                    .append(orNone(Marker.effectsText(m.effects()))).append(';');
        }
        sb.setLength(sb.length() - 1);
        sb.append("\n    expected: ").append(m.text()).append("\n    actual:   ").append(Marker.describe(f));
        if (f.column() != m.column()) {
            sb.append(caret(fixture, f.line(), m.column(), "expected")).append(caret(fixture, -1, f.column(), "actual"));
        } else {
            sb.append(caret(fixture, f.line(), f.column(), "here"));
        }
        return sb.toString();
    }

    private static String orNone(String effects) {
        return effects.isEmpty() ? " (none)" : effects;
    }

    /** The source line (unless {@code line} is -1) and a caret under {@code column}. */
    private static String caret(Fixture fixture, int line, int column, String label) {
        String source = line < 0 ? "" : "\n    | " + fixture.lineText(line).replace('\t', ' ');
        return source + "\n    | " + " ".repeat(Math.max(0, column - 1)) + "^ " + label;
    }

    /** Every rule, whole file: statements without markers get no finding; {@code also:} rules report. */
    public static List<String> shared(Fixture fixture, RuleRegistry registry) {
        List<SqlStatement> statements = fixture.statements();
        Set<Integer> marked = new TreeSet<>();
        fixture.markers().forEach(m -> marked.add(unit(statements, m.line())));
        Map<Integer, Set<String>> also = new TreeMap<>();
        fixture.alsoByLine().forEach((line, rules) -> {
            marked.add(unit(statements, line));
            also.computeIfAbsent(unit(statements, line), k -> new TreeSet<>()).addAll(rules);
        });
        Map<Integer, Set<String>> reporting = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Finding f : lint(fixture, registry)) {
            int unit = unit(statements, f.line());
            reporting.computeIfAbsent(unit, k -> new TreeSet<>()).add(f.rule());
            if (!marked.contains(unit) && !f.rule().equals(fixture.ruleUnderTest())) {
                problems.add(fixture.name() + ":" + f.line() + ":" + f.column() + ": " + f.rule() + " reports on a"
                        + " statement without a marker (add -- also: " + f.rule() + " if that is right)\n    actual:   "
                        + Marker.describe(f) + caret(fixture, f.line(), f.column(), "here"));
            }
        }
        also.forEach((unit, rules) -> {
            for (String rule : rules) {
                if (!registry.knows(rule)) {
                    problems.add(fixture.name() + ":" + unit + ": also: names unknown rule " + rule);
                } else if (!reporting.getOrDefault(unit, Set.of()).contains(rule)) {
                    problems.add(fixture.name() + ":" + unit + ": also: " + rule + ", but " + rule
                            + " reports nothing on this statement");
                }
            }
        });
        return problems;
    }

    /** The first line of the statement {@code line} lies in, or the line itself between statements. */
    static int unit(List<SqlStatement> statements, int line) {
        for (SqlStatement s : statements) {
            if (s.line() <= line && line <= s.endLine()) {
                return s.line();
            }
        }
        return line;
    }
}
