package io.github.dialectic.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code lint --verify} on real engines: SQLite in process, the embedded PostgreSQL and the machine's MariaDB. V2 adds
 * a row to a column that does not exist: every engine refuses it and no rule says so, so the rehearsal finds a gap
 * that the static lint alone reports as clean.
 */
class LintVerifyTest {

    static final boolean REQUIRED = "1".equals(System.getenv("DIALECTIC_REQUIRE_ENGINES"));
    static final String MARIADB_URL = System.getenv().getOrDefault("DIALECTIC_MARIADB_URL",
            "jdbc:mariadb://127.0.0.1:3306/test?user=root");
    static final String GAP = "INSERT INTO t (id, nosuch) VALUES (1, 'x');\n";

    @TempDir
    Path dir;

    private Path migrations(String second) throws IOException {
        Files.writeString(dir.resolve("V1__t.sql"), "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(20));\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("V2__seed.sql"), second, StandardCharsets.UTF_8);
        return dir;
    }

    private static DialecticCliTest.Run sqlite(String... more) {
        String[] args = new String[more.length + 6];
        System.arraycopy(new String[] {"lint", "--verify", "--verify-engine", "sqlite", "--target", "sqlite"}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return DialecticCliTest.run(args);
    }

    @Test
    void aStatementSqliteRefusesThatNoRuleFlagsIsAnErrorOfTheLintAndTheTableShowsTheStep() throws IOException {
        Path set = migrations(GAP);
        DialecticCliTest.Run plain = DialecticCliTest.run("lint", "--target", "sqlite", set.toString());
        assertEquals(0, plain.exit(), plain.out());

        DialecticCliTest.Run run = sqlite(set.toString());
        assertEquals(1, run.exit(), run.err());
        String v2 = set.resolve("V2__seed.sql").toString();
        assertTrue(run.out().contains(v2 + ":1:1: error: [engine-rejected] SQLite 3."), run.out());
        assertTrue(run.out().contains("rejected this statement, and no rule said it would: [SQLITE_ERROR] SQL error or "
                + "missing database (table t has no column named nosuch) (SQLSTATE none, code 1)"), run.out());
        assertTrue(run.out().contains("1 finding (1 error, 0 warnings, 0 info) in 2 files"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches(java.util.regex.Pattern.quote(v2) + " +ERROR .*")), run.out());
        assertTrue(run.err().contains("dialectic: step 1 of 2 on sqlite: " + set.resolve("V1__t.sql") + " ok "), run.err());
        assertTrue(run.err().contains("dialectic: step 2 of 2 on sqlite: " + v2 + " failed "), run.err());
    }

    /**
     * Without --verify-engine, --verify rehearses the targets' engines that run here: a lint for SQLite and MySQL is
     * not verified on PostgreSQL (whose refusal would be a finding for an engine nobody targets), and MySQL is named as
     * not rehearsed; a lint for Db2 alone has no engine here, which is an error, not a pass.
     */
    @Test
    void theTargetsChooseTheEnginesAndThoseNotRehearsedAreNamed() throws IOException {
        Path set = migrations(GAP);
        DialecticCliTest.Run run = DialecticCliTest.run("lint", "--verify", "--target", "sqlite,mysql:8.4", set.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("[engine-rejected] SQLite 3."), run.out());
        assertFalse(run.out().contains("PostgreSQL"), run.out());
        assertFalse(run.err().contains("on postgresql"), run.err());
        assertTrue(run.err().contains("dialectic: not rehearsed on mysql:8.4 (it needs a server: give one with "
                + "--verify-jdbc URL): for that target only the static lint speaks"), run.err());

        DialecticCliTest.Run db2 = DialecticCliTest.run("lint", "--verify", "--target", "db2", set.toString());
        assertEquals(2, db2.exit(), db2.out());
        assertEquals("", db2.out());
        assertTrue(db2.err().contains("--verify: none of the targets (db2:12.1) runs here without a server: give one "
                + "with --verify-jdbc URL, or name the engines to rehearse on with --verify-engine sqlite,postgresql"),
                db2.err());
    }

    /**
     * Liquibase formatted SQL among the migrations is linted as a changelog (its changesets' dbms filters hold); the
     * rehearsal would have applied it as a plain script, on engines its changesets exclude, and called it ok.
     */
    @Test
    void liquibaseFormattedSqlAmongTheMigrationsIsRefusedNamingTheFile() throws IOException {
        Path set = migrations("INSERT INTO t (id, name) VALUES (1, 'x');\n");
        Path formatted = Files.writeString(dir.resolve("changes.sql"), "--liquibase formatted sql\n\n"
                + "--changeset bob:1 dbms:postgresql\nCREATE TABLE b (id SERIAL PRIMARY KEY);\n", StandardCharsets.UTF_8);
        DialecticCliTest.Run run = sqlite(set.toString());
        assertEquals(2, run.exit(), run.out() + run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("dialectic: " + formatted + ":1: Liquibase formatted SQL (a changelog): --verify "
                + "applies Flyway SQL migrations as written, not Liquibase changesets"), run.err());
        assertFalse(run.err().contains("step 1"), "nothing was rehearsed: " + run.err());

        DialecticCliTest.Run rehearse = DialecticCliTest.run("rehearse", "--engine", "sqlite", set.toString());
        assertEquals(2, rehearse.exit(), rehearse.out() + rehearse.err());
        assertTrue(rehearse.err().contains("dialectic: " + formatted + ":1: Liquibase formatted SQL (a changelog): "
                + "rehearse applies Flyway SQL migrations"), rehearse.err());
    }

    /**
     * A PATH written with . or .. names the same files: before, the layout's normalised names differed from the lint's
     * and --verify refused the folder as one holding "Liquibase changelogs".
     */
    @Test
    void aPathWithDotsIsVerifiedAndTheGapSitsAtTheFileAsTheLintNamesIt() throws IOException {
        Path set = migrations(GAP);
        Path dotted = set.resolve("..").resolve(set.getFileName()).resolve(".");
        DialecticCliTest.Run run = sqlite(dotted.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains(dotted.resolve("V2__seed.sql") + ":1:1: error: [engine-rejected] SQLite 3."),
                run.out());
        assertFalse(run.err().contains("Liquibase"), run.err());
    }

    @Test
    void aSuppressionForThatEngineTakesTheGapOutAndOneForAnotherEngineDoesNot() throws IOException {
        Path set = migrations("-- dialectic:ignore engine-rejected@sqlite the column comes from a hotfix\n" + GAP);
        DialecticCliTest.Run run = sqlite(set.toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("0 findings"), run.out());
        // a lint without --verify neither knows the finding nor calls its suppression unused
        DialecticCliTest.Run plain = DialecticCliTest.run("lint", "--target", "sqlite", set.toString());
        assertEquals(0, plain.exit(), plain.out());
        assertTrue(plain.out().contains("0 findings"), plain.out());

        migrations("-- dialectic:ignore engine-rejected@postgresql only PostgreSQL lacks the column\n" + GAP);
        DialecticCliTest.Run other = sqlite(set.toString());
        assertEquals(1, other.exit(), other.out());
        assertTrue(other.out().contains("[engine-rejected] SQLite"), other.out());

        migrations("-- dialectic:ignore engine-rejected\n" + GAP);
        assertEquals(0, sqlite(set.toString()).exit());
    }

    @Test
    void aRefusalARuleClaimedIsNoGapEvenWhenTheUserSilencedThatRule() throws IOException {
        Path set = migrations("-- dialectic:ignore alter-form-unsupported, sqlite-parser-rejects runs on MariaDB only\n"
                + "ALTER TABLE t ADD CONSTRAINT u_name UNIQUE (name);\n");
        DialecticCliTest.Run run = sqlite(set.toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("0 findings"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches(".*V2__seed\\.sql +ERROR .*")), "the step did fail: " + run.out());

        migrations("ALTER TABLE t ADD CONSTRAINT u_name UNIQUE (name);\n");
        DialecticCliTest.Run disabled = sqlite("--disable", "alter-form-unsupported,sqlite-parser-rejects", set.toString());
        assertEquals(0, disabled.exit(), disabled.out());
    }

    @Test
    void aBaselineAcceptsTheGapAcrossEditsElsewhereButNotAnotherStatement() throws IOException {
        Path set = migrations(GAP);
        Path baseline = dir.resolve("baseline.json");
        DialecticCliTest.Run written = DialecticCliTest.run("baseline", "--verify", "--verify-engine", "sqlite",
                "--target", "sqlite", "--output", baseline.toString(), set.toString());
        assertEquals(0, written.exit(), written.err());
        assertTrue(Files.readString(baseline).contains("\"rule\" : \"engine-rejected\""), Files.readString(baseline));

        DialecticCliTest.Run accepted = sqlite("--baseline", baseline.toString(), set.toString());
        assertEquals(0, accepted.exit(), accepted.out());
        assertTrue(accepted.err().contains("dialectic: 1 finding accepted by the baseline"), accepted.err());

        migrations("-- seeded for the demo\n\n" + GAP);
        assertEquals(0, sqlite("--baseline", baseline.toString(), set.toString()).exit(), "moved two lines down");

        migrations("INSERT INTO t (id, other) VALUES (1, 'x');\n");
        DialecticCliTest.Run fresh = sqlite("--baseline", baseline.toString(), set.toString());
        assertEquals(1, fresh.exit(), fresh.out());
        assertTrue(fresh.out().contains("no column named other"), fresh.out());
    }

    @Test
    void everyFormatCarriesTheGapAndTheHtmlPageTheStepTable() throws IOException {
        Path set = migrations(GAP);
        DialecticCliTest.Run json = sqlite("--format", "json", set.toString());
        assertEquals(1, json.exit(), json.err());
        assertTrue(json.out().contains("\"rule\" : \"engine-rejected\""), json.out());
        DialecticCliTest.Run sarif = sqlite("--format", "sarif", set.toString());
        assertTrue(sarif.out().contains("\"ruleId\" : \"engine-rejected\""), sarif.out());
        assertTrue(sarif.out().contains("table t has no column named nosuch"), sarif.out());
        for (String format : new String[] {"junit", "checkstyle", "github"}) {
            DialecticCliTest.Run r = sqlite("--format", format, set.toString());
            assertEquals(1, r.exit(), format);
            assertTrue(r.out().contains("engine-rejected"), format + ": " + r.out());
        }
        Path page = dir.resolve("report.html");
        DialecticCliTest.Run html = sqlite("--format", "html", "--output", page.toString(), set.toString());
        assertEquals(1, html.exit(), html.err());
        String text = Files.readString(page);
        assertTrue(text.contains("<h2 id=\"rehearsal\">Rehearsal</h2>"), text);
        int table = text.indexOf("<table class=\"matrix rehearsal\">");
        String row = text.substring(text.indexOf("V2__seed.sql</th>", table));
        assertTrue(row.startsWith("V2__seed.sql</th><td class=\"cell rejected\">ERROR "), row);
        assertTrue(row.substring(0, row.indexOf("</tr>")).contains("table t has no column named nosuch"), row);
        assertTrue(text.indexOf("[engine-rejected]") > table, "the finding's panel follows the tables");
    }

    @Test
    void onTheEmbeddedPostgresqlAndSqliteAStepOnlyPostgresqlRefusesIsAGapForPostgresqlOnly() throws IOException {
        Path set = dir.resolve("portability");
        Files.createDirectories(set);
        try (var files = Files.list(Path.of("../rehearse/src/test/resources/portability"))) {
            for (Path f : files.toList()) {
                Files.copy(f, set.resolve(f.getFileName()));
            }
        }
        Path page = dir.resolve("both.html");
        DialecticCliTest.Run run = DialecticCliTest.run("lint", "--verify", "--target", "sqlite,postgresql",
                "--format", "html", "--output", page.toString(), set.toString());
        if (run.exit() == 2 && !REQUIRED) {
            Assumptions.abort("the embedded PostgreSQL did not start: " + run.err());
        }
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().startsWith("2 findings (1 error, 1 warning"), run.out()); // and sqlite-fk-not-enforced
        String text = Files.readString(page);
        assertTrue(text.contains("<th>postgresql 15.19</th>"), text);
        String row = text.substring(text.indexOf("V3__quota_ratio.sql</th>", text.indexOf("matrix rehearsal")));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.matches("V3__quota_ratio\\.sql</th><td class=\"cell clean\">ok [^<]*</td><td class=\"cell "
                + "rejected\">ERROR .*must appear in the GROUP BY clause.*\\(SQLSTATE 42803, code 0\\).*"), row);
        assertTrue(text.contains("PostgreSQL 15.19 rejected this statement, and no rule said it would"), text);
        assertFalse(text.contains("SQLite 3.54.1 rejected"), text);
    }

