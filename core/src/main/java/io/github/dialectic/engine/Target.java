package io.github.dialectic.engine;

/** One engine at one version that a migration must run on. */
public record Target(Engine engine, Version version) {

    /** The latest release Dialectic knows of an engine. */
    public static Target latest(Engine engine) {
        return new Target(engine, engine.latest());
    }

    /**
     * Parses {@code engine[:version]}, e.g. {@code db2}, {@code mysql:8.0}, {@code sqlite:3.40}.
     *
     * @throws IllegalArgumentException with a message listing what is valid
     */
    public static Target parse(String text) {
        String spec = text.trim();
        int colon = spec.indexOf(':');
        String name = colon < 0 ? spec : spec.substring(0, colon);
        Engine engine = Engine.byId(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown engine '" + name + "'; valid engines: " + Engine.validIds()));
        if (colon < 0) {
            return latest(engine);
        }
        Version version;
        try {
            version = Version.parse(spec.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("target '" + spec + "': " + e.getMessage());
        }
        if (!engine.covers(version)) {
            throw new IllegalArgumentException("target '" + spec + "': " + engine.id() + " versions from "
                    + engine.oldest() + " to " + engine.latest() + " are supported (known: " + engine.knownVersions() + ")");
        }
        return new Target(engine, version);
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
