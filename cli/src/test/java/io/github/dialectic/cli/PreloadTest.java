package io.github.dialectic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.dialectic.rule.RuleRegistry;
import org.junit.jupiter.api.Test;

/** The rules loaded on a second thread at start-up are the ones the whole run uses; without it, nothing is shared. */
class PreloadTest {

    @Test
    void withoutAProcessPreloadEveryCallerGetsARegistryOfItsOwn() {
        // DialecticCli.run in tests and embedders: one run's rules are never another's
        assertNotSame(Preload.registry(), Preload.registry());
    }

    @Test
    void aPreloadHandsEveryCallerTheOneRegistryItLoaded() {
        Preload preload = Preload.begin();
        RuleRegistry rules = preload.rules();
        assertSame(rules, preload.rules(), "the settings file's rule ids and the linter read the same rules");
        assertEquals(RuleRegistry.load().ids(), rules.ids());
    }

    @Test
    void sqliteIsLoadedAheadOnlyForACommandLineThatKeepsTheDefaultTargetsAndRules() {
        assertEquals(true, Preload.sqliteLikely(new String[] {"lint", "--no-cache", "--fail-on", "never", "db/migration"}));
        assertEquals(false, Preload.sqliteLikely(new String[] {"lint", "--target", "postgresql", "db"}));
        assertEquals(false, Preload.sqliteLikely(new String[] {"lint", "--target=postgresql", "db"}));
        assertEquals(false, Preload.sqliteLikely(new String[] {"lint", "--disable", "sqlite-parser-rejects", "db"}));
        assertEquals(false, Preload.sqliteLikely(new String[] {"lint", "--jdbc", "jdbc:postgresql://h/db"}));
        assertEquals(false, Preload.sqliteLikely(new String[] {"lint", "--help"}));
        assertEquals(false, Preload.sqliteLikely(new String[] {"baseline", "-h"}));
        assertEquals(false, Preload.sqliteLikely(new String[] {"lint", "@lint-arguments.txt"}));
    }
}
