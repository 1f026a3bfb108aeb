package io.github.dialectic.cli;

import io.github.dialectic.DidYouMean;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** What a terminal gets that a pipe or a file does not: colours and a progress line. */
final class Terminal {

    static final List<String> COLOR_MODES = List.of("auto", "always", "never");

    private Terminal() {
    }

    /**
     * Whether the report is coloured: {@code always} and {@code never} decide; {@code auto} colours only a terminal
     * ({@code interactive}), and not when {@code NO_COLOR} is set to anything but the empty string (no-color.org) or
     * {@code TERM} is {@code dumb}.
     */
    static boolean colors(String mode, Map<String, String> env, boolean interactive) {
        String m = mode.trim().toLowerCase(Locale.ROOT);
        return switch (m) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> interactive && (env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty())
                    && !"dumb".equals(env.get("TERM"));
            default -> throw new IllegalArgumentException("unknown mode '" + mode + "'"
                    + DidYouMean.hint(mode, COLOR_MODES) + "; valid: " + String.join(", ", COLOR_MODES));
        };
    }

    /**
     * Whether a person is probably watching: Java 17 tells only that standard input and output are both a terminal
     * (System.console()), which is false when either is piped, so a piped run stays plain.
     */
    static boolean interactive() {
        return System.console() != null;
    }

    /**
     * A line on standard error that says the run is still going, shown only once it has taken longer than
     * {@code delayMillis} and rewritten in place ({@code \r}) until closed, when it is erased.
     */
    static final class Progress implements AutoCloseable {
        private final PrintWriter err;
        private final String what;
        private final long started = System.nanoTime();
        private final ScheduledExecutorService timer;
        private final ScheduledFuture<?> ticks;
        private int shownWidth;

        private Progress(PrintWriter err, String what, long delayMillis) {
            this.err = err;
            this.what = what;
            this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "dialectic-progress");
                t.setDaemon(true);
                return t;
            });
            this.ticks = timer.scheduleAtFixedRate(this::show, delayMillis, 250, TimeUnit.MILLISECONDS);
        }

        /** A progress line for {@code what}, or one that shows nothing when not {@code enabled}. */
        static Progress start(PrintWriter err, boolean enabled, String what, long delayMillis) {
            return enabled ? new Progress(err, what, delayMillis) : null;
        }

        private synchronized void show() {
            if (shownWidth < 0) {
                return;
            }
            String line = "dialectic: " + what + "... " + (System.nanoTime() - started) / 1_000_000_000L + " s";
            err.print("\r" + line);
            err.flush();
            shownWidth = line.length();
        }

        /** Stops the line and erases it, so that what follows starts at the beginning of an empty line. */
        @Override
        public void close() {
            ticks.cancel(false);
            timer.shutdownNow();
            synchronized (this) {
                if (shownWidth > 0) {
                    err.print("\r" + " ".repeat(shownWidth) + "\r");
                    err.flush();
                }
                shownWidth = -1;
            }
        }
    }
}
