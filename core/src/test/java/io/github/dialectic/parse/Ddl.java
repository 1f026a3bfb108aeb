package io.github.dialectic.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlLexer;

import java.util.List;

/**
 * Test helper: runs the {@link DdlReader} on one statement placed after a short comment, so that ranges are
 * offsets into a file rather than into the statement.
 */
final class Ddl {
    static final String PREFIX = "-- migration\n";

    final String file;
    final DdlReader.Reading reading;

    private Ddl(String file, DdlReader.Reading reading) {
        this.file = file;
        this.reading = reading;
    }

    static Ddl read(String sql) {
        return read(sql, SqlFlavor.GENERIC);
    }

    static Ddl read(String sql, SqlFlavor flavor) {
        String file = PREFIX + sql;
        DdlReader.Reading r = DdlReader.read(file, SqlLexer.significant(file, PREFIX.length(), file.length(), flavor));
        return new Ddl(file, r);
    }

    <T extends Change> T change(Class<T> type) {
        assertNotNull(reading, "not read as DDL");
        return assertInstanceOf(type, reading.change());
    }

    /** Asserts nothing was skipped and returns the change. */
    <T extends Change> T fully(Class<T> type) {
        T c = change(type);
        assertEquals(List.of(), reading.skipped(), "skipped");
        return c;
    }

    String text(SourceRange r) {
        assertNotNull(r, "range");
        return file.substring(r.start(), r.end());
    }
}
