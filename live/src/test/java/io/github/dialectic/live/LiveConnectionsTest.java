package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
