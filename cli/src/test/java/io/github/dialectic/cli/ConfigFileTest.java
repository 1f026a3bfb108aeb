package io.github.dialectic.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dialectic.toml on the command line: its settings apply, options override them, its mistakes name the line. */
class ConfigFileTest {

    @TempDir
    Path project;

    private Path config(String text) throws Exception {
        Path migrations = project.resolve("src/main/resources/db/migration");
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("V1__t.sql"),
                "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(5) UNIQUE, b INTEGER);\n"
                        + "ALTER TABLE t MODIFY b BIGINT;\n");
        Path file = project.resolve("dialectic.toml");
        Files.writeString(file, text);
        return file;
    }

    private static final String SETTINGS = """
            targets = ["db2", "pg:16"]
            fail-on = "warning"
            locations = ["classpath:db/migration"]

            [rules]
            severity = { nullable-unique-key = "warning" }
            disable = ["alter-form-unsupported"]
            """;

    @Test
    void theFilesSettingsApplyWhenTheCommandLineGivesNone() throws Exception {
        Path file = config(SETTINGS);
        DialecticCliTest.Run r = DialecticCliTest.run("lint", "--no-cache", "--config", file.toString());
        assertEquals(1, r.exit(), "fail-on warning from the file: " + r.out() + r.err());
        Path migration = project.resolve("src/main/resources/db/migration/V1__t.sql");
        assertEquals(List.of(migration + ":1:50: warning: [nullable-unique-key] UNIQUE constraint on t includes "
                        + "nullable column a (db2: rejected)",
                "1 finding (0 errors, 1 warning, 0 info) in 1 file, 2 statements (0 unparsed); targets: postgresql:16, "
                        + "db2:12.1"), r.out().lines().toList());
    }

    @Test
    void optionsOverrideTheFile() throws Exception {
        Path file = config(SETTINGS);
        Path migrations = project.resolve("src/main/resources/db/migration");
        DialecticCliTest.Run r = DialecticCliTest.run("lint", "--no-cache", "--config", file.toString(),
                "--target", "db2", "--fail-on", "error", "--disable", "fk-on-update-action",
                "--severity", "nullable-unique-key=info", migrations.toString());
        assertEquals(1, r.exit(), "alter-form-unsupported is back (--disable replaced the file's list), an error: "
                + r.out() + r.err());
        assertTrue(r.out().contains(": info: [nullable-unique-key]"), r.out());
        assertTrue(r.out().contains(": error: [alter-form-unsupported]"), r.out());
        assertTrue(r.out().strip().endsWith("targets: db2:12.1"), r.out());

        DialecticCliTest.Run ignored = DialecticCliTest.run("lint", "--no-cache", "--no-config", "--target", "sqlite",
                "--fail-on", "never", migrations.toString());
        assertEquals(0, ignored.exit(), ignored.err());
        assertTrue(ignored.out().contains("[alter-form-unsupported]"), ignored.out());
    }

    @Test
    void aBaselineNamedInTheFileIsReadRelativeToIt() throws Exception {
        Path file = config(SETTINGS + "\n");
        DialecticCliTest.Run written = DialecticCliTest.run("baseline", "--no-cache", "--config", file.toString(),
                "--output", project.resolve("dialectic-baseline.json").toString());
        assertEquals(0, written.exit(), written.err());
        Files.writeString(file, "baseline = \"dialectic-baseline.json\"\n" + SETTINGS);
        DialecticCliTest.Run r = DialecticCliTest.run("lint", "--no-cache", "--config", file.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("1 finding accepted by the baseline " + project.resolve("dialectic-baseline.json")),
                r.err());
    }

    @Test
    void aMistakeInTheFileIsAUsageErrorNamingTheLine() throws Exception {
        Path file = config("targets = [\"db2\"]\n\n[rules]\nseverity = { nullable-unique-key = \"warning\" }\ndisable = "
                + "[\"fk-on-update-acton\"]\n");
        DialecticCliTest.Run r = DialecticCliTest.run("lint", "--config", file.toString());
        assertEquals(2, r.exit());
        assertEquals(List.of("dialectic: " + file + ":5: rules.disable: unknown rule 'fk-on-update-acton'; did you mean "
                + "'fk-on-update-action'? (list them with 'dialectic rules') (see 'dialectic lint --help')"),
                r.err().lines().toList());

        DialecticCliTest.Run missing = DialecticCliTest.run("lint", "--config", project.resolve("nope.toml").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.toml: no such file"), missing.err());
    }
}
