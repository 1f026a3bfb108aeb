package io.github.dialectic.rehearse;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A progress line while one step runs long ({@code step 3 of 6 on postgresql: V3__x.sql still running, 40 s}): the
 * 42-minute ALTER of the story must not look like a hung build. The first line comes after
 * {@link #FIRST}, then one every {@link #EVERY}.
 */
final class StillRunning implements AutoCloseable {

    /** Package-private and mutable so that a test need not wait ten seconds. */
    static volatile Duration FIRST = Duration.ofSeconds(10);
    static volatile Duration EVERY = Duration.ofSeconds(30);

    private final ScheduledExecutorService ticker;

    private StillRunning(ScheduledExecutorService ticker) {
        this.ticker = ticker;
    }

    static StillRunning start(Consumer<String> progress, String what) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dialectic-rehearsal-progress");
            t.setDaemon(true);
            return t;
        });
        long started = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> progress.accept(String.format(Locale.ROOT, "%s still running, %d s", what,
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started))),
                FIRST.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return new StillRunning(ticker);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try { // a line being printed is finished before the step's own
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
