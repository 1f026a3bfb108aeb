package io.github.dialectic.rule;

import java.util.List;

/**
 * Findings the pipeline itself produces: statements it could not parse, and suppressions that name unknown rules or
 * suppress nothing. They have ids, severities and doc pages like any rule, but no engine claims.
 */
public final class PipelineRules {
    public static final String UNPARSED_STATEMENT = "unparsed-statement";
    public static final String UNKNOWN_SUPPRESSION = "unknown-suppression";
    public static final String UNUSED_SUPPRESSION = "unused-suppression";
    public static final String RULE_TIME_LIMIT = "rule-time-limit";

    static final List<RuleDescriptor> DESCRIPTORS = List.of(
            new RuleDescriptor(UNPARSED_STATEMENT, "Statement Dialectic could not parse", Category.PIPELINE,
                    Severity.INFO, "A statement neither JSqlParser nor Dialectic's DDL reader understood; no rule "
                    + "checked it, and the schema replay did not see what it changes.", List.of()),
            new RuleDescriptor(UNKNOWN_SUPPRESSION, "Suppression names an unknown rule", Category.PIPELINE,
                    Severity.WARNING, "A dialectic:ignore comment names a rule id that does not exist "
                    + "(a typo suppresses nothing).", List.of()),
            new RuleDescriptor(UNUSED_SUPPRESSION, "Suppression suppressed nothing", Category.PIPELINE,
                    Severity.WARNING, "A dialectic:ignore comment matched no finding: the problem is gone or the "
                    + "comment is not next to the statement it means.", List.of()),
            new RuleDescriptor(RULE_TIME_LIMIT, "Rule ran past its time limit on a statement", Category.PIPELINE,
                    Severity.WARNING, "A rule took longer than its bound on one statement (5 s by default): it was "
                    + "stopped there, so its check of that statement may be incomplete; the run went on.", List.of()));

    private PipelineRules() {
    }
}
