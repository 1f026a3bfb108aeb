package io.github.dialectic.rehearse;

import io.github.dialectic.live.LiveCatalog;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.HashSet;
import java.util.Map;

import static io.github.dialectic.rehearse.ScratchSql.count;
import static io.github.dialectic.rehearse.ScratchSql.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Synthetic rows and CHECK constraints, on real SQLite, the embedded PostgreSQL and the machine's MariaDB (each
 * enforces CHECKs, so a fill that ends proves the rows keep them): IN lists, comparisons with constants either way
 * round, BETWEEN and exclusions are kept; a check no value can pass, or a unique key its column's type (or check)
 * cannot fill with the rows asked for, ends the fill before any row is loaded with a message naming the table, the
 * column and the check; a check the rows do not understand is named in the engine's refusal.
 */
class SyntheticRowsChecksTest extends WithEmbeddedPostgres {

    static final long ROWS = 3_001;
    static final String CHECKED = """
            CREATE TABLE checked (
                id       INTEGER      NOT NULL PRIMARY KEY,
                deleted  SMALLINT     NOT NULL,
                rating   INTEGER      NOT NULL,
                qty      INTEGER      NOT NULL,
                kind     VARCHAR(10)  NOT NULL,
                score    DECIMAL(5,2) NOT NULL,
                below    INTEGER,
                code     INTEGER      NOT NULL,
                CONSTRAINT ck_deleted CHECK (deleted IN (0, 1)),
                CONSTRAINT ck_rating CHECK (rating BETWEEN 1 AND 5),
                CONSTRAINT ck_qty CHECK (qty > 0),
                CONSTRAINT ck_kind CHECK (kind IN ('a', 'b''c')),
                CONSTRAINT ck_score CHECK (score >= 0.5 AND score < 100),
                CONSTRAINT ck_below CHECK (below < -10 AND below <> -12),
                CONSTRAINT ck_code CHECK (1000 <= code AND code <> 1001),
                CONSTRAINT uq_checked_code UNIQUE (code)
            )""";

    @Test
    void rowsKeepSimpleChecksOnEveryEngine() throws Exception {
        forEachEngine(target -> {
            try (Scratch scratch = target.create()) {
                LiveCatalog catalog = create(scratch, CHECKED);
                fill(scratch, catalog, ROWS, target);
                String label = target.label();
                assertEquals(ROWS, count(scratch, "SELECT COUNT(*) FROM checked WHERE deleted IN (0, 1) "
                        + "AND rating BETWEEN 1 AND 5 AND qty > 0 AND kind IN ('a', 'b''c') AND score >= 0.5 "
                        + "AND score < 100 AND below < -10 AND below <> -12 AND code >= 1000 AND code <> 1001"), label);
                assertEquals(2L, count(scratch, "SELECT COUNT(DISTINCT deleted) FROM checked"), label);
                assertEquals(5L, count(scratch, "SELECT COUNT(DISTINCT rating) FROM checked"), label);
                assertEquals(2L, count(scratch, "SELECT COUNT(DISTINCT kind) FROM checked"), label);
                assertEquals(ROWS, count(scratch, "SELECT COUNT(DISTINCT code) FROM checked"), label);
                assertEquals(ROWS, count(scratch, "SELECT COUNT(DISTINCT score) FROM checked"), label);
                assertEquals(1000L, count(scratch, "SELECT MIN(code) FROM checked"), label + ": from the bound up");
                assertEquals(-11L, count(scratch, "SELECT MAX(below) FROM checked"), label + ": from the bound down");
            }
        });
    }

    @Test
    void aCheckNoValuePassesEndsTheFillBeforeAnyRowIsLoaded() throws Exception {
        Map<String, String> spelled = Map.of(
                "sqlite", "x > 5 AND x < 3",
                "postgresql", "(x > 5) AND (x < 3)",
                "mariadb", "x > 5 and x < 3");
        forEachEngine(target -> {
            try (Scratch scratch = target.create()) {
                LiveCatalog catalog = create(scratch, "CREATE TABLE a_parent (id INTEGER NOT NULL PRIMARY KEY)",
                        "CREATE TABLE z_child (id INTEGER NOT NULL PRIMARY KEY, x INTEGER NOT NULL, "
                                + "CONSTRAINT ck_x CHECK (x > 5 AND x < 3))");
                RehearsalException e = assertThrows(RehearsalException.class, () -> fill(scratch, catalog, 10, target));
                assertEquals(target.label() + ": cannot fill z_child with 10 synthetic rows before V2__next.sql: the "
                        + "check ck_x (" + spelled.get(engine(target)) + ") leaves no value for column x INTEGER",
                        e.getMessage());
                assertEquals(0L, count(scratch, "SELECT COUNT(*) FROM a_parent"), target.label() + ": nothing loaded");
            }
        });
    }

