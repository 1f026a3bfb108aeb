package io.github.dialectic.source;

import java.nio.file.Path;

/**
 * A problem with an input that stops it from being linted at all (unreadable, not UTF-8, conflicting migration
 * versions, an unreachable database). The message is compiler style so tools and editors can jump to it.
 */
public class SourceException extends Exception {

    private final transient Path file;
    private final int line;

    /** @param line 1-based line, or 0 when the problem concerns the whole file */
    public SourceException(Path file, int line, String message) {
        super(format(file, line, message));
        this.file = file;
        this.line = line;
    }

    public SourceException(Path file, int line, String message, Throwable cause) {
        super(format(file, line, message), cause);
        this.file = file;
        this.line = line;
    }

    /** A problem with a source that is not a file (a database, a service): {@link #file()} is null. */
    public SourceException(String source, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.file = null;
        this.line = 0;
    }

    private static String format(Path file, int line, String message) {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, 0 for the whole file. */
    public int line() {
        return line;
    }
}
