package io.github.dialectic.engine;

import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlLexer;
import io.github.dialectic.source.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class UpperWordsTest {

    private static List<String> upperWords(String sql) {
        List<Token> tokens = SqlLexer.significant(sql, 0, sql.length(), SqlFlavor.GENERIC);
        return Constructs.upperWords(sql, tokens);
    }

    @Test
    void wordsAreUpperCasedAndOtherTokensNull() {
        assertEquals(java.util.Arrays.asList("INSERT", "INTO", "T_1", null, "A", null, "ÉTÉ", null),
                upperWords("insert into t_1 (a, été)"));
    }

    @Test
    void aWordMetAgainIsTheSameStringNotACopy() {
        List<String> first = upperWords("create table orders (id int)");
        List<String> second = upperWords("CREATE TABLE Orders (ID INT)");
        for (int i : new int[] {0, 1, 2, 4, 5}) {
            assertSame(first.get(i), second.get(i));
        }
    }

    @Test
    void wordsThatShareACacheSlotStillReadAsWritten() {
        // far more distinct words than the cache has slots: each must come back as itself, whatever it displaced
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < 20_000; i++) {
            sql.append(i == 0 ? "" : ", ").append("col").append(Integer.toString(i, 36));
        }
        for (int round = 0; round < 2; round++) {
            List<String> words = upperWords(sql.toString());
            for (int i = 0, w = 1; i < 20_000; i++, w += 2) {
                assertEquals("COL" + Integer.toString(i, 36).toUpperCase(Locale.ROOT), words.get(w));
                if (i + 1 < 20_000) {
                    assertNull(words.get(w + 1)); // the comma
                }
            }
        }
    }
}
