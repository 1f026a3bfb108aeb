package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        ConnectedScratch scratch = new ConnectedScratch(Engine.SQLITE, List.of()) {
            @Override
            void drop() {
                deleteQuietly(file);
            }
        };
        try {
            scratch.connected(DriverManager.getConnection("jdbc:sqlite:" + file));
            return scratch;
        } catch (SQLException e) {
            scratch.close();
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
}
