package io.github.dialectic.rehearse;

import io.github.dialectic.live.LiveCatalog;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.github.dialectic.rehearse.ScratchSql.count;
import static io.github.dialectic.rehearse.ScratchSql.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Synthetic rows on real SQLite, the embedded PostgreSQL and the machine's MariaDB (through LOAD DATA LOCAL and,
 * where the connection does not allow it, through INSERTs): the counts are exact, unique keys and NOT NULL hold,
 * and every foreign key finds its parent (CHECKs and keys too small for the rows: SyntheticRowsChecksTest). 20,011
 * rows: more than one chunk of the row stream and, on SQLite, more than one INSERT statement.
 */
class SyntheticRowsTest extends WithEmbeddedPostgres {

    static final long ROWS = 20_011;
    static final String PARENTS = """
            CREATE TABLE parents (
                id     INTEGER      NOT NULL PRIMARY KEY,
                code   VARCHAR(12)  NOT NULL,
                born   DATE         NOT NULL,
                seen   TIMESTAMP,
                ratio  DECIMAL(6,2) NOT NULL,
                flag   BOOLEAN      NOT NULL,
                note   VARCHAR(3),
                CONSTRAINT uq_parents_code UNIQUE (code)
            )""";
    static final String CHILDREN = """
            CREATE TABLE children (
                id           INTEGER     NOT NULL PRIMARY KEY,
                parent_code  VARCHAR(12) NOT NULL,
                parent_id    INTEGER     NOT NULL,
                label        VARCHAR(40) NOT NULL,
                CONSTRAINT uq_children_label UNIQUE (label),
                CONSTRAINT fk_children_code FOREIGN KEY (parent_code) REFERENCES parents (code),
                CONSTRAINT fk_children_parent FOREIGN KEY (parent_id) REFERENCES parents (id)
            )""";

    @Test
    void sqliteRowsKeepEveryConstraint() throws Exception {
        try (RehearsalTarget sqlite = RehearsalTarget.sqlite()) {
            assertFilledAndConsistent(sqlite);
        }
    }

    @Test
    void postgresqlRowsKeepEveryConstraint() throws Exception {
        assertFilledAndConsistent(postgres);
    }

    @Test
    void mariadbRowsGoThroughLoadDataLocalAndKeepEveryConstraint() throws Exception {
        try (Connection probe = Servers.connectOrSkip(Servers.MARIADB_URL);
             RehearsalTarget mariadb = RehearsalTarget.server(Servers.MARIADB_URL, null, null)) {
            assertEquals(List.of(2L, 0L), assertFilledAndConsistent(mariadb), "LOAD DATA statements, INSERTs");
        }
    }

    @Test
    void mariadbRowsGoThroughInsertsWhereTheConnectionRefusesLoadDataLocal() throws Exception {
        String url = Servers.MARIADB_URL + (Servers.MARIADB_URL.contains("?") ? "&" : "?") + "allowLocalInfile=false";
        try (Connection probe = Servers.connectOrSkip(Servers.MARIADB_URL);
             RehearsalTarget mariadb = RehearsalTarget.server(url, null, null)) {
            List<Long> statements = assertFilledAndConsistent(mariadb);
            // the server counts the refused LOAD DATA statements too
            assertTrue(statements.get(1) >= 2, "one INSERT a table at least: " + statements);
        }
    }

