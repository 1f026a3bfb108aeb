package io.github.dialectic.rule;

import io.github.dialectic.change.Change;

/**
 * One portability check. Implementations are annotated with {@link RuleInfo}, have a public no-argument
 * constructor, are listed in {@code META-INF/services/io.github.dialectic.rule.Rule}, and must be stateless: the
 * same instance checks every statement of every run.
 */
public interface Rule {

    /** Looks at one change, with the schema as it stood before it, and reports through the context. */
    void check(Change change, RuleContext context);
}
