package io.github.dialectic.lint;

import io.github.dialectic.finding.Finding;
import io.github.dialectic.parse.ParsedStatement;
import io.github.dialectic.schema.Schema;
import io.github.dialectic.schema.SchemaReplay;
import io.github.dialectic.source.Script;

import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The parallel strategy: the rules that read only their statement check runs of statements ({@link #chunk} at a time,
 * across files or within one long file) on every core, in the background, up to {@link #WINDOW} statements ahead of
 * the ordered walk; the rules that read the schema or the file's history check each statement in that walk, in
 * migration order, as in {@link OrderedRunner}. A statement's findings are the two lists joined; once the pipeline
 * sorts a file's findings by position and rule, they equal the reference's (each rule's own findings keep their
 * order, and a statement's rule-time-limit finding lists the rules in rule order whichever pass ran them). The walk,
 * when it reaches a run the pool has not finished, checks that run's untaken statements itself rather than wait.
 */
final class ParallelRunner implements Runner {

    /**
     * How many statements the statement-only rules may have checked, or be checking, ahead of the ordered walk: what
     * memory holds of their states (tokens, findings). With one run ahead, the walk waited for each run whole and the
     * pool for the walk (at 10,000 statements on 2 cores, about a third of each side's time); with many small runs in
     * flight neither waits unless it is the slower side (issue 12). Four runs of 256, not sixteen: each statement
     * waiting holds its tokens, upper-case words and findings (some 4 KB), which every young collection copied, then
     * promoted to die in the old generation (10,000 statements: 10 MB less old generation, a third less GC time).
     */
    static final int WINDOW = 1024;

    /**
     * Where the statement-only rules run: a pool of its own (daemon threads, idle ones retire), so that it goes on
     * beside the ordered walk without taking the common pool that splitting, parsing and the caches use. Shared by all
     * linters: a test suite or an IDE that lints often must not start threads per run.
     */
    private static final class RulesPool {
        static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    }

    /**
     * The pool for a lint small enough to be checked while the JVM is still cold: one thread fewer than the cores, so
     * that the pool and the ordered walk keep the cores busy without a third thread taking turns with them and with
     * the compiler threads. At 10,000 statements on 2 cores: 0.97x CPU and wall of {@link RulesPool} (farm pairs,
     * n=21); at 100,000, whose batches use the full pool, one thread fewer had been 1.07x wall. Threads made on
     * first use: a run that never needs it costs nothing.
     */
    private static final class SmallRunPool {
        static final ForkJoinPool POOL = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** A first batch under this many understood statements is the whole lint (batches hold about 30,000). */
    static final int SMALL_RUN = 20_000;

    /** Where this run's statement-only rules go: {@link SmallRunPool} or {@link RulesPool}. */
    private ForkJoinPool pool = RulesPool.POOL;

    private final RuleSet rules;
    private final int chunk;
    private final int[] statementOnly;
    private final int[] ordered;
    private int chunksChecked;
    private long waitedNanos;
    private int helpedStatements;
    /** With {@link PhaseClock} on: nanoseconds the pool spent on runs of statements (summed across runs). */
    private final AtomicLong poolBusyNanos = new AtomicLong();

    /** {@code chunk}: how many statements the statement-only rules check per background run. */
    ParallelRunner(RuleSet rules, int chunk) {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be positive: " + chunk);
        }
        this.rules = rules;
        this.chunk = chunk;
        this.statementOnly = IntStream.range(0, rules.size()).filter(rules::readsStatementOnly).toArray();
        this.ordered = IntStream.range(0, rules.size()).filter(r -> !rules.readsStatementOnly(r)).toArray();
    }

    /** How many runs of statements the last {@link #run} handed to the pool (for tests that it really ran in parallel). */
    int chunksChecked() {
        return chunksChecked;
    }

    @Override
    public void run(List<Script> scripts, List<List<ParsedStatement>> parsed, int from, Schema schema, FileSink sink) {
        List<Pending> understood = new ArrayList<>();
        for (int i = from; i < scripts.size(); i++) {
            for (ParsedStatement ps : parsed.get(i)) {
                if (ps.understood()) {
                    understood.add(new Pending(scripts.get(i), ps));
                }
            }
        }
        pool = from == 0 && understood.size() < SMALL_RUN ? SmallRunPool.POOL : RulesPool.POOL;
        chunksChecked = 0;
        waitedNanos = 0;
        helpedStatements = 0;
        poolBusyNanos.set(0);
        long runStarted = System.nanoTime();
        long walkCpu = PhaseClock.ON ? ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : 0;
        int runsAhead = Math.max(2, WINDOW / chunk); // two at least: the one walked through and the next
        ArrayDeque<Run> ahead = new ArrayDeque<>(runsAhead);
        int submitted = 0; // index into understood where the next run to hand to the pool starts
        int next = 0; // index into understood of the statement the ordered walk is at
        int chunkEnd = 0; // index into understood where the run being walked through ends
        List<Checked> checked = List.of(); // the run being walked through
        int offset = 0; // index into understood of checked's first statement
        for (int i = from; i < scripts.size(); i++) {
            FileHistory history = new FileHistory();
            List<List<Finding>> fileFindings = new ArrayList<>();
            for (ParsedStatement ps : parsed.get(i)) {
                if (!ps.understood()) {
                    continue;
                }
                if (next == chunkEnd) { // a new run starts here: keep the pool's window full, wait for this run
                    while (ahead.size() < runsAhead && submitted < understood.size()) {
                        ahead.add(submit(understood, submitted));
                        submitted = Math.min(understood.size(), submitted + chunk);
                    }
                    Run run = ahead.remove();
                    // the statements of this run that no pool thread has taken yet: checked here, not waited for
                    helpedStatements += run.check();
                    long waitStarted = PhaseClock.ON ? System.nanoTime() : 0;
                    checked = run.await();
                    if (PhaseClock.ON) {
                        waitedNanos += System.nanoTime() - waitStarted;
                    }
                    offset = next;
                    chunkEnd = Math.min(understood.size(), next + chunk);
                    // the run's states are made: its statements and changes go once walked, not at the end of the
                    // whole run (kept, 100,000 statements' texts and changes outlived their files; issue 12)
                    Collections.fill(understood.subList(next, chunkEnd), null);
                    if (submitted < understood.size()) { // the run taken out makes room for one more
                        ahead.add(submit(understood, submitted));
                        submitted = Math.min(understood.size(), submitted + chunk);
                    }
                }
                Checked c = checked.set(next++ - offset, null); // its tokens go once this statement is done
                if (c.failure()[0] != null) { // thrown in the pool: surfaces here, so the first in migration order wins
                    throw c.failure()[0];
                }
                c.statement().history = history.enter(ps.change());
                rules.check(ordered, c.statement(), schema, c.findings());
                rules.finish(c.statement(), c.findings());
                fileFindings.add(c.findings());
                SchemaReplay.apply(schema, ps.change());
                history.leave(ps.change());
            }
            sink.accept(i, fileFindings);
        }
        if (PhaseClock.ON) {
            System.err.printf("dialectic timings:   ordered walk checked %d statements' statement-only rules itself "
                    + "and waited %.1f ms for the rest, its thread's cpu %.1f ms; the pool was busy %.1f ms of %.1f ms "
                    + "(summed over its threads)%n", helpedStatements, waitedNanos / 1e6,
                    (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - walkCpu) / 1e6,
                    poolBusyNanos.get() / 1e6, (System.nanoTime() - runStarted) / 1e6);
        }
    }

    /** An understood statement waiting for its run of the statement-only rules. */
    private record Pending(Script script, ParsedStatement parsed) {
    }

    /** A statement the statement-only rules have checked, with their findings, on its way to the ordered walk. */
    private record Checked(StatementState statement, List<Finding> findings, RuntimeException[] failure) {
    }

    /**
     * Starts the statement-only rules on the run of statements from {@code start}, in the pool; the pool's threads
     * take runs side by side, each run's statements one after another (the walk may take the rest of a run it reaches
     * first). Their state is made as each is checked, not before: made early, it would age into the old generation and
     * keep every token and finding later hung on it alive until a full GC.
     */
    private Run submit(List<Pending> understood, int start) {
        chunksChecked++;
        Run run = new Run(understood.subList(start, Math.min(understood.size(), start + chunk)));
        pool.execute(() -> {
            long taskStarted = PhaseClock.ON ? System.nanoTime() : 0;
            run.check();
            if (PhaseClock.ON) {
                poolBusyNanos.addAndGet(System.nanoTime() - taskStarted);
            }
        });
        return run;
    }

    /**
     * A run of statements for the statement-only rules, taken a statement at a time by whichever thread asks first:
     * the pool's, and the ordered walk when it reaches the run, which so checks what the pool has not started instead
     * of waiting for it (at 10,000 statements on 2 cores the walk had waited 40-60 ms, a tenth of the rules phase).
     * Each statement is checked once, by one thread; which one does not change its findings.
     */
    private final class Run {
        private final List<Pending> statements;
        private final Checked[] checked;
        private final AtomicInteger taken = new AtomicInteger();
        private final AtomicInteger left;
        private final CountDownLatch done = new CountDownLatch(1);
        /**
         * What was thrown outside a rule's check (out of memory, say), or an error from one: rethrown by await. A rule's
         * exception stays with its statement.
         */
        private volatile Throwable failure;

        Run(List<Pending> statements) {
            this.statements = statements;
            this.checked = new Checked[statements.size()];
            this.left = new AtomicInteger(statements.size());
            if (statements.isEmpty()) {
                done.countDown();
            }
        }

        /** Checks statements of this run until none is left to take; how many this thread checked. */
        int check() {
            int count = 0;
            for (int k; (k = taken.getAndIncrement()) < checked.length; count++) {
                try {
                    checked[k] = check(statements.get(k));
                } catch (Throwable e) {
                    // a statement taken must end the run or be counted, or the walk would wait for ever (FaultsIT)
                    failure = e;
                    done.countDown();
                    return count;
                }
                // the last statement done ends the run; the decrements order every thread's writes before await's reads
                if (left.decrementAndGet() == 0) {
                    done.countDown();
                }
            }
            return count;
        }

        private Checked check(Pending p) {
            Checked c = new Checked(new StatementState(p.script(), p.parsed().statement(), p.parsed().change()),
                    new ArrayList<>(2), new RuntimeException[1]);
            try {
                rules.check(statementOnly, c.statement(), null, c.findings());
            } catch (RuntimeException e) {
                // kept for the ordered walk: thrown from here, whichever statement failed first on the clock would
                // be reported, and not the first in migration order (CI saw V2 for V1)
                c.failure()[0] = e;
            }
            return c;
        }

        /** The run's statements checked, in order, once the last one is done. */
        List<Checked> await() {
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the statements are needed all the same
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable e = failure;
            if (e instanceof RuntimeException r) {
                throw r;
            } else if (e instanceof Error fatal) {
                throw fatal;
            } else if (e != null) {
                throw new IllegalStateException(e);
            }
            return Arrays.asList(checked);
        }
    }
}
