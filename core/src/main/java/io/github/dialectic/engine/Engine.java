package io.github.dialectic.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The database engines Dialectic reasons about. What each is like, and the releases Dialectic knows, are data in
 * {@link EngineProfiles}, so that a rule asks its target's {@link EngineProfile} instead of hard-coding engine checks.
 */
public enum Engine {
    MYSQL("mysql", "MySQL", "MySQL"),
    MARIADB("mariadb", "MariaDB", "MariaDB"),
    POSTGRESQL("postgresql", "PostgreSQL", "PostgreSQL"),
    SQLITE("sqlite", "SQLite", "SQLite"),
    DB2("db2", "Db2 LUW", "Db2");

    private final String id;
    private final String displayName;
    private final String shortName;

    Engine(String id, String displayName, String shortName) {
        this.id = id;
        this.displayName = displayName;
        this.shortName = shortName;
    }

    /** The lower-case name used on the command line and in reports. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The name in running text, e.g. "Db2" for Db2 LUW. */
    public String shortName() {
        return shortName;
    }

    /** Releases we know, oldest first. Any version between the first and the last is accepted as a target. */
    public List<Version> knownVersions() {
        return EngineProfiles.releases(this);
    }

    public Version oldest() {
        return knownVersions().get(0);
    }

    public Version latest() {
        List<Version> known = knownVersions();
        return known.get(known.size() - 1);
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
