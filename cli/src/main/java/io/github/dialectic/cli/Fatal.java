package io.github.dialectic.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
    private static volatile boolean installed;

    private Fatal() {
    }

    /** Sets the default uncaught-exception handler; first thing in main, before any other thread exists. */
    static void install() {
        outOfMemory = ("dialectic: out of memory (maximum heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MiB) while linting; lint fewer or smaller files at once, or give Java more memory"
                + " (bin/dialectic: DIALECTIC_JAVA_OPTS=-Xmx4g)\n").getBytes(StandardCharsets.UTF_8);
        reserve = new byte[1 << 20];
        // Classes the pool loads only when a join waits or is cancelled: loaded now, since under a full heap their
        // initialisation fails and every later use says "Could not initialize class" instead of "out of memory".
        for (String name : List.of("java.util.concurrent.ForkJoinTask$Aux", "java.util.concurrent.CancellationException",
                "java.util.concurrent.CompletionException", "java.util.concurrent.ExecutionException")) {
            try {
                Class.forName(name, true, Fatal.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError absent) {
                // another JDK's pool: nothing to prepare
            }
        }
        Thread.setDefaultUncaughtExceptionHandler(new Handler());
        installed = true;
    }

    /**
     * A class, not a lambda: the archive holds no lambda for this call site (the training runs do not install it),
     * and spinning the process's first lambda costs a few milliseconds of the main thread at each start.
     */
    private static final class Handler implements Thread.UncaughtExceptionHandler {
        @Override
        public void uncaughtException(Thread thread, Throwable e) {
            end(e);
        }
    }

    /**
     * Called with an exception that reached the command's top on the main thread. When the process has Fatal installed
     * (the real command line, not an embedding test) and the exception is fatal, this never returns: it writes the one
     * line and halts. Without this, a pool worker dying of out-of-memory left the main thread's join with a
     * CancellationException that was printed as a second line ("dialectic: CancellationException") before the
     * worker's halt.
     */
    static void endIfFatal(Throwable e) {
        if (!installed) {
            return;
        }
        Throwable fatal = fatalCause(e, ending());
        if (fatal != null) {
            end(fatal);
        }
    }

    /**
     * What ends the process for an exception on the main thread: an {@link Error} anywhere in its causes (out of
     * memory in a worker reaches join wrapped), or, when another thread is already ending the process, the exception
     * itself (a join cancelled by that failure says nothing of its own). Null for an ordinary exception.
     */
    static Throwable fatalCause(Throwable e, boolean anotherThreadEnding) {
        Throwable error = null;
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof OutOfMemoryError) {
                return t; // also behind an ExceptionInInitializerError: the heap, not the class, is the cause
            }
            if (error == null && t instanceof Error) {
                error = t;
            }
        }
        return error != null ? error : anotherThreadEnding ? e : null;
    }

    private static synchronized boolean ending() {
        return ending;
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
