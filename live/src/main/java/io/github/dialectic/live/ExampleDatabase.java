package io.github.dialectic.live;

import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.SqlStatement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Builds the SQLite database of the live example ({@code examples/nova-uuid-db/build-database}): a fresh file, the
 * seed SQL run on it, and Flyway's history table saying the given migrations were applied, with their checksums.
 *
 * <pre>ExampleDatabase DATABASE_FILE SEED_SQL APPLIED_MIGRATION...</pre>
 */
public final class ExampleDatabase {

    private ExampleDatabase() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        if (args.length < 2) {
            System.err.println("usage: ExampleDatabase DATABASE_FILE SEED_SQL [APPLIED_MIGRATION...]");
            System.exit(2);
        }
        Path database = Path.of(args[0]);
        if (database.toAbsolutePath().getParent() != null) {
            Files.createDirectories(database.toAbsolutePath().getParent());
        }
        Files.deleteIfExists(database);
        String seed = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        try (Connection c = LiveConnections.connect("jdbc:sqlite:" + database, new Properties()); Statement s = c.createStatement()) {
            for (SqlStatement st : new SqlSplitter(SqlFlavor.SQLITE).split(seed)) {
                s.execute(st.text());
            }
            s.execute("CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50),"
                    + " description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL,"
                    + " checksum INT, installed_by VARCHAR(100) NOT NULL, installed_on TEXT DEFAULT CURRENT_TIMESTAMP,"
                    + " execution_time INT NOT NULL, success BOOLEAN NOT NULL)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO flyway_schema_history (installed_rank,"
                    + " version, description, type, script, checksum, installed_by, execution_time, success)"
                    + " VALUES (?, ?, ?, 'SQL', ?, ?, 'example', 0, 1)")) {
                for (int i = 2; i < args.length; i++) {
                    Path migration = Path.of(args[i]);
                    String name = migration.getFileName().toString();
                    insert.setInt(1, i - 1);
                    insert.setString(2, FlywayHistory.version(migration).orElseThrow(
                            () -> new IllegalArgumentException(name + " is not a versioned Flyway migration")));
                    insert.setString(3, name.replaceFirst("^V[^_]*__", "").replaceFirst("\\.sql$", "").replace('_', ' '));
                    insert.setString(4, name);
                    insert.setInt(5, FlywayHistory.checksum(Files.readString(migration, StandardCharsets.UTF_8)));
                    insert.executeUpdate();
                }
            }
        }
        System.out.println("built " + database + " (" + (args.length - 2) + " migration(s) applied)");
    }
}
