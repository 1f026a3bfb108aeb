package io.github.dialectic.rules.verdicts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SQLite's parser in process: a verdict when it loads, a stop with the remedy when it cannot, never silence. */
class BundledSqliteTest {

    @Test
    void judgesWithTheBundledParser() {
        assertTrue(BundledSqlite.judge("CREATE TABLE t (a INT) WITHOUT ROWID WITH CHECK OPTION").isPresent());
        assertFalse(BundledSqlite.judge("CREATE TABLE judged_here (a INTEGER PRIMARY KEY)").isPresent());
    }

    @Test
    void aParserThatCannotLoadStopsTheRunInsteadOfPassingEveryStatement() {
        String before = BundledSqlite.unavailable;
        BundledSqlite.unavailable = "no native library for this platform";
        try {
            // a statement no earlier test judged, so no cached verdict answers for it
            BundledSqlite.Unavailable e = assertThrows(BundledSqlite.Unavailable.class,
                    () -> BundledSqlite.judge("CREATE TABLE never_judged_before_" + System.nanoTime() + " (a BOGUS("));
            assertTrue(e.getMessage().contains("no native library for this platform"), e.getMessage());
            assertTrue(e.getMessage().contains("-Dorg.sqlite.tmpdir"), e.getMessage());
            assertTrue(e.getMessage().contains("--disable sqlite-parser-rejects"), e.getMessage());
        } finally {
            BundledSqlite.unavailable = before;
        }
    }
}
