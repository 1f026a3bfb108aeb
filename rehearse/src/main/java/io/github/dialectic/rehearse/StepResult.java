package io.github.dialectic.rehearse;

import io.github.dialectic.source.Location;

import java.util.List;

/**
 * One migration applied on one engine: whether it ran, the engine's error if it failed, how long its statements took
 * and what it changed in the schema (read back from the engine's catalog).
 *
 * @param file       the migration, as the linter names it
 * @param version    its Flyway version, null for a file without one
 * @param status     ok, failed, or not run (an earlier step failed, or {@code --up-to} stopped before it)
 * @param error      the engine's error when it failed, else null
 * @param nanos      time spent in its statements (the catalog read-back and row filling are not counted)
 * @param changes    what it changed, in catalog terms
 * @param statements each statement with whether the engine took it (those after a failure are not listed)
 */
public record StepResult(String file, String version, Status status, EngineError error, long nanos,
                         List<SchemaDiff.Change> changes, List<StatementRun> statements) {

    public StepResult {
        changes = List.copyOf(changes);
        statements = List.copyOf(statements);
    }

    public enum Status {
        OK, FAILED, NOT_RUN;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** What an engine said when it refused a statement: its message, SQLSTATE and vendor code, and where. */
    public record EngineError(String message, String sqlState, int vendorCode, Location.FileRange location) {
        /** {@code message (SQLSTATE 42601, code 0)}. */
        public String describe() {
            return message + " (SQLSTATE " + (sqlState == null ? "none" : sqlState) + ", code " + vendorCode + ")";
        }
    }

    /** One statement that ran: where it is and whether the engine took it. */
    public record StatementRun(Location.FileRange location, boolean accepted) {
    }

    public double millis() {
        return nanos / 1e6;
    }
}
