package io.github.dialectic.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as people type it: standard input, aliases, suggestions, colours, help and version. */
class CommandLineAsTypedTest {

    static final Path EXAMPLE = DialecticCliTest.EXAMPLE;
    static final String NULLABLE_UNIQUE = "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(5) UNIQUE);\n";

    static DialecticCliTest.Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = DialecticCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new DialecticCliTest.Run(exit, out.toString(), err.toString());
    }

    @Test
    void aDashReadsTheScriptFromStandardInput() {
        DialecticCliTest.Run r = run(NULLABLE_UNIQUE, "lint", "--no-cache", "--target", "db2", "-");
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("<stdin>:1:50: error: [nullable-unique-key] UNIQUE constraint on t includes nullable "
                        + "column a (db2: rejected)",
                "1 finding (1 error, 0 warnings, 0 info) in 1 file, 1 statement (0 unparsed); targets: db2:12.1"),
                r.out().lines().toList());

        DialecticCliTest.Run named = run(NULLABLE_UNIQUE, "lint", "--no-cache", "--target", "db2",
                "--stdin-name", "db/V7__t.sql", "-");
        assertTrue(named.out().startsWith("db/V7__t.sql:1:50: error: [nullable-unique-key]"), named.out());

        DialecticCliTest.Run clean = run("CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY);\n", "lint", "--no-cache", "-");
        assertEquals(0, clean.exit(), clean.out() + clean.err());

        DialecticCliTest.Run mixed = run(NULLABLE_UNIQUE, "lint", "-", EXAMPLE.toString());
        assertEquals(2, mixed.exit());
        assertTrue(mixed.err().contains("- (standard input) cannot be combined with other paths"), mixed.err());

        DialecticCliTest.Run empty = run("", "lint", "-");
        assertEquals(2, empty.exit(), "an empty standard input is no migration at all: " + empty.out());
        assertTrue(empty.err().contains("standard input is empty"), empty.err());
    }

    @Test
    void invalidUtf8OnStandardInputNamesTheLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        byte[] bytes = {'S', 'E', 'L', 'E', 'C', 'T', ' ', '1', ';', '\n', 'S', (byte) 0xC3, (byte) 0x28, ';'};
        int exit = DialecticCli.run(new String[] {"lint", "--no-cache", "-"}, new ByteArrayInputStream(bytes),
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(2, exit);
        assertTrue(err.toString().contains("<stdin>:2: invalid UTF-8"), err.toString());
    }

    @Test
    void engineAliasesAndMajorVersionsAreTargets() {
        for (String[] alias : new String[][] {{"postgres", "postgresql:18"}, {"pg", "postgresql:18"},
                {"mysql8", "mysql:8.4"}, {"sqlite3", "sqlite:3.54"}, {"MariaDB", "mariadb:12.3"}, {"pg13", "postgresql:13"},
                {"maria:11.4", "mariadb:11.4"}}) {
            DialecticCliTest.Run r = run(NULLABLE_UNIQUE, "lint", "--no-cache", "--target", alias[0], "-");
            assertEquals(0, r.exit(), alias[0] + ": " + r.err());
            assertTrue(r.out().strip().endsWith("targets: " + alias[1]), alias[0] + ": " + r.out());
        }
        DialecticCliTest.Run noSuchMajor = run(NULLABLE_UNIQUE, "lint", "--target", "pg9", "-");
        assertEquals(2, noSuchMajor.exit());
        assertTrue(noSuchMajor.err().contains("target 'pg9': unknown PostgreSQL version 9; did you mean pg12?; known "
                + "versions: 12-18"), noSuchMajor.err());
    }

    @Test
    void anUnknownVersionIsAnErrorNamingTheKnownOnes() {
        DialecticCliTest.Run next = run(NULLABLE_UNIQUE, "lint", "--target", "db2,postgresql:19", "-");
        assertEquals(2, next.exit());
        assertEquals("dialectic: --target: target 'postgresql:19': unknown PostgreSQL version 19; did you mean "
                + "postgresql:18?; known versions: 12-18 (see 'dialectic lint --help')", next.err().strip());
        DialecticCliTest.Run gap = run(NULLABLE_UNIQUE, "lint", "--target", "mysql:8.5", "-");
        assertEquals(2, gap.exit());
        assertTrue(gap.err().contains("unknown MySQL version 8.5; did you mean mysql:8.4?; known versions: 5.7, "
                + "8.0-8.4, 9.0-9.7"), gap.err());
        DialecticCliTest.Run innovation = run(NULLABLE_UNIQUE, "lint", "--no-cache", "--target", "mysql:9.4", "-");
        assertEquals(0, innovation.exit(), innovation.err());
        assertTrue(innovation.out().strip().endsWith("targets: mysql:9.4"), innovation.out());
    }

    @Test
    void misspellingsGetTheLikelyName() {
        Object[][] cases = {
                {new String[] {"lint", "--target", "postgress", "-"}, "unknown engine 'postgress'; did you mean 'postgresql'?"},
                {new String[] {"lint", "--target", "sqllite", "-"}, "unknown engine 'sqllite'; did you mean 'sqlite'?"},
                {new String[] {"lint", "--targte", "db2", "-"}, "Unknown option: '--targte'; did you mean --target?"},
                {new String[] {"lnit", "-"}, "did you mean lint?"},
                {new String[] {"lint", "--disable", "nulable-unique-key", "-"},
                        "--disable: unknown rule 'nulable-unique-key'; did you mean 'nullable-unique-key'?"},
                {new String[] {"lint", "--severity", "nullable-unique-kee=warning", "-"},
                        "did you mean 'nullable-unique-key'?"},
                {new String[] {"lint", "--format", "jsno", "-"}, "unknown format 'jsno'; did you mean 'json'?"},
                {new String[] {"lint", "--format", "sarf", "-"}, "did you mean 'sarif'?"},
                {new String[] {"lint", "--fail-on", "warnig", "-"}, "did you mean 'warning'?"},
                {new String[] {"lint", "--color", "alwyas", "-"}, "--color: unknown mode 'alwyas'; did you mean 'always'?"},
                {new String[] {"lint", "--flavor", "postgres", "-"}, "did you mean 'postgresql'?"},
        };
        for (Object[] c : cases) {
            String[] args = (String[]) c[0];
            DialecticCliTest.Run r = run(NULLABLE_UNIQUE, args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.out() + r.err());
            assertTrue(r.err().contains((String) c[1]), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
        // nothing close: no guess, just what is valid
        DialecticCliTest.Run oracle = run(NULLABLE_UNIQUE, "lint", "--target", "oracle", "-");
        assertFalse(oracle.err().contains("did you mean"), oracle.err());
        assertTrue(oracle.err().contains("valid engines: mysql, mariadb, postgresql, sqlite, db2"), oracle.err());
    }

    @Test
    void aSuppressionCanNameOneEngine() {
        String sql = "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(5));\n"
                + "-- dialectic:ignore alter-form-unsupported@db2 Db2 gets its own migration for this\n"
                + "ALTER TABLE t MODIFY a VARCHAR(10);\n"
                + "-- dialectic:ignore-file alter-form-unsupported@mysql not a target here\n";
        DialecticCliTest.Run r = run(sql, "lint", "--no-cache", "--target", "db2,postgres", "-");
        assertEquals(1, r.exit(), r.err());
        List<String> findings = r.out().lines().filter(l -> l.startsWith("<stdin>")).toList();
        assertEquals(1, findings.size(), r.out());
        assertTrue(findings.get(0).startsWith("<stdin>:3:") && findings.get(0).contains("[alter-form-unsupported]")
                && findings.get(0).endsWith("(postgresql: rejected)"), r.out());

        DialecticCliTest.Run onlyDb2 = run(sql, "lint", "--no-cache", "--target", "db2", "-");
        assertEquals(0, onlyDb2.exit(), onlyDb2.out());
        assertTrue(onlyDb2.out().startsWith("0 findings"), "the Db2 effect was the finding's only one, and the "
                + "suppression for MySQL, not a target, is not reported as unused: " + onlyDb2.out());
    }

    @Test
    void coloursOnlyWhenAskedOrOnATerminal() {
        DialecticCliTest.Run plain = run(NULLABLE_UNIQUE, "lint", "--no-cache", "--target", "db2", "-");
        assertFalse(plain.out().contains("\u001b["), "not a terminal here (a test's output is captured): " + plain.out());
        DialecticCliTest.Run never = run(NULLABLE_UNIQUE, "lint", "--no-cache", "--color", "never", "--target", "db2", "-");
        assertEquals(plain.out(), never.out());
        DialecticCliTest.Run always = run(NULLABLE_UNIQUE, "lint", "--no-cache", "--color", "always", "--target", "db2", "-");
        assertTrue(always.out().startsWith("\u001b[1m<stdin>:1:50\u001b[0m: \u001b[1;31merror\u001b[0m: "
                + "[nullable-unique-key]"), always.out());
        assertEquals(plain.out(), always.out().replaceAll("\u001b\\[[0-9;]*m", ""), "the same text under the colours");
        DialecticCliTest.Run json = run(NULLABLE_UNIQUE, "lint", "--no-cache", "--color", "always", "--format", "json", "-");
        assertFalse(json.out().contains("\u001b["), "only the text report is coloured");

        assertTrue(Terminal.colors("auto", Map.of(), true));
        assertFalse(Terminal.colors("auto", Map.of(), false), "piped: plain");
        assertFalse(Terminal.colors("auto", Map.of("NO_COLOR", "1"), true), "NO_COLOR set: plain");
        assertTrue(Terminal.colors("auto", Map.of("NO_COLOR", ""), true), "NO_COLOR empty counts as unset (no-color.org)");
        assertFalse(Terminal.colors("auto", Map.of("TERM", "dumb"), true));
        assertTrue(Terminal.colors("always", Map.of("NO_COLOR", "1"), false), "asked for on the command line");
        assertThrows(IllegalArgumentException.class, () -> Terminal.colors("sometimes", Map.of(), true));
    }

    @Test
    void theProgressLineAppearsAfterTheDelayAndIsErasedAtTheEnd() throws Exception {
        StringWriter err = new StringWriter();
        try (Terminal.Progress p = Terminal.Progress.start(new PrintWriter(err), true, "linting db/migration", 0)) {
            long until = System.nanoTime() + 5_000_000_000L;
            while (!err.toString().contains("dialectic: linting db/migration... 0 s") && System.nanoTime() < until) {
                Thread.sleep(10);
            }
        }
        String written = err.toString();
        assertTrue(written.startsWith("\rdialectic: linting db/migration... 0 s"), written);
        String last = written.substring(written.lastIndexOf("dialectic:"));
        assertTrue(written.endsWith("\r" + " ".repeat(last.indexOf('\r')) + "\r"), "erased: " + written);

        StringWriter quick = new StringWriter();
        try (Terminal.Progress p = Terminal.Progress.start(new PrintWriter(quick), true, "linting", 60_000)) {
            assertTrue(p != null);
        }
        assertEquals("", quick.toString(), "a run shorter than the delay shows nothing");
        assertEquals(null, Terminal.Progress.start(new PrintWriter(quick), false, "linting", 0));
    }

    @Test
    void helpAndVersion() {
        DialecticCliTest.Run help = run("", "help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("Usage: dialectic") && help.out().contains("lint"), help.out());
        DialecticCliTest.Run helpLint = run("", "help", "lint");
        assertEquals(0, helpLint.exit(), helpLint.err());
        assertTrue(helpLint.out().contains("--target") && helpLint.out().contains("--color"), helpLint.out());
        DialecticCliTest.Run version = run("", "--version");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().matches("dialectic \\S+\\R"), version.out());
    }

    /** A command line naming its command builds that one only (picocli's reflection is start-up time), to the same effect. */
    @Test
    void aNamedCommandIsTheOnlyOneBuiltAndBehavesAsAmongAll() {
        assertEquals(java.util.Set.of("lint"), DialecticCli.commandLine(new String[] {"lint", "x"}).getSubcommands().keySet());
        assertEquals(java.util.List.of("lint", "baseline", "rehearse", "rules", "help"), java.util.List.copyOf(
                DialecticCli.commandLine(new String[] {"help", "lint"}).getSubcommands().keySet()));
        assertEquals(0, DialecticCli.commandLine(new String[] {"--version"}).getSubcommands().size());
        assertEquals(0, DialecticCli.commandLine(new String[] {"-V"}).getSubcommands().size());
        assertEquals(5, DialecticCli.commandLine(new String[] {"--version", "lint"}).getSubcommands().size());
        assertEquals(run("", "--version").out(), run("", "-V").out());
        DialecticCliTest.Run lintHelp = run("", "lint", "--help");
        assertEquals(0, lintHelp.exit(), lintHelp.err());
        assertEquals(run("", "help", "lint").out(), lintHelp.out(), "lint's usage is the same whichever way asked");
        DialecticCliTest.Run typo = run("", "lint", "--tagret", "db2", "x.sql");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("did you mean --target?"), typo.err());
        DialecticCliTest.Run command = run("", "lnit");
        assertTrue(command.err().contains("did you mean lint?"), command.err());
    }

    @Test
    void standardInputNeedsNoFileOnDisk(@TempDir Path tmp) throws Exception {
        // the same script as a file and as standard input: the same findings, only the name differs
        Path file = tmp.resolve("V1__t.sql");
        Files.writeString(file, NULLABLE_UNIQUE);
        DialecticCliTest.Run fromFile = run("", "lint", "--no-cache", "--target", "db2,mysql", file.toString());
        DialecticCliTest.Run fromStdin = run(NULLABLE_UNIQUE, "lint", "--no-cache", "--target", "db2,mysql",
                "--stdin-name", file.toString(), "-");
        assertEquals(fromFile.out(), fromStdin.out());
    }
}
