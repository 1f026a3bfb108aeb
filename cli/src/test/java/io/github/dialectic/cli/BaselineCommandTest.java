package io.github.dialectic.cli;

import io.github.dialectic.finding.Baseline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.dialectic.cli.DialecticCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dialectic baseline} and {@code lint --baseline}: the file format and fingerprints the Maven plugin uses. */
class BaselineCommandTest {

    /** The Maven plugin's baseline IT project: its committed baseline was written by {@code mvn dialectic:baseline}. */
    private static final Path PLUGIN_PROJECT = Path.of("..", "maven-plugin", "src", "it", "baseline");
    private static final Path MIGRATIONS = PLUGIN_PROJECT.resolve("src/main/resources/db/migration");

    @Test
    void aBaselineWrittenByTheMavenPluginIsHonoured() {
        DialecticCliTest.Run r = run("lint", "--target", "db2", "--baseline-root", PLUGIN_PROJECT.toString(),
                "--baseline", PLUGIN_PROJECT.resolve("config/dialectic-baseline.json").toString(), MIGRATIONS.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        // V1's finding is in the plugin's baseline (at line 2 then, line 5 now: matching ignores lines); V2's is new
        assertFalse(r.out().contains("V1__instances.sql"), r.out());
        assertTrue(r.out().contains(MIGRATIONS.resolve("V2__devices.sql") + ":2:"), r.out());
        assertEquals("dialectic: 1 finding accepted by the baseline " + PLUGIN_PROJECT.resolve("config/dialectic-baseline.json")
                + "\n", r.err());
    }

    /**
     * dialectic.toml's layout ([placeholders], [vendors]) is read by baseline as lint reads it: before, baseline linted
     * the locations as plain files (placeholders left in, engine folders not linted), so lint then accepted none of
     * the entries it wrote, called them stale, and told the user to run baseline again, which wrote the same file.
     */
    @Test
    void aBaselineOfAConfiguredLayoutIsWhatLintThenAcceptsInFull(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("db/common"));
        Files.createDirectories(project.resolve("db/db2"));
        Files.writeString(project.resolve("db/common/V1__accounts.sql"),
                "CREATE TABLE ${table} (id INT, email VARCHAR(80));\nALTER TABLE ${table} ADD CONSTRAINT u UNIQUE (email);\n");
        Files.writeString(project.resolve("db/db2/V2__notes.sql"), "CREATE TABLE notes (id INT, body CLOB);\n"
                + "ALTER TABLE notes ADD CONSTRAINT n UNIQUE (id);\n");
        Path toml = Files.writeString(project.resolve("dialectic.toml"), """
                targets = ["db2", "sqlite"]
                locations = ["db/common"]

                [vendors]
                db2 = ["db/db2"]

                [placeholders]
                table = "accounts"
                """);
        DialecticCliTest.Run before = run("lint", "--no-cache", "--config", toml.toString());
        assertEquals(1, before.exit(), before.out() + before.err());

        DialecticCliTest.Run written = run("baseline", "--no-cache", "--config", toml.toString(), "--baseline-root",
                project.toString(), "--output", project.resolve("dialectic-baseline.json").toString());
        assertEquals(0, written.exit(), written.out() + written.err());
        String json = Files.readString(project.resolve("dialectic-baseline.json"));
        assertTrue(json.contains("UNIQUE constraint on accounts includes nullable column email"), json);
        assertTrue(json.contains("\"file\" : \"db/db2/V2__notes.sql\""), "the engine folder is linted too: " + json);

        Files.writeString(toml, "baseline = \"dialectic-baseline.json\"\n" + Files.readString(toml));
        DialecticCliTest.Run after = run("lint", "--no-cache", "--config", toml.toString());
        assertEquals(0, after.exit(), after.out() + after.err());
        assertTrue(after.err().contains("accepted by the baseline"), after.err());
        assertFalse(after.err().contains("match no finding"), after.err());
    }

    @Test
    void theCommandWritesWhatTheMavenPluginWritesAndLintThenReportsNothing(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("sub/dialectic-baseline.json");
        DialecticCliTest.Run written = run("baseline", "--target", "db2", "--baseline-root", PLUGIN_PROJECT.toString(),
                "--output", file.toString(), MIGRATIONS.toString());
        assertEquals(0, written.exit(), written.err());
        assertEquals("dialectic: wrote 2 findings to the baseline " + file + "\n", written.out());
        List<Baseline.Entry> entries = Baseline.read(file).entries();
        assertEquals(List.of("src/main/resources/db/migration/V1__instances.sql",
                "src/main/resources/db/migration/V2__devices.sql"), entries.stream().map(Baseline.Entry::file).toList());
        // the same rule, file and fingerprint as the entry the plugin wrote for V1
        Baseline.Entry plugins = Baseline.read(PLUGIN_PROJECT.resolve("config/dialectic-baseline.json")).entries().get(0);
        assertEquals(List.of(plugins.rule(), plugins.file(), plugins.fingerprint()),
                List.of(entries.get(0).rule(), entries.get(0).file(), entries.get(0).fingerprint()));

        DialecticCliTest.Run clean = run("lint", "--target", "db2", "--baseline-root", PLUGIN_PROJECT.toString(),
                "--baseline", file.toString(), MIGRATIONS.toString());
        assertEquals(0, clean.exit(), clean.out() + clean.err());
        assertTrue(clean.out().startsWith("0 findings"), clean.out());
        assertTrue(clean.err().startsWith("dialectic: 2 findings accepted by the baseline "), clean.err());
    }

    @Test
    void staleEntriesAreReportedAndAnotherRootMatchesNothing(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("b.json");
        assertEquals(0, run("baseline", "--target", "db2", "--baseline-root", PLUGIN_PROJECT.toString(),
                "--output", file.toString(), MIGRATIONS.toString()).exit());
        // relative to the working directory the stored paths name other files: both findings are new, both entries stale
        DialecticCliTest.Run r = run("lint", "--target", "db2", "--baseline", file.toString(), MIGRATIONS.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals("dialectic: 0 findings accepted by the baseline " + file + "; 2 of its entries match no finding any "
                + "more (refresh it with 'dialectic baseline')\n", r.err());
    }

    @Test
    void aMalformedBaselineIsAnErrorNamingFileAndLine(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("b.json");
        Files.writeString(file, "{\n  \"findings\": [\n    {\"rule\": \"nullable-unique-key\"}\n  ]\n}\n");
        DialecticCliTest.Run r = run("lint", "--baseline", file.toString(), MIGRATIONS.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals("dialectic: " + file + ":3: not a Dialectic baseline file: the entry starting here lacks \"file\"\n",
                r.err());
        assertEquals("", r.out());

        DialecticCliTest.Run missing = run("lint", "--baseline", tmp.resolve("none.json").toString(), MIGRATIONS.toString());
        assertEquals(2, missing.exit());
        assertEquals("dialectic: " + tmp.resolve("none.json") + ": baseline file not found\n", missing.err());
    }

    @Test
    void baselineNeedsPathsAndAnOutput() {
        DialecticCliTest.Run noOutput = run("baseline", MIGRATIONS.toString());
        assertEquals(2, noOutput.exit());
        assertTrue(noOutput.err().startsWith("dialectic: Missing required option: '--output=FILE'"), noOutput.err());
        DialecticCliTest.Run noPaths = run("baseline", "--output", "x.json");
        assertEquals(2, noPaths.exit());
        assertTrue(noPaths.err().contains("PATH"), noPaths.err());
    }
}
