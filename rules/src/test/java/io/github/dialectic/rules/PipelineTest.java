package io.github.dialectic.rules;

import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole pipeline with the real rules: files on disk, Flyway order, replay across files, suppressions. */
class PipelineTest {

    @TempDir
    Path dir;

    private LintReport lint(String targets, Path... inputs) throws Exception {
        return new Linter(RuleRegistry.load(), LintOptions.defaults().withTargets(Targets.parse(targets)))
                .lint(List.of(inputs));
    }

    @Test
    void replayCarriesTheSchemaAcrossFilesInFlywayOrder() throws Exception {
        // V10 sorts after V2 only when versions compare numerically; if the order were textual, V10 would run
        // before the table exists and nothing would be flagged.
        Files.writeString(dir.resolve("V1__instances.sql"),
                "CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, uuid VARCHAR(36));\n");
        Files.writeString(dir.resolve("V2__noop.sql"), "SELECT 1;\n");
        Files.writeString(dir.resolve("V10__unique_uuid.sql"),
                "-- make uuid unique\nALTER TABLE instances\n    ADD CONSTRAINT uq_uuid UNIQUE (uuid);\n");
        LintReport report = lint("db2", dir);
        assertEquals(1, report.findings().size(), report.findings().toString());
        Finding f = report.findings().get(0);
        assertEquals("nullable-unique-key", f.rule());
        assertTrue(f.file().endsWith("V10__unique_uuid.sql"), f.file());
        assertEquals(3, f.line());
        assertEquals(9, f.column());
        assertEquals(3, f.endLine());
        assertEquals(40, f.endColumn());
        assertEquals(Map.of(io.github.dialectic.engine.Engine.DB2, io.github.dialectic.engine.Effect.REJECTED), f.engines());
        assertFalse(f.fix().isEmpty());
        assertTrue(f.docs().endsWith("/nullable-unique-key.md"));
    }

    @Test
    void aMysqlScriptOpenedByHashCommentsSplitsIntoItsStatements() throws Exception {
        // the shape of Quartz's tables_mysql_innodb.sql: '#' header lines with apostrophes, no other early MySQL cue;
        // it used to lint as one unparsed statement starting at the first '#'
        Path file = dir.resolve("tables_mysql_innodb.sql");
        Files.writeString(file, String.join("\n",
                "#",
                "# In your properties file, you'll need to set the delegate class",
                "#  I didn't see this anywhere, so I thought I'd post it here.",
                "",
                "DROP TABLE IF EXISTS QRTZ_LOCKS;",
                "DROP TABLE IF EXISTS QRTZ_CALENDARS;",
                "",
                "CREATE TABLE QRTZ_CALENDARS (",
                "SCHED_NAME VARCHAR(120) NOT NULL,",
                "CALENDAR_NAME VARCHAR(190) NOT NULL,",
                "CALENDAR BLOB NOT NULL,",
                "PRIMARY KEY (SCHED_NAME,CALENDAR_NAME))",
                "ENGINE=InnoDB;",
                "# a table of one lock per scheduler",
                "CREATE TABLE QRTZ_LOCKS (",
                "SCHED_NAME VARCHAR(120) NOT NULL,",
                "LOCK_NAME VARCHAR(40) NOT NULL,",
                "PRIMARY KEY (SCHED_NAME,LOCK_NAME))",
                "ENGINE=InnoDB;",
                "",
                "CREATE INDEX IDX_QRTZ_L ON QRTZ_LOCKS(SCHED_NAME,LOCK_NAME);",
                "",
                "commit;", ""));
        LintReport report = lint("mariadb", file);
        assertEquals(6, report.summary().statements(), report.findings().toString());
        assertEquals(0, report.summary().unparsed(), report.findings().toString());
        // and without an apostrophe the '#' line does not stick to the first statement either
        Files.writeString(file, "# header\nCREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, flag BOOLEAN);\n");
        LintReport second = lint("db2:11.1", file);
        assertEquals(0, second.summary().unparsed(), second.findings().toString());
        assertEquals(List.of("boolean-type@2:55"),
                second.findings().stream().map(f -> f.rule() + "@" + f.line() + ":" + f.column()).toList());
    }

