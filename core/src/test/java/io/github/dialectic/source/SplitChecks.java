package io.github.dialectic.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** Splits text and checks the invariants every split must satisfy, whatever the input. */
final class SplitChecks {

    private SplitChecks() {
    }

    /** Splits, checks all invariants, and returns the statement texts. */
    static List<String> texts(SqlFlavor flavor, String text) {
        List<String> out = new ArrayList<>();
        for (SqlStatement s : split(flavor, text)) {
            out.add(s.text());
        }
        return out;
    }

    static List<SqlStatement> split(SqlFlavor flavor, String text) {
        List<SqlStatement> statements = new SqlSplitter(flavor).split(text);
        check(flavor, text, statements);
        return statements;
    }

    static void check(SqlFlavor flavor, String text, List<SqlStatement> statements) {
        String where = "input: " + abbreviate(text);
        StringBuilder rebuilt = new StringBuilder(text.length());
        LineIndex index = LineIndex.of(text);
        Cursor cursor = new Cursor(text);
        int previousEnd = 0;
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement s = statements.get(i);
            assertEquals(i, s.ordinal(), where);
            assertTrue(s.start() >= previousEnd, where);
            assertTrue(s.end() > s.start(), where);
            assertTrue(s.end() <= text.length(), where);
            assertEquals(text.substring(s.start(), s.end()), s.text(), where);
            rebuilt.append(text, previousEnd, s.start()).append(s.text());
            previousEnd = s.end();

            char first = text.charAt(s.start());
            assertFalse(Character.isWhitespace(first), where);
            assertFalse(text.startsWith("--", s.start()) || text.startsWith("/*", s.start()), where);
            assertFalse(flavor == SqlFlavor.MYSQL && first == '#', where);
            if (s.end() < text.length()) {
                // only an unterminated token (running to the end) may end in whitespace
                assertFalse(Character.isWhitespace(text.charAt(s.end() - 1)), where);
            }

            assertEquals(index.line(s.start()), s.line(), where);
            assertEquals(index.column(s.start()), s.column(), where);
            assertEquals(index.line(s.end() - 1), s.endLine(), where);
            assertEquals(index.column(s.end() - 1), s.endColumn(), where);
            int[] direct = cursor.moveTo(s.start());
            assertEquals(direct[0], s.line(), where);
            assertEquals(direct[1], s.column(), where);
            int[] directEnd = cursor.moveTo(s.end() - 1);
            assertEquals(directEnd[0], s.endLine(), where);
            assertEquals(directEnd[1], s.endColumn(), where);

            // the tokens kept for the analyzer and the rules are those lexing the statement on its own gives
            List<Token> lexed = SqlLexer.significant(text, s.start(), s.end(), flavor);
            if (s.tokens() == null) {
                assertTrue(first == '\\' || lexed.size() > PackedTokens.MAX_TOKENS, where);
            } else {
                assertEquals(lexed, s.tokens().unpack(), where);
                assertEquals(lexed, s.significantTokens(text, flavor), where);
            }
        }
        rebuilt.append(text, previousEnd, text.length());
        assertEquals(text, rebuilt.toString(), where);
    }

    /** Line and column by walking the text forward, independent of {@link LineIndex}. */
    static final class Cursor {
        private final String text;
        private int offset;
        private int line = 1;
        private int column = 1;

        Cursor(String text) {
            this.text = text;
        }

        int[] moveTo(int target) {
            if (target < offset) {
                throw new IllegalArgumentException("cursor only moves forward");
            }
            for (; offset < target; offset++) {
                char c = text.charAt(offset);
                boolean crlf = c == '\r' && offset + 1 < text.length() && text.charAt(offset + 1) == '\n';
                if (c == '\n' || (c == '\r' && !crlf)) {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new int[] {line, column};
        }
    }

    private static String abbreviate(String text) {
        String t = text.length() > 300 ? text.substring(0, 300) + "..." : text;
        return t.replace("\r", "\\r").replace("\n", "\\n");
    }
}
