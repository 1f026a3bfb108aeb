package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Targets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The targets a rehearsal's options name, as the command line ({@code rehearse}, {@code lint --verify}) and the Maven
 * plugin's {@code rehearse} goal give them: engines that need nothing installed by name (aliases such as {@code pg}
 * and {@code sqlite3} work), servers by JDBC URL.
 */
public final class RehearsalTargets {

    /** The engines a rehearsal runs without a server. */
    public static final List<String> EMBEDDED = List.of("sqlite", "postgresql");

    private RehearsalTargets() {
    }

    /**
     * Why {@code engine} cannot be rehearsed without a server, or empty when it can; {@code urlOption} is how the
     * caller asks for a server's URL ({@code --jdbc}, {@code <jdbcUrls>}).
     */
    public static Optional<String> problem(String engine, String urlOption) {
        Optional<Engine> known = Engine.byName(engine.trim());
        if (known.isEmpty()) {
            return Optional.of("unknown engine '" + engine + "'; without a server: " + String.join(", ", EMBEDDED));
        }
        if (known.get() != Engine.SQLITE && known.get() != Engine.POSTGRESQL) {
            return Optional.of("runs on a server; give it with " + urlOption + " URL");
        }
        return Optional.empty();
    }

    /**
     * The engines among {@code targets} (the lint's: {@code dialectic.toml}'s {@code targets}, {@code --target}, the
     * plugin's {@code targets}) that a rehearsal runs without a server, in the targets' order: what is rehearsed when
     * no engine is named, in the order of {@link #EMBEDDED}. Empty when every target needs a server (MySQL, MariaDB,
     * Db2).
     */
    public static List<String> embeddedFor(Targets targets) {
        return EMBEDDED.stream().filter(e -> targets.includes(Engine.byName(e).orElseThrow())).toList();
    }

    /**
     * What a rehearsal did not vouch for among the lint's {@code targets}: the targets of an engine that did not run
     * (MySQL, MariaDB and Db2 need a server), and those whose engine ran at another version (the embedded PostgreSQL is
     * 15, sqlite-jdbc's SQLite one release), with the version that ran; so that a rehearsal that passes does not read as
     * a pass for them. Both empty when every target ran as targeted.
     *
     * @param missing   targets whose engine did not run
     * @param otherRuns target to the engine and version that ran instead, e.g. {@code postgresql:18 -> postgresql 15.19}
     */
    public record Uncovered(List<Target> missing, Map<Target, String> otherRuns) {

        public boolean isEmpty() {
            return missing.isEmpty() && otherRuns.isEmpty();
        }

        /**
         * One line saying so, and how to rehearse the missing ones ({@code urlOption}: {@code --jdbc},
         * {@code <jdbcUrls>}); empty when every target ran as targeted.
         */
        public Optional<String> note(String urlOption) {
            if (isEmpty()) {
                return Optional.empty();
            }
            List<String> parts = new ArrayList<>();
            if (!missing.isEmpty()) {
                parts.add("not rehearsed on " + missing.stream().map(Target::toString).collect(Collectors.joining(", "))
                        + " (" + (missing.size() == 1 ? "it needs" : "they need") + " a server: give one with "
                        + urlOption + " URL)");
            }
            if (!otherRuns.isEmpty()) {
                parts.add(otherRuns.entrySet().stream().map(e -> e.getKey() + " rehearsed on " + e.getValue()
                        + " instead").collect(Collectors.joining(", ")));
            }
            return Optional.of(String.join("; ", parts) + ": for " + (missing.size() + otherRuns.size() == 1
                    ? "that target" : "those targets") + " only the static lint speaks");
        }
    }

    /** {@link Uncovered}: the lint's {@code targets} against the engines and versions of {@code runs}. */
    public static Uncovered uncovered(Targets targets, List<EngineRun> runs) {
        List<Target> missing = new ArrayList<>();
        Map<Target, String> other = new LinkedHashMap<>();
        for (Target t : targets) {
            List<EngineRun> same = runs.stream().filter(r -> r.engine() == t.engine()).toList();
            if (same.isEmpty()) {
                missing.add(t);
            } else if (same.stream().noneMatch(r -> sameLine(t, CrossCheck.target(r.engine(), r.productVersion())))) {
                other.put(t, same.stream().map(r -> r.engine().id() + " " + r.productVersion().split("\\s")[0])
                        .distinct().collect(Collectors.joining(", ")));
            }
        }
        return new Uncovered(List.copyOf(missing), java.util.Collections.unmodifiableMap(other));
    }

    /** Whether {@code ran} is of the release line {@code target} names: 15.19 is postgresql:15, 3.54.1 sqlite:3.54. */
    private static boolean sameLine(Target target, Target ran) {
        int[] want = target.version().parts();
        int[] got = ran.version().parts();
        if (target.engine() != ran.engine() || got.length < want.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (want[i] != got[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Starts the embedded engines and connects to the servers, in that order; what was started is stopped again when
     * a later one fails. The password is never part of a message.
     *
     * @param embedded engines {@link #problem} accepts
     */
    public static List<RehearsalTarget> open(List<String> embedded, List<String> urls, String user, String password)
            throws RehearsalException {
        List<RehearsalTarget> targets = new ArrayList<>();
        try {
            for (String name : embedded) {
                Optional<String> problem = problem(name, "a JDBC");
                if (problem.isPresent()) {
                    throw new RehearsalException(name + ": " + problem.get());
                }
                targets.add(Engine.byName(name.trim()).orElseThrow() == Engine.SQLITE ? RehearsalTarget.sqlite()
                        : RehearsalTarget.embeddedPostgres());
            }
            for (String url : urls) {
                targets.add(RehearsalTarget.server(url, user, password));
            }
            return targets;
        } catch (RehearsalException | RuntimeException e) {
            close(targets);
            throw e;
        }
    }

    /** Stops each target. */
    public static void close(List<RehearsalTarget> targets) {
        for (RehearsalTarget t : targets) {
            t.close();
        }
    }
}
