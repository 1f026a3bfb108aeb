package io.github.dialectic.maven;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineTest {

    private static final Function<String, String> SAME = Function.identity();

    private static Finding finding(String rule, String file, int line, String fingerprint) {
        return new Finding(rule, Severity.ERROR, file, line, 1, line, 10, "message of " + rule,
                Map.of(Engine.DB2, Effect.REJECTED), "", "docs", fingerprint);
    }

    @Test
    void matchesIgnoringLinesAndSurvivesAWriteReadRoundTrip(@TempDir Path dir) throws IOException {
        Baseline b = Baseline.of(List.of(finding("nullable-unique-key", "db/V1__a.sql", 2, "aaaa")), SAME);
        Path file = dir.resolve("sub/baseline.json");
        b.write(file, "test");
        Baseline read = Baseline.read(file);
        assertEquals(b, read);

        Baseline.Match m = read.match(List.of(
                finding("nullable-unique-key", "db/V1__a.sql", 7, "aaaa"), // moved: still accepted
                finding("nullable-unique-key", "db/V1__a.sql", 9, "bbbb"), // other statement: new
                finding("index-name-collision", "db/V1__a.sql", 7, "aaaa"), // other rule: new
                finding("nullable-unique-key", "db/V2__b.sql", 2, "aaaa")), SAME); // other file: new
        assertEquals(1, m.baselined().size());
        assertEquals(3, m.fresh().size());
        assertTrue(m.stale().isEmpty());
    }

    @Test
    void eachEntryAcceptsOneFindingAndUnmatchedEntriesAreStale() {
        Baseline b = Baseline.of(List.of(finding("r", "f.sql", 1, "x"), finding("s", "f.sql", 3, "y")), SAME);
        Baseline.Match m = b.match(List.of(finding("r", "f.sql", 1, "x"), finding("r", "f.sql", 5, "x")), SAME);
        assertEquals(1, m.baselined().size());
        assertEquals(5, m.fresh().get(0).line());
        assertEquals(1, m.stale().size());
        assertEquals("s", m.stale().get(0).rule());
    }

    @Test
    void findingsWithoutFingerprintMatchOnTheirMessage() {
        Baseline b = Baseline.of(List.of(finding("unused-suppression", "f.sql", 1, "")), SAME);
        Finding same = finding("unused-suppression", "f.sql", 4, "");
        Finding other = new Finding("unused-suppression", Severity.WARNING, "f.sql", 4, 1, 4, 2, "another", Map.of(),
                "", "", "");
        Baseline.Match m = b.match(List.of(same, other), SAME);
        assertEquals(List.of(same), m.baselined());
        assertEquals(List.of(other), m.fresh());
    }

    @Test
    void rejectsFilesThatAreNotBaselines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "{\"something\": 1}");
        assertThrows(IOException.class, () -> Baseline.read(file));
        Files.writeString(file, "not json");
        assertThrows(IOException.class, () -> Baseline.read(file));
    }
}
