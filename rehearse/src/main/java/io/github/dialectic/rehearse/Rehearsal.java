package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.live.CatalogReader;
import io.github.dialectic.live.LiveCatalog;
import io.github.dialectic.live.LiveConnections;
import io.github.dialectic.source.Location;
import io.github.dialectic.source.Script;
import io.github.dialectic.source.SqlStatement;

import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies migrations one at a time, in the order and with the statement splitting the linter uses, on a scratch
 * database, and records each step (see {@link StepResult}). A failed step ends the run on that engine, as it ends a
 * Flyway migrate: the steps after it are reported as not run.
 */
public final class Rehearsal {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*");

    /**
     * @param upTo     stop after the migration of this version (null: run all)
     * @param show     a table whose schema to print at the end (null: none)
     * @param progress receives one line per step (step n of m, engine, file, time)
     */
    public record Options(String upTo, String show, Consumer<String> progress) {
        public static Options defaults() {
            return new Options(null, null, line -> {
            });
        }

        public Options withUpTo(String version) {
            return new Options(version, show, progress);
        }

        public Options withShow(String table) {
            return new Options(upTo, table, progress);
        }

        public Options withProgress(Consumer<String> sink) {
            return new Options(upTo, show, sink);
        }
    }

    private Rehearsal() {
    }

    /** The scripts {@code --up-to} keeps: all up to and including that version; an unknown version is an error. */
    public static List<Script> upTo(List<Script> scripts, String version) throws RehearsalException {
        if (version == null) {
            return scripts;
        }
        List<BigInteger> wanted = versionParts(version.replaceFirst("^[Vv]", ""));
        if (wanted == null) {
            throw new RehearsalException("--up-to: '" + version + "' is not a version (digits separated by . or _)");
        }
        List<Script> kept = new ArrayList<>();
        boolean found = false;
        for (Script s : scripts) {
            String v = version(s.file().path());
            if (v != null) {
                int c = compare(versionParts(v), wanted);
                if (c > 0) {
                    break;
                }
                found |= c == 0;
            }
            kept.add(s);
        }
        if (!found) {
            throw new RehearsalException("--up-to: no migration has version " + version);
        }
        return kept;
    }

    /**
     * Rehearses {@code scripts} on a new scratch database of {@code target}, dropped afterwards; with {@code rows} > 0
     * every table is filled with that many synthetic rows as soon as it exists, before the next step runs.
     */
    public static EngineRun run(RehearsalTarget target, List<Script> scripts, long rows, Options options)
            throws RehearsalException {
        try (Scratch scratch = target.create()) {
            return run(target.label(), scratch, scripts, rows, options);
        }
    }

    static EngineRun run(String label, Scratch scratch, List<Script> scripts, long rows, Options options)
            throws RehearsalException {
        List<StepResult> steps = new ArrayList<>();
        List<EngineRun.Fill> fills = new ArrayList<>();
        Set<String> filled = new HashSet<>();
        LiveCatalog before = read(scratch, label);
        boolean stopped = false;
        int n = 0;
        for (Script script : scripts) {
            n++;
            String file = script.file().path().toString();
            String version = version(script.file().path());
            if (stopped) {
                steps.add(new StepResult(file, version, StepResult.Status.NOT_RUN, null, 0, List.of(), List.of()));
                continue;
            }
            if (rows > 0) {
                fills.addAll(SyntheticRows.fill(scratch, before, filled, rows, file, options.progress(), label));
            }
            String what = String.format(java.util.Locale.ROOT, "step %d of %d on %s%s: %s", n, scripts.size(), label,
                    rows > 0 ? " (" + rows + " rows)" : "", file);
            StepResult step;
            try (StillRunning ticking = StillRunning.start(options.progress(), what)) {
                step = step(scratch, script, file, version);
            }
            LiveCatalog after = read(scratch, label);
            step = new StepResult(step.file(), step.version(), step.status(), step.error(), step.nanos(),
                    SchemaDiff.between(before, after), step.statements());
            before = after;
            steps.add(step);
            options.progress().accept(String.format(java.util.Locale.ROOT, "%s %s %.1f ms", what, step.status().id(),
                    step.millis()));
            stopped = step.status() == StepResult.Status.FAILED;
        }
        String shown = options.show() == null ? null : before.tables().stream()
                .filter(t -> t.name().equalsIgnoreCase(options.show())).findFirst()
                .map(SchemaDiff::describe).orElse("table " + options.show() + " does not exist at this point\n");
        return new EngineRun(label, scratch.engine(), scratch.productVersion(), rows, steps, fills, shown);
    }

