package io.github.dialectic.junit;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.rule.Severity;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Plain JUnit 5 assertions over migration files. A failure is an opentest4j {@code MultipleFailuresError} (one
 * {@code AssertionFailedError} per finding, each a {@code path:line:col: severity: [rule] message (engine: effect)}
 * line that IDE consoles turn into a link), or a single {@code AssertionFailedError} when there is one finding.
 *
 * <pre>{@code
 * import static io.github.dialectic.junit.DialecticAssertions.assertThatMigrations;
 *
 * @Test
 * void migrationsRunOnDb2AndPostgres() {
 *     assertThatMigrations("src/main/resources/db/migration").on(Engine.DB2, Engine.POSTGRESQL).haveNoRejections();
 * }
 * }</pre>
 */
public final class DialecticAssertions {
    private DialecticAssertions() {
    }

    public static MigrationsAssertion assertThatMigrations(String first, String... more) {
        return new MigrationsAssertion(Migrations.at(first, more));
    }

    public static MigrationsAssertion assertThatMigrations(Migrations migrations) {
        return new MigrationsAssertion(migrations);
    }

    /** The fluent assertion; {@code on} and {@code withoutRules} narrow it, the {@code have...} methods check. */
    public static final class MigrationsAssertion {
        private final Migrations migrations;

        MigrationsAssertion(Migrations migrations) {
            this.migrations = migrations;
        }

        public MigrationsAssertion on(Engine... engines) {
            return new MigrationsAssertion(migrations.on(engines));
        }

        public MigrationsAssertion on(String... targetSpecs) {
            return new MigrationsAssertion(migrations.on(targetSpecs));
        }

        public MigrationsAssertion withoutRules(String... ruleIds) {
            return new MigrationsAssertion(migrations.withoutRules(ruleIds));
        }

        /** Fails when a targeted engine rejects a statement (the {@code rejected} effect). */
        public MigrationsAssertion haveNoRejections() {
            List<Finding> rejected = migrations.rejections();
            Failures.throwIfAny(heading(rejected.size(), "rejected by a target"), rejected);
            return this;
        }

        /** Fails on any finding at or above {@code severity} (so {@code WARNING} fails on warnings and errors). */
        public MigrationsAssertion haveNoFindingsAtOrAbove(Severity severity) {
            List<Finding> found = migrations.findingsAtOrAbove(severity);
            Failures.throwIfAny(heading(found.size(), "at or above " + severity.id()), found);
            return this;
        }

        private String heading(int count, String what) {
            return "Dialectic: " + count + " finding" + (count == 1 ? "" : "s") + " " + what + " in "
                    + migrations.paths().stream().map(Object::toString).collect(Collectors.joining(", "))
                    + " (targets: " + migrations.targets().asList().stream().map(Target::toString)
                    .collect(Collectors.joining(", ")) + ")";
        }
    }
}
