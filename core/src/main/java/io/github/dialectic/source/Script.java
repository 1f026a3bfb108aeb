package io.github.dialectic.source;

import java.util.List;

/**
 * One unit a {@link StatementSource} yields: a migration file (later a changeset), its text and its statements. Rule
 * ranges, tokens and suppression comments are offsets into {@link #file()}'s text.
 */
public interface Script {

    /** The text the statements lie in, its name, line index and SQL flavour. */
    SourceFile file();

    /**
     * The statements in the order they run. May be worked out on demand and on any thread; the linter calls it at
     * most once per run, and not at all for a script whose parse it has cached.
     */
    List<SqlStatement> statements();

    /** Where the text from {@code start} to {@code end} (offsets, end exclusive) lies, as a finding reports it. */
    default Location locate(int start, int end) {
        LineIndex lines = file().lines();
        int last = Math.max(start, end - 1);
        return new Location.FileRange(file().name(), lines.line(start), lines.column(start),
                lines.line(last), lines.column(last));
    }

    /** Whether the migration tool runs this script in a transaction of its own ({@link ScriptTransaction#NONE}: unknown). */
    default ScriptTransaction transaction() {
        return ScriptTransaction.NONE;
    }

    /** Where a statement begins and ends: its origin. */
    default Location origin(SqlStatement statement) {
        return locate(statement.start(), statement.end());
    }
}
