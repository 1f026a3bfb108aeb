package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * Opens the connections Dialectic reads a live database through: read-only at the connection and in the transaction
 * (so a probe cannot write even if its SQL were wrong), with a statement timeout, and with a password that never
 * reaches a message: errors name the URL without its query parameters.
 */
public final class LiveConnections {

    /** How long one catalog query or data probe may run before the engine cancels it. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

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
            connection = DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new SQLException("cannot connect to " + redact(url) + ": " + redact(e.getMessage()), e.getSQLState());
        }
        return readOnly(connection, timeout);
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
        return text.replaceAll("(?i)(password|pwd)=[^&;\\s]*", "$1=***").replaceAll("(jdbc:[^?\\s]*)\\?\\S*", "$1?...");
    }
}
