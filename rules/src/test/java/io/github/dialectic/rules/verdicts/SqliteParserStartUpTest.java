package io.github.dialectic.rules.verdicts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.EngineProfiles;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SQLite's parser is loaded ahead of a run exactly when sqlite-parser-rejects would load it in the run. */
class SqliteParserStartUpTest {

    @Test
    void neededForASqliteTargetWithTheRuleOn() {
        EngineProfile sqlite = EngineProfiles.latest(Engine.SQLITE);
        EngineProfile postgresql = EngineProfiles.latest(Engine.POSTGRESQL);
        assertTrue(SqliteParserStartUp.needed(List.of(postgresql, sqlite), Set.of()));
        assertFalse(SqliteParserStartUp.needed(List.of(postgresql), Set.of()), "no SQLite target");
        assertFalse(SqliteParserStartUp.needed(List.of(postgresql, sqlite), Set.of("sqlite-parser-rejects")),
                "the rule is disabled");
        assertTrue(SqliteParserStartUp.needed(List.of(sqlite), Set.of("auto-increment-syntax")));
    }
}
