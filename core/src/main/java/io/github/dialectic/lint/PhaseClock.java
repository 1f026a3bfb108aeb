package io.github.dialectic.lint;

import java.util.function.Supplier;

/**
 * Where a run's time goes, phase by phase, printed to standard error when the system property
 * {@code dialectic.timings} is {@code true} ({@code DIALECTIC_JAVA_OPTS=-Ddialectic.timings=true bin/dialectic ...}).
 * For profiling cold runs, where a sampling profiler sees little; off, it costs one branch per phase.
 */
public final class PhaseClock {

    static final boolean ON = Boolean.getBoolean("dialectic.timings");

    private long last = System.nanoTime();

    /** Prints the time since the previous mark (or since this clock was made) under the given phase name. */
    public void mark(Supplier<String> phase) {
        if (ON) {
            long now = System.nanoTime();
            System.err.printf("dialectic timings: %-44s %7.1f ms%n", phase.get(), (now - last) / 1e6);
            last = now;
        }
    }

    /** Prints a phase whose time was summed by the caller (it ran in several pieces), and starts the next from now. */
    public void report(Supplier<String> phase, long nanos) {
        if (ON) {
            System.err.printf("dialectic timings: %-44s %7.1f ms%n", phase.get(), nanos / 1e6);
            last = System.nanoTime();
        }
    }
}
