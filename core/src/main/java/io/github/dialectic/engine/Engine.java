package io.github.dialectic.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The database engines Dialectic reasons about, with the release lines it knows. Versions are data so that
 * a rule asks "does this target support X" instead of hard-coding engine checks.
 */
public enum Engine {
    MYSQL("mysql", "MySQL", List.of("5.7", "8.0", "8.4")),
    MARIADB("mariadb", "MariaDB", List.of("10.11", "11.4", "11.8")),
    POSTGRESQL("postgresql", "PostgreSQL", List.of("12", "13", "14", "15", "16", "17")),
    SQLITE("sqlite", "SQLite", List.of("3.25", "3.35", "3.40", "3.45", "3.53", "3.54")),
    DB2("db2", "Db2 LUW", List.of("11.1", "11.5"));

    private final String id;
    private final String displayName;
    private final List<Version> knownVersions;

    Engine(String id, String displayName, List<String> knownVersions) {
        this.id = id;
        this.displayName = displayName;
        this.knownVersions = knownVersions.stream().map(Version::parse).toList();
    }

    /** The lower-case name used on the command line and in reports. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Releases we know, oldest first. Any version between the first and the last is accepted as a target. */
    public List<Version> knownVersions() {
        return knownVersions;
    }

    public Version oldest() {
        return knownVersions.get(0);
    }

    public Version latest() {
        return knownVersions.get(knownVersions.size() - 1);
    }

    /** Whether a target of this engine at {@code version} is within the range Dialectic was written for. */
    public boolean covers(Version version) {
        return version.compareTo(oldest().withoutPatch()) >= 0
                && version.withoutPatch().compareTo(latest().withoutPatch().nextMinorLine()) < 0;
    }

    public static Optional<Engine> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.id.equals(wanted)).findFirst();
    }

    public static String validIds() {
        return Arrays.stream(values()).map(Engine::id).collect(Collectors.joining(", "));
    }
}
