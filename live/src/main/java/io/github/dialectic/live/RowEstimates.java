package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.live.LiveCatalog.LiveTable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How many rows each live table has, from the catalog's statistics where the engine keeps them (PostgreSQL
 * {@code pg_class.reltuples}, MySQL/MariaDB {@code information_schema.TABLES.TABLE_ROWS}, Db2
 * {@code SYSCAT.TABLES.CARD}) and from a count where it does not (SQLite, or a PostgreSQL table never analysed).
 */
public final class RowEstimates {

    /** The default size from which a costly finding is an error: rewriting this many rows is an outage. */
    public static final long DEFAULT_THRESHOLD = 100_000;

    private static final Map<Engine, String> STATISTICS = Map.of(
            Engine.POSTGRESQL, "SELECT c.reltuples FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                    + " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?",
            Engine.MARIADB, "SELECT TABLE_ROWS FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?",
            Engine.MYSQL, "SELECT TABLE_ROWS FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?",
            Engine.DB2, "SELECT CARD FROM SYSCAT.TABLES WHERE TABSCHEMA = ? AND TABNAME = ?");

    private final Connection connection;
    private final LiveCatalog catalog;
    private final Duration timeout;
    private final Map<String, OptionalLong> known = new HashMap<>();

    public RowEstimates(Connection connection, LiveCatalog catalog, Duration timeout) {
        this.connection = connection;
        this.catalog = catalog;
        this.timeout = timeout;
    }

    /** About how many rows {@code table} has, or empty when the live schema has no such table. */
    public OptionalLong rows(String table) throws SQLException {
        String key = table.toLowerCase(Locale.ROOT);
        if (known.containsKey(key)) {
            return known.get(key);
        }
        OptionalLong rows = OptionalLong.empty();
        for (LiveTable t : catalog.tables()) {
            if (t.name().equalsIgnoreCase(table)) {
                rows = estimate(t);
                break;
            }
        }
        known.put(key, rows);
        return rows;
    }

    /** Statistics, or a count under the statement timeout; empty when the count takes longer. */
    private OptionalLong estimate(LiveTable t) throws SQLException {
        String sql = STATISTICS.get(catalog.engine());
        try {
            if (sql != null) {
                try (PreparedStatement s = connection.prepareStatement(sql);
                     LiveConnections.Watchdog watchdog = LiveConnections.watch(s, timeout, catalog.engine())) {
                    s.setString(1, t.schema());
                    s.setString(2, t.name());
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next() && rs.getDouble(1) >= 0) {
                            return OptionalLong.of(Math.round(rs.getDouble(1)));
                        }
                    }
                }
            }
            // no statistics (SQLite keeps none; PostgreSQL's reltuples is -1 before the first ANALYZE, Db2's CARD
            // before the first RUNSTATS): count
            String quote = catalog.quote();
            String name = (t.schema() == null || catalog.engine() == Engine.SQLITE ? ""
                    : FlywayHistory.quote(t.schema(), quote) + ".") + FlywayHistory.quote(t.name(), quote);
            try (Statement s = connection.createStatement();
                 LiveConnections.Watchdog watchdog = LiveConnections.watch(s, timeout, catalog.engine())) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + name)) {
                    rs.next();
                    return OptionalLong.of(rs.getLong(1));
                } catch (SQLException e) {
                    if (watchdog.timedOut(e)) {
                        return OptionalLong.empty(); // too big to count in time: the size stays unknown
                    }
                    throw e;
                }
            }
        } finally {
            connection.rollback();
        }
    }
}
