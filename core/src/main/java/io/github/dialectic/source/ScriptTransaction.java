package io.github.dialectic.source;

/**
 * Whether the migration tool runs a script inside a transaction it opens itself, which a statement that cannot run
 * in one (PostgreSQL's {@code CREATE INDEX CONCURRENTLY}, {@code VACUUM}, ...) then fails in.
 *
 * @param mode    how the tool decides
 * @param mixed   for {@link Mode#FLYWAY}: Flyway's {@code mixed} setting (a script may mix both kinds of statement)
 * @param setting where the decision comes from, for messages (e.g. {@code executeInTransaction=true in V3__x.sql.conf})
 */
public record ScriptTransaction(Mode mode, boolean mixed, String setting) {

    public enum Mode {
        /** No migration tool's transaction is known: only an explicit BEGIN in the file counts. */
        NONE,
        /** The tool runs the whole script in one transaction. */
        ALWAYS,
        /** The tool runs the script without a transaction. */
        NEVER,
        /**
         * Flyway's default: it runs a script in a transaction unless its parser detects a statement that cannot run in
         * one; then it runs the script without one if every statement is such, and refuses the script (unless
         * {@code mixed}) when it also holds statements that can.
         */
        FLYWAY
    }

    /** For scripts no migration tool runs, or of a tool whose transactions are unknown. */
    public static final ScriptTransaction NONE = new ScriptTransaction(Mode.NONE, false, null);
}
