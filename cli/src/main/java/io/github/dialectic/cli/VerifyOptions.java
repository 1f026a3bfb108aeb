package io.github.dialectic.cli;

import io.github.dialectic.engine.Targets;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.rehearse.Rehearsal;
import io.github.dialectic.rehearse.RehearsalException;
import io.github.dialectic.rehearse.RehearsalReport;
import io.github.dialectic.rehearse.RehearsalTarget;
import io.github.dialectic.rehearse.RehearsalTargets;
import io.github.dialectic.rehearse.Verification;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rehearse.Rehearse;
import io.github.dialectic.source.FlywayConfig;
import io.github.dialectic.source.MigrationLayout;
import io.github.dialectic.source.SourceException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code lint --verify}: after the static lint, the same migrations are rehearsed on real engines and the engines'
 * verdicts join the report ({@link Verification}). Also what {@code rehearse} and {@code lint --verify} share: how
 * engine names become targets and how progress is shown.
 */
final class VerifyOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--verify", description = "Then rehearse the migrations on real engines (SQLite in process and an "
            + "embedded PostgreSQL; --verify-engine, --verify-jdbc) and report with the lint's findings each statement an "
            + "engine refused that no rule flagged (engine-rejected) and each rejected finding whose engine ran the "
            + "statement (engine-accepted).")
    boolean on;

    @Option(names = "--verify-engine", split = ",", paramLabel = "ENGINE",
            description = "Engines --verify runs without a server: sqlite, postgresql (default: those of the targets).")
    List<String> engines;

    @Option(names = "--verify-jdbc", paramLabel = "URL", description = "A server --verify rehearses on too (repeatable; "
            + "--user, --password-env): in a throwaway database dialectic_rehearse_<random>, dropped afterwards.")
    List<String> urls;

    /**
     * The lint's targets, and whether they were asked for (--target, dialectic.toml) rather than the default. Set by
     * {@link #requireRehearsable}, which each command calls before anything else here: not built when picocli makes
     * this mixin, on the main thread while Preload builds the engine profiles on its own (see Preload).
     */
    private Targets targets;
    private boolean targetsGiven;

    /**
     * Refuses what --verify cannot rehearse, before anything is linted, saying what to run instead: a live database,
     * standard input, Liquibase changelogs, and targets none of which runs here without a server.
     *
     * @param targets      the lint's targets: without --verify-engine, --verify rehearses those that need no server
     * @param targetsGiven whether --target or dialectic.toml named them (then the targets no engine ran are named)
     */
    void requireRehearsable(boolean live, boolean stdin, boolean changelogs, Targets targets, boolean targetsGiven) {
        this.targets = targets;
        this.targetsGiven = targetsGiven;
        if (!on) {
            if (engines != null || urls != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        (engines != null ? "--verify-engine" : "--verify-jdbc") + " goes with --verify");
            }
            return;
        }
        String refused = live ? "--jdbc (a live database's check; rehearse on a server with --verify-jdbc URL)"
                : stdin ? "standard input (save the script to a file and give its path)"
                : changelogs ? CHANGELOGS : null;
        if (refused != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--verify rehearses Flyway SQL migrations; "
                    + "it does not take " + refused);
        }
        embedded();
    }

    /**
     * The engines --verify runs without a server: {@code --verify-engine}, else those of the lint's targets that need
     * none (a lint for MySQL alone is not verified on PostgreSQL); none of them and no {@code --verify-jdbc} is a usage
     * error.
     */
    private List<String> embedded() {
        if (engines != null) {
            return engines;
        }
        List<String> embedded = RehearsalTargets.embeddedFor(targets);
        if (embedded.isEmpty() && (urls == null || urls.isEmpty())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--verify: none of the targets ("
                    + targets.asList().stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", "))
                    + ") runs here without a server: give one with --verify-jdbc URL, or name the engines to rehearse on "
                    + "with --verify-engine " + String.join(",", RehearsalTargets.EMBEDDED));
        }
        return embedded;
    }

    /** What --verify says of a Liquibase changelog, which has no SQL of its own to apply. */
    static final String CHANGELOGS = "Liquibase changelogs (Liquibase writes each engine's SQL: lint the changelog "
            + "without --verify, or rehearse the SQL 'liquibase update-sql' writes with 'dialectic rehearse')";

    /**
     * Rehearses the SQL migrations under {@code paths} (those {@code lint} read, as plain SQL files) and merges the
     * engines' verdicts into {@code lint}.
     */
    Verification verify(LintReport lint, List<Path> paths, LintOptions options, RuleRegistry registry,
                        DatabaseLogin login) throws RehearsalException, SourceException {
        return verify(lint, MigrationLayout.ofPaths(paths), null, options, registry, login);
    }

    /**
     * Rehearses the layout {@code lint} read, each engine its own set where it has folders per engine
     * ({@link Rehearse#run(List, MigrationLayout, FlywayConfig, List, Rehearsal.Options, RuleRegistry, LintOptions)}),
     * and merges the engines' verdicts into {@code lint}.
     */
    Verification verify(LintReport lint, MigrationLayout layout, FlywayConfig flyway, LintOptions options,
                        RuleRegistry registry, DatabaseLogin login) throws RehearsalException, SourceException {
        io.github.dialectic.source.StatementSource asLinted = null;
        if (!layout.perEngine()) {
            List<Path> files = layout.sets(options.targets(), flyway != null ? flyway : FlywayConfig.defaults())
                    .get(0).files();
            Inputs.requireNoFormattedSql(files, "--verify");
            // the layout names t/../t/V1.sql and ./V1.sql as t/V1.sql and V1.sql, the lint as given: the same files
            Set<Path> read = new HashSet<>(files.stream().map(VerifyOptions::same).toList());
            if (!read.equals(new HashSet<>(lint.sources().stream().map(Path::of).map(VerifyOptions::same).toList()))) {
                // a changelog the lint found among the paths
                throw new CommandLine.ParameterException(spec.commandLine(), "--verify rehearses Flyway SQL "
                        + "migrations; it does not take " + CHANGELOGS + "; found among " + layout.locations().stream()
                        .map(MigrationLayout.Location::spec).collect(java.util.stream.Collectors.joining(", ")));
            }
            // rehearsed under the lint's names, so that the engines' findings sit with the lint's
            asLinted = new io.github.dialectic.source.FlywaySqlSource(lint.sources().stream().map(Path::of).toList(),
                    options.flavor(), flyway);
        }
        List<RehearsalTarget> targets = targets(spec, "--verify-engine", embedded(), "--verify-jdbc", urls, login);
        try {
            Rehearsal.Options rehearsal = Rehearsal.Options.defaults().withProgress(progress(spec.commandLine().getErr()));
            RehearsalReport rehearsed = asLinted != null
                    ? Rehearse.run(targets, asLinted, List.of(), rehearsal, registry, options)
                    : Rehearse.run(targets, layout, flyway, List.of(), rehearsal, registry, options);
            if (engines == null || targetsGiven) { // a pass on SQLite is no pass for Db2
                RehearsalTargets.uncovered(options.targets(), rehearsed.runs()).note("--verify-jdbc")
                        .ifPresent(note -> spec.commandLine().getErr().println("dialectic: " + note));
            }
            return Verification.of(lint, rehearsed);
        } finally {
            RehearsalTargets.close(targets);
        }
    }

    /** A path as the file system sees it: absolute, without {@code .} and {@code ..}. */
    private static Path same(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /** The targets {@code engines} and {@code urls} name; an engine that needs a server is a usage error. */
    static List<RehearsalTarget> targets(CommandLine.Model.CommandSpec spec, String engineOption, List<String> engines,
                                         String urlOption, List<String> urls, DatabaseLogin login)
            throws RehearsalException {
        for (String engine : engines) {
            RehearsalTargets.problem(engine, urlOption).ifPresent(problem -> {
                throw new CommandLine.ParameterException(spec.commandLine(), engineOption + " " + engine + ": " + problem);
            });
        }
        List<String> servers = urls == null ? List.of() : urls;
        return RehearsalTargets.open(engines, servers, login.user, servers.isEmpty() ? null : login.password());
    }

    /** Progress lines (step n of m, engine, time) on standard error, as they come. */
    static Consumer<String> progress(PrintWriter err) {
        return line -> {
            err.println("dialectic: " + line);
            err.flush();
        };
    }
}