    @Test
    void aUniqueKeyItsTypeOrCheckCannotFillEndsTheFillBeforeLoadingOnEveryEngine() throws Exception {
        forEachEngine(target -> {
            String label = target.label();
            String prefix = label + ": cannot fill t with 70000 synthetic rows before V2__next.sql: ";
            assertEquals(prefix + "column tag VARCHAR(2) of the unique key uq_t_tag takes at most 1295 distinct "
                    + "synthetic values, fewer than the 70000 rows", refused(target,
                    "CREATE TABLE t (tag VARCHAR(2) NOT NULL, CONSTRAINT uq_t_tag UNIQUE (tag))"));
            assertEquals(prefix + "column n SMALLINT of the primary key takes at most 65536 distinct synthetic values, "
                    + "fewer than the 70000 rows", refused(target, "CREATE TABLE t (n SMALLINT NOT NULL PRIMARY KEY)"));
            assertEquals(prefix + "columns a SMALLINT, d SMALLINT of the unique key uq_t_ad take together at most 65536 "
                    + "distinct synthetic values under the check ck_d (" + (engine(target).equals("mariadb")
                    ? "d in (0,1)" : engine(target).equals("postgresql") ? "d = ANY (ARRAY[0, 1])" : "d IN (0, 1)")
                    + "), fewer than the 70000 rows", refused(target, "CREATE TABLE t (a SMALLINT NOT NULL, "
                    + "d SMALLINT NOT NULL, CONSTRAINT ck_d CHECK (d IN (0, 1)), CONSTRAINT uq_t_ad UNIQUE (a, d))"));
            if (!engine(target).equals("sqlite")) { // SQLite has no BIT type; PostgreSQL's length is not in the catalog
                assertEquals(prefix + "column b BIT" + (engine(target).equals("mariadb") ? "(4)" : "") + " of the unique key uq_t_b takes at most 16 distinct synthetic "
                        + "values, fewer than the 70000 rows", refused(target,
                        "CREATE TABLE t (b BIT(4) NOT NULL, CONSTRAINT uq_t_b UNIQUE (b))"));
            }
            // a SMALLINT takes 40,000 distinct values: its negative ones too
            try (Scratch scratch = target.create()) {
                LiveCatalog catalog = create(scratch, "CREATE TABLE s (n SMALLINT NOT NULL PRIMARY KEY)");
                fill(scratch, catalog, 40_000, target);
                assertEquals(40_000L, count(scratch, "SELECT COUNT(DISTINCT n) FROM s"), label);
                assertEquals(-32768L, count(scratch, "SELECT MIN(n) FROM s"), label);
            }
        });
    }

    @Test
    void aMariadbEnumTooSmallForItsUniqueKeyEndsTheFillBeforeLoading() throws Exception {
        try (Connection probe = Servers.connectOrSkip(Servers.MARIADB_URL);
             RehearsalTarget mariadb = RehearsalTarget.server(Servers.MARIADB_URL, null, null)) {
            assertEquals("mariadb: cannot fill t with 70000 synthetic rows before V2__next.sql: column state "
                    + "ENUM of the unique key uq_t_state takes at most 3 distinct synthetic values, "
                    + "fewer than the 70000 rows", refused(mariadb,
                    "CREATE TABLE t (state ENUM('a','b','c') NOT NULL, CONSTRAINT uq_t_state UNIQUE (state))"));
        }
    }

    @Test
    void aCheckTheRowsDoNotUnderstandIsNamedWhenTheEngineRefusesThem() throws Exception {
        forEachEngine(target -> {
            try (Scratch scratch = target.create()) {
                LiveCatalog catalog = create(scratch, "CREATE TABLE w (id INTEGER NOT NULL PRIMARY KEY, "
                        + "starts INTEGER NOT NULL, ends INTEGER NOT NULL, CONSTRAINT ck_order CHECK (ends > starts))");
                RehearsalException e = assertThrows(RehearsalException.class, () -> fill(scratch, catalog, 10, target));
                assertTrue(e.getMessage().startsWith(target.label() + ": cannot fill w with 10 synthetic rows before "
                        + "V2__next.sql: "), e.getMessage());
                assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("ck_order"), e.getMessage());
                assertTrue(e.getMessage().matches("(?s).*\\(the synthetic rows keep only CHECKs that compare one column "
                        + "with constants; not kept: the check ck_order \\(.*ends.*>.*starts.*\\)\\)"), e.getMessage());
                assertEquals(0L, count(scratch, "SELECT COUNT(*) FROM w"), target.label() + ": rolled back");
            }
        });
    }

    private interface OnEngine {
        void run(RehearsalTarget target) throws Exception;
    }

    /** SQLite, the embedded PostgreSQL and the machine's MariaDB (skipped where it is absent and not required). */
    private static void forEachEngine(OnEngine test) throws Exception {
        try (RehearsalTarget sqlite = RehearsalTarget.sqlite()) {
            test.run(sqlite);
        }
        test.run(postgres);
        try (Connection probe = Servers.connectOrSkip(Servers.MARIADB_URL);
             RehearsalTarget mariadb = RehearsalTarget.server(Servers.MARIADB_URL, null, null)) {
            test.run(mariadb);
        }
    }

    private static String engine(RehearsalTarget target) {
        return target.label().startsWith("postgresql") ? "postgresql" : target.label().startsWith("mariadb")
                ? "mariadb" : "sqlite";
    }

    /** The message of a fill of 70,000 rows into {@code ddl}'s table t, asserting nothing was loaded. */
    private static String refused(RehearsalTarget target, String ddl) throws Exception {
        try (Scratch scratch = target.create()) {
            LiveCatalog catalog = create(scratch, ddl);
            RehearsalException e = assertThrows(RehearsalException.class, () -> fill(scratch, catalog, 70_000, target));
            assertEquals(0L, count(scratch, "SELECT COUNT(*) FROM t"), target.label() + ": nothing loaded");
            return e.getMessage();
        }
    }

    private static void fill(Scratch scratch, LiveCatalog catalog, long rows, RehearsalTarget target)
            throws RehearsalException {
        SyntheticRows.fill(scratch, catalog, new HashSet<>(), rows, "V2__next.sql", line -> { }, target.label());
    }
}
