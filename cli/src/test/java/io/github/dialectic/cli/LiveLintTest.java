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
