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
            return engine.knownVersions().stream().filter(v -> v.part(0) == wanted).reduce((a, b) -> b)
                    .map(v -> new Target(engine, v))
                    .orElseThrow(() -> new IllegalArgumentException("target '" + spec + "': no " + engine.displayName()
                            + " " + wanted + ".x release is known; known versions: " + known(engine)));
        }
        if (major.isPresent()) {
            throw new IllegalArgumentException("target '" + spec + "': give the version once, as " + engine.id()
                    + ":" + spec.substring(colon + 1) + " or " + name);
        }
        Version version;
        try {
            version = Version.parse(spec.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("target '" + spec + "': " + e.getMessage() + "; known " + engine.id()
                    + " versions: " + known(engine));
        }
        if (!engine.covers(version)) {
            throw new IllegalArgumentException("target '" + spec + "': " + engine.displayName() + " " + version
                    + " is not covered; " + engine.id() + " versions from " + engine.oldest() + " to "
                    + engine.latest() + " are (known releases: " + known(engine) + ")");
        }
        return new Target(engine, version);
    }

    private static String known(Engine engine) {
        return String.join(", ", engine.knownVersions().stream().map(Version::toString).toList());
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
