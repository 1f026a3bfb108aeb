package io.github.dialectic.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link DialecticExtension} for a {@link Migrations} parameter: the files and directories to lint and,
 * optionally, the targets as {@code --target} takes them ({@code "db2"}, {@code "mysql:8.0"}; default: the latest
 * release of each engine).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface MigrationsAt {
    String[] value();

    String[] targets() default {};
}
