package io.github.dialectic.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dialectic rehearse} on SQLite in process (the engine tests of the rehearse module cover PostgreSQL and
 * MariaDB): the Nova example as README shows it, and the usage errors.
 */
class RehearseCommandTest {

    @Test
    void theNovaExampleStopsAtItsMySqlOnlyFirstStepOnSqlite() {
        DialecticCliTest.Run run = DialecticCliTest.run("rehearse", "--engine", "sqlite", "../examples/nova-uuid");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\.\\./examples/nova-uuid/V1__create_instances\\.sql +ERROR .*")),
                run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\.\\./examples/nova-uuid/V6__instance_uuid_not_null\\.sql +not run")),
                run.out());
        assertTrue(run.out().contains("V1__create_instances.sql:3:1: sqlite: [SQLITE_ERROR] SQL error or missing database "
                + "(near \"AUTO_INCREMENT\": syntax error) (SQLSTATE none, code 1)"), run.out());
        assertTrue(run.err().contains("dialectic: step 1 of 6 on sqlite: ../examples/nova-uuid/V1__create_instances.sql failed"),
                run.err());
    }

    /** The README's command: each engine its own folder of the example, run through on SQLite and PostgreSQL. */
    @Test
    void theNovaExampleInEachEnginesDialectRunsThroughOnSqliteAndTheEmbeddedPostgresql() {
        DialecticCliTest.Run run = DialecticCliTest.run("rehearse", "../examples/nova-uuid-engines/{vendor}");
        assertEquals(0, run.exit(), run.out() + run.err());
        for (String step : java.util.List.of("V1__create_instances", "V2__instance_uuid_unique",
                "V3__block_device_mapping", "V4__instance_types", "V5__instances_task_state", "V6__instance_uuid_not_null")) {
            assertTrue(run.out().lines().anyMatch(l -> l.matches("\\.\\./examples/nova-uuid-engines/\\{vendor}/"
                    + step + "\\.sql +ok [0-9.]+ m?s +ok [0-9.]+ m?s")), step + "\n" + run.out());
        }
        assertTrue(run.out().startsWith("Rehearsed 6 migrations on sqlite 3."), run.out());
        assertTrue(run.out().contains(", postgresql 15."), run.out());
        // each engine ran its own files, not the other's
        assertTrue(run.err().contains("step 1 of 6 on sqlite: ../examples/nova-uuid-engines/sqlite/V1__create_instances.sql ok"),
                run.err());
        assertTrue(run.err().contains("step 6 of 6 on postgresql: ../examples/nova-uuid-engines/postgresql/"
                + "V6__instance_uuid_not_null.sql ok"), run.err());
    }

    /** dialectic.toml's layout keys, as lint reads them: [vendors] per engine, [placeholders] replaced. */
    @Test
    void withoutPathsTheConfigFilesLayoutIsRehearsedAndPathsReplaceItsLocations(@TempDir Path project) throws Exception {
        write(project.resolve("db/common/V1__accounts.sql"), "CREATE TABLE accounts (id INTEGER PRIMARY KEY);\n");
        write(project.resolve("db/sqlite/V2__notes.sql"),
                "CREATE TABLE notes_${suffix} (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n");
        // SQLite refuses this one: were it in SQLite's set, step 2 would fail
        write(project.resolve("db/postgresql/V2__notes.sql"),
                "CREATE TABLE notes_${suffix} (id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY);\n");
        Path toml = write(project.resolve("dialectic.toml"), """
                locations = ["db/common"]

                [vendors]
                sqlite = ["db/sqlite"]
                postgresql = ["db/postgresql"]

                [placeholders]
                suffix = "local"
                """);

        DialecticCliTest.Run layout = DialecticCliTest.run("rehearse", "--engine", "sqlite", "--config", toml.toString(),
                "--show", "notes_local");
        assertEquals(0, layout.exit(), layout.out() + layout.err());
        assertTrue(layout.err().contains("dialectic: migrations from " + toml), layout.err());
        assertTrue(layout.err().contains("step 2 of 2 on sqlite: " + project.resolve("db/sqlite/V2__notes.sql") + " ok"),
                layout.err());
        assertTrue(layout.out().contains("table notes_local"), layout.out());

        // a PATH replaces locations and [vendors]; [placeholders] still apply
        DialecticCliTest.Run given = DialecticCliTest.run("rehearse", "--engine", "sqlite", "--config", toml.toString(),
                "--show", "notes_local", project.resolve("db/sqlite").toString());
        assertEquals(0, given.exit(), given.out() + given.err());
        assertTrue(given.out().startsWith("Rehearsed 1 migration on sqlite"), given.out());
        assertTrue(given.out().contains("table notes_local"), given.out());

        DialecticCliTest.Run none = DialecticCliTest.run("rehearse", "--engine", "sqlite", "--no-config");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("give migration files or directories (PATH), or name locations in dialectic.toml"),
                none.err());
    }

    private static Path write(Path file, String text) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void upToAndShowAsJson() {
        DialecticCliTest.Run run = DialecticCliTest.run("rehearse", "--engine", "sqlite", "--quiet", "--format", "json",
                "--up-to", "1", "--show", "quotas", "../rehearse/src/test/resources/portability");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("\"status\" : \"ok\""), run.out());
        assertTrue(run.out().contains("\"show\" : \"table quotas\\n  column id INTEGER NOT NULL\\n"), run.out());
        assertTrue(!run.out().contains("V2__seed_quotas.sql"), run.out());
    }

    @Test
    void aServerEngineWithoutAUrlIsAUsageError() {
        DialecticCliTest.Run run = DialecticCliTest.run("rehearse", "--engine", "mariadb", "../examples/nova-uuid");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--engine mariadb: runs on a server; give it with --jdbc URL"), run.err());
    }
}
