package io.github.dialectic.source;

import java.util.List;
import java.util.Objects;

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
 * @param tokens    its significant tokens as the splitter read them, null when there are none at hand: not part of
 *                  what the statement is, so {@code equals} and {@code hashCode} leave them out (a statement read
 *                  back from the parse cache, without them, is the same statement)
 */
public record SqlStatement(int ordinal, int start, int end, String text, int line, int column, int endLine,
                           int endColumn, PackedTokens tokens) {

    /** A statement with no tokens at hand. */
    public SqlStatement(int ordinal, int start, int end, String text, int line, int column, int endLine,
                        int endColumn) {
        this(ordinal, start, end, text, line, column, endLine, endColumn, null);
    }

    /**
     * Its significant tokens in {@code fileText} read as {@code flavor} ({@link SqlLexer#significant}): the
     * splitter's, unpacked, when it split this very text as this flavour, else lexed now.
     */
    public List<Token> significantTokens(String fileText, SqlFlavor flavor) {
        if (tokens != null && tokens.readFrom(fileText, flavor)) {
            return tokens.unpack();
        }
        return SqlLexer.significant(fileText, start, end, flavor);
    }

    /** As {@link #significantTokens}, in an array of the caller's own. */
    public Token[] significantTokenArray(String fileText, SqlFlavor flavor) {
        if (tokens != null && tokens.readFrom(fileText, flavor)) {
            return tokens.unpackArray();
        }
        return SqlLexer.significant(fileText, start, end, flavor).toArray(new Token[0]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SqlStatement s && ordinal == s.ordinal && start == s.start && end == s.end
                && line == s.line && column == s.column && endLine == s.endLine && endColumn == s.endColumn
                && Objects.equals(text, s.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ordinal, start, end, text, line, column, endLine, endColumn);
    }
}