    @Test
    void aMariaDbServerGivenWithVerifyJdbcIsRehearsedInAThrowawayDatabase() throws IOException {
        try (java.sql.Connection probe = java.sql.DriverManager.getConnection(MARIADB_URL)) {
            probe.isValid(1);
        } catch (java.sql.SQLException e) {
            Assumptions.assumeFalse(!REQUIRED, "no MariaDB at " + MARIADB_URL + ": " + e.getMessage());
            throw new AssertionError(e);
        }
        Path set = migrations(GAP);
        DialecticCliTest.Run run = DialecticCliTest.run("lint", "--verify", "--verify-engine", "sqlite",
                "--verify-jdbc", MARIADB_URL, "--target", "sqlite,mariadb", "--format", "json", set.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("MariaDB 10.11"), run.out());
        assertTrue(run.out().contains("Unknown column 'nosuch' in 'INSERT INTO' (SQLSTATE 42S22, code 1054)"), run.out());
        assertTrue(run.out().contains("SQLite 3."), run.out());
        assertTrue(run.err().contains("on mariadb: " + set.resolve("V2__seed.sql") + " failed"), run.err());
    }

    @Test
    void whatVerifyCannotRehearseIsAUsageError() throws IOException {
        Path set = migrations(GAP);
        DialecticCliTest.Run live = DialecticCliTest.run("lint", "--verify", "--jdbc", MARIADB_URL, set.toString());
        assertEquals(2, live.exit());
        assertTrue(live.err().contains("--verify rehearses Flyway SQL migrations; it does not take --jdbc"), live.err());
        DialecticCliTest.Run changelog = DialecticCliTest.run("lint", "--verify", "--changelog",
                dir.resolve("db.changelog-master.xml").toString());
        assertEquals(2, changelog.exit());
        assertTrue(changelog.err().contains("it does not take Liquibase changelogs (Liquibase writes each engine's SQL: "
                + "lint the changelog without --verify, or rehearse the SQL 'liquibase update-sql' writes with "
                + "'dialectic rehearse')"), changelog.err());
        DialecticCliTest.Run alone = DialecticCliTest.run("lint", "--verify-engine", "sqlite", set.toString());
        assertEquals(2, alone.exit());
        assertTrue(alone.err().contains("--verify-engine goes with --verify"), alone.err());
        DialecticCliTest.Run server = DialecticCliTest.run("lint", "--verify", "--verify-engine", "mariadb", set.toString());
        assertEquals(2, server.exit());
        assertTrue(server.err().contains("--verify-engine mariadb: runs on a server; give it with --verify-jdbc URL"),
                server.err());
    }

