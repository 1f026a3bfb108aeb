package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** SQLite through sqlite-jdbc, in process: each scratch database is a temporary file, deleted on close. */
final class SqliteTarget implements RehearsalTarget {

    @Override
    public Engine engine() {
        return Engine.SQLITE;
    }

    @Override
    public String label() {
        return "sqlite";
    }

    @Override
    public Scratch create() throws RehearsalException {
        Path file;
        try {
            file = Files.createTempFile(ScratchNames.next(), ".db");
        } catch (IOException e) {
            throw new RehearsalException("sqlite: cannot create a temporary file: " + e.getMessage(), e);
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            c.setAutoCommit(true);
            return new SqliteScratch(file, c);
        } catch (SQLException e) {
            deleteQuietly(file);
            throw new RehearsalException("sqlite: cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + "-journal"));
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
        } catch (IOException e) {
            // a temporary file the system cleans anyway
        }
    }

    private record SqliteScratch(Path file, Connection connection) implements Scratch {
        @Override
        public Engine engine() {
            return Engine.SQLITE;
        }

        @Override
        public String productVersion() {
            try {
                return connection.getMetaData().getDatabaseProductVersion();
            } catch (SQLException e) {
                return "unknown";
            }
        }

        @Override
        public List<String> schemas() {
            return List.of();
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                // the file goes anyway
            }
            deleteQuietly(file);
        }
    }
}
