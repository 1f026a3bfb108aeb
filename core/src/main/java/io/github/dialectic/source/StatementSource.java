package io.github.dialectic.source;

import java.util.List;

/**
 * Where a run's statements come from: scripts in the order they apply to the database, each yielding its statements
 * in order, each statement with its {@linkplain Script#locate origin}. {@link FlywaySqlSource} reads Flyway SQL
 * migrations; a Liquibase changelog or another layout is another implementation, and the linter does not change.
 */
@FunctionalInterface
public interface StatementSource {

    /**
     * The scripts, in application order. A script that cannot be read stops the run: the exception names the file
     * and line, as a user must fix it before anything can be checked.
     */
    List<Script> scripts() throws SourceException;
}
