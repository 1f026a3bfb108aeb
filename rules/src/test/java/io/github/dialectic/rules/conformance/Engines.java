package io.github.dialectic.rules.conformance;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real engines the conformance suite runs on, found through environment variables with this machine's
 * defaults. An engine that cannot be reached is skipped with the reason, unless DIALECTIC_REQUIRE_ENGINES=1.
 */
public final class Engines {

    public static final String PG_URL = env("DIALECTIC_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    public static final String MARIADB_URL = env("DIALECTIC_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
    public static final boolean REQUIRED = "1".equals(System.getenv("DIALECTIC_REQUIRE_ENGINES"));

    /** Engines that answered, with the version to lint against. */
    public final Map<Engine, Target> available = new EnumMap<>(Engine.class);
    /** Engines that did not, with why. */
    public final Map<Engine, String> unavailable = new EnumMap<>(Engine.class);

    public static Engines probe() {
        Engines e = new Engines();
        e.probe(Engine.POSTGRESQL, "SHOW server_version", "^(\\d+)");
        e.probe(Engine.MARIADB, "SELECT VERSION()", "^(\\d+\\.\\d+)");
        e.probe(Engine.SQLITE, "SELECT sqlite_version()", "^(\\d+\\.\\d+)");
        return e;
    }

    private void probe(Engine engine, String versionQuery, String versionPattern) {
        try (Connection c = open(engine); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(versionQuery)) {
            rs.next();
            String version = rs.getString(1);
            Matcher m = Pattern.compile(versionPattern).matcher(version);
            if (!m.find()) {
                unavailable.put(engine, "cannot read the version from '" + version + "'");
                return;
            }
            available.put(engine, Target.parse(engine.id() + ":" + m.group(1)));
        } catch (SQLException | IllegalArgumentException e) {
            unavailable.put(engine, redact(e.getMessage()));
        }
    }

    public static Connection open(Engine engine) throws SQLException {
        return switch (engine) {
            case POSTGRESQL -> DriverManager.getConnection(PG_URL);
            case MARIADB -> DriverManager.getConnection(MARIADB_URL);
            case SQLITE -> DriverManager.getConnection("jdbc:sqlite::memory:");
            default -> throw new IllegalArgumentException(engine + " cannot run here");
        };
    }

    /** A fresh schema (PostgreSQL) or database (MariaDB) to run in, with a statement time bound. */
    public static void prepare(Connection conn, Engine engine, String schema) throws SQLException {
        try (Statement s = conn.createStatement()) {
            switch (engine) {
                case POSTGRESQL -> {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                    s.execute("CREATE SCHEMA " + schema);
                    s.execute("SET search_path TO " + schema);
                    s.execute("SET statement_timeout = '30s'");
                    s.execute("SET client_min_messages = warning");
                }
                case MARIADB -> {
                    s.execute("DROP DATABASE IF EXISTS " + schema);
                    s.execute("CREATE DATABASE " + schema);
                    s.execute("USE " + schema);
                    s.execute("SET SESSION max_statement_time = 30");
                }
                default -> {
                }
            }
        }
    }

    /** Rolls back what is open and drops the scratch schema or database. */
    public static void cleanUp(Connection conn, Engine engine, String schema) throws SQLException {
        if (!conn.getAutoCommit()) {
            conn.rollback();
            conn.setAutoCommit(true);
        }
        try (Statement s = conn.createStatement()) {
            if (engine != Engine.SQLITE) {
                s.execute("ROLLBACK"); // a case's setup may have opened a transaction with BEGIN (and its check failed in it)
            }
            switch (engine) {
                case POSTGRESQL -> s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                case MARIADB -> s.execute("DROP DATABASE IF EXISTS " + schema);
                default -> {
                }
            }
        }
    }

    /** Connection URLs may carry passwords: never print them. */
    public static String redact(String message) {
        return message == null ? "no message" : message.replaceAll("password=[^&\\s]*", "password=***");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
