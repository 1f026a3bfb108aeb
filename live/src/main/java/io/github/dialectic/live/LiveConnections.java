package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Iterator;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Opens the connections Dialectic reads a live database through: read-only at the connection and in the transaction
 * (so a probe cannot write even if its SQL were wrong), with a statement timeout, and with a password that never
 * reaches a message: errors name the URL without its query parameters.
 */
public final class LiveConnections {

    /** How long one catalog query or data probe may run before the engine cancels it. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([a-z]*(?:password|pwd))=[^&;\\s]*");

    private LiveConnections() {
    }

    /** Opens {@code url}; {@code password} may be null (trust, or a password in the URL). */
    public static Connection open(String url, String user, String password, Duration timeout) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (url.startsWith("jdbc:sqlite:")) {
            properties.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: the file itself is opened read-only
        }
        Connection connection;
        try {
            connection = connect(url, properties);
        } catch (SQLException e) {
            String message = redact(e.getMessage());
            if (password != null && !password.isEmpty()) {
                message = message.replace(password, "***"); // whatever a driver chose to echo
            }
            throw new SQLException("cannot connect to " + redact(url) + ": " + message, e.getSQLState());
        }
        return readOnly(connection, timeout);
    }

    /**
     * A connection from the first driver on this module's class path that takes {@code url}, else from
     * {@link DriverManager}. DriverManager registers drivers once per JVM, from the class loader of whoever used it
     * first: in Maven, a plugin that ran earlier (Flyway's, say) left ours unregistered ("No suitable driver").
     */
    public static Connection connect(String url, Properties properties) throws SQLException {
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, LiveConnections.class.getClassLoader()).iterator();
        while (true) {
            Driver driver;
            try {
                if (!drivers.hasNext()) {
                    break;
                }
                driver = drivers.next();
            } catch (ServiceConfigurationError e) {
                continue; // a broken driver on the class path is not the one asked for
            }
            if (driver.acceptsURL(url)) {
                Connection connection = driver.connect(url, properties);
                if (connection != null) {
                    return connection;
                }
            }
        }
        return DriverManager.getConnection(url, properties);
    }

    /** Whether {@code url} holds a password (query parameter or Db2-style property), which belongs elsewhere. */
    public static boolean carriesPassword(String url) {
        return PASSWORD_PARAMETER.matcher(url).find();
    }

    /** A connection from {@code dataSource}, made read-only as {@link #open} makes its own. */
    public static Connection open(DataSource dataSource, Duration timeout) throws SQLException {
        return readOnly(dataSource.getConnection(), timeout);
    }

    static Connection readOnly(Connection connection, Duration timeout) throws SQLException {
        try {
            Engine engine = engine(connection);
            int seconds = (int) Math.max(1, timeout.toSeconds());
            try (Statement s = connection.createStatement()) {
                switch (engine) {
                    case POSTGRESQL -> {
                        s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
                        s.execute("SET statement_timeout = " + seconds * 1000);
                    }
                    case MARIADB, MYSQL -> {
                        s.execute("SET SESSION TRANSACTION READ ONLY");
                        s.execute("SET SESSION " + (engine == Engine.MARIADB ? "max_statement_time = " + seconds
                                : "max_execution_time = " + seconds * 1000));
                    }
                    case SQLITE -> s.execute("PRAGMA query_only = ON");
                    case DB2 -> {
                        // read-only from setReadOnly below; the timeout is each statement's setQueryTimeout
                    }
                }
            }
            if (engine != Engine.SQLITE) {
                connection.setReadOnly(true); // sqlite-jdbc refuses the flag after opening; open_mode did it
            }
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static final ScheduledExecutorService WATCHDOGS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dialectic-statement-timeout");
        t.setDaemon(true);
        return t;
    });

    /**
     * Bounds {@code statement} by {@code timeout}. The engines' own limits come first (the session's
     * statement_timeout, max_statement_time or max_execution_time, and the driver's query timeout); a watchdog
     * cancels it on top, at once on SQLite, whose driver takes {@link Statement#setQueryTimeout} as a busy timeout
     * only (a slow query ran 150 s under a 1 s timeout), and only as a late backstop elsewhere: a cancel sent when the
     * server's own limit fires travels on another connection and can arrive during the next probe.
     */
    public static Watchdog watch(Statement statement, Duration timeout, Engine engine) throws SQLException {
        statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
        return new Watchdog(statement, engine == Engine.SQLITE ? timeout : timeout.multipliedBy(2).plusSeconds(5));
    }

    /** A statement's timer; closing it disarms it. */
    public static final class Watchdog implements AutoCloseable {
        private final ScheduledFuture<?> task;
        private volatile boolean fired;

        private Watchdog(Statement statement, Duration timeout) {
            task = WATCHDOGS.schedule(() -> {
                fired = true;
                try {
                    statement.cancel();
                } catch (SQLException e) {
                    // already finished or closed: nothing left to stop
                }
            }, Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        }

        /**
         * Whether {@code e} ended the statement because it ran too long: this watchdog's cancel, or the engine's
         * own limit (SQLSTATE 57014 on PostgreSQL and Db2, MariaDB's max_statement_time 1969, MySQL's
         * max_execution_time 3024).
         */
        public boolean timedOut(SQLException e) {
            return fired || e instanceof SQLTimeoutException || "57014".equals(e.getSQLState())
                    || e.getErrorCode() == 1969 || e.getErrorCode() == 3024;
        }

        @Override
        public void close() {
            task.cancel(false);
        }
    }

    /** The engine behind a connection, from the driver's product name. */
    public static Engine engine(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String version = connection.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return Engine.POSTGRESQL;
        }
        if (product.contains("mariadb") || version.contains("mariadb")) {
            return Engine.MARIADB;
        }
        if (product.contains("mysql")) {
            return Engine.MYSQL;
        }
        if (product.contains("sqlite")) {
            return Engine.SQLITE;
        }
        if (product.contains("db2")) {
            return Engine.DB2;
        }
        throw new SQLException("Dialectic does not know the engine '" + product + "'");
    }

    /** The URL without query parameters (where drivers take passwords), and any password= value masked. */
    public static String redact(String text) {
        if (text == null) {
            return "no message";
        }
        return PASSWORD_PARAMETER.matcher(text).replaceAll("$1=***").replaceAll("(jdbc:[^?\\s]*)\\?\\S*", "$1?...");
    }
}
