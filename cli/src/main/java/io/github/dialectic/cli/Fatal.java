package io.github.dialectic.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The command line's last resort: any throwable that reaches the top of any thread (the main thread's, a pool
 * worker's, one escaping a JVM callback) ends the process at once with exit status 2 and one line on standard error.
 * Made to work when the heap is exhausted: everything it needs is loaded and allocated by {@link #install}, a reserve
 * is let go of first, the line for running out of memory is ready-made bytes, and the process is halted (no shutdown
 * hooks, no waiting for other threads, which may be parked on work no thread is left to do). Without it, an
 * OutOfMemoryError in a pool worker killed the worker while the main thread waited for its work for ever, and one
 * thrown while the default handler printed it made the JVM exit with 1, the code for findings.
 */
final class Fatal {

    private static boolean ending;
    private static final FileOutputStream ERR = new FileOutputStream(FileDescriptor.err);
    private static final byte[] GENERIC = "dialectic: internal error (run again with --verbose for the stack trace)\n"
            .getBytes(StandardCharsets.UTF_8);
    private static byte[] outOfMemory = GENERIC;
    /** Let go of before anything else, so that the line can be made and written even when the heap is full. */
    @SuppressWarnings("unused")
    private static byte[] reserve;
    private static volatile boolean verbose;

    private Fatal() {
    }

    /** Sets the default uncaught-exception handler; first thing in main, before any other thread exists. */
    static void install() {
        outOfMemory = ("dialectic: out of memory (maximum heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MiB) while linting; lint fewer or smaller files at once, or give Java more memory"
                + " (bin/dialectic: DIALECTIC_JAVA_OPTS=-Xmx4g)\n").getBytes(StandardCharsets.UTF_8);
        reserve = new byte[1 << 20];
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> end(e));
    }

    /** With {@code --verbose}: the stack trace follows the line. */
    static void verbose(boolean on) {
        verbose = on;
    }

    /** True for the first thread to fail (a monitor, not an atomic: a VarHandle's first use allocates). */
    private static synchronized boolean claim() {
        boolean first = !ending;
        ending = true;
        return first;
    }

    /**
     * Writes one line for {@code e} and halts with status 2; never returns. Of threads failing together the first
     * writes and halts, the others wait for it.
     */
    static void end(Throwable e) {
        reserve = null;
        if (!claim()) {
            for (;;) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (Throwable ignored) {
                    // wait on: the first thread halts the process
                }
            }
        }
        try {
            byte[] line = GENERIC;
            try {
                line = e instanceof OutOfMemoryError ? outOfMemory
                        : ("dialectic: internal error: " + DialecticCli.oneLine(e) + "\n").getBytes(StandardCharsets.UTF_8);
            } catch (Throwable again) {
                line = again instanceof OutOfMemoryError ? outOfMemory : GENERIC;
            }
            System.err.flush();
            ERR.write(line);
            if (verbose) {
                e.printStackTrace(new PrintStream(ERR, true, StandardCharsets.UTF_8));
            }
        } catch (Throwable ignored) {
            // nothing more can be said; the exit status still tells
        } finally {
            Runtime.getRuntime().halt(DialecticCli.EXIT_USAGE);
        }
    }
}
