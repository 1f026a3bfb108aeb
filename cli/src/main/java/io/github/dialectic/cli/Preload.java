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
 * a tenth of a second); once the options are known, SQLite's parser is loaded while the files are read.
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

    private Preload() {
    }

    /** Begins loading the rules and the engine profiles on a daemon thread; for the process's own {@code main}. */
    static void start() {
        process = begin();
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
        if (process == null) {
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
