package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import io.github.dialectic.source.SqlFlavor;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveConnectionsTest {

    /** Whatever SQL a probe were to run, the connection refuses to change the database. */
    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRESQL", "MARIADB", "SQLITE"})
    void aProbeCannotWrite(Engine engine) throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(engine)) {
            db.run("CREATE TABLE t (id INTEGER)", "INSERT INTO t (id) VALUES (1)");
            try (Connection c = LiveConnections.open(db.url, null, null, LiveConnections.DEFAULT_TIMEOUT);
                 Statement s = c.createStatement()) {
                assertEquals(engine, LiveConnections.engine(c));
                assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO t (id) VALUES (2)"));
                c.rollback();
                assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM t"));
                c.rollback();
                assertThrows(SQLException.class, () -> s.execute("CREATE TABLE u (id INTEGER)"));
                c.rollback();
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                    assertTrue(rs.next());
                    assertEquals(1, rs.getInt(1), "reads still work");
                }
            }
            try (Connection c = db.open(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "nothing was written");
            }
        }
    }

    @Test
    void passwordsNeverReachMessages() {
        String redacted = LiveConnections.redact("jdbc:postgresql://db:5432/nova?user=nova&password=s3cret");
        assertFalse(redacted.contains("s3cret"), redacted);
        assertEquals("jdbc:postgresql://db:5432/nova?...", redacted);
        assertFalse(LiveConnections.redact("jdbc:db2://h:50000/x:user=u;password=s3cret;").contains("s3cret"));
        SQLException e = assertThrows(SQLException.class, () -> LiveConnections.open(
                "jdbc:postgresql://127.0.0.1:1/none?password=s3cret", "u", "s3cret", LiveConnections.DEFAULT_TIMEOUT));
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    /**
     * A login the server refuses (PostgreSQL: a role that does not exist; MariaDB: a user that does not exist): the
     * error names the URL and the server's reason, never the password, and carries no driver exception that might.
     */
    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRESQL", "MARIADB"})
    void aRefusedLoginNeverShowsThePassword(Engine engine) throws Exception {
        String password = "s3cret-" + UUID.randomUUID();
        String url = engine == Engine.POSTGRESQL ? ScratchDatabase.PG_URL : ScratchDatabase.MARIADB_URL;
        url = url.replaceAll("[?&]user=[^&]*", "");
        try (ScratchDatabase reachable = ScratchDatabase.create(engine)) { // skips, or fails when required, without a server
            String target = url;
            SQLException e = assertThrows(SQLException.class, () -> LiveConnections.open(target, "dl_nobody_here",
                    password, LiveConnections.DEFAULT_TIMEOUT));
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            assertFalse(trace.toString().contains(password), trace.toString());
            assertTrue(e.getMessage().startsWith("cannot connect to " + LiveConnections.redact(target) + ": "),
                    e.getMessage());
            assertTrue(e.getMessage().contains("dl_nobody_here"), "the server's reason is kept: " + e.getMessage());
            assertNull(e.getCause());
        }
    }

    @Test
    void passwordsInUrlsAreFoundWhateverTheirSpelling() {
        assertTrue(LiveConnections.carriesPassword("jdbc:postgresql://db/nova?user=u&password=x"));
        assertTrue(LiveConnections.carriesPassword("jdbc:postgresql://db/nova?sslpassword=x"));
        assertTrue(LiveConnections.carriesPassword("jdbc:db2://h:50000/x:user=u;password=x;"));
        assertTrue(LiveConnections.carriesPassword("jdbc:mysql://h/x?PWD=x"));
        assertFalse(LiveConnections.carriesPassword("jdbc:postgresql://db/nova?user=u&ssl=true"));
        assertEquals("jdbc:postgresql://db/nova?...",
                LiveConnections.redact("jdbc:postgresql://db/nova?sslpassword=x"));
        assertEquals("cannot log in: sslpassword=*** was wrong",
                LiveConnections.redact("cannot log in: sslpassword=x was wrong"));
    }

    /**
     * A probe that runs longer than the statement timeout is cancelled, reported as not checked with its SQL, and
     * the probes after it still run. SQLite's driver takes setQueryTimeout as a busy timeout only: the watchdog
     * interrupts it (this test ran its 10 s probe to the end before).
     */
    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRESQL", "MARIADB", "SQLITE"})
    @Timeout(60)
    void aProbeThatRunsTooLongIsCancelled(Engine engine) throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(engine)) {
            db.run("CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, x INTEGER)");
            StringBuilder rows = new StringBuilder();
            for (int i = 1; i <= 20; i++) {
                rows.append(i == 1 ? "" : ", ").append("(").append(i).append(", ").append(i % 10 == 0 ? "NULL" : i).append(")");
            }
            db.run("INSERT INTO t (id, x) VALUES " + rows);
            switch (engine) { // slow(i): 0.5 s a row, so checking 20 rows takes 10 s
                case POSTGRESQL -> db.run("CREATE FUNCTION slow(i INTEGER) RETURNS INTEGER AS"
                        + " 'SELECT 0 FROM pg_sleep(0.5)' LANGUAGE sql");
                case MARIADB -> db.run("CREATE FUNCTION slow(i INT) RETURNS INT NOT DETERMINISTIC RETURN SLEEP(0.5)");
                default -> {
                }
            }
            Duration timeout = Duration.ofSeconds(2);
            try (Connection c = LiveConnections.open(db.url, null, null, timeout)) {
                if (engine == Engine.SQLITE) {
                    org.sqlite.Function.create(c, "slow", new org.sqlite.Function() {
                        @Override
                        protected void xFunc() throws SQLException {
                            try {
                                Thread.sleep(500);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            result(0);
                        }
                    });
                }
                LiveCatalog catalog = CatalogReader.read(c, engine, List.of());
                List<Prechecks.PendingChange> pending = List.of(
                        new Prechecks.PendingChange(Definitions.read("ALTER TABLE t ADD CONSTRAINT ck_slow CHECK (slow(id) = 0)",
                                SqlFlavor.POSTGRESQL, "V2__slow.sql").orElseThrow(), "V2__slow.sql:1"),
                        new Prechecks.PendingChange(Definitions.read("ALTER TABLE t ALTER COLUMN x SET NOT NULL",
                                SqlFlavor.POSTGRESQL, "V3__x.sql").orElseThrow(), "V3__x.sql:1"));
                List<Prechecks.Result> results = new Prechecks(c, catalog, timeout).run(pending);

                Prechecks.Result slow = results.get(0);
                assertEquals("the probe ran longer than the statement timeout (2 s)", slow.skipped());
                assertTrue(slow.sql().contains("NOT (slow(id) = 0)"), "the SQL to run by hand: " + slow.sql());
                assertFalse(slow.failsMigration());
                Prechecks.Result after = results.get(1);
                assertEquals(2, after.count(), "the connection still works after a cancelled probe");
                assertEquals(List.of("id=10", "id=20"), after.samples());
            }
        }
    }
}
