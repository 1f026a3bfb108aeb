package io.github.dialectic.liquibase;

import io.github.dialectic.source.MigrationLocator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognising Liquibase changelogs among a user's paths, without loading Liquibase (front ends call this on every
 * run; {@link ChangelogLint} only when a changelog is there).
 */
public final class Changelogs {

    /** The names Liquibase's and Spring Boot's documentation give the main changelog. */
    public static final Set<String> MASTER_NAMES = Set.of("db.changelog-master.xml", "db.changelog-master.yaml",
            "db.changelog-master.yml", "db.changelog-master.json", "db.changelog-master.sql");

    private Changelogs() {
    }

    /**
     * Whether {@code file} is a Liquibase changelog: an XML, YAML or JSON file that names {@code databaseChangeLog} in
     * its first 64 KiB, or a SQL file whose first line is {@code --liquibase formatted sql}. Unreadable files are not
     * (reading them later says why).
     */
    public static boolean isChangelog(Path file) {
        String name = name(file);
        if (name.endsWith(".sql")) {
            return isFormattedSql(file);
        }
        if (name.endsWith(".xml") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
            return head(file, 64 * 1024).contains("databaseChangeLog");
        }
        return false;
    }

    /** Whether {@code file} starts with Liquibase's {@code --liquibase formatted sql} line. */
    public static boolean isFormattedSql(Path file) {
        return isFormattedSql(head(file, 256));
    }

    /** Liquibase's own test: the first line is {@code --liquibase formatted sql}. */
    static boolean isFormattedSql(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int eol = t.indexOf('\n');
        String first = (eol < 0 ? t : t.substring(0, eol)).strip();
        return first.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).matches("-- ?liquibase formatted ?sql\\b.*");
    }

    /**
     * The main changelogs under {@code dir}: files named as in {@link #MASTER_NAMES} that are changelogs, in path
     * order (links followed, as for SQL files).
     */
    public static List<Path> masters(Path dir) throws IOException {
        try {
            return mastersAmong(MigrationLocator.files(dir, MASTER_NAMES::contains).keySet());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The main changelogs among {@code files} (a folder's files in path order, as {@link MigrationLocator#files} finds
     * them, with whatever other names it was asked for): those named as in {@link #MASTER_NAMES} that are changelogs.
     */
    public static List<Path> mastersAmong(Iterable<Path> files) {
        List<Path> found = new ArrayList<>();
        for (Path p : files) {
            if (p.getFileName() != null && MASTER_NAMES.contains(p.getFileName().toString()) && isChangelog(p)) {
                found.add(p);
            }
        }
        return found;
    }

    private static String name(Path file) {
        return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static String head(Path file, int bytes) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
