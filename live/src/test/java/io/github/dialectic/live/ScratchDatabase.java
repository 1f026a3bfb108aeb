package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of its own for one test: a PostgreSQL schema or a MariaDB database with a unique name on this
 * machine's servers (DIALECTIC_PG_URL, DIALECTIC_MARIADB_URL), or a SQLite file; dropped on close. A server that
 * cannot be reached skips the test with the reason, or fails it under DIALECTIC_REQUIRE_ENGINES=1.
 */
final class ScratchDatabase implements AutoCloseable {

    static final String PG_URL = env("DIALECTIC_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    static final String MARIADB_URL = env("DIALECTIC_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
    static final boolean REQUIRED = "1".equals(System.getenv("DIALECTIC_REQUIRE_ENGINES"));

    final Engine engine;
    /** The schema (PostgreSQL), database (MariaDB) or null (SQLite) the test owns. */
    final String schema;
    /** A URL that opens the scratch database as its current schema. */
    final String url;
    private final Path sqliteFile;

    private ScratchDatabase(Engine engine, String schema, String url, Path sqliteFile) {
        this.engine = engine;
        this.schema = schema;
        this.url = url;
        this.sqliteFile = sqliteFile;
    }

    static ScratchDatabase create(Engine engine) throws Exception {
        String name = "dl_live_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        switch (engine) {
            case POSTGRESQL -> {
                admin(PG_URL, "CREATE SCHEMA " + name);
                return new ScratchDatabase(engine, name, withParameter(PG_URL, "currentSchema=" + name), null);
            }
            case MARIADB -> {
                admin(MARIADB_URL, "CREATE DATABASE " + name);
                return new ScratchDatabase(engine, name, MARIADB_URL.replaceFirst("(//[^/]+/)[^?]*", "$1" + name), null);
            }
            case SQLITE -> {
                Path file = Files.createTempFile(name, ".db");
                return new ScratchDatabase(engine, null, "jdbc:sqlite:" + file, file);
            }
            default -> throw new IllegalArgumentException(engine + " has no server here");
        }
    }

    /** A connection that may write, for seeding. */
    Connection open() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Runs each statement on a writable connection. */
    ScratchDatabase run(String... statements) throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        return this;
    }

    @Override
    public void close() throws Exception {
        switch (engine) {
            case POSTGRESQL -> admin(PG_URL, "DROP SCHEMA " + schema + " CASCADE");
            case MARIADB -> admin(MARIADB_URL, "DROP DATABASE " + schema);
            default -> Files.deleteIfExists(sqliteFile);
        }
    }

    private static void admin(String url, String sql) throws SQLException {
        try (Connection c = connectOrSkip(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connectOrSkip(String url) throws SQLException {
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            if (REQUIRED) {
                throw e;
            }
            Assumptions.abort("no server at " + url.replaceAll("password=[^&]*", "password=***") + ": " + e.getMessage());
            throw e;
        }
    }

    static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
