package io.github.dialectic.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

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
        assertTrue(r.out().contains("\"targets\" : [ \"db2:11.5\" ]"), r.out());
    }

    @Test
    void failOnNeverExitsZeroAndOutputGoesToTheFile(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("sub/report.txt");
        Run r = run("lint", "--fail-on", "never", "--output", report.toString(), EXAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
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
        assertTrue(badVersion.err().contains("sqlite versions from 3.25"), badVersion.err());

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
        assertTrue(r.err().contains("no .sql files found in " + tmp), r.err());
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
