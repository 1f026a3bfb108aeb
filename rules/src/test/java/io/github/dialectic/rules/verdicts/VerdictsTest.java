package io.github.dialectic.rules.verdicts;

import io.github.dialectic.engine.Constructs;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.EngineProfiles;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.PipelineRules;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlLexer;
import io.github.dialectic.source.Token;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verdict per statement and target: unparsed statements, versions, the plain shapes and the construct data. */
class VerdictsTest {

    private static List<Finding> lint(String sql, String... targets) {
        List<Target> parsed = new ArrayList<>();
        for (String t : targets) {
            parsed.add(Target.parse(t));
        }
        LintOptions options = targets.length == 0 ? LintOptions.defaults() : LintOptions.defaults().withTargets(Targets.of(parsed));
        return new Linter(RuleRegistry.load(), options).lintFiles(List.of(SourceFile.of(Path.of("v.sql"), sql))).findings();
    }

    private static Optional<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).findFirst();
    }

    @Test
    void anUnparsedStatementSaysWhichEnginesRejectIt() {
        List<Finding> found = lint("DROP TYPE mood;\n");
        Finding unparsed = of(found, PipelineRules.UNPARSED_STATEMENT).orElseThrow();
        assertEquals(Map.of(Engine.MYSQL, Effect.REJECTED, Engine.MARIADB, Effect.REJECTED, Engine.SQLITE, Effect.REJECTED),
                unparsed.engines());
        assertTrue(unparsed.message().endsWith("; MySQL, MariaDB and SQLite reject it (engine-rejects-construct)"),
                unparsed.message());
        Finding construct = of(found, "engine-rejects-construct").orElseThrow();
        assertEquals(1, construct.line());
        assertEquals(1, construct.column());
        assertTrue(construct.message().startsWith("ALTER/DROP TYPE is rejected by MySQL, MariaDB and SQLite"));
    }

    @Test
    void anUnparsedStatementNoTargetRejectsStaysWithoutEffects() {
        Finding unparsed = of(lint("DROP TYPE mood;\n", "postgresql:15"), PipelineRules.UNPARSED_STATEMENT).orElseThrow();
        assertEquals(Map.of(), unparsed.engines());
        assertFalse(unparsed.message().contains("reject"), unparsed.message());
    }

    @Test
    void olderVersionsRejectWhatTheirProfileLacks() {
        String returning = "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY);\nINSERT INTO t (id) VALUES (1) RETURNING id;\n";
        assertEquals(Optional.of(Map.of(Engine.SQLITE, Effect.REJECTED)),
                of(lint(returning, "sqlite:3.25"), "engine-rejects-construct").map(Finding::engines));
        assertEquals(Optional.empty(), of(lint(returning, "sqlite:3.35"), "engine-rejects-construct"));
        String hex = "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, b VARCHAR(10));\nUPDATE t SET b = 0x41;\n";
        assertEquals(Optional.of(Map.of(Engine.POSTGRESQL, Effect.REJECTED)),
                of(lint(hex, "postgresql:15"), "engine-rejects-construct").map(Finding::engines));
        assertEquals(Optional.empty(), of(lint(hex, "postgresql:16"), "engine-rejects-construct"));
    }

    @Test
    void sqliteRejectionsStandAtTheTokenSqliteNames() {
        Finding f = of(lint("CREATE TABLE c (n INT(11) UNSIGNED);\n", "sqlite"), "sqlite-parser-rejects").orElseThrow();
        assertEquals(27, f.column());
        assertEquals("SQLite's parser rejects this statement: near \"UNSIGNED\": syntax error", f.message());
        assertEquals(Map.of(Engine.SQLITE, Effect.REJECTED), f.engines());
        // a missing table is no verdict of the grammar
        assertEquals(Optional.empty(), of(lint("INSERT INTO nowhere (a) VALUES (1);\n", "sqlite"), "sqlite-parser-rejects"));
    }

    @Test
    void sqliteMessagesAreClassified() {
        assertEquals(Optional.of(new BundledSqlite.Rejection("near \"X\": syntax error", "X")), BundledSqlite.classify(
                "[SQLITE_ERROR] SQL error or missing database (near \"X\": syntax error)"));
        assertTrue(BundledSqlite.classify("[SQLITE_ERROR] SQL error or missing database (no such function: f)").isPresent());
        assertEquals(Optional.empty(), BundledSqlite.classify("[SQLITE_ERROR] SQL error or missing database (no such table: t)"));
        assertEquals(Optional.empty(), BundledSqlite.classify(null));
    }

    private static boolean plain(String sql) {
        List<Token> tokens = SqlLexer.significant(sql, 0, sql.length(), SqlFlavor.detect(sql));
        return PlainStatements.plain(tokens, Constructs.upperWords(sql, tokens), sql,
                EngineProfile.of(Target.parse("sqlite")));
    }

    @Test
    void plainShapesAreRecognisedAndTheRestIsNot() {
        for (String sql : List.of(
                "CREATE TABLE order_1 (\n id BIGSERIAL PRIMARY KEY,\n amount NUMERIC(12,2) NOT NULL,\n payload JSONB)",
                "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT DEFAULT 'x' NOT NULL, CONSTRAINT u UNIQUE (name))",
                "ALTER TABLE t ADD COLUMN note VARCHAR(255)",
                "CREATE UNIQUE INDEX IF NOT EXISTS ix ON t (a, b DESC)",
                "DROP INDEX ix",
                "INSERT INTO t (a, b) VALUES\n (1, 'x'),\n (-2.5, NULL)",
                "UPDATE t SET a = 1, b = 'y' WHERE c = 2 AND d IS NOT NULL",
                "DELETE FROM t WHERE a <> 'z'",
                "SELECT count(*) FROM t WHERE c IS NOT NULL")) {
            assertTrue(plain(sql), sql);
        }
        for (String sql : List.of(
                "CREATE TABLE t (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY)",
                "CREATE TABLE t (n INT(11) UNSIGNED)",
                "CREATE TABLE t (id BIGINT GENERATED ALWAYS AS IDENTITY)",
                "CREATE TABLE t (PRIMARY KEY (a), b INT)",
                "CREATE INDEX CONCURRENTLY ix ON t (a)",
                "DROP INDEX ix ON t",
                "INSERT INTO t (a) VALUES (now())",
                "INSERT INTO t (d1.r) VALUES (99)",
                "CREATE INDEX ix ON s.t (a)",
                "UPDATE t SET a = 1 RETURNING a",
                "CREATE TABLE t (a INT) ENGINE=InnoDB")) {
            assertFalse(plain(sql), sql);
        }
    }

    /**
     * The plain shapes are a claim that SQLite's parser accepts them: no statement of the tuning part with a syntax
     * error on SQLite may be plain ("unsupported" there comes from what the setup's triggers and defaults call).
     */
    @Test
    void noStatementSqliteRefusedIsPlain() throws IOException {
        List<String> wrong = new ArrayList<>();
        int plain = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/acceptance/corpus.jsonl"))) {
            if (!line.contains("\"part\":\"tuning\"")) {
                continue;
            }
            String sql = json(line, "sql");
            if (plain(sql)) {
                plain++;
                String sqlite = line.substring(line.indexOf("\"sqlite\":{\"verdict\":\"") + 21);
                if (sqlite.startsWith("syntax")) {
                    wrong.add(sql);
                }
            }
        }
        assertTrue(plain > 100, "only " + plain + " plain statements in the corpus's tuning part");
        assertEquals(List.of(), wrong);
    }

    private static String json(String line, String field) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get(field).asText();
    }

    @Test
    void everyConstructIsRejectedBySomeProfile() {
        TreeSet<String> unused = new TreeSet<>();
        for (Constructs.Construct c : Constructs.all().list()) {
            if (EngineProfiles.all().stream().noneMatch(p -> p.rejects(c))) {
                unused.add(c.id());
            }
        }
        assertEquals(new TreeSet<>(), unused, "constructs no engine profile rejects (dead data)");
    }
}
