package io.github.dialectic.engine;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records which profile entries are read, engine by engine, while a test lints a corpus: profile data that no rule
 * reads on any fixture is dead data or an untested claim. Off unless a test starts it; when off, a read costs one
 * volatile field read.
 */
public final class ProfileReads {

    private static volatile Set<String> recording;

    private ProfileReads() {
    }

    /** Starts recording (again, from nothing). */
    public static synchronized void start() {
        recording = ConcurrentHashMap.newKeySet();
    }

    /** Stops recording and returns what was read, as {@code engine-id:entry}. */
    public static synchronized Set<String> stop() {
        Set<String> read = recording;
        recording = null;
        return read == null ? Set.of() : new TreeSet<>(read);
    }

    /**
     * Every entry some profile holds data for, as {@code engine-id:entry} (a supported feature by its name, an
     * accessor by its method name), with the profiles holding it.
     */
    public static Map<String, Set<String>> entriesWithData() {
        Map<String, Set<String>> entries = new TreeMap<>();
        for (EngineProfile p : EngineProfiles.all()) {
            for (String entry : p.entriesWithData()) {
                entries.computeIfAbsent(p.engine().id() + ":" + entry, k -> new TreeSet<>()).add(p.toString());
            }
        }
        return entries;
    }

    static void read(Engine engine, String entry) {
        Set<String> r = recording;
        if (r != null) {
            r.add(engine.id() + ":" + entry);
        }
    }

    static void read(Engine engine, Feature feature) {
        Set<String> r = recording;
        if (r != null) {
            r.add(engine.id() + ":" + feature.name());
        }
    }
}
