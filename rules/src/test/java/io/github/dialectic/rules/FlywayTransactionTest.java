package io.github.dialectic.rules;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.FlywayConfig;
import io.github.dialectic.source.FlywaySqlSource;
import io.github.dialectic.source.SourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transaction Flyway runs a migration in, as statement-refused-in-transaction sees it. */
class FlywayTransactionTest {

    static final String RULE = "statement-refused-in-transaction";

    @TempDir
    Path dir;

    private List<Finding> lint(FlywayConfig config) throws Exception {
        return new Linter(RuleRegistry.load(), LintOptions.defaults().withTargets(Targets.parse("postgresql,mysql")))
                .lint(new FlywaySqlSource(List.of(dir), null, config)).findings().stream()
                .filter(f -> f.rule().equals(RULE)).toList();
    }

    @Test
    void flywayRunsAMigrationOfOnlySuchStatementsWithoutATransactionAndRefusesAMix() throws Exception {
        Files.writeString(dir.resolve("V1__t.sql"), "CREATE TABLE t (id INT NOT NULL PRIMARY KEY, a INT);\n");
        Files.writeString(dir.resolve("V2__vacuum.sql"), "VACUUM t;\n-- a comment\nVACUUM;\n");
        Files.writeString(dir.resolve("V3__mixed.sql"), "INSERT INTO t (id, a) VALUES (1, 2);\nVACUUM t;\n");
        List<Finding> found = lint(FlywayConfig.defaults());
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertTrue(f.file().endsWith("V3__mixed.sql"), f.file());
        assertEquals(2, f.line());
        assertEquals(1, f.column());
        assertEquals("VACUUM in a Flyway migration with statements that run in a transaction: Flyway refuses to mix "
                + "them (mixed is false), and PostgreSQL refuses VACUUM in a transaction block", f.message());
        assertEquals(Map.of(Engine.POSTGRESQL, Effect.REJECTED), f.engines());

        assertEquals(List.of(), lint(FlywayConfig.defaults().with(Map.of("mixed", "true"))),
                "mixed=true: Flyway runs the mixed script without a transaction");
        assertEquals(List.of(), lint(FlywayConfig.defaults().with(Map.of("executeInTransaction", "false"))));
    }

    @Test
    void executeInTransactionTrueInTheScriptsConfWrapsEvenASingleStatement() throws Exception {
        Files.writeString(dir.resolve("V1__reindex.sql"), "REINDEX INDEX CONCURRENTLY ix_t_a;\n");
        Files.writeString(dir.resolve("V1__reindex.sql.conf"), "executeInTransaction = true\n");
        List<Finding> found = lint(FlywayConfig.defaults());
        assertEquals(1, found.size(), found.toString());
        assertEquals("REINDEX CONCURRENTLY in a migration run in a transaction (executeInTransaction=true in "
                + "V1__reindex.sql.conf): PostgreSQL refuses it in a transaction block", found.get(0).message());

        Files.writeString(dir.resolve("V1__reindex.sql.conf"), "executeInTransaction=sometimes\n");
        SourceException e = assertThrows(SourceException.class, () -> lint(FlywayConfig.defaults()));
        assertEquals(dir.resolve("V1__reindex.sql.conf") + ":1: executeInTransaction must be true or false, not "
                + "'sometimes'", e.getMessage());
    }

    @Test
    void plainFilesHaveNoToolTransaction() throws Exception {
        Files.writeString(dir.resolve("V1__mixed.sql"), "CREATE TABLE t (id INT);\nVACUUM t;\n");
        assertEquals(List.of(), new Linter(RuleRegistry.load(), LintOptions.defaults()
                .withTargets(Targets.parse("postgresql"))).lint(List.of(dir)).findings().stream()
                .filter(f -> f.rule().equals(RULE)).toList());
    }
}
