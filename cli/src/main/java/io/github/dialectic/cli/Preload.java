package io.github.dialectic.cli;

import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rules.verdicts.SqliteParserStartUp;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Start-up work of a lint done on a second thread while the first does other start-up work: a cold JVM on two cores
 * otherwise leaves one idle for the first half second. When the process starts ({@link DialecticCli#main}), the rules
 * are found and their metadata read, and the engine profiles built, while picocli reads the command line (each about
 * a tenth of a second); then SQLite's parser is loaded, by the same thread when the command line keeps the default
 * targets and rules ({@link #start(boolean)}), else once the options say it is needed, while the files are read.
 *
 * <p>The first thread waits for the rules before it touches a class outside the command line's own, so that no class
 * is initialised by both threads at once (two threads initialising classes that need each other deadlock). Nothing
 * here fails a run: what goes wrong on the second thread is done again, and fails, on the first, as without it.
 * {@link DialecticCli#run}, which tests and embedders call in JVMs of their own, starts nothing: every registry it
 * asks for is a new one, as before.
 */
final class Preload {

    /** The process's, once {@link #start} was called. */
    private static volatile Preload process;

    /** The rule registry being loaded. */
    private final FutureTask<RuleRegistry> registry = new FutureTask<>(Preload::loadRules);

    /** SQLite's parser is loaded right after the rules, whatever the options say (see {@link #start(boolean)}). */
    private boolean sqliteAfterRules;

    private Preload() {
    }

    /** Begins loading the rules and the engine profiles on a daemon thread; for the process's own {@code main}. */
    static void start() {
        start(false);
    }

    /**
     * As {@link #start()}; with {@code sqlite}, the same thread then loads SQLite's parser (its native library and a
     * first connection, about 60 ms of CPU), without waiting for the options to say that the run needs it: a one-file
     * lint's rules otherwise waited 30-70 ms for it, the command's thread waiting for them. For a command line that
     * leaves the targets and the disabled rules as they are by default (all engines, SQLite's parser among them), so
     * that the guess is wrong only when a configuration file turns it off (the load is then work done for nothing, on
     * a daemon thread, and its failure is never reported, as when no rule asks for it).
     */
    static void start(boolean sqlite) {
        Preload p = new Preload();
        p.sqliteAfterRules = sqlite;
        background(sqlite ? () -> {
            p.registry.run(); // the rules first: the command's thread waits for them, not for SQLite
            SqliteParserStartUp.load();
        } : p.registry, "dialectic-preload-rules");
        process = p;
    }

    /**
     * Whether a lint with these arguments will very likely check statements for SQLite: no option that can change the
     * targets or the disabled rules, nor one that runs no lint (help, version), nor an argument file (picocli's
     * {@code @file}, which could hold any of those).
     */
    static boolean sqliteLikely(String[] args) {
        for (String a : args) {
            if (a.startsWith("--target") || a.startsWith("--disable") || a.startsWith("--jdbc") || a.startsWith("@")
                    || a.equals("-h")
                    || a.startsWith("--help") || a.equals("-V") || a.startsWith("--version")) {
                return false;
            }
        }
        return true;
    }

    /** A preload begun now, not the process's. */
    static Preload begin() {
        Preload p = new Preload();
        background(p.registry, "dialectic-preload-rules");
        return p;
    }

    private static RuleRegistry loadRules() {
        RuleRegistry rules = RuleRegistry.load();
        try {
            Targets.latestOfEach(); // the engine profiles, which every option default and rule reads
            rules.rules();
        } catch (RuntimeException | Error e) {
            // left unloaded: the command's own thread loads it again and meets the same failure there
        }
        return rules;
    }

    /**
     * The process's rule registry: the one {@link #start} began loading (waiting for it), the same one every time;
     * without {@link #start}, a new one at each call.
     */
    static RuleRegistry registry() {
        Preload p = process;
        return p == null ? RuleRegistry.load() : p.rules();
    }

    /** The registry this preload loads, once it is loaded. */
    RuleRegistry rules() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return registry.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the registry is needed all the same
                } catch (ExecutionException e) { // RuleRegistry.load() itself failed: fail on this thread
                    return RuleRegistry.load();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * In a process that called {@link #start}: loads SQLite's parser on a daemon thread when {@code sqlite-parser-rejects}
     * will need it in this run, so that the rule's preparation finds it ready instead of loading it on the run's thread.
     */
    static void sqliteParser(LintOptions options) {
        Preload p = process;
        if (p == null || p.sqliteAfterRules) { // loading, or loaded, already
            return;
        }
        List<EngineProfile> targets = options.targets().asList().stream().map(EngineProfile::of).toList();
        if (SqliteParserStartUp.needed(targets, options.disabledRules())) {
            background(SqliteParserStartUp::load, "dialectic-preload-sqlite");
        }
    }

    private static void background(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true); // a run that ends early (a usage error, --help) does not wait for it
        thread.start();
    }
}
