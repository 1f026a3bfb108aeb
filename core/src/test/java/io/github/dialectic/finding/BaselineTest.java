package io.github.dialectic.finding;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.SourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineTest {

    /** Findings name files relative to the working directory, as the linter does for relative inputs. */
    private static final Path SAME = Path.of("");

    private static Finding finding(String rule, String file, int line, String fingerprint) {
        return new Finding(rule, Severity.ERROR, file, line, 1, line, 10, "message of " + rule,
                Map.of(Engine.DB2, Effect.REJECTED), "", "docs", fingerprint);
    }

    @Test
    void matchesIgnoringLinesAndSurvivesAWriteReadRoundTrip(@TempDir Path dir) throws Exception {
        Baseline b = Baseline.of(List.of(finding("nullable-unique-key", "db/V1__a.sql", 2, "aaaa")), SAME);
        Path file = dir.resolve("sub/baseline.json");
        b.write(file);
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

    /** Each malformed file is refused with the file and the line of the problem in the message. */
    @Test
    void rejectsFilesThatAreNotBaselinesNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("b.json");
        assertRefused(file, "{\"something\": 1}", 1, "no \"findings\" array");
        assertRefused(file, "not json", 1, "not a Dialectic baseline file: Unrecognized token 'not'");
        assertRefused(file, "{\n  \"findings\": [\n    {\"rule\": \"r\", \"file\": \"f.sql\"},\n    {\"rule\": \"r\"}\n  ]\n}", 4,
                "the entry starting here lacks \"file\"");
        assertRefused(file, "{\"findings\": [\n{\"rule\": \"r\", \"file\": \"f.sql\",\n \"line\": \"two\"}]}", 3,
                "\"line\" must be a whole number");
        assertRefused(file, "{\"findings\": [\n{\"rule\": \"r\",\n \"file\": \"f.sql\",\n\n \"rule\": \"s\"}]}", 5,
                "Duplicate field 'rule'");
        assertRefused(file, "{\"findings\": {}}", 1, "\"findings\" must be an array");
        assertRefused(file, "{\"findings\": []}\n{}", 2, "text after the baseline's closing brace");
        assertRefused(file, "{\"findings\": [\n  {\"rule\": \"r\", \"file\": \"f.sql\"}\n", 3, "end-of-input");
        SourceException missing = assertThrows(SourceException.class, () -> Baseline.read(dir.resolve("none.json")));
        assertEquals(dir.resolve("none.json") + ": baseline file not found", missing.getMessage());
    }

    private static void assertRefused(Path file, String content, int line, String fragment) throws IOException {
        Files.writeString(file, content);
        SourceException e = assertThrows(SourceException.class, () -> Baseline.read(file), content);
        assertEquals(file, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": not a Dialectic baseline file: "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    /** Findings of absolute files are stored relative to the base directory, and match from there. */
    @Test
    void storesFilesRelativeToTheBaseDirectory(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        String absolute = project.resolve("db/migration/V1__a.sql").toString();
        Baseline b = Baseline.of(List.of(finding("r", absolute, 1, "x")), project);
        assertEquals("db/migration/V1__a.sql", b.entries().get(0).file());
        Path file = dir.resolve("b.json");
        b.write(file);
        String json = Files.readString(file);
        assertTrue(json.contains("\"file\" : \"db/migration/V1__a.sql\""), json);
        assertTrue(json.endsWith("}\n"), json);
        assertEquals(1, Baseline.read(file).match(List.of(finding("r", absolute, 3, "x")), project).baselined().size());
        // another base directory: other paths, so nothing matches
        assertEquals(1, Baseline.read(file).match(List.of(finding("r", absolute, 3, "x")), dir).fresh().size());
        assertEquals("elsewhere/V1.sql", Baseline.relativize(dir.resolve("elsewhere/V1.sql").toString(), dir));
        assertEquals(dir.resolve("elsewhere/V1.sql").toString(),
                Baseline.relativize(dir.resolve("elsewhere/V1.sql").toString(), project));
    }
}
