package io.github.dialectic.parse;

import io.github.dialectic.change.Change;
import io.github.dialectic.source.SqlStatement;

import java.util.List;

/**
 * One statement after parsing: its {@link Change}, or, when nothing could make sense of it, the problem and its
 * offset in the file (the statement start when unknown). {@code notModelled} lists parts that were valid but skipped.
 */
public record ParsedStatement(SqlStatement statement, Change change, String problem, int problemOffset,
                              List<String> notModelled) {

    public ParsedStatement {
        notModelled = List.copyOf(notModelled);
    }

    public boolean understood() {
        return change != null;
    }

    static ParsedStatement understood(SqlStatement statement, Change change, List<String> notModelled) {
        return new ParsedStatement(statement, change, null, -1, notModelled);
    }

    static ParsedStatement unparsed(SqlStatement statement, String problem, int offsetInFile) {
        return new ParsedStatement(statement, null, problem, offsetInFile < 0 ? statement.start() : offsetInFile, List.of());
    }
}
