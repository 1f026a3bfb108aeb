package io.github.dialectic.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * Whether {@code version} belongs to a release line of this engine that exists and Dialectic covers: any patch of
     * a known line ({@code 8.0.13}, {@code 18.1}), not a line that was never released ({@code mysql:8.5},
     * {@code db2:11.3}) or is outside the range ({@code postgresql:19}).
     */
    public boolean covers(Version version) {
        return releaseLines().contains(EngineProfiles.lineOf(this, version));
    }

    /** The release lines Dialectic covers, oldest first (every MySQL innovation release, not only the LTS ones). */
    public List<Version> releaseLines() {
        return EngineProfiles.releaseLines(this);
    }

    /** The release lines, runs of consecutive ones shortened: {@code 5.7, 8.0-8.4, 9.0-9.7}, {@code 12-18}. */
    public String describeReleaseLines() {
        List<Version> lines = releaseLines();
        List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j + 1 < lines.size() && lines.get(j + 1).equals(lines.get(j).nextInLine())) {
                j++;
            }
            out.add(j > i ? lines.get(i) + "-" + lines.get(j) : lines.get(i).toString());
            i = j + 1;
        }
        return String.join(", ", out);
    }

    public static Optional<Engine> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.id.equals(wanted)).findFirst();
    }

    /** Other names people type for the engines: their products', clients' and JDBC subprotocols' names. */
    private static final Map<String, Engine> ALIASES = Map.of(
            "postgres", POSTGRESQL, "pg", POSTGRESQL, "pgsql", POSTGRESQL, "psql", POSTGRESQL,
            "maria", MARIADB,
            "db2luw", DB2);

    /**
     * A name with a major version written after it: {@code mysql8}, {@code pg18}, {@code sqlite3}. In a holder, compiled
     * when a name is not exact: not by every run's first look at an engine (cold regex code, a few milliseconds).
     */
    private static final class WithMajor {
        static final Pattern PATTERN = Pattern.compile("(.*?[a-z])(\\d{1,4})");
    }

    /**
     * The engine a user means by {@code name}: its id, an alias ({@code postgres}, {@code pg}, {@code maria}), either
     * with a major version after it ({@code mysql8}, {@code pg18}, {@code sqlite3}); case does not matter.
     */
    public static Optional<Engine> byName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        Optional<Engine> exact = exactName(wanted);
        if (exact.isPresent()) {
            return exact;
        }
        Matcher m = WithMajor.PATTERN.matcher(wanted);
        return m.matches() ? exactName(m.group(1)) : Optional.empty();
    }

    /** The major version written after the name ({@code 8} in {@code mysql8}), if {@code name} has one. */
    public static OptionalInt majorIn(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        if (exactName(wanted).isPresent()) {
            return OptionalInt.empty();
        }
        Matcher m = WithMajor.PATTERN.matcher(wanted);
        return m.matches() && exactName(m.group(1)).isPresent() ? OptionalInt.of(Integer.parseInt(m.group(2)))
                : OptionalInt.empty();
    }

    private static Optional<Engine> exactName(String lowerCase) {
        Optional<Engine> byId = byId(lowerCase);
        return byId.isPresent() ? byId : Optional.ofNullable(ALIASES.get(lowerCase));
    }

    /**
     * The error for a name that is no engine: what is valid, and the likely one if it looks like a typo of an id or
     * an alias.
     */
    public static IllegalArgumentException unknown(String name) {
        List<String> names = new java.util.ArrayList<>(Arrays.stream(values()).map(Engine::id).toList());
        names.addAll(new java.util.TreeSet<>(ALIASES.keySet()));
        String hint = io.github.dialectic.DidYouMean.closest(name, names)
                .map(n -> "; did you mean '" + byName(n).orElseThrow().id() + "'?").orElse("");
        return new IllegalArgumentException("unknown engine '" + name.trim() + "'" + hint + "; valid engines: "
                + validIds() + " (aliases: " + String.join(", ", new java.util.TreeSet<>(ALIASES.keySet()))
                + "; a major version may follow a name: mysql8, pg18, sqlite3)");
    }

    public static String validIds() {
        return Arrays.stream(values()).map(Engine::id).collect(Collectors.joining(", "));
    }
}
