package io.github.dialectic.rule;

/**
 * What a rule reads beyond the statement it checks (its change, text and tokens, the targets and profiles), declared
 * in {@link RuleInfo#reads()}. The runner schedules by it: a rule that reads nothing more can check any statement at
 * any time, on any thread; one that reads the schema or the file's history must wait for the statements before it.
 * Asking the context for what the rule did not declare is a programming error: the context throws
 * {@link IllegalStateException} naming the rule.
 */
public enum Reads {
    /** {@link RuleContext#schema()}: the schema replayed up to the statement. */
    SCHEMA,
    /**
     * The file so far: {@link RuleContext#fileChangesSoFar()}, {@link RuleContext#fileDeclaration} and
     * {@link RuleContext#inExplicitTransaction()}.
     */
    FILE_HISTORY
}
