package io.github.dialectic.rules.verdicts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite's own parser, in process: sqlite-jdbc's bundled SQLite prepares (compiles, never runs) a statement on an
 * empty in-memory database. A syntax error, an unknown token, or a function, collation or module SQLite does not have
 * is a rejection; a missing table or column is not (the database is empty), nor is anything else. Connections are
 * opened on first use only and pooled, one per thread at a time; verdicts are kept by statement text.
 */
final class BundledSqlite {

    /** What SQLite said when it refused a statement: its message, and the token it named, if any. */
    record Rejection(String message, String near) {
    }

    private static final Pattern DETAIL = Pattern.compile("\\((.*)\\)\\s*$", Pattern.DOTALL);
    private static final Pattern NEAR = Pattern.compile("^near \"(.*)\": syntax error$", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("^unrecognized token: \"(.*)\"$", Pattern.DOTALL);
    private static final int CACHED_UP_TO_CHARS = 4096;
    private static final int CACHE_ENTRIES = 20_000;

    private static final ConcurrentLinkedQueue<Connection> IDLE = new ConcurrentLinkedQueue<>();
    private static final Map<String, Optional<Rejection>> VERDICTS = new ConcurrentHashMap<>();
    static volatile String unavailable; // package-private: BundledSqliteTest sets it

    private BundledSqlite() {
    }

    /**
     * Opens one connection ahead of the checks, loading the native library. Failure is left for the first
     * {@link #judge} to report as {@link Unavailable}, with the statement being checked. Synchronized: a second
     * caller (the rule's prepare while {@link SqliteParserStartUp} loads on another thread) waits for the first
     * connection instead of opening another.
     */
    static synchronized void load() {
        if (unavailable != null || !IDLE.isEmpty()) {
            return;
        }
        try {
            IDLE.offer(open());
        } catch (SQLException | RuntimeException | LinkageError e) {
            unavailable = String.valueOf(e.getMessage());
        }
    }

    /** SQLite's rejection of {@code sql}, or empty when it compiles, or fails for a reason that is no rejection. */
    static Optional<Rejection> judge(String sql) {
        if (sql.length() > CACHED_UP_TO_CHARS) {
            return prepare(sql);
        }
        Optional<Rejection> known = VERDICTS.get(sql);
        if (known == null) {
            known = prepare(sql);
            if (VERDICTS.size() < CACHE_ENTRIES) {
                VERDICTS.put(sql, known);
            }
        }
        return known;
    }

    /**
     * Thrown when SQLite's parser cannot be loaded: the run stops with this message rather than judging nothing and
     * passing the statements as accepted (silence must mean "SQLite accepts it").
     */
    static final class Unavailable extends IllegalStateException {
        Unavailable(String reason) {
            super("SQLite's own parser could not be loaded here (" + reason + "), so statements cannot be judged for "
                    + "SQLite; sqlite-jdbc unpacks its native library into java.io.tmpdir: point -Dorg.sqlite.tmpdir at "
                    + "a writable folder that allows executables, or run without it: --disable sqlite-parser-rejects");
        }
    }

    private static Optional<Rejection> prepare(String sql) {
        if (unavailable != null) {
            throw new Unavailable(unavailable);
        }
        Connection c = IDLE.poll();
        try {
            if (c == null) {
                c = open();
            }
            try (PreparedStatement ignored = c.prepareStatement(sql)) {
                return Optional.empty();
            } catch (SQLException e) {
                String missing = triggerTable(sql, e.getMessage());
                return missing == null ? classify(e.getMessage()) : onTable(c, missing, sql);
            }
        } catch (Unavailable e) {
            throw e;
        } catch (SQLException | RuntimeException | LinkageError e) {
            unavailable = String.valueOf(e.getMessage());
            throw new Unavailable(unavailable);
        } finally {
            if (c != null) {
                IDLE.offer(c);
            }
        }
    }

    private static final Pattern TRIGGER = Pattern.compile("(?is)\\s*CREATE\\s+(?:TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b.*");
    private static final Pattern NO_SUCH_MAIN_TABLE = Pattern.compile("no such table: main\\.([^\\s\"\\[\\]`)]+)\\)?$");

    /**
     * The table a CREATE TRIGGER is on when SQLite stopped at it being missing, or null: SQLite looks the trigger's
     * table up before it reads the body, so on the empty database a body SQLite cannot parse (MySQL's DECLARE, SET,
     * IF ...) would pass unread.
     */
    private static String triggerTable(String sql, String message) {
        if (message == null || !TRIGGER.matcher(sql).matches()) {
            return null;
        }
        Matcher m = NO_SUCH_MAIN_TABLE.matcher(message.strip());
        return m.find() ? m.group(1) : null;
    }

    /** The verdict on a CREATE TRIGGER with its table there (a one-column stand-in, dropped again). */
    private static Optional<Rejection> onTable(Connection c, String table, String sql) throws SQLException {
        String quoted = "main.\"" + table.replace("\"", "\"\"") + "\"";
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + quoted + " (x)");
            try (PreparedStatement ignored = c.prepareStatement(sql)) {
                return Optional.empty();
            } catch (SQLException e) {
                return classify(e.getMessage());
            } finally {
                s.execute("DROP TABLE " + quoted);
            }
        }
    }

    private static Connection open() throws SQLException {
        SqliteLibraryCache.use();
        // the driver directly, not DriverManager (which would load every driver on the class path)
        Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite::memory:", new Properties());
        if (c == null) {
            throw new SQLException("sqlite-jdbc refused jdbc:sqlite::memory:");
        }
        return c;
    }

    static Optional<Rejection> classify(String exceptionMessage) {
        if (exceptionMessage == null) {
            return Optional.empty();
        }
        Matcher d = DETAIL.matcher(exceptionMessage);
        String detail = d.find() ? d.group(1) : exceptionMessage;
        Matcher near = NEAR.matcher(detail);
        if (near.matches()) {
            return Optional.of(new Rejection(detail, near.group(1)));
        }
        Matcher token = TOKEN.matcher(detail);
        if (token.matches()) {
            return Optional.of(new Rejection(detail, token.group(1)));
        }
        if (detail.contains("syntax error") || detail.startsWith("incomplete input")
                || detail.startsWith("no such function") || detail.startsWith("no such collation sequence")
                || detail.startsWith("no such module")) {
            return Optional.of(new Rejection(detail, null));
        }
        return Optional.empty(); // no such table/column, already exists, ...: not the grammar's verdict
    }
}
