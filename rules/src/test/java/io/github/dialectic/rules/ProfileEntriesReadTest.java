package io.github.dialectic.rules;

import io.github.dialectic.engine.ProfileReads;
import io.github.dialectic.rules.testing.Fixture;
import io.github.dialectic.rules.testing.FixtureCheck;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every entry of the engine profiles (a feature an engine supports, a limit, a table of names, a behaviour) is read,
 * for that engine, by some rule or core code while the rule fixtures are linted. An entry nothing reads is dead data,
 * or a claim no fixture exercises: remove it, or add the fixture case that needs it. {@link EngineProfileUseTest}
 * checks the same from the compiled code; this checks it happens.
 */
class ProfileEntriesReadTest {

    @Test
    void everyProfileEntryIsReadWhileLintingTheFixtures() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RuleFixturesTest.FIXTURES)) {
            files = walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        Set<String> read;
        ProfileReads.start();
        try {
            for (Path file : files) {
                FixtureCheck.mismatches(Fixture.read(file), RuleFixturesTest.REGISTRY); // RuleFixturesTest judges them
            }
        } finally {
            read = ProfileReads.stop();
        }
        Map<String, Set<String>> unread = new TreeMap<>(ProfileReads.entriesWithData());
        unread.keySet().removeAll(read);
        assertEquals(Map.of(), unread, "profile entries (engine:entry, with the profiles holding them) that no rule "
                + "or core code read while linting the fixtures");
    }
}