    /** A folder per engine: each engine rehearses the common files and its own, as the lint reads them. */
    @Test
    void withAFolderPerEngineEachEngineRehearsesItsOwnSet() throws IOException {
        Files.createDirectories(dir.resolve("common"));
        Files.writeString(dir.resolve("common/V1__t.sql"), "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(20));\n");
        Files.createDirectories(dir.resolve("sqlite"));
        Files.writeString(dir.resolve("sqlite/V2__seed.sql"), GAP);
        // SQLite refuses this one too: were it in SQLite's set, it would be a second gap
        Files.createDirectories(dir.resolve("postgresql"));
        Files.writeString(dir.resolve("postgresql/V2__seed.sql"), "INSERT INTO t (id, name) VALUES (1, 'x') "
                + "ON CONFLICT ON CONSTRAINT t_pkey DO NOTHING;\n");
        String vendor = dir.resolve("{vendor}").toString();
        DialecticCliTest.Run run = sqlite(dir.resolve("common").toString(), vendor);
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains(dir.resolve("sqlite/V2__seed.sql") + ":1:1: error: [engine-rejected] SQLite 3."),
                run.out());
        assertFalse(run.out().contains("postgresql/V2__seed.sql"), run.out());
        // the engine sets stay beside the rehearsal's verdicts
        assertTrue(run.out().contains("set sqlite (sqlite:3.54): 2 files, 1 common + 1 own; 1 finding (1 error"), run.out());
        // the table names the step as the layout is written
        assertTrue(run.out().lines().anyMatch(l -> l.matches(java.util.regex.Pattern.quote(vendor + "/V2__seed.sql")
                + " +ERROR .*")), run.out());
        assertTrue(run.err().contains("dialectic: step 2 of 2 on sqlite: " + dir.resolve("sqlite/V2__seed.sql")
                + " failed "), run.err());
    }
}
