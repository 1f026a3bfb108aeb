package io.github.dialectic.lint;

import io.github.dialectic.engine.Targets;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.SqlFlavor;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * How to lint: against which targets, which rules are off or re-graded, how long JSqlParser may spend on one
 * statement, how long one rule may spend on one statement, and the SQL flavour of the files (null: detected per
 * file).
 */
public record LintOptions(Targets targets, Set<String> disabledRules, Map<String, Severity> severityOverrides,
                          Duration parseTimeout, SqlFlavor flavor, Duration ruleTimeout) {

    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(5);

    /**
     * A rule that takes longer than this on one statement is stopped there and reported ({@code rule-time-limit}).
     * Rules take microseconds on an ordinary statement and well under a second on a 150,000-column CREATE TABLE.
     */
    public static final Duration DEFAULT_RULE_TIMEOUT = Duration.ofSeconds(5);

    public LintOptions {
        disabledRules = Set.copyOf(disabledRules);
        severityOverrides = Map.copyOf(severityOverrides);
        if (ruleTimeout.isNegative()) {
            throw new IllegalArgumentException("rule timeout must not be negative: " + ruleTimeout);
        }
    }

    public static LintOptions defaults() {
        return new LintOptions(Targets.latestOfEach(), Set.of(), Map.of(), DEFAULT_PARSE_TIMEOUT, null,
                DEFAULT_RULE_TIMEOUT);
    }

    public LintOptions withTargets(Targets newTargets) {
        return new LintOptions(newTargets, disabledRules, severityOverrides, parseTimeout, flavor, ruleTimeout);
    }

    public LintOptions withDisabled(Set<String> rules) {
        return new LintOptions(targets, rules, severityOverrides, parseTimeout, flavor, ruleTimeout);
    }

    public LintOptions withSeverities(Map<String, Severity> overrides) {
        return new LintOptions(targets, disabledRules, overrides, parseTimeout, flavor, ruleTimeout);
    }

    public LintOptions withFlavor(SqlFlavor newFlavor) {
        return new LintOptions(targets, disabledRules, severityOverrides, parseTimeout, newFlavor, ruleTimeout);
    }

    public LintOptions withParseTimeout(Duration timeout) {
        return new LintOptions(targets, disabledRules, severityOverrides, timeout, flavor, ruleTimeout);
    }

    /** Zero stops every rule at its first question to its context: what tests of the bound use. */
    public LintOptions withRuleTimeout(Duration timeout) {
        return new LintOptions(targets, disabledRules, severityOverrides, parseTimeout, flavor, timeout);
    }
}
