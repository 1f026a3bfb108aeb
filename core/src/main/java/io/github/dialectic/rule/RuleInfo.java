package io.github.dialectic.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, declared once on its class: the doc page, the rule index and {@code dialectic rules} are all
 * generated from it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Stable kebab-case id used in reports, suppressions and configuration. */
    String id();

    /** A short title, e.g. "Nullable column in a unique key". */
    String title();

    Category category();

    Severity severity();

    /** One sentence: what the rule flags. */
    String summary();

    /** Per-engine claims; engines not listed behave as the author expects. */
    EngineEffect[] effects();

    /**
     * What the rule reads beyond the statement itself: the replayed schema, the file's history (see {@link Reads}).
     * Empty (the default): the statement alone, so the rule may run on any statement at any time, in parallel.
     */
    Reads[] reads() default {};
}
