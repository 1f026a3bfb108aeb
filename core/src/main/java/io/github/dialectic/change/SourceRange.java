package io.github.dialectic.change;

/** A span of a migration file as char offsets, end exclusive. Positions for reports come from the file's line index. */
public record SourceRange(int start, int end) {
    public SourceRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public SourceRange to(SourceRange other) {
        return new SourceRange(Math.min(start, other.start), Math.max(end, other.end));
    }
}
