package io.github.dialectic.junit;

import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.liquibase.ChangelogLint;
import io.github.dialectic.liquibase.ChangelogOptions;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.SourceException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Liquibase changelog linted as the command line and the Maven plugin lint it ({@link ChangelogLint}). Its own class,
 * so that dialectic-liquibase (an optional dependency: Liquibase projects add it) is loaded only for a changelog.
 */
final class ChangelogLinting {

    private ChangelogLinting() {
    }

    static LintReport lint(Path changelog, Path project, String contexts, String labels, LintOptions options) {
        try {
            return lintWithLiquibase(changelog, project, contexts, labels, options);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("dialectic: " + changelog + " is a Liquibase changelog; add "
                    + "io.github.dialectic:dialectic-liquibase to the test dependencies to lint it", e);
        }
    }

    private static LintReport lintWithLiquibase(Path changelog, Path project, String contexts, String labels,
                                                LintOptions options) {
        // includes are looked up as Liquibase does from the project: the project folder, then its resources
        List<Path> searchPath = java.util.stream.Stream.of(project, project.resolve("src/main/resources"))
                .filter(Files::isDirectory).toList();
        try {
            return new ChangelogLint(RuleRegistry.load(), options, new ChangelogOptions(contexts, labels, searchPath))
                    .lint(changelog);
        } catch (SourceException e) {
            throw new IllegalStateException("dialectic: " + e.getMessage(), e);
        }
    }
}
