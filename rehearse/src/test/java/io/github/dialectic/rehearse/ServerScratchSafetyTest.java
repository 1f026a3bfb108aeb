package io.github.dialectic.rehearse;

import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.source.FlywaySqlSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rehearse pointed at a server database that holds a table of the same name as the migrations' (the machine's
 * MariaDB): the table keeps its columns and rows, the throwaway database exists during the run and is gone after
 * it, also when a step fails and when the process is ended; a user who may not create a database is refused without
 * its password in the message.
 */
class ServerScratchSafetyTest {

    @TempDir
    Path dir;

    @Test
    void theUsersTableIsUntouchedAndTheThrowawayDatabaseGoneAfterAFailingStep() throws Exception {
        String userDb = "dl_user_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = Servers.connectOrSkip(Servers.MARIADB_URL); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + userDb);
            try {
                s.execute("CREATE TABLE " + userDb + ".instances (id INT PRIMARY KEY, uuid VARCHAR(36))");
                s.execute("INSERT INTO " + userDb + ".instances VALUES (1, 'a'), (2, 'b')");
                String before = snapshot(s, userDb);
                List<String> scratchBefore = scratchDatabases(s);

                Files.writeString(dir.resolve("V1__instances.sql"),
                        "CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, hostname VARCHAR(255));\n");
                Files.writeString(dir.resolve("V2__fill.sql"), "INSERT INTO instances (id, hostname) VALUES (7, 'x');\n"
                        + "DROP TABLE IF EXISTS instances_old;\n");
                Files.writeString(dir.resolve("V3__broken.sql"), "ALTER TABLE instances ADD COLUMN uuid VARCHAR(36);\n"
                        + "ALTER TABLE no_such_table ADD COLUMN x INTEGER;\n");
                String url = Servers.MARIADB_URL.replaceFirst("(//[^/]+/)[^?]*", "$1" + userDb);
                List<String> seenDuringRun = new ArrayList<>();
                RehearsalReport report;
                try (RehearsalTarget server = RehearsalTarget.server(url, null, null)) {
                    report = Rehearse.run(List.of(server), new FlywaySqlSource(List.of(dir), null), List.of(),
                            Rehearsal.Options.defaults().withProgress(line -> {
                                try {
                                    seenDuringRun.addAll(scratchDatabases(s));
                                } catch (SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            }), null, LintOptions.defaults());
                }
                EngineRun run = report.runs().get(0);
                assertEquals(List.of("ok", "ok", "failed"), run.steps().stream().map(st -> st.status().id()).toList());
                assertEquals("42S02", run.steps().get(2).error().sqlState());
                assertEquals(1146, run.steps().get(2).error().vendorCode());
                assertTrue(run.steps().get(2).error().message().contains("no_such_table"), run.steps().get(2).error().message());
                assertEquals(List.of("+ column instances.uuid VARCHAR(36)"),
                        run.steps().get(2).changes().stream().map(Object::toString).toList(),
                        "MariaDB commits DDL statement by statement: the ALTER before the failure stays");

                seenDuringRun.removeAll(scratchBefore);
                assertFalse(seenDuringRun.isEmpty(), "the rehearsal ran in a database of its own");
                assertTrue(seenDuringRun.stream().allMatch(n -> n.matches("dialectic_rehearse_[a-z0-9]{12}")), seenDuringRun.toString());
                assertEquals(scratchBefore, scratchDatabases(s), "the throwaway database is gone");
                assertEquals(before, snapshot(s, userDb), "the user's table is untouched");
            } finally {
                s.execute("DROP DATABASE " + userDb);
            }
        }
    }

    @Test
    void endingTheProcessDropsTheThrowawayDatabase() throws Exception {
        try (Connection admin = Servers.connectOrSkip(Servers.MARIADB_URL); Statement s = admin.createStatement()) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), HoldScratch.class.getName(), Servers.MARIADB_URL)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try {
                String name = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                assertTrue(name != null && name.startsWith("dialectic_rehearse_"), String.valueOf(name));
                assertTrue(scratchDatabases(s).contains(name), "it exists while the rehearsal holds it");
                child.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the JVM runs its shutdown hooks
                assertTrue(child.waitFor(60, TimeUnit.SECONDS));
                assertFalse(scratchDatabases(s).contains(name), "the shutdown hook dropped " + name);
            } finally {
                child.destroyForcibly();
            }
        }
    }

    @Test
    void aUserWhoCannotCreateADatabaseIsRefusedAndItsPasswordNeverShown() throws Exception {
        String user = "dl_ro_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String password = "pw-" + UUID.randomUUID();
        try (Connection admin = Servers.connectOrSkip(Servers.MARIADB_URL); Statement s = admin.createStatement()) {
            s.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'");
            try {
                s.execute("GRANT SELECT ON test.* TO '" + user + "'@'%'");
                List<String> before = scratchDatabases(s);
                String url = Servers.MARIADB_URL.replaceFirst("\\?.*", "");
                try (RehearsalTarget server = RehearsalTarget.server(url, user, password)) {
                    RehearsalException e = assertThrows(RehearsalException.class, server::create);
                    assertTrue(e.getMessage().startsWith("mariadb: the user of " + url + " cannot create a database ("),
                            e.getMessage());
                    assertTrue(e.getMessage().endsWith("rehearse never runs migrations in an existing database: give "
                            + "a user who may create one"), e.getMessage());
                    assertFalse(e.getMessage().contains(password), e.getMessage());
                }
                assertEquals(before, scratchDatabases(s));
            } finally {
                s.execute("DROP USER '" + user + "'@'%'");
            }
        }
    }

    private static List<String> scratchDatabases(Statement s) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA "
                + "WHERE SCHEMA_NAME LIKE 'dialectic\\_rehearse\\_%' ORDER BY SCHEMA_NAME")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** The table's columns and rows, as text. */
    private static String snapshot(Statement s, String db) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (ResultSet rs = s.executeQuery("SELECT COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS WHERE "
                + "TABLE_SCHEMA = '" + db + "' ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append(' ').append(rs.getString(2)).append('\n');
            }
        }
        try (ResultSet rs = s.executeQuery("SELECT id, uuid FROM " + db + ".instances ORDER BY id")) {
            while (rs.next()) {
                out.append(rs.getInt(1)).append(' ').append(rs.getString(2)).append('\n');
            }
        }
        return out.toString();
    }
}
