package io.github.dialectic.engine;

import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlLexer;
import io.github.dialectic.source.Token;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A construct anchored at the statement's first word reports from its {@code @at}: the clause, not column 1. */
class ConstructPositionTest {

    private static Constructs parse(String data) throws IOException {
        return Constructs.parse(new BufferedReader(new StringReader(data)), "test");
    }

    private static List<Constructs.Match> find(Constructs constructs, String sql) {
        List<Token> tokens = SqlLexer.significant(sql, 0, sql.length(), SqlFlavor.GENERIC);
        return constructs.find(sql, tokens, Constructs.upperWords(sql, tokens));
    }

    @Test
    void anAnchoredMatchStartsAtItsAt() throws IOException {
        Constructs c = parse("""
                at | ^ INSERT ... @at DEFAULT VALUES | DEFAULT VALUES | r
                whole | ^ INSERT INTO @name DEFAULT | INSERT INTO t DEFAULT | r
                """);
        List<Constructs.Match> found = find(c, "INSERT INTO t DEFAULT VALUES");
        assertEquals(2, found.size());
        assertEquals("whole", found.get(0).construct().id());
        assertEquals(0, found.get(0).from()); // no @at: the match's start
        assertEquals("at", found.get(1).construct().id());
        assertEquals(3, found.get(1).from()); // DEFAULT
        assertEquals(5, found.get(1).to());
    }

    @Test
    void theAtOfTheMatchingPathCounts() throws IOException {
        // the gap tries each ON; the @at of a path that failed later is not kept
        Constructs c = parse("on-using | ^ CREATE ... @at ON @name USING | ON t USING | r\n");
        List<Constructs.Match> found = find(c, "CREATE INDEX ON t1 (a) WHERE b IN (SELECT 1) ON t2 USING");
        assertEquals(1, found.size());
        assertEquals(14, found.get(0).from()); // the second ON
    }

    @Test
    void anAtThatCannotPointIsRefused() {
        IllegalStateException optional = assertThrows(IllegalStateException.class,
                () -> parse("x | ^ INSERT @at? INTO | x | r\n"));
        assertTrue(optional.getMessage().contains("@at cannot be optional"), optional.getMessage());
        IllegalStateException alternative = assertThrows(IllegalStateException.class,
                () -> parse("x | ^ INSERT @at/INTO | x | r\n"));
        assertTrue(alternative.getMessage().contains("cannot be alternatives"), alternative.getMessage());
    }
}
