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
        assertTrue(none.err().contains("give migration files or directories (PATH), a Flyway or Spring Boot project "
                + "(--project DIR), or name locations in dialectic.toml"),
                none.err());
    }

    /**
     * Without --engine, the engines are those of dialectic.toml's targets that run here: a project for SQLite and Db2
     * is rehearsed on SQLite alone, and Db2 is named as not rehearsed; a project for MySQL alone has nothing to
     * rehearse on without a server, which is an error rather than a pass on engines it does not target.
     */
    @Test
    void theTargetsOfTheConfigFileChooseTheEnginesAndThoseNotRehearsedAreNamed(@TempDir Path project) throws Exception {
        write(project.resolve("db/V1__accounts.sql"), "CREATE TABLE accounts (id INTEGER PRIMARY KEY);\n");
        Path toml = write(project.resolve("dialectic.toml"), "targets = [\"sqlite\", \"db2\"]\nlocations = [\"db\"]\n");

        DialecticCliTest.Run run = DialecticCliTest.run("rehearse", "--config", toml.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().startsWith("Rehearsed 1 migration on sqlite 3."), run.out());
        assertTrue(!run.out().contains("postgresql") && !run.err().contains("on postgresql"), run.out() + run.err());
        assertTrue(run.err().contains("dialectic: not rehearsed on db2:12.1 (it needs a server: give one with --jdbc "
                + "URL): for that target only the static lint speaks"), run.err());

        // --engine is what the user asked for: no note about the targets it leaves out... unless the file names them
        DialecticCliTest.Run chosen = DialecticCliTest.run("rehearse", "--engine", "sqlite", "--config", toml.toString());
        assertEquals(0, chosen.exit(), chosen.out() + chosen.err());
        assertTrue(chosen.err().contains("not rehearsed on db2:12.1"), chosen.err());

        write(toml, "targets = [\"mysql:8.4\"]\nlocations = [\"db\"]\n");
        DialecticCliTest.Run none = DialecticCliTest.run("rehearse", "--config", toml.toString());
        assertEquals(2, none.exit(), none.out());
        assertEquals("", none.out());
        assertTrue(none.err().contains("none of the targets of " + toml + " (mysql:8.4) runs here without a server: give "
                + "one with --jdbc URL, or name the engines to rehearse on with --engine sqlite,postgresql"), none.err());
    }

    /**
     * --project DIR finds the migrations as lint --project does: Spring Boot's settings, a {vendor} folder per engine,
     * placeholders replaced; PATHs replace its locations. --profile without a project to read is refused.
     */
    @Test
    void aSpringBootProjectIsRehearsedAsLintReadsIt(@TempDir Path project) throws Exception {
        Path resources = project.resolve("src/main/resources");
        write(resources.resolve("application.properties"), """
                spring.flyway.locations=classpath:db/common,classpath:db/{vendor}
                spring.flyway.placeholders.suffix=live
                """);
        write(resources.resolve("application-dev.properties"), "spring.flyway.placeholders.suffix=dev\n");
        write(resources.resolve("db/common/V1__accounts.sql"), "CREATE TABLE accounts_${suffix} (id INTEGER PRIMARY KEY);\n");
        write(resources.resolve("db/sqlite/V2__notes.sql"), "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n");
        // SQLite refuses this one: were it in SQLite's set, step 2 would fail
        write(resources.resolve("db/postgresql/V2__notes.sql"),
                "CREATE TABLE notes (id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY);\n");

        DialecticCliTest.Run run = DialecticCliTest.run("rehearse", "--no-config", "--engine", "sqlite", "--project",
                project.toString(), "--show", "accounts_live");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("dialectic: migrations from the Flyway settings in "
                + resources.resolve("application.properties")), run.err());
        assertTrue(run.err().contains("step 2 of 2 on sqlite: " + resources.resolve("db/sqlite/V2__notes.sql") + " ok"),
                run.err());
        assertTrue(run.out().contains("table accounts_live"), run.out());

        DialecticCliTest.Run dev = DialecticCliTest.run("rehearse", "--no-config", "--engine", "sqlite", "--project",
                project.toString(), "--profile", "dev", "--show", "accounts_dev");
        assertEquals(0, dev.exit(), dev.out() + dev.err());
        assertTrue(dev.out().contains("table accounts_dev"), dev.out());

        // a PATH replaces the project's locations, relative to the project as Flyway's filesystem: locations are
        DialecticCliTest.Run given = DialecticCliTest.run("rehearse", "--no-config", "--engine", "sqlite", "--project",
                project.toString(), "src/main/resources/db/common");
        assertEquals(0, given.exit(), given.out() + given.err());
        assertTrue(given.out().startsWith("Rehearsed 1 migration on sqlite"), given.out());
        DialecticCliTest.Run wrong = DialecticCliTest.run("rehearse", "--no-config", "--engine", "sqlite", "--project",
                project.toString(), "db/common");
        assertEquals(2, wrong.exit(), wrong.out() + wrong.err());
        assertTrue(wrong.err().contains("no such location: filesystem:db/common (with --project, a PATH is relative to "
                + project + ")"), wrong.err());

        DialecticCliTest.Run stray = DialecticCliTest.run("rehearse", "--no-config", "--engine", "sqlite", "--profile",
                "dev", resources.resolve("db/common").toString());
        assertEquals(2, stray.exit(), stray.out());
        assertTrue(stray.err().contains("--profile chooses the Spring settings files a project's migrations are found "
                + "with: it goes with --project DIR"), stray.err());
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

    /**
     * A Liquibase project or changelog is what lint reads as a changelog: rehearse refuses it, saying why, instead of
     * applying the SQL files under it as if they were migrations (or "no migrations to rehearse").
     */
    @Test
    void aLiquibaseProjectOrChangelogIsRefusedSayingWhy() {
        DialecticCliTest.Run project = DialecticCliTest.run("rehearse", "--no-config", "--engine", "sqlite",
                "../examples/liquibase-shop");
        assertEquals(2, project.exit(), project.out() + project.err());
        assertTrue(project.err().contains("dialectic: rehearse applies Flyway SQL migrations; ../examples/liquibase-shop "
                + "is a Liquibase project (../examples/liquibase-shop/src/main/resources/db/changelog/"
                + "db.changelog-master.xml): lint it with 'dialectic lint'"), project.err());
        DialecticCliTest.Run changelog = DialecticCliTest.run("rehearse", "--no-config", "--engine", "sqlite",
                "../examples/liquibase-shop/src/main/resources/db/changelog/changes/001-customers.xml");
        assertEquals(2, changelog.exit(), changelog.out() + changelog.err());
        assertTrue(changelog.err().contains("001-customers.xml is a Liquibase changelog"), changelog.err());
    }

    @Test
    void aServerEngineWithoutAUrlIsAUsageError() {
        DialecticCliTest.Run run = DialecticCliTest.run("rehearse", "--engine", "mariadb", "../examples/nova-uuid");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--engine mariadb: runs on a server; give it with --jdbc URL"), run.err());
    }
}