    @Test
    void anUnterminatedConstructIsOneErrorAtItsOpeningAndItsStatementIsNotAnalysed() throws Exception {
        Path file = dir.resolve("V1__accounts.sql");
        // an E'...' string never closed was reported as postgres-only-syntax, as if the statement were fine elsewhere
        Files.writeString(file, "CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40));\n"
                + "INSERT INTO accounts VALUES (1, E'it\\'s);\nINSERT INTO accounts VALUES (2, NULL);\n");
        LintReport report = lint("postgresql,mariadb,sqlite", file);
        assertEquals(List.of("unterminated-quote-or-comment@2:33-2:34 error {MARIADB=REJECTED, POSTGRESQL=REJECTED, "
                        + "SQLITE=REJECTED} unterminated string: the E' opened here is never closed, so the rest of "
                        + "the file (1 more line) is inside it"),
                report.findings().stream().map(f -> f.rule() + "@" + f.line() + ":" + f.column() + "-" + f.endLine() + ":"
                        + f.endColumn() + " " + f.severity().id() + " " + f.engines() + " " + f.message()).toList());
        assertEquals(2, report.summary().statements());
        assertEquals(1, report.summary().unparsed());

        // a comment opened between statements: no statement holds it, the ones before it are analysed as usual
        Files.writeString(file, "CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, flag BOOLEAN);\n/* later\n"
                + "CREATE TABLE balances (id INTEGER NOT NULL PRIMARY KEY);\n");
        report = lint("db2:11.1,sqlite", file);
        assertEquals(List.of("boolean-type@1", "unterminated-quote-or-comment@2 {SQLITE=DIFFERENT, DB2=REJECTED}"),
                report.findings().stream().map(f -> f.rule() + "@" + f.line()
                        + (f.rule().startsWith("unterminated") ? " " + f.engines() : "")).toList());
        assertEquals(1, report.summary().statements());
        assertEquals(0, report.summary().unparsed());

        // a quoted identifier and a dollar quote, each the start of the trouble
        Files.writeString(file, "CREATE TABLE `accounts (id INTEGER);\n");
        assertEquals("unterminated-quote-or-comment@1:14 unterminated quoted identifier: the ` opened here is never "
                + "closed, so the rest of the file (0 more lines) is inside it", only(lint("mariadb", file)));
        Files.writeString(file, "DO $body$ BEGIN PERFORM 1; END $$;\nSELECT 1;\n");
        assertEquals("unterminated-quote-or-comment@1:4 unterminated dollar-quoted string: the $body$ opened here is "
                + "never closed, so the rest of the file (1 more line) is inside it", only(lint("postgresql", file)));
    }

    private static String only(LintReport report) {
        assertEquals(1, report.findings().size(), report.findings().toString());
        Finding f = report.findings().get(0);
        return f.rule() + "@" + f.line() + ":" + f.column() + " " + f.message();
    }

    @Test
    void theSameSetIsCleanOnceUuidIsNotNull() throws Exception {
        Files.writeString(dir.resolve("V1__instances.sql"),
                "CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, uuid VARCHAR(36));\n");
        Files.writeString(dir.resolve("V2__uuid_not_null.sql"),
                "ALTER TABLE instances ALTER COLUMN uuid SET NOT NULL;\n");
        Files.writeString(dir.resolve("V3__unique_uuid.sql"),
                "ALTER TABLE instances ADD CONSTRAINT uq_uuid UNIQUE (uuid);\n");
        // Only the reminder that SET NOT NULL leaves the table reorg-pending on Db2 (the statement itself is fine).
        assertEquals(List.of("db2-reorg-pending"), lint("db2", dir).findings().stream().map(Finding::rule).toList());
    }

    @Test
    void anUnparseableStatementIsReportedAndTheRestIsStillAnalysed() throws Exception {
        Path file = dir.resolve("V1__mixed.sql");
        Files.writeString(file, String.join("\n",
                "CREATE TABLE a (id INTEGER NOT NULL PRIMARY KEY, deleted INTEGER);",
                "CREATE TABLE b (id INTEGER NOT NULL PRIMARY KEY, deleted INTEGER);",
                "CREATE INDEX ix_deleted ON a (deleted);",
                "ALTER TABLE a FROBNICATE (deleted) WITH GUSTO;",
                "CREATE INDEX ix_deleted ON b (deleted);", ""));
        LintReport report = lint("postgresql", file);
        assertEquals(5, report.summary().statements());
        assertEquals(1, report.summary().unparsed());
        assertEquals(4, report.summary().analysed());
        List<String> rules = report.findings().stream().map(Finding::rule).toList();
        assertEquals(List.of("unparsed-statement", "index-name-collision"), rules);
        Finding unparsed = report.findings().get(0);
        assertEquals(4, unparsed.line());
        assertEquals(Severity.INFO, unparsed.severity());
        assertTrue(unparsed.message().contains("unknown ALTER TABLE action"), unparsed.message());
        assertEquals(15, unparsed.column());
        assertFalse(unparsed.message().contains("GUSTO"), "the message must not echo the SQL: " + unparsed.message());
        assertEquals(5, report.findings().get(1).line());
    }

