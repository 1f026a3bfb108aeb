package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Engine;

/**
 * Where a rehearsal runs: an engine that makes a fresh {@link Scratch} database for each run (a rehearsal with
 * several {@code --rows} sizes starts from an empty database each time). Closing it stops what it started.
 */
public interface RehearsalTarget extends AutoCloseable {

    /** The engine, known once the target is reachable. */
    Engine engine();

    /** How the target is shown in tables and progress lines: {@code sqlite}, {@code postgresql (embedded)}. */
    String label();

    /** A new, empty scratch database. */
    Scratch create() throws RehearsalException;

    @Override
    void close();

    /** SQLite in process, each scratch database a temporary file deleted afterwards. */
    static RehearsalTarget sqlite() {
        return new SqliteTarget();
    }

    /** PostgreSQL started from the binaries in Dialectic's jar; fails with the reason where it cannot start. */
    static RehearsalTarget embeddedPostgres() throws RehearsalException {
        return EmbeddedPostgresTarget.start();
    }

    /**
     * A server the user points at. Nothing in the database the URL names is touched: each scratch is a database
     * (MySQL, MariaDB, PostgreSQL) or schema (Db2) with a unique name, dropped afterwards; a user who may not create
     * one is refused.
     */
    static RehearsalTarget server(String url, String user, String password) throws RehearsalException {
        return ServerTarget.connect(url, user, password);
    }
}
