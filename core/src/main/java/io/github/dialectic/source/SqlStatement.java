package io.github.dialectic.source;

/**
 * One statement of a file, located so that findings can point into the original text.
 *
 * @param ordinal   0-based index of the statement in its file
 * @param start     offset of its first token (never a comment or whitespace)
 * @param end       offset just after its last token; the terminator is not included
 * @param text      the source text of {@code [start, end)}
 * @param line      1-based line of {@code start}
 * @param column    1-based column of {@code start}
 * @param endLine   1-based line of the last character ({@code end - 1})
 * @param endColumn 1-based column of the last character
 */
public record SqlStatement(int ordinal, int start, int end, String text, int line, int column, int endLine,
                           int endColumn) {
}
