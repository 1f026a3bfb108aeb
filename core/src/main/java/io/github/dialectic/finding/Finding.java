package io.github.dialectic.finding;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.Location;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

/**
 * One reported problem: which rule, where ({@link Location}: for a file, the 1-based line and column of the offending
 * construct, end inclusive), which engines differ and how, what to write instead. {@code fingerprint} identifies the
 * statement independently of its line, for baselines.
 */
public record Finding(
        String rule,
        Severity severity,
        Location location,
        String message,
        Map<Engine, Effect> engines,
        String fix,
        String docs,
        String fingerprint) {

    /** Longest message kept: a rule that quotes a 5 MB literal must not put 5 MB into every report (a list of every
     * rule that overran its time bound stays whole). */
    static final int MAX_MESSAGE = 10_000;

    /** Messages over {@value #MAX_MESSAGE} characters are cut; the engine map is copied. */
    public Finding {
        Objects.requireNonNull(location, "location");
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "... (" + (message.length() - MAX_MESSAGE)
                    + " more characters)";
        }
        engines = shared(engines);
    }

    /**
     * Few engine maps are distinct (five engines, a handful of effects), and a run may keep a million findings: each
     * holds the one shared, unmodifiable copy of its map rather than a map of its own (issue 12).
     */
    private static final Map<Map<Engine, Effect>, Map<Engine, Effect>> SHARED = new ConcurrentHashMap<>();

    private static Map<Engine, Effect> shared(Map<Engine, Effect> engines) {
        int code = code(engines);
        if (code >= 0) { // the usual case: found by its number, without a copy or a hashCode walk (issue 12)
            Map<Engine, Effect> known = BY_CODE.get(code);
            if (known != null) {
                return known;
            }
        }
        EnumMap<Engine, Effect> copy = new EnumMap<>(Engine.class);
        copy.putAll(engines);
        Map<Engine, Effect> known = SHARED.get(copy);
        if (known == null) {
            Map<Engine, Effect> made = Collections.unmodifiableMap(copy);
            Map<Engine, Effect> raced = SHARED.putIfAbsent(copy, made);
            known = raced != null ? raced : made;
        }
        if (code >= 0) {
            BY_CODE.compareAndSet(code, null, known);
        }
        return known;
    }

    private static final Engine[] ENGINES = Engine.values();
    private static final int EFFECTS = Effect.values().length + 1; // and "not in the map"
    /** The shared maps by {@link #code}: each engine's effect (or none) as a digit. */
    private static final AtomicReferenceArray<Map<Engine, Effect>> BY_CODE =
            new AtomicReferenceArray<>((int) Math.pow(EFFECTS, ENGINES.length));

    /** The map as a number, each engine a digit (0: absent); -1 when it holds anything else (a null effect). */
    private static int code(Map<Engine, Effect> engines) {
        int code = 0;
        int present = 0;
        for (Engine e : ENGINES) {
            Effect effect = engines.get(e);
            if (effect != null) {
                present++;
            }
            code = code * EFFECTS + (effect == null ? 0 : effect.ordinal() + 1);
        }
        return present == engines.size() ? code : -1;
    }

    /** A finding in a span of a file. */
    public Finding(String rule, Severity severity, String file, int line, int column, int endLine, int endColumn,
                   String message, Map<Engine, Effect> engines, String fix, String docs, String fingerprint) {
        this(rule, severity, new Location.FileRange(file, line, column, endLine, endColumn), message, engines, fix,
                docs, fingerprint);
    }

    /** The same finding at another severity (a severity override). */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, location, message, engines, fix, docs, fingerprint);
    }

    /** The same finding with other engine effects (a suppression for one engine takes that engine's out). */
    public Finding withEngines(Map<Engine, Effect> newEngines) {
        return new Finding(rule, severity, location, message, newEngines, fix, docs, fingerprint);
    }

    /** The same finding elsewhere, e.g. with its path made relative to a project. */
    public Finding withLocation(Location newLocation) {
        return new Finding(rule, severity, newLocation, message, engines, fix, docs, fingerprint);
    }

    /** The file (or changelog, or database) the finding is in. */
    public String file() {
        return location.source();
    }

    /** The first line, or 0 when the location has no text position. */
    public int line() {
        return location instanceof Location.FileRange r ? r.line() : 0;
    }

    /** The first column, or 0 when the location has no text position. */
    public int column() {
        return location instanceof Location.FileRange r ? r.column() : 0;
    }

    /** The last line, or 0 when the location has no text position. */
    public int endLine() {
        return location instanceof Location.FileRange r ? r.endLine() : 0;
    }

    /** The last column (inclusive), or 0 when the location has no text position. */
    public int endColumn() {
        return location instanceof Location.FileRange r ? r.endColumn() : 0;
    }

    /** {@code db2: rejected; mysql: different}, or empty. */
    public String enginesSummary() {
        int code = code(engines); // a report asks once per finding: by number, without hashing the map
        if (code >= 0) {
            String known = SUMMARY_BY_CODE.get(code);
            if (known != null) {
                return known;
            }
        }
        String summary = SUMMARIES.computeIfAbsent(engines, m -> m.entrySet().stream()
                .map(e -> e.getKey().id() + ": " + e.getValue().id()).collect(Collectors.joining("; ")));
        if (code >= 0) {
            SUMMARY_BY_CODE.set(code, summary);
        }
        return summary;
    }

    private static final AtomicReferenceArray<String> SUMMARY_BY_CODE = new AtomicReferenceArray<>(BY_CODE.length());

    /** Each engine map's summary, made once: reports write one per finding. */
    private static final Map<Map<Engine, Effect>, String> SUMMARIES = new ConcurrentHashMap<>();
}