    @Test
    void suppressionsCoverTheirStatementOnlyAndReportTyposAndLeftovers() throws Exception {
        Path file = dir.resolve("V1__s.sql");
        Files.writeString(file, String.join("\n",
                "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(5), b VARCHAR(5), c VARCHAR(5));",
                "-- dialectic:ignore nullable-unique-key a is never NULL in practice",
                "ALTER TABLE t ADD CONSTRAINT u_a UNIQUE (a);",
                "ALTER TABLE t ADD CONSTRAINT u_b UNIQUE (b);",
                "ALTER TABLE t ADD CONSTRAINT u_c UNIQUE (c); -- dialectic:ignore nulable-unique-key typo",
                "-- dialectic:ignore index-name-collision nothing here",
                "SELECT 1;", ""));
        LintReport report = lint("db2", file);
        List<String> got = report.findings().stream().map(f -> f.line() + ":" + f.rule()).toList();
        assertEquals(List.of("4:nullable-unique-key", "5:nullable-unique-key", "5:unknown-suppression",
                "6:unused-suppression"), got);
    }

    @Test
    void aSuppressionNamingAnEngineTakesOnlyThatEnginesEffectOut() throws Exception {
        Path file = dir.resolve("V1__s.sql");
        Files.writeString(file, String.join("\n",
                "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(5), b VARCHAR(5), c VARCHAR(5));",
                "-- dialectic:ignore alter-form-unsupported@db2 the Db2 build runs a reorg script instead",
                "ALTER TABLE t MODIFY a VARCHAR(10);",
                "-- dialectic:ignore alter-form-unsupported@db2, alter-form-unsupported@pg, alter-form-unsupported@sqlite3",
                "ALTER TABLE t MODIFY b VARCHAR(10);",
                "-- dialectic:ignore alter-form-unsupported@mysql MySQL is not a target of this run",
                "ALTER TABLE t MODIFY c VARCHAR(10);",
                "-- dialectic:ignore alter-form-unsupported@db3",
                "SELECT 1;", ""));
        LintReport report = lint("db2,postgresql,sqlite", file);
        List<String> got = report.findings().stream().map(f -> f.line() + ":" + f.rule() + " " + f.engines().keySet()
                + " " + (f.rule().endsWith("suppression") ? f.message() : "")).toList();
        assertEquals(List.of(
                "3:alter-form-unsupported [POSTGRESQL, SQLITE] ",
                // line 5: every engine named, the finding is gone; line 6: MySQL is not targeted, so not unused either
                "7:alter-form-unsupported [POSTGRESQL, SQLITE, DB2] ",
                "8:unknown-suppression [] suppression of 'alter-form-unsupported' names unknown engine 'db3'; did you "
                        + "mean 'db2'?; valid engines: mysql, mariadb, postgresql, sqlite, db2"), got);

        // the same file with MySQL targeted: the MySQL entry is checked, and MySQL takes MODIFY, so it is unused
        LintReport withMysql = lint("mysql,db2", file);
        assertTrue(withMysql.findings().stream().anyMatch(f -> f.line() == 6 && f.rule().equals("unused-suppression")
                && f.message().equals("suppression of 'alter-form-unsupported@mysql' matched no finding with an effect "
                + "on MySQL on the statement it precedes")), withMysql.findings().toString());
    }

    @Test
    void disabledRulesAndSeverityOverridesApply() throws Exception {
        Path file = dir.resolve("V1__s.sql");
        Files.writeString(file, "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(5) UNIQUE);\n");
        LintOptions base = LintOptions.defaults().withTargets(Targets.parse("db2"));
        LintReport off = new Linter(RuleRegistry.load(), base.withDisabled(Set.of("nullable-unique-key")))
                .lint(List.of(file));
        assertEquals(List.of(), off.findings());
        LintReport warned = new Linter(RuleRegistry.load(),
                base.withSeverities(Map.of("nullable-unique-key", Severity.WARNING))).lint(List.of(file));
        assertEquals(Severity.WARNING, warned.findings().get(0).severity());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Linter(RuleRegistry.load(), base.withDisabled(Set.of("no-such-rule"))));
        assertTrue(e.getMessage().contains("no-such-rule") && e.getMessage().contains("nullable-unique-key"), e.getMessage());
    }

    @Test
    void aTenThousandStatementFileIsFullyAnalysed() throws Exception {
        StringBuilder sb = new StringBuilder();
        sb.append("CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(100));\n");
        for (int i = 1; i < 10_000; i++) {
            sb.append("INSERT INTO t (id, v) VALUES (").append(i).append(", 'it''s; row ").append(i).append("');\n");
        }
        Path file = dir.resolve("V1__big.sql");
        Files.writeString(file, sb.toString());
        LintReport report = lint("postgresql", file);
        assertEquals(10_000, report.summary().statements());
        assertEquals(10_000, report.summary().analysed());
        assertEquals(List.of(), report.findings());
    }

    @Test
    void targetVersionsChangeTheAnswer() throws Exception {
        Path file = dir.resolve("V1__drop.sql");
        Files.writeString(file, "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, note VARCHAR(5));\n"
                + "ALTER TABLE t DROP COLUMN note;\n");
        assertEquals(1, lint("sqlite:3.30", file).findings().size());
        assertEquals(0, lint("sqlite:3.35", file).findings().size());
    }
}
