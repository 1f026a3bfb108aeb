package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.filesystem.FileSystemResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlywayHistoryTest {

    @TempDir
    Path dir;

    @Test
    void checksumIsFlywaysOwn() throws Exception {
        for (String text : List.of("CREATE TABLE t (id INT);\n", "\uFEFF-- bom\r\nSELECT 1;\r\n\r\n",
                "no newline at the end", "", "ünïcödé;\nline two\n")) {
            Path file = Files.writeString(dir.resolve("V1__x.sql"), text, StandardCharsets.UTF_8);
            int flyway = ChecksumCalculator.calculate(new FileSystemResource(null, file.toString(), StandardCharsets.UTF_8, false));
            assertEquals(flyway, FlywayHistory.checksum(text), () -> "checksum of " + text.replace("\n", "\\n"));
        }
    }

    @Test
    void versionsCompareAsFlywayRecordsThem() {
        assertEquals("1.1", FlywayHistory.version(Path.of("V1_1__x.sql")).orElseThrow());
        assertEquals("2", FlywayHistory.version(Path.of("V002__x.sql")).orElseThrow());
        assertEquals(FlywayHistory.normalise("1.0"), FlywayHistory.normalise("1"));
        assertTrue(FlywayHistory.version(Path.of("R__views.sql")).isEmpty());
    }

    /**
     * A database with 3 of 5 migrations applied (the history as Flyway writes it), one of them edited since: the two
     * others are pending, the edit is reported; without the table nothing is applied.
     */
    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRESQL", "MARIADB", "SQLITE"})
    void pendingAndEditedMigrations(Engine engine) throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            files.add(Files.writeString(dir.resolve("V" + v + "__step" + v + ".sql"), "CREATE TABLE t" + v + " (id INT);\n"));
        }
        try (ScratchDatabase db = ScratchDatabase.create(engine)) {
            try (Connection c = LiveConnections.open(db.url, null, null, LiveConnections.DEFAULT_TIMEOUT)) {
                assertEquals(List.of(), FlywayHistory.read(c, FlywayHistory.DEFAULT_TABLE), "no table, nothing applied");
            }
            db.run("CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50),"
                    + " description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL,"
                    + " checksum INT, installed_by VARCHAR(100) NOT NULL, execution_time INT NOT NULL,"
                    + " success " + (engine == Engine.POSTGRESQL ? "BOOLEAN" : "INT") + " NOT NULL)");
            String ok = engine == Engine.POSTGRESQL ? "TRUE" : "1";
            String failed = engine == Engine.POSTGRESQL ? "FALSE" : "0";
            for (int v = 1; v <= 3; v++) {
                int checksum = FlywayHistory.checksum(Files.readString(files.get(v - 1)));
                if (v == 2) {
                    checksum += 1; // V2 was edited after it was applied
                }
                db.run("INSERT INTO flyway_schema_history VALUES (" + v + ", '" + v + "', 'step" + v + "', 'SQL', 'V" + v
                        + "__step" + v + ".sql', " + checksum + ", 'ops', 10, " + ok + ")");
            }
            db.run("INSERT INTO flyway_schema_history VALUES (4, '4', 'step4', 'SQL', 'V4__step4.sql', 0, 'ops', 10, "
                    + failed + ")");
            try (Connection c = LiveConnections.open(db.url, null, null, LiveConnections.DEFAULT_TIMEOUT)) {
                List<FlywayHistory.Applied> history = FlywayHistory.read(c, FlywayHistory.DEFAULT_TABLE);
                assertEquals(3, history.size(), "a failed migration is not applied");
                PendingMigrations status = PendingMigrations.of(files, history);
                assertEquals(files.subList(3, 5), status.pending());
                assertEquals(1, status.edited().size());
                assertEquals("2", status.edited().get(0).version());
                assertEquals(files.get(1), status.edited().get(0).file());
            }
        }
    }
}
