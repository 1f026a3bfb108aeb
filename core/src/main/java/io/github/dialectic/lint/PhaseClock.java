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
    private long lastCpu = cpuNanos();

    /**
     * The process's CPU time so far (every thread), or 0 off: a phase's CPU beside its wall time says how many cores
     * it kept busy.
     */
    static long cpuNanos() {
        if (!ON) {
            return 0;
        }
        try {
            java.lang.management.OperatingSystemMXBean os =
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
        } catch (LinkageError e) { // a runtime without the jdk.management module: the timings go without CPU
            return 0;
        }
    }

    /** Prints the time since the previous mark (or since this clock was made) under the given phase name. */
    public void mark(Supplier<String> phase) {
        if (ON) {
            long now = System.nanoTime();
            long cpu = cpuNanos();
            System.err.printf("dialectic timings: %-44s %7.1f ms (cpu %7.1f ms)%n", phase.get(), (now - last) / 1e6,
                    (cpu - lastCpu) / 1e6);
            last = now;
            lastCpu = cpu;
        }
    }

    /** Prints a phase whose time was summed by the caller (it ran in several pieces), and starts the next from now. */
    public void report(Supplier<String> phase, long nanos) {
        report(phase, nanos, -1);
    }

    /** The same with the phase's CPU time (every thread), summed by the caller too; negative: not known. */
    public void report(Supplier<String> phase, long nanos, long cpuNanos) {
        if (ON) {
            System.err.printf(cpuNanos < 0 ? "dialectic timings: %-44s %7.1f ms%n"
                    : "dialectic timings: %-44s %7.1f ms (cpu %7.1f ms)%n", phase.get(), nanos / 1e6, cpuNanos / 1e6);
            last = System.nanoTime();
            lastCpu = cpuNanos();
        }
    }
}
