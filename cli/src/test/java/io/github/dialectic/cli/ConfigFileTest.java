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

    /** The Invoker IT's project: a Spring Boot layout whose engine folders and a placeholder dialectic.toml names. */
    static final Path SPRING_PROJECT = Path.of("..", "maven-plugin/src/it/spring-boot-config-file");

    @Test
    void theFilesEngineSetsAndPlaceholdersShapeTheLayoutAsInThePlugin() throws Exception {
        assertTrue(Files.readString(Path.of("..", "README.md")).contains("bin/dialectic lint "
                + "--project maven-plugin/src/it/spring-boot-config-file"), "README's Configuration file command");
        DialecticCliTest.Run r = DialecticCliTest.run("lint", "--no-cache", "--project", SPRING_PROJECT.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        String res = SPRING_PROJECT + "/src/main/resources/db/engines/";
        // the same two findings the plugin reports (verify.groovy of the IT): ${note_type} is TEXT from the file, and
        // PostgreSQL's own folder is judged by PostgreSQL alone
        assertEquals(List.of(res + "my/V2__orders.sql:4:5: error: [lob-default-or-index] orders.note is TEXT with "
                        + "DEFAULT '': MySQL refuses a literal default on BLOB, TEXT and JSON columns (ERROR 1101) "
                        + "(mysql: rejected)",
                res + "pg/V2__orders.sql:1:1: warning: [vendor-set-drift] column orders.tags exists after the "
                        + "postgresql migrations but not after the mysql ones (mysql: different)",
                // the sets side by side: MySQL's lacks the column PostgreSQL's adds, and has the error
                "set mysql (mysql:8.4): 2 files, 1 common + 1 own; 2 findings (1 error, 1 warning, 0 info)",
                "set postgresql (postgresql:15): 2 files, 1 common + 1 own; 0 findings (0 errors, 0 warnings, 0 info)",
                "2 findings (1 error, 1 warning, 0 info) in 3 files, 4 statements (0 unparsed); targets: mysql:8.4, "
                        + "postgresql:15"), r.out().lines().toList());
        assertTrue(r.err().contains("dialectic: migrations from " + SPRING_PROJECT.resolve("dialectic.toml")
                .toAbsolutePath().normalize() + " with the Flyway settings in "), r.err());
    }

    @Test
    void aVendorLocationInTheFileIsLintedSetBySetAndPathsReplaceIt() throws Exception {
        Path sql = project.resolve("sql");
        Files.createDirectories(sql.resolve("postgresql"));
        Files.createDirectories(sql.resolve("mysql"));
        Files.writeString(sql.resolve("postgresql/V1__t.sql"), "CREATE TABLE ${table} (id INT PRIMARY KEY, tags TEXT[]);\n");
        Files.writeString(sql.resolve("mysql/V1__t.sql"), "CREATE TABLE ${table} (id INT PRIMARY KEY, tags JSON);\n");
        Path file = project.resolve("dialectic.toml");
        Files.writeString(file, "targets = [\"postgresql\", \"mysql\"]\nlocations = [\"sql/{vendor}\"]\n"
                + "[placeholders]\ntable = \"items\"\n");
        DialecticCliTest.Run r = DialecticCliTest.run("lint", "--no-cache", "--config", file.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("0 findings") && r.out().contains("in 2 files, 2 statements (0 unparsed)"), r.out());
        assertTrue(r.out().contains("set mysql (mysql:"), r.out());

        // a PATH replaces the file's locations: the PostgreSQL file alone, against every target; placeholders stay
        DialecticCliTest.Run paths = DialecticCliTest.run("lint", "--no-cache", "--config", file.toString(),
                sql.resolve("postgresql").toString());
        assertEquals(1, paths.exit(), paths.out() + paths.err());
        assertTrue(paths.out().contains("(0 unparsed)"), "${table} replaced: " + paths.out());
        assertTrue(paths.out().contains("(mysql: rejected)"), paths.out());
    }

    @Test
    void aLiquibaseProjectsChangelogIsFoundFromItsProjectAndFromTheFile() throws Exception {
        // IT liquibase-xml: Spring Boot's default changelog, an include, a Db2 problem at its changeset
        Path liquibase = Path.of("..", "maven-plugin/src/it/liquibase-xml");
        DialecticCliTest.Run r = DialecticCliTest.run("lint", "--no-cache", "--no-config", "--project",
                liquibase.toString(), "--target", "db2,postgresql");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains(liquibase + "/src/main/resources/db/changelog/changes/001-customers.xml:8:5: error: "
                + "[nullable-unique-key] UNIQUE constraint on customers includes nullable column code (changeset "
                + "1::alice) (db2: rejected)"), r.out());
        assertTrue(r.err().contains("dialectic: migrations from Spring Boot's default changelog location; changelog "),
                r.err());

        // the same changelog named in dialectic.toml: linted with no PATH
        Path changelog = liquibase.resolve("src/main/resources/db/changelog/db.changelog-master.xml")
                .toAbsolutePath().normalize();
        Path file = project.resolve("dialectic.toml");
        Files.writeString(file, "targets = [\"db2\"]\n[liquibase]\nchangelog = \"" + changelog + "\"\n");
        DialecticCliTest.Run named = DialecticCliTest.run("lint", "--no-cache", "--config", file.toString());
        assertEquals(1, named.exit(), named.out() + named.err());
        assertTrue(named.out().contains("[nullable-unique-key]"), named.out());
    }
}
