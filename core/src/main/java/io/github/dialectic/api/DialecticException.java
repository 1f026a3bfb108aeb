package io.github.dialectic.api;

import io.github.dialectic.source.SourceException;

import java.nio.file.Path;

/**
 * An input that cannot be linted at all: a migration or baseline file that is missing, unreadable or malformed, a
 * Flyway version used twice. Unchecked, since a caller can rarely do more than show it; the message is compiler style
 * ({@code file:line: problem}) and {@link #file()} and {@link #line()} say where.
 */
public class DialecticException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /**
     * The same problem as {@code cause}, unchecked.
     *
     * @param cause the problem as the linter reported it
     */
    public DialecticException(SourceException cause) {
        super(cause.getMessage(), cause);
        this.file = cause.file();
        this.line = cause.line();
    }

    /**
     * Where the problem is.
     *
     * @return the file the problem is in, or null when the source is not a file (a database)
     */
    public Path file() {
        return file;
    }

    /**
     * Where in the file the problem is.
     *
     * @return the 1-based line of the problem, or 0 when it concerns the whole file
     */
    public int line() {
        return line;
    }
}
