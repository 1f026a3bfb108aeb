package io.github.dialectic.rule;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a rule claims one engine does with the flagged construct. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface EngineEffect {
    Engine engine();

    Effect effect();

    /** Versions the claim holds for: empty for all, or {@code ">=3.35"}, {@code "<8.4"}, {@code ">=8.0 <8.4"}. */
    String versions() default "";

    /** Where the claim comes from: vendor documentation, and for DB2 the SQLCODE/SQLSTATE. */
    String reference() default "";
}
