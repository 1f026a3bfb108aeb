package io.github.dialectic.cli;

import io.github.dialectic.live.ExampleDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lint --jdbc} on the bundled example database (README, "Check a live database before you upgrade"). */
class LiveLintTest {

    private static final Path EXAMPLE = Path.of("../examples/nova-uuid");

    @TempDir
    Path dir;

    private String buildExample() throws Exception {
        Path db = dir.resolve("nova.db");
        ExampleDatabase.main(new String[] {db.toString(), Path.of("../examples/nova-uuid-db/seed.sql").toString(),
                EXAMPLE.resolve("V1__create_instances.sql").toString()});
        return "jdbc:sqlite:" + db;
    }

    @Test
    void pendingMigrationsOfTheExampleAgainstItsDatabase() throws Exception {
        DialecticCliTest.Run run = DialecticCliTest.run("lint", "--jdbc", buildExample(), EXAMPLE.toString());
        assertEquals(1, run.exit(), run.err());
        String out = run.out();
        assertFalse(out.contains("V1__create_instances.sql"), "V1 is applied: not linted\n" + out);
        assertTrue(out.contains("V2__instance_uuid_unique.sql:3:1: error: [data-precheck] UNIQUE (uuid) on instances:"
                + " 1 duplicate group (uuid=6f1c3a52-0004-4c1e-9a10-000000000004, rows=2)"), out);
        assertTrue(out.contains("V6__instance_uuid_not_null.sql:4:1: error: [data-precheck] uuid NOT NULL on instances:"
                + " 3 rows have a NULL (id=2; id=3; id=6)"), out);
        assertTrue(out.contains("V5__instances_task_state.sql:2:1: error: [data-precheck] task_state NOT NULL without a"
                + " default on instances: 6 rows have a NULL"), out);
        assertTrue(out.contains("[nullable-unique-key]"), out);
    }

    @Test
    void theLiveSchemaAlone() throws Exception {
        DialecticCliTest.Run run = DialecticCliTest.run("lint", "--jdbc", buildExample());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertEquals(List.of(
                "db (instances.created_at): error: [engine-specific-type] column instances.created_at has type DATETIME,"
                        + " unknown to PostgreSQL, Db2 LUW (postgresql: rejected; db2: rejected)",
                "db (instances.deleted_at): error: [engine-specific-type] column instances.deleted_at has type DATETIME,"
                        + " unknown to PostgreSQL, Db2 LUW (postgresql: rejected; db2: rejected)"),
                run.out().lines().filter(l -> l.startsWith("db ")).toList(), "the history table is Flyway's: not linted");
    }

    /**
     * dialectic.toml's locations are what lint checks without PATHs, with --jdbc too: before, the live schema alone was
     * linted and the pending V2-V6 of the file's location were skipped without a word (exit 1 on two DATETIME columns).
     * What the check cannot read (a project's settings, placeholders, a changelog) is refused, not skipped.
     */
    @Test
    void theConfigFilesLocationsAreThePendingMigrationsAndWhatItCannotReadIsRefused() throws Exception {
        String url = buildExample();
        Path toml = java.nio.file.Files.writeString(dir.resolve("dialectic.toml"),
                "locations = [\"" + EXAMPLE.toAbsolutePath().normalize() + "\"]\n");
        DialecticCliTest.Run run = DialecticCliTest.run("lint", "--jdbc", url, "--config", toml.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("V6__instance_uuid_not_null.sql:4:1: error: [data-precheck] uuid NOT NULL on "
                + "instances: 3 rows have a NULL (id=2; id=3; id=6)"), run.out());
        assertTrue(run.err().contains("dialectic: migrations from " + toml + "; locations "), run.err());

        java.nio.file.Files.writeString(toml, "[placeholders]\nschema = \"app\"\n");
        DialecticCliTest.Run placeholders = DialecticCliTest.run("lint", "--jdbc", url, "--config", toml.toString(),
                EXAMPLE.toString());
        assertEquals(2, placeholders.exit(), placeholders.out());
        assertTrue(placeholders.err().contains("--jdbc checks the pending migrations of PATHs (else of dialectic.toml's "
                + "locations) against the database; it does not read " + toml + "'s [placeholders]"), placeholders.err());

        DialecticCliTest.Run project = DialecticCliTest.run("lint", "--jdbc", url, "--no-config", "--project",
                "../maven-plugin/src/it/spring-boot-vendor");
        assertEquals(2, project.exit(), project.out());
        assertTrue(project.err().contains("it does not read --project DIR (give the project's migration folders as "
                + "PATHs)"), project.err());

        DialecticCliTest.Run changelog = DialecticCliTest.run("lint", "--jdbc", url, "--no-config", "--changelog",
                "../examples/liquibase-shop/src/main/resources/db/changelog/db.changelog-master.xml");
        assertEquals(2, changelog.exit(), changelog.out());
        assertTrue(changelog.err().contains("it does not read Liquibase changelogs (--changelog)"), changelog.err());
    }

    @Test
    void passwordsComeFromTheEnvironmentAndNeverShow() {
        DialecticCliTest.Run missing = DialecticCliTest.run("lint", "--jdbc", "jdbc:postgresql://127.0.0.1:1/x",
                "--password-env", "DIALECTIC_TEST_NO_SUCH_VARIABLE");
        assertEquals(2, missing.exit());
        assertEquals(java.util.List.of("dialectic: --password-env: the environment variable DIALECTIC_TEST_NO_SUCH_VARIABLE"
                + " is not set (see 'dialectic lint --help')"), missing.err().lines().toList());

        DialecticCliTest.Run refused = DialecticCliTest.run("lint", "--jdbc",
                "jdbc:postgresql://127.0.0.1:1/x?user=u&password=s3cret");
        assertEquals(2, refused.exit());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().startsWith("dialectic: database jdbc:postgresql://127.0.0.1:1/x?...: "), refused.err());
        assertFalse(refused.err().contains("s3cret"), refused.err());
    }

    @Test
    void pathsOrADatabaseAreNeeded() {
        DialecticCliTest.Run run = DialecticCliTest.run("lint");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("dialectic: give migration files or directories (PATH), a Liquibase changelog "
                + "(--changelog FILE), or a database (--jdbc URL)"), run.err());
    }
}
