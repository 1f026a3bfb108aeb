package io.github.dialectic.engine;

/** One engine at one version that a migration must run on. */
public record Target(Engine engine, Version version) {

    /** The latest release Dialectic knows of an engine. */
    public static Target latest(Engine engine) {
        return new Target(engine, engine.latest());
    }

    /**
     * Parses {@code engine[:version]}, e.g. {@code db2}, {@code mysql:8.0}, {@code sqlite:3.40}; the engine may be an
     * alias ({@code postgres}, {@code pg}) and carry a major version ({@code mysql8}: the latest 8.x release known,
     * {@code pg18}, {@code sqlite3}).
     *
     * @throws IllegalArgumentException with a message listing what is valid
     */
    public static Target parse(String text) {
        String spec = text.trim();
        int colon = spec.indexOf(':');
        String name = colon < 0 ? spec : spec.substring(0, colon);
        Engine engine = Engine.byName(name).orElseThrow(() -> Engine.unknown(name));
        java.util.OptionalInt major = Engine.majorIn(name);
        if (colon < 0) {
            if (major.isEmpty()) {
                return latest(engine);
            }
            int wanted = major.getAsInt();
            java.util.function.Predicate<Version> inMajor = v -> v.part(0) == wanted;
            return engine.knownVersions().stream().filter(inMajor).reduce((a, b) -> b)
                    .or(() -> engine.releaseLines().stream().filter(inMajor).reduce((a, b) -> b))
                    .map(v -> new Target(engine, v))
                    .orElseThrow(() -> new IllegalArgumentException("target '" + spec + "': unknown "
                            + engine.displayName() + " version " + wanted + suggestion(engine, Version.of(wanted),
                            String.valueOf(wanted)).map(v -> "; did you mean " + name.substring(0,
                            name.length() - String.valueOf(wanted).length()) + v.part(0) + "?").orElse("")
                            + "; known versions: " + engine.describeReleaseLines()));
        }
        if (major.isPresent()) {
            throw new IllegalArgumentException("target '" + spec + "': give the version once, as " + engine.id()
                    + ":" + spec.substring(colon + 1) + " or " + name);
        }
        String typed = spec.substring(colon + 1).trim();
        Version version;
        try {
            version = Version.parse(typed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("target '" + spec + "': " + e.getMessage() + "; known " + engine.id()
                    + " versions: " + engine.describeReleaseLines());
        }
        if (!engine.covers(version)) {
            throw new IllegalArgumentException("target '" + spec + "': unknown " + engine.displayName() + " version "
                    + version + suggestion(engine, version, typed).map(v -> "; did you mean " + engine.id() + ":" + v
                    + "?").orElse("") + "; known versions: " + engine.describeReleaseLines());
        }
        return new Target(engine, version);
    }

    /**
     * The release line a user probably meant by an unknown version: one spelled with the same digits ({@code 84} for
     * 8.4), else the latest line for a version after it, the oldest for one before it, and the line before a gap
     * ({@code 8.4} for MySQL 8.5, never released).
     */
    static java.util.Optional<Version> suggestion(Engine engine, Version version, String typed) {
        java.util.List<Version> lines = engine.releaseLines();
        String digits = typed.replace(".", "");
        for (Version line : lines) {
            if (line.toString().replace(".", "").equals(digits) && !line.toString().equals(typed)) {
                return java.util.Optional.of(line);
            }
        }
        Version asLine = EngineProfiles.lineOf(engine, version);
        Version before = null;
        for (Version line : lines) {
            if (line.compareTo(asLine) < 0) {
                before = line;
            }
        }
        return java.util.Optional.of(before == null ? lines.get(0) : before);
    }

    public boolean atLeast(String version) {
        return this.version.atLeast(PARSED.computeIfAbsent(version, Version::parse)); // rules ask with a few literals
    }

    private static final java.util.Map<String, Version> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String toString() {
        return engine.id() + ":" + version;
    }
}
