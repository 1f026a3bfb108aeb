package io.github.dialectic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What bin/dialectic runs, on its own in the background, to write its class-data archive: a few migrations of every
 * flavour linted in both report formats, first filling a cache and then reading it, then 680 statements (the parallel
 * runner's), so that the archive holds the classes a real lint loads. It prints nothing. Writing the archive in a run
 * of the user's own command could change that run's exit code and output (a failed dump prints to standard output and
 * exits 1); this way it cannot.
 */
public final class ArchiveTraining {

    private static final List<String[]> MIGRATIONS = List.of(
            new String[] {"V1__tables.sql", """
                    CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, email VARCHAR(200), active BOOLEAN DEFAULT TRUE);
                    CREATE TABLE orders (id BIGINT NOT NULL, account_id INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
                        total DECIMAL(12, 2), note TEXT, created TIMESTAMP DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (id));
                    CREATE UNIQUE INDEX ux_accounts_email ON accounts (email);
                    """},
            new String[] {"V2__mysql.sql", """
                    CREATE TABLE `items` (`id` INT AUTO_INCREMENT PRIMARY KEY, `name` VARCHAR(50) NOT NULL) ENGINE=InnoDB;
                    ALTER TABLE `items` ADD COLUMN `price` DOUBLE DEFAULT 0, MODIFY `name` VARCHAR(80);
                    INSERT INTO `items` (`name`) VALUES ('a\\'b') ON DUPLICATE KEY UPDATE `name` = VALUES(`name`);
                    """},
            new String[] {"V3__postgresql.sql", """
                    CREATE TABLE events (id SERIAL PRIMARY KEY, payload JSONB, at TIMESTAMPTZ NOT NULL DEFAULT now());
                    CREATE INDEX CONCURRENTLY ix_events_at ON events (at) WHERE payload IS NOT NULL;
                    CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN NEW.at := now(); RETURN NEW; END $$ LANGUAGE plpgsql;
                    ALTER TABLE events ALTER COLUMN payload SET NOT NULL;
                    """},
            new String[] {"V4__sqlite_db2.sql", """
                    CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT) ;
                    ALTER TABLE notes RENAME TO memos;
                    UPDATE memos SET body = 'x' || body WHERE id IN (SELECT id FROM memos LIMIT 1);
                    DELETE FROM memos WHERE body IS NULL;
                    REORG TABLE memos;
                    -- dialectic:ignore unknown-rule a suppression
                    DROP INDEX ux_accounts_email;
                    """});

    private ArchiveTraining() {
    }

    /** Seventeen PostgreSQL statements of the kinds a long history is made of: a new table, columns, constraints, indexes, rows. */
    static String bulkMigration(int f) {
        String table = "t" + f;
        String parent = "t" + Math.max(1, f - 1);
        return "CREATE TABLE " + table + " (id BIGSERIAL PRIMARY KEY, name VARCHAR(255) NOT NULL, status INTEGER, "
                + "created_at TIMESTAMPTZ DEFAULT now(), amount NUMERIC(12,2), payload JSONB);\n"
                + "ALTER TABLE " + table + " ADD COLUMN parent_id BIGINT REFERENCES " + parent + " (id);\n"
                + "ALTER TABLE " + parent + " ADD COLUMN note_" + f + " TEXT;\n"
                + "CREATE INDEX ix_" + table + "_status ON " + table + " (status) WHERE status IS NOT NULL;\n"
                + "INSERT INTO " + table + " (name, status) VALUES ('a', 1), ('b', 2);\n"
                + "UPDATE " + parent + " SET status = 3 WHERE id = " + f + ";\n"
                + "COMMENT ON TABLE " + table + " IS 'table " + f + "';\n"
                + "DELETE FROM " + table + " WHERE status = 2;\n"
                // the column and constraint changes a history is also made of: each kind reaches rules and replay
                // code (and its lambdas) that the statements above do not
                + "ALTER TABLE " + table + " ADD CONSTRAINT uq_" + table + "_name UNIQUE (name);\n"
                + "ALTER TABLE " + table + " ADD CONSTRAINT fk_" + table + "_parent FOREIGN KEY (parent_id) REFERENCES "
                + table + " (id) ON DELETE SET NULL;\n"
                + "ALTER TABLE " + table + " ALTER COLUMN status SET DEFAULT 0;\n"
                + "ALTER TABLE " + table + " ALTER COLUMN amount TYPE NUMERIC(14,2);\n"
                + "ALTER TABLE " + table + " ALTER COLUMN status SET NOT NULL;\n"
                + "ALTER TABLE " + table + " RENAME COLUMN payload TO body;\n"
                + "ALTER TABLE " + parent + " DROP COLUMN note_" + f + ";\n"
                + "CREATE UNIQUE INDEX ux_" + table + "_created ON " + table + " (created_at, name);\n"
                + "SELECT count(*) FROM " + table + " WHERE name IS NOT NULL;\n";
    }

    public static void main(String[] args) throws IOException {
        Preload.start(); // as DialecticCli.main does, so that the archive holds what that loads too
        Path dir = Files.createTempDirectory("dialectic-archive-training");
        try {
            Path migrations = Files.createDirectory(dir.resolve("migrations"));
            for (String[] m : MIGRATIONS) {
                Files.writeString(migrations.resolve(m[0]), m[1]);
            }
            PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
            for (String format : List.of("text", "json")) {
                DialecticCli.run(new String[] {"lint", "--format", format, "--explain", "--fail-on", "never",
                        "--cache-dir", dir.resolve("cache").toString(), migrations.toString()}, nowhere, nowhere);
            }
            // enough statements for the parallel runner, which lints all but the smallest histories
            Path bulk = Files.createDirectory(dir.resolve("bulk"));
            for (int f = 1; f <= 40; f++) {
                Files.writeString(bulk.resolve("V" + f + "__bulk.sql"), bulkMigration(f));
            }
            DialecticCli.run(new String[] {"lint", "--no-cache", "--fail-on", "never", bulk.toString()}, nowhere,
                    nowhere);
            DialecticCli.run(new String[] {"rules"}, nowhere, nowhere);
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
