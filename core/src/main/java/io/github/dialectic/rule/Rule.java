package io.github.dialectic.rule;

import io.github.dialectic.change.Change;
import io.github.dialectic.engine.EngineProfile;

import java.util.List;

/**
 * One portability check. Implementations are annotated with {@link RuleInfo}, have a public no-argument
 * constructor, are listed in {@code META-INF/services/io.github.dialectic.rule.Rule}, and must be stateless: the
 * same instance checks every statement of every run.
 */
public interface Rule {

    /** Looks at one change, with the schema as it stood before it, and reports through the context. */
    void check(Change change, RuleContext context);

    /**
     * Called once before a run's first check, outside the rule time bound, with the targets' profiles (as
     * {@link RuleContext#profiles()} gives them): one-time work whose cost does not belong to the first statement
     * checked, such as loading a native library. Timed inside that check, it could push the statement past the bound
     * on a loaded machine, and only on whichever runner checked it first.
     */
    default void prepare(List<EngineProfile> targets) {
    }
}
