package io.github.dialectic.lint;

import io.github.dialectic.engine.Targets;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.SqlFlavor;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * How to lint: against which targets, which rules are off or re-graded, how long JSqlParser may spend on one
 * statement, and the SQL flavour of the files (null: detected per file).
 */
public record LintOptions(Targets targets, Set<String> disabledRules, Map<String, Severity> severityOverrides,
                          Duration parseTimeout, SqlFlavor flavor) {

    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(5);

    public LintOptions {
        disabledRules = Set.copyOf(disabledRules);
        severityOverrides = Map.copyOf(severityOverrides);
    }

    public static LintOptions defaults() {
        return new LintOptions(Targets.latestOfEach(), Set.of(), Map.of(), DEFAULT_PARSE_TIMEOUT, null);
    }

    public LintOptions withTargets(Targets newTargets) {
        return new LintOptions(newTargets, disabledRules, severityOverrides, parseTimeout, flavor);
    }

    public LintOptions withDisabled(Set<String> rules) {
        return new LintOptions(targets, rules, severityOverrides, parseTimeout, flavor);
    }

    public LintOptions withSeverities(Map<String, Severity> overrides) {
        return new LintOptions(targets, disabledRules, overrides, parseTimeout, flavor);
    }

    public LintOptions withFlavor(SqlFlavor newFlavor) {
        return new LintOptions(targets, disabledRules, severityOverrides, parseTimeout, newFlavor);
    }

    public LintOptions withParseTimeout(Duration timeout) {
        return new LintOptions(targets, disabledRules, severityOverrides, timeout, flavor);
    }
}
