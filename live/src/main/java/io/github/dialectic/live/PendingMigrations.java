package io.github.dialectic.live;

import io.github.dialectic.live.FlywayHistory.Applied;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which migration files the database has not applied yet (those are linted against the live schema), and which
 * applied ones were edited since (their checksum differs from the history's).
 *
 * @param pending files in application order that the history does not list (a repeatable one: not with this checksum)
 * @param edited  applied versioned files whose checksum is not the recorded one
 */
public record PendingMigrations(List<Path> pending, List<Edited> edited) {

    public record Edited(Path file, String version, int recorded, int actual) {
    }

    /** {@code files} in application order (MigrationLocator's), compared with the history. */
    public static PendingMigrations of(List<Path> files, List<Applied> history) throws IOException {
        Map<String, Applied> byVersion = new HashMap<>();
        Map<String, Applied> repeatableByScript = new HashMap<>();
        for (Applied a : history) {
            if (a.version() != null) {
                byVersion.put(FlywayHistory.normalise(a.version()), a);
            } else {
                repeatableByScript.put(a.script(), a); // the last application wins
            }
        }
        List<Path> pending = new ArrayList<>();
        List<Edited> edited = new ArrayList<>();
        for (Path file : files) {
            Optional<String> version = FlywayHistory.version(file);
            if (version.isPresent()) {
                Applied applied = byVersion.get(version.get());
                if (applied == null) {
                    pending.add(file);
                } else {
                    int actual = FlywayHistory.checksum(Files.readString(file, StandardCharsets.UTF_8));
                    if (applied.checksum() != null && applied.checksum() != actual) {
                        edited.add(new Edited(file, applied.version(), applied.checksum(), actual));
                    }
                }
            } else if (FlywayHistory.repeatable(file)) {
                Applied applied = repeatableByScript.get(file.getFileName().toString());
                int actual = FlywayHistory.checksum(Files.readString(file, StandardCharsets.UTF_8));
                if (applied == null || applied.checksum() == null || applied.checksum() != actual) {
                    pending.add(file); // Flyway re-runs a repeatable migration whose checksum changed
                }
            } else {
                pending.add(file); // not a Flyway name: the history cannot say, so it is checked
            }
        }
        return new PendingMigrations(pending, edited);
    }
}