    @Test
    void enumsSetsBitsJsonAndAddressesGetValuesTheirTypesTake() throws Exception {
        try (Connection probe = Servers.connectOrSkip(Servers.MARIADB_URL);
             RehearsalTarget mariadb = RehearsalTarget.server(Servers.MARIADB_URL, null, null);
             Scratch scratch = mariadb.create()) {
            LiveCatalog catalog = create(scratch, """
                    CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                      state ENUM('active','it''s deleted','error') NOT NULL, flags SET('a','b'), yr YEAR,
                      b1 BIT(1), b8 BIT(8), js JSON NOT NULL, ip INET6 UNIQUE, uid UUID UNIQUE)""");
            SyntheticRows.fill(scratch, catalog, new HashSet<>(), 300, "V2", line -> { }, "mariadb");
            assertEquals(300L, count(scratch, "SELECT COUNT(*) FROM t"));
            assertEquals(3L, count(scratch, "SELECT COUNT(DISTINCT state) FROM t"));
            assertEquals(100L, count(scratch, "SELECT COUNT(*) FROM t WHERE state = 'it''s deleted'"));
            assertEquals(256L, count(scratch, "SELECT COUNT(DISTINCT b8) FROM t"), "BIT(8) holds 256 values");
            assertEquals(300L, count(scratch, "SELECT COUNT(*) FROM t WHERE JSON_VALID(js) AND flags IN ('a', 'b')"));
        } catch (RehearsalException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        try (Scratch scratch = postgres.create()) {
            LiveCatalog catalog = create(scratch, "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')", """
                    CREATE TABLE t (id BIGSERIAL PRIMARY KEY, m mood NOT NULL, ip INET UNIQUE, net CIDR,
                      iv INTERVAL UNIQUE, tags TEXT[], counts INTEGER[], bits BIT(3), vbits BIT VARYING(5),
                      cash MONEY, mac MACADDR UNIQUE, pt POINT, doc JSONB NOT NULL, x XML)""");
            SyntheticRows.fill(scratch, catalog, new HashSet<>(), 300, "V2", line -> { }, "postgresql");
            assertEquals(300L, count(scratch, "SELECT COUNT(*) FROM t"));
            assertEquals(3L, count(scratch, "SELECT COUNT(DISTINCT m) FROM t"));
            assertEquals(8L, count(scratch, "SELECT COUNT(DISTINCT bits) FROM t"), "BIT(3) holds 8 values");
            assertEquals(300L, count(scratch, "SELECT COUNT(*) FROM t WHERE cardinality(tags) = 1 "
                    + "AND cardinality(counts) = 1"));
        }
    }

    /** Fills parents and children and checks them; returns MariaDB's LOAD DATA and INSERT statement counts. */
    private static List<Long> assertFilledAndConsistent(RehearsalTarget target) throws Exception {
        try (Scratch scratch = target.create()) {
            LiveCatalog catalog = create(scratch, PARENTS, CHILDREN);
            long loads = status(scratch, "Com_load");
            long inserts = status(scratch, "Com_insert");
            Set<String> filled = new HashSet<>();
            List<String> progress = new ArrayList<>();
            List<EngineRun.Fill> fills = SyntheticRows.fill(scratch, catalog, filled, ROWS, "V3__next.sql",
                    progress::add, target.label());

            String label = target.label();
            assertEquals(List.of("parents", "children"), fills.stream().map(EngineRun.Fill::table).toList(),
                    label + ": parents first");
            assertEquals(Set.of("parents", "children"), filled);
            assertTrue(progress.get(0).startsWith("filled parents on " + label + " with 20,011 rows in "), progress.get(0));
            for (String table : List.of("parents", "children")) {
                assertEquals(ROWS, count(scratch, "SELECT COUNT(*) FROM " + table), label + " " + table);
            }
            assertEquals(ROWS, count(scratch, "SELECT COUNT(DISTINCT code) FROM parents"), label);
            assertEquals(ROWS, count(scratch, "SELECT COUNT(DISTINCT label) FROM children"), label);
            assertEquals(ROWS, count(scratch, "SELECT COUNT(*) FROM parents WHERE code IS NOT NULL AND born IS NOT NULL "
                    + "AND ratio IS NOT NULL AND flag IS NOT NULL AND seen IS NOT NULL AND note IS NOT NULL"), label);
            // SQLite does not enforce foreign keys unless asked: the rows themselves must match
            assertEquals(0L, count(scratch, "SELECT COUNT(*) FROM children c LEFT JOIN parents p "
                    + "ON p.code = c.parent_code AND p.id = c.parent_id WHERE p.id IS NULL"), label + ": orphans");
            assertEquals(ROWS, count(scratch, "SELECT MAX(id) FROM parents"), label);
            return List.of(status(scratch, "Com_load") - loads, status(scratch, "Com_insert") - inserts);
        }
    }

    /** A MariaDB session status counter (0 elsewhere). */
    private static long status(Scratch scratch, String name) throws SQLException {
        if (scratch.engine() != io.github.dialectic.engine.Engine.MARIADB) {
            return 0;
        }
        try (Statement s = scratch.connection().createStatement();
             ResultSet r = s.executeQuery("SHOW SESSION STATUS LIKE '" + name + "'")) {
            return r.next() ? r.getLong(2) : 0;
        }
    }
}
