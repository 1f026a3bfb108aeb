package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.live.LiveCatalog.Key;
import io.github.dialectic.live.LiveCatalog.LiveColumn;
import io.github.dialectic.live.LiveCatalog.LiveTable;
import io.github.dialectic.live.Prechecks.PendingChange;
import io.github.dialectic.live.Prechecks.Result;
import io.github.dialectic.source.SqlFlavor;
import org.junit.jupiter.api.Test;
import schemacrawler.schemacrawler.InformationSchemaKey;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQL Dialectic sends to Db2 and MySQL, which have no server on this machine: each statement is pinned here and
 * its engine behaviour cited where it is written (Prechecks, RowEstimates, LiveConnections, the MySQL catalog
 * queries). PostgreSQL, MariaDB and SQLite run the same code paths for real in the other tests.
 */
class UnservedEnginesSqlTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static LiveColumn column(String name, String type, boolean nullable, String... arguments) {
        return new LiveColumn(name, type, List.of(arguments), false, nullable, null, false, false);
    }

    /** Nova as Db2 keeps it: names folded to upper case, schema NOVA. */
    private static LiveCatalog db2Nova() {
        LiveTable instances = new LiveTable("NOVA", "INSTANCES", List.of(column("ID", "INTEGER", false),
                column("UUID", "VARCHAR", true, "36"), column("HOST", "VARCHAR", true, "255")),
                new Key("PK_INSTANCES", List.of("ID")), List.of(), List.of(), List.of(), List.of());
        LiveTable bdm = new LiveTable("NOVA", "BLOCK_DEVICE_MAPPING", List.of(column("ID", "INTEGER", false),
                column("INSTANCE_UUID", "VARCHAR", true, "36")), new Key("PK_BDM", List.of("ID")), List.of(),
                List.of(), List.of(), List.of());
        return new LiveCatalog(Engine.DB2, "SQL11059", "\"", List.of(instances, bdm));
    }

    private static List<PendingChange> pending(SqlFlavor flavor, String... statements) {
        return java.util.stream.IntStream.range(0, statements.length).mapToObj(i -> new PendingChange(
                Definitions.read(statements[i], flavor, "V9__x.sql").orElseThrow(), "V9__x.sql:" + (i + 1))).toList();
    }

    @Test
    void db2ProbesUseTheCatalogsSpellingAndFetchFirst() throws Exception {
        RecordingConnection db = new RecordingConnection("DB2/LINUXX8664", "SQL11059", sql ->
                sql.startsWith("SELECT COUNT(*)") ? RecordingConnection.Rows.of("1", 2)
                        : RecordingConnection.Rows.of("ID", 2, 3));
        List<Result> results = new Prechecks(db.connection(), db2Nova(), TIMEOUT).run(pending(SqlFlavor.DB2,
                "ALTER TABLE instances ALTER COLUMN uuid SET NOT NULL",
                "ALTER TABLE instances ALTER COLUMN host SET DATA TYPE VARCHAR(10)",
                "ALTER TABLE block_device_mapping ADD CONSTRAINT fk_bdm FOREIGN KEY (instance_uuid)"
                        + " REFERENCES instances (uuid)"));
        assertEquals(List.of(
                // a migration's unquoted uuid is UUID in Db2's catalog: quoting "uuid" would name no column
                "SELECT COUNT(*) FROM (SELECT \"ID\" FROM \"NOVA\".\"INSTANCES\" WHERE \"UUID\" IS NULL) \"probe\"",
                "SELECT \"ID\" FROM \"NOVA\".\"INSTANCES\" WHERE \"UUID\" IS NULL ORDER BY \"ID\" FETCH FIRST 5 ROWS ONLY",
                // LENGTH in the column's own string units, the units VARCHAR(n) limits (Db2 11.5, LENGTH)
                "SELECT COUNT(*) FROM (SELECT \"ID\" FROM \"NOVA\".\"INSTANCES\" WHERE LENGTH(\"HOST\") > 10) \"probe\"",
                "SELECT \"ID\" FROM \"NOVA\".\"INSTANCES\" WHERE LENGTH(\"HOST\") > 10 ORDER BY \"ID\""
                        + " FETCH FIRST 5 ROWS ONLY",
                "SELECT COUNT(*) FROM (SELECT c.\"ID\" FROM \"NOVA\".\"BLOCK_DEVICE_MAPPING\" c WHERE"
                        + " c.\"INSTANCE_UUID\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"NOVA\".\"INSTANCES\" p"
                        + " WHERE p.\"UUID\" = c.\"INSTANCE_UUID\")) \"probe\"",
                "SELECT c.\"ID\" FROM \"NOVA\".\"BLOCK_DEVICE_MAPPING\" c WHERE c.\"INSTANCE_UUID\" IS NOT NULL AND"
                        + " NOT EXISTS (SELECT 1 FROM \"NOVA\".\"INSTANCES\" p WHERE p.\"UUID\" = c.\"INSTANCE_UUID\")"
                        + " ORDER BY c.\"ID\" FETCH FIRST 5 ROWS ONLY"), db.sent);
        assertEquals(List.of("not-null", "narrowing", "foreign-key"), results.stream().map(Result::kind).toList());
        assertEquals(List.of("ID=2", "ID=3"), results.get(0).samples());
        assertEquals(2, results.get(0).count());
        // every probe is bounded and ends its transaction
        assertEquals(3, db.calls.stream().filter(c -> c.equals("setQueryTimeout(30)")).count(), db.calls::toString);
        assertEquals(3, db.calls.stream().filter(c -> c.equals("rollback")).count(), db.calls::toString);
    }

    /** SYSCAT.TABLES.CARD is the row count of the last RUNSTATS, -1 before the first (Db2 11.5, "SYSCAT.TABLES"). */
    @Test
    void db2RowEstimatesComeFromCardOrACount() throws Exception {
        for (long card : new long[] {12_400_000L, -1}) {
            RecordingConnection db = new RecordingConnection("DB2/LINUXX8664", "SQL11059", sql ->
                    sql.startsWith("SELECT CARD") ? RecordingConnection.Rows.of("CARD", card)
                            : RecordingConnection.Rows.of("1", 7));
            OptionalLong rows = new RowEstimates(db.connection(), db2Nova(), TIMEOUT).rows("instances");
            String statistics = "SELECT CARD FROM SYSCAT.TABLES WHERE TABSCHEMA = ? AND TABNAME = ? [NOVA, INSTANCES]";
            if (card >= 0) {
                assertEquals(OptionalLong.of(12_400_000L), rows);
                assertEquals(List.of(statistics), db.sent);
            } else {
                assertEquals(OptionalLong.of(7), rows, "no statistics yet: counted");
                assertEquals(List.of(statistics, "SELECT COUNT(*) FROM \"NOVA\".\"INSTANCES\""), db.sent);
            }
        }
    }

    /**
     * Read-only as each engine offers it: MySQL's SET SESSION TRANSACTION READ ONLY (MySQL 8.0 Reference Manual,
     * 15.3.7 "SET TRANSACTION") and max_execution_time in milliseconds, for SELECT statements (5.1.8 "Server System
     * Variables"); Db2 has no read-only transaction statement: the JDBC read-only flag and each statement's query
     * timeout are what there is, so a probe there is read-only because it is a SELECT.
     */
    @Test
    void readOnlySessionsOnMySqlAndDb2() throws Exception {
        RecordingConnection mysql = new RecordingConnection("MySQL", "8.4.3", sql -> null);
        Connection c = LiveConnections.readOnly(mysql.connection(), TIMEOUT);
        assertEquals(Engine.MYSQL, LiveConnections.engine(c));
        assertEquals(List.of("SET SESSION TRANSACTION READ ONLY", "SET SESSION max_execution_time = 30000"), mysql.sent);
        assertEquals(List.of("setReadOnly(true)", "setAutoCommit(false)"), mysql.calls);

        RecordingConnection db2 = new RecordingConnection("DB2/LINUXX8664", "SQL11059", sql -> null);
        LiveConnections.readOnly(db2.connection(), TIMEOUT);
        assertEquals(List.of(), db2.sent);
        assertEquals(List.of("setReadOnly(true)", "setAutoCommit(false)"), db2.calls);
    }

    /**
     * MySQL's INFORMATION_SCHEMA.CHECK_CONSTRAINTS has no TABLE_NAME (MySQL 8.0 Reference Manual, 28.3.5), nor its
     * COLUMNS an IS_GENERATED (28.3.8): MySQL reads checks through TABLE_CONSTRAINTS and generated columns from
     * EXTRA. That the MySQL queries read what MariaDB's do is shown on MariaDB in CatalogReaderTest.
     */
    @Test
    void mysqlCatalogQueriesUseOnlyColumnsMySqlHas() {
        String checks = CatalogReader.query(Engine.MYSQL, InformationSchemaKey.CHECK_CONSTRAINTS);
        assertTrue(checks.contains("TC.TABLE_NAME") && !checks.contains("CC.TABLE_NAME"), checks);
        assertFalse(CatalogReader.query(Engine.MYSQL, InformationSchemaKey.TABLE_COLUMNS).contains("C.IS_GENERATED"));
        assertEquals(CatalogReader.query(Engine.MARIADB, InformationSchemaKey.FOREIGN_KEYS),
                CatalogReader.query(Engine.MYSQL, InformationSchemaKey.FOREIGN_KEYS), "shared where both have it");
    }
}
