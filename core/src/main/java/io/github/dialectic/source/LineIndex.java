package io.github.dialectic.source;

import java.util.Arrays;

/**
 * Maps offsets to 1-based line/column positions and back. Built once per file so that finding the
 * position of a statement costs a binary search instead of a rescan.
 */
public final class LineIndex {

    private final int[] lineStarts;
    private final int lineCount;
    private final int length;

    private LineIndex(int[] lineStarts, int lineCount, int length) {
        this.lineStarts = lineStarts;
        this.lineCount = lineCount;
        this.length = length;
    }

    /** Indexes {@code text}; {@code \n}, {@code \r\n} and a lone {@code \r} each end a line. */
    public static LineIndex of(CharSequence text) {
        int n = text.length();
        int[] starts = new int[Math.max(16, n / 32)];
        int count = 1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(starts, count, n);
    }

    /** Number of lines; text ending with a line break has an empty last line. */
    public int lineCount() {
        return lineCount;
    }

    /** 1-based line of {@code offset} (0..length); a line break belongs to the line it ends. */
    public int line(int offset) {
        checkOffset(offset);
        return lineIndexOf(offset) + 1;
    }

    /** 1-based column of {@code offset}, counting UTF-16 units since the line start; a tab counts 1. */
    public int column(int offset) {
        checkOffset(offset);
        return offset - lineStarts[lineIndexOf(offset)] + 1;
    }

    /**
     * Offset of a 1-based line and column, the inverse of {@link #line} and {@link #column}. The column
     * may point at the line's own line break, or just past the text on the last line.
     */
    public int offset(int line, int column) {
        if (line < 1 || line > lineCount) {
            throw new IndexOutOfBoundsException("line " + line + " not in 1.." + lineCount);
        }
        int start = lineStarts[line - 1];
        int limit = line < lineCount ? lineStarts[line] - 1 : length;
        if (column < 1 || start + column - 1 > limit) {
            throw new IndexOutOfBoundsException("column " + column + " not in 1.." + (limit - start + 1)
                    + " on line " + line);
        }
        return start + column - 1;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " not in 0.." + length);
        }
    }

    private int lineIndexOf(int offset) {
        int lo = 0;
        int hi = lineCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
