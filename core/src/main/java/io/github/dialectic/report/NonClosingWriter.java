package io.github.dialectic.report;

import java.io.FilterWriter;
import java.io.Writer;

/** Keeps StAX from closing the caller's writer. */
final class NonClosingWriter extends FilterWriter {
    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() {
        // the caller owns the stream
    }
}
