package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