    /**
     * Runs a migration's statements. Where DDL is transactional (PostgreSQL, SQLite, Db2) the step is one transaction,
     * rolled back when a statement fails, as Flyway runs it; MySQL and MariaDB commit each DDL statement, so a failed
     * step there leaves what ran before the failure, as it would in production.
     */
    private static StepResult step(Scratch scratch, Script script, String file, String version) {
        List<StepResult.StatementRun> runs = new ArrayList<>();
        Connection connection = scratch.connection();
        boolean transactional = scratch.engine() != Engine.MARIADB && scratch.engine() != Engine.MYSQL;
        long nanos = 0;
        long start = System.nanoTime();
        try {
            if (transactional) {
                connection.setAutoCommit(false);
            }
            for (SqlStatement st : script.statements()) {
                Location.FileRange where = CrossCheck.statementAt(file, st);
                try (Statement s = connection.createStatement()) {
                    s.execute(st.text());
                    runs.add(new StepResult.StatementRun(where, true));
                } catch (SQLException e) {
                    runs.add(new StepResult.StatementRun(where, false));
                    if (transactional) {
                        connection.rollback();
                    }
                    nanos = System.nanoTime() - start;
                    StepResult.EngineError error = new StepResult.EngineError(message(e), e.getSQLState(),
                            e.getErrorCode(), where);
                    return new StepResult(file, version, StepResult.Status.FAILED, error, nanos, List.of(), runs);
                }
            }
            if (transactional) {
                connection.commit();
            }
            nanos = System.nanoTime() - start;
        } catch (SQLException e) {
            Location.FileRange where = new Location.FileRange(file, 1, 1, 1, 1);
            return new StepResult(file, version, StepResult.Status.FAILED, new StepResult.EngineError(message(e),
                    e.getSQLState(), e.getErrorCode(), where), System.nanoTime() - start, List.of(), runs);
        } finally {
            if (transactional) {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    // the next step finds out
                }
            }
        }
        return new StepResult(file, version, StepResult.Status.OK, null, nanos, List.of(), runs);
    }

    /** The engine's own message, on one line, without a URL's parameters. */
    private static String message(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return LiveConnections.redact(m.replaceAll("\\s*\\R\\s*", " ").trim());
    }

    private static LiveCatalog read(Scratch scratch, String label) throws RehearsalException {
        try {
            return CatalogReader.read(scratch.connection(), scratch.engine(), scratch.schemas());
        } catch (SQLException | RuntimeException e) {
            throw new RehearsalException(label + ": cannot read the schema back: " + message(
                    e instanceof SQLException s ? s : new SQLException(String.valueOf(e.getMessage()), e)), e);
        }
    }

    /** The Flyway version of a migration file ({@code V1_2__x.sql}: {@code 1_2}), null if it has none. */
    static String version(Path file) {
        Matcher m = VERSIONED.matcher(file.getFileName().toString());
        return m.matches() ? m.group(1) : null;
    }

    private static List<BigInteger> versionParts(String version) {
        if (!version.matches("\\d+(?:[._]\\d+)*")) {
            return null;
        }
        List<BigInteger> parts = new ArrayList<>();
        for (String p : version.split("[._]")) {
            parts.add(new BigInteger(p));
        }
        return parts;
    }

    private static int compare(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
