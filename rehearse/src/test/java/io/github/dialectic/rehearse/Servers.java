package io.github.dialectic.rehearse;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The machine's servers, as the live module's tests find them (DIALECTIC_PG_URL, DIALECTIC_MARIADB_URL): a server
 * that cannot be reached skips the test with the reason, or fails it under DIALECTIC_REQUIRE_ENGINES=1.
 */
final class Servers {

    static final String MARIADB_URL = env("DIALECTIC_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
    static final boolean REQUIRED = "1".equals(System.getenv("DIALECTIC_REQUIRE_ENGINES"));

    private Servers() {
    }

    /** A connection to {@code url}, or the test skipped (failed when engines are required). */
    static Connection connectOrSkip(String url) throws SQLException {
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

    /** The embedded PostgreSQL, or the test skipped with the reason it cannot start (failed when required). */
    static RehearsalTarget embeddedPostgresOrSkip() throws RehearsalException {
        try {
            return RehearsalTarget.embeddedPostgres();
        } catch (RehearsalException e) {
            if (REQUIRED) {
                throw e;
            }
            Assumptions.abort(e.getMessage());
            throw e;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
