package io.github.dialectic.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DialecticCliTest {

    static final Path EXAMPLE = Path.of("..", "examples", "nova-uuid");

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = DialecticCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void noOptionHasATypeWhoseConverterMainLeavesOut() {
        // main sets picocli.converters.excludes: an option of such a type would fail at parse time for want of one
        List<String> excluded = List.of(DialecticCli.UNUSED_CONVERTERS.split(","));
        picocli.CommandLine cl = DialecticCli.commandLine(new String[0]);
        List<picocli.CommandLine.Model.CommandSpec> specs = new java.util.ArrayList<>();
        specs.add(cl.getCommandSpec());
        cl.getSubcommands().values().forEach(sub -> specs.add(sub.getCommandSpec()));
        assertEquals(6, specs.size(), "dialectic and its five commands");
        int checked = 0;
        for (picocli.CommandLine.Model.CommandSpec spec : specs) {
            for (picocli.CommandLine.Model.ArgSpec arg : spec.args()) {
                List<Class<?>> types = new java.util.ArrayList<>(List.of(arg.auxiliaryTypes()));
                types.add(arg.type());
                for (Class<?> type : types) {
                    checked++;
                    assertFalse(excluded.stream().anyMatch(type.getName()::matches),
                            spec.qualifiedName() + " " + arg + ": " + type.getName());
                }
            }
        }
        assertTrue(checked > 50, "options and parameters of every command checked: " + checked);
        assertTrue("java.time.Duration".matches(excluded.get(0)) && "java.sql.Timestamp".matches(excluded.get(1)));
    }

    @Test
    void theExampleShowsTheDb2RejectionAtTheRightPlace() {
        Run r = run("lint", EXAMPLE.toString());
        assertEquals(1, r.exit(), r.err());
        String expected = EXAMPLE.resolve("V2__instance_uuid_unique.sql")
                + ":3:27: error: [nullable-unique-key] UNIQUE constraint on instances includes nullable column uuid"
                + " (db2: rejected)";
        assertTrue(r.out().lines().anyMatch(expected::equals), r.out());
        assertTrue(r.out().contains("[fk-on-update-action]"), r.out());
        assertTrue(r.out().contains("[index-name-collision]"), r.out());
        assertTrue(r.out().contains("[fk-parent-not-key]"), r.out());
        assertTrue(r.out().strip().lines().reduce((a, b) -> b).orElse("").contains("in 6 files"), r.out());
    }

    @Test
    void jsonReportHasTheDocumentedShape() throws Exception {
        Run r = run("lint", "--format", "json", "--target", "db2", EXAMPLE.toString());
        assertEquals(1, r.exit(), r.err());
        com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(r.out());
        // walk the tokens and collect the field names seen, to check the documented keys are all there
        java.util.Set<String> fields = new java.util.HashSet<>();
        while (p.nextToken() != null) {
            if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                fields.add(p.currentName());
            }
        }
        for (String key : new String[] {"dialectic", "targets", "summary", "files", "statements", "analysed", "unparsed",
                "findings", "rule", "severity", "file", "line", "column", "endLine", "endColumn", "message", "engines",
                "db2", "fix", "docs"}) {
            assertTrue(fields.contains(key), "missing key " + key + " in\n" + r.out());
        }
        assertTrue(r.out().contains("\"targets\" : [ \"db2:12.1\" ]"), r.out());
    }

    @Test
    void failOnNeverExitsZeroAndOutputGoesToTheFile(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("sub/report.txt");
        Run r = run("lint", "--fail-on", "never", "--output", report.toString(), EXAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        // the report is in the file; the terminal still gets its one-line summary
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().matches("(?s)\\d+ findings \\(.*\\) in 6 files, .*; report: " + java.util.regex.Pattern.quote(
                report.toString()) + "\\R"), r.out());
        assertTrue(Files.readString(report).contains("[nullable-unique-key]"));
    }

    @Test
    void aCleanSetExitsZero(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("V1__t.sql"), "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY);\n");
        Run r = run("lint", tmp.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("0 findings"), r.out());
    }

    @Test
    void usageErrorsExitTwoWithOneLineNamingTheProblem() {
        Run badEngine = run("lint", "--target", "oracle", EXAMPLE.toString());
        assertEquals(2, badEngine.exit());
        assertTrue(badEngine.err().contains("unknown engine 'oracle'"), badEngine.err());
        assertTrue(badEngine.err().contains("mysql, mariadb, postgresql, sqlite, db2"), badEngine.err());

        Run badVersion = run("lint", "--target", "sqlite:2.8", EXAMPLE.toString());
        assertEquals(2, badVersion.exit());
        assertTrue(badVersion.err().contains("unknown SQLite version 2.8; did you mean sqlite:3.25?; known versions: "
                + "3.25-3.54"), badVersion.err());

        Run missing = run("lint", "no/such/dir");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no/such/dir"), missing.err());
        assertFalse(missing.err().contains("\tat "), "no stack trace without --verbose: " + missing.err());

        Run badRule = run("lint", "--disable", "nulable-unique-key", EXAMPLE.toString());
        assertEquals(2, badRule.exit());
        assertTrue(badRule.err().contains("unknown rule 'nulable-unique-key'"), badRule.err());

        Run badFormat = run("lint", "--format", "xml", EXAMPLE.toString());
        assertEquals(2, badFormat.exit());
        assertTrue(badFormat.err().contains("unknown format 'xml'"), badFormat.err());

        Run noCommand = run();
        assertEquals(2, noCommand.exit());

        Run unknownOption = run("lint", "--fial-on", "never", EXAMPLE.toString());
        assertEquals(2, unknownOption.exit());
        assertTrue(unknownOption.err().contains("--fial-on") && unknownOption.err().contains("dialectic lint --help"),
                unknownOption.err());

        Run emptyCacheDir = run("lint", "--cache-dir", "", EXAMPLE.toString());
        assertEquals(2, emptyCacheDir.exit());
        assertTrue(emptyCacheDir.err().contains("--cache-dir: empty path"), emptyCacheDir.err());

        for (Run r : new Run[] {badEngine, badVersion, missing, badRule, badFormat, noCommand, unknownOption,
                emptyCacheDir}) {
            assertEquals(1, r.err().lines().count(), "exactly one line, as the README promises:\n" + r.err());
            assertTrue(r.err().startsWith("dialectic: "), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void aFailedWriteToStandardOutputIsAnErrorWhateverTheFindings() {
        for (String failOn : new String[] {"error", "never"}) { // 1 and 0 would have been the answers
            java.io.OutputStream full = new java.io.OutputStream() {
                @Override
                public void write(int b) throws java.io.IOException {
                    throw new java.io.IOException("No space left on device");
                }
            };
            StringWriter err = new StringWriter();
            int exit = DialecticCli.run(new String[] {"lint", "--format", "json", "--fail-on", failOn, EXAMPLE.toString()},
                    new PrintWriter(full, true), new PrintWriter(err, true));
            assertEquals(2, exit, err.toString());
            assertEquals(java.util.List.of("dialectic: cannot write to standard output (closed, or the disk is full); the"
                    + " report is lost"), err.toString().lines().toList());
        }
    }

    @Test
    void aDirectoryWithoutMigrationsIsAnErrorNotACleanResult(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "not sql");
        Run r = run("lint", tmp.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no .sql files or Liquibase changelogs found in " + tmp), r.err());
    }

    static final Path LIQUIBASE = Path.of("..", "examples", "liquibase-shop");

    @Test
    void aLiquibaseProjectIsLintedPerEngineAtItsChangeSets() {
        // the folder holds src/main/resources/db/changelog/db.changelog-master.xml: once skipped without a word
        Run r = run("lint", LIQUIBASE.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        Path changelog = LIQUIBASE.resolve("src/main/resources/db/changelog");
        assertTrue(r.err().contains("Liquibase project: linting " + changelog.resolve("db.changelog-master.xml")), r.err());
        String included = changelog.resolve("changes/001-customers.xml").toString();
        String master = changelog.resolve("db.changelog-master.xml").toString();
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains(included + ":17:5: error: [nullable-unique-key] UNIQUE constraint on customers "
                + "includes nullable column email (changeset 1b::alice) (db2: rejected)"), r.out());
        assertTrue(lines.contains(included + ":17:5: error: [liquibase-change-refused] changeset 1b::alice: Liquibase "
                + "refuses addUniqueConstraint on SQLite: addUniqueConstraint is not supported on sqlite "
                + "(sqlite: rejected)"), r.out());
        assertTrue(lines.contains(master + ":15:5: info: [liquibase-precondition-skipped] changeset 3::bob: "
                + "preconditions not evaluated (tableExists (onFail MARK_RAN)); linted as if they hold"), r.out());
        // changeset 2 is dbms="postgresql": its expression index is linted for PostgreSQL alone
        List<String> two = lines.stream().filter(l -> l.startsWith(master + ":11:")).toList();
        assertFalse(two.isEmpty(), r.out());
        assertTrue(two.stream().allMatch(l -> !l.contains("mysql:") && !l.contains("sqlite:") && !l.contains("db2:")),
                String.join("\n", two));
    }

    @Test
    void aChangelogIsNamedWithItsContextsAndLabels() {
        Path master = LIQUIBASE.resolve("src/main/resources/db/changelog/db.changelog-master.xml");
        Run all = run("lint", "--target", "db2", "--changelog", master.toString());
        assertTrue(all.out().contains(master + ":24:5: error: [nullable-unique-key]"), all.out());
        Run prod = run("lint", "--target", "db2", "--contexts", "prod", "--labels", "!reporting", master.toString());
        assertEquals(1, prod.exit(), prod.err());
        assertFalse(prod.out().contains(master + ":24:"), prod.out());
        assertFalse(prod.out().contains(master + ":28:"), prod.out());
    }

    @Test
    void formattedSqlChangeSetsKeepTheirDbmsFilter(@TempDir Path tmp) throws Exception {
        Path sql = tmp.resolve("changelog.sql");
        Files.writeString(sql, """
                --liquibase formatted sql

                --changeset alice:1
                CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, code VARCHAR(20) NOT NULL);

                --changeset alice:2 dbms:postgresql
                CREATE INDEX accounts_code_lower ON accounts ((lower(code)));
                """);
        Run pg = run("lint", "--target", "postgresql,mysql,sqlite,db2", tmp.toString());
        assertTrue(pg.err().contains("Liquibase formatted SQL, linted as changelogs: " + sql), pg.err());
        assertTrue(pg.out().lines().noneMatch(l -> l.contains(":7:") && (l.contains("mysql") || l.contains("db2")
                || l.contains("sqlite"))), pg.out());
        Run mysql = run("lint", "--target", "mysql", tmp.toString());
        assertEquals(0, mysql.exit(), mysql.out() + mysql.err());
        assertTrue(mysql.out().startsWith("0 findings"), mysql.out());
    }

    @Test
    void changelogsWithoutAMainOneAreAnError(@TempDir Path tmp) throws Exception {
        Files.copy(LIQUIBASE.resolve("src/main/resources/db/changelog/changes/001-customers.xml"),
                tmp.resolve("customers.xml"));
        Run r = run("lint", tmp.toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("Liquibase changelogs found (" + tmp.resolve("customers.xml") + ") but no "
                + "db.changelog-master.xml"), r.err());
        Run named = run("lint", "--target", "db2", "--changelog", tmp.resolve("customers.xml").toString());
        assertEquals(1, named.exit(), named.err());
        assertTrue(named.out().contains(tmp.resolve("customers.xml") + ":17:5: error: [nullable-unique-key]"), named.out());
    }

    @Test
    void invalidUtf8IsAClearErrorNamingFileAndLine(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("V1__bad.sql");
        Files.write(file, new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', '1', ';', '\n', 'S', (byte) 0xC3, (byte) 0x28, ';'});
        Run r = run("lint", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(file + ":2"), r.err());
    }

    @Test
    void rulesListsEveryRuleWithDocsAndEngines() {
        Run text = run("rules");
        assertEquals(0, text.exit());
        assertTrue(text.out().contains("nullable-unique-key"), text.out());
        Run json = run("rules", "--format", "json");
        assertEquals(0, json.exit());
        assertTrue(json.out().contains("\"docs\" : \"https://github.com/dialectic/dialectic/blob/main/docs/rules/nullable-unique-key.md\""), json.out());
        assertTrue(json.out().contains("\"effect\" : \"rejected\""), json.out());
    }

    @Test
    void anUnterminatedCommentFailsTheRunAtItsOpening(@TempDir Path tmp) throws Exception {
        // it used to take the rest of the file with it: exit 0, no finding
        Path file = tmp.resolve("V1__accounts.sql");
        Files.writeString(file, "CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY);\n  /* balances\n"
                + "CREATE TABLE balances (account_id INTEGER NOT NULL);\n");
        Run r = run("lint", "--no-cache", "--target", "postgresql,sqlite", file.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch((file + ":2:3: error: [unterminated-quote-or-comment] unterminated block "
                + "comment: the /* opened here is never closed, so the rest of the file (1 more line) is inside it "
                + "(postgresql: rejected; sqlite: different)")::equals), r.out());
    }
}
