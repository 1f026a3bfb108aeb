package io.github.dialectic.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void allLineEndings() {
        String text = "ab\ncd\r\nef\rg\th";
        LineIndex idx = LineIndex.of(text);
        assertEquals(4, idx.lineCount());
        int[][] expected = {{1, 1}, {1, 2}, {1, 3}, {2, 1}, {2, 2}, {2, 3}, {2, 4}, {3, 1}, {3, 2}, {3, 3},
            {4, 1}, {4, 2}, {4, 3}, {4, 4}};
        for (int off = 0; off <= text.length(); off++) {
            assertEquals(expected[off][0], idx.line(off), "line at " + off);
            assertEquals(expected[off][1], idx.column(off), "column at " + off);
            assertEquals(off, idx.offset(idx.line(off), idx.column(off)), "inverse at " + off);
        }
    }

    @Test
    void emptyTextAndTrailingNewline() {
        LineIndex empty = LineIndex.of("");
        assertEquals(1, empty.line(0));
        assertEquals(1, empty.column(0));
        LineIndex idx = LineIndex.of("a\n");
        assertEquals(2, idx.lineCount());
        assertEquals(2, idx.line(2));
        assertEquals(2, idx.offset(2, 1));
    }

    @Test
    void outOfRange() {
        LineIndex idx = LineIndex.of("ab\ncd");
        assertThrows(IndexOutOfBoundsException.class, () -> idx.line(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> idx.line(6));
        assertThrows(IndexOutOfBoundsException.class, () -> idx.offset(3, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> idx.offset(1, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> idx.offset(1, 5));
    }

    @Test
    void manyLines() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.append("line ").append(i).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        String text = sb.toString();
        LineIndex idx = LineIndex.of(text);
        int off = text.indexOf("line 5000");
        assertEquals(5001, idx.line(off));
        assertEquals(1, idx.column(off));
        assertEquals(off + 5, idx.offset(5001, 6));
    }
}
