package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A scratch database worked on through one connection, what every target makes: closing it ends the connection and
 * then drops the database, once, whoever asks first (the rehearsal, a failure, a shutdown hook).
 */
abstract class ConnectedScratch implements Scratch {

    private final Engine engine;
    private final List<String> schemas;
    private volatile Connection connection;
    private boolean dropped;

    ConnectedScratch(Engine engine, List<String> schemas) {
        this.engine = engine;
        this.schemas = List.copyOf(schemas);
    }

    /** Takes the scratch's connection, in auto-commit mode. */
    final void connected(Connection c) throws SQLException {
        c.setAutoCommit(true);
        connection = c;
    }

    /** Drops the database (deletes the file); its connection is ended by then. */
    abstract void drop();

    @Override
    public final Engine engine() {
        return engine;
    }

    @Override
    public final String productVersion() {
        try {
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unknown";
        }
    }

    @Override
    public final Connection connection() {
        return connection;
    }

    @Override
    public final List<String> schemas() {
        return schemas;
    }

    /** Ends the connection (aborted first: a statement still running holds locks the drop would wait for), drops. */
    final synchronized void endAndDrop() {
        if (dropped) {
            return;
        }
        dropped = true;
        Connection c = connection;
        if (c != null) {
            try {
                c.abort(Runnable::run);
            } catch (SQLException | RuntimeException e) {
                // closed below
            }
            try {
                c.close();
            } catch (SQLException e) {
                // gone already
            }
        }
        drop();
    }

    @Override
    public void close() {
        endAndDrop();
    }
}
