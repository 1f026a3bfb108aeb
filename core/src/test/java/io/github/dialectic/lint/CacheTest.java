package io.github.dialectic.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.Name;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.SourceException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse cache and the result cache: a re-run gives the same report, and only changed files cost work. */
class CacheTest {

    /** Remembers the statements it checked (each text is unique here); reports every ALTER TABLE of a table that has a column "flag" (so it reads the schema). */
    @RuleInfo(id = "test-counting", title = "t", category = Category.SYNTAX, severity = Severity.ERROR, summary = "s",
            reads = Reads.SCHEMA,
            effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, reference = "r"))
    public static final class Counting implements Rule {
        static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

        @Override
        public void check(Change change, RuleContext ctx) {
            CHECKED.add(ctx.statementText());
            if (change instanceof Change.AlterTable at && ctx.schema().table(at.table())
                    .flatMap(t -> t.column(Name.of("flag"))).isPresent()) {
                ctx.report(ctx.statementRange(), "altering " + at.table() + ", which has a flag").emit();
            }
        }
    }

    @TempDir
    Path dir;
    private Path migrations;
    private Path cacheDir;

    @BeforeEach
    void migrations() throws IOException {
        migrations = Files.createDirectories(dir.resolve("db"));
        cacheDir = dir.resolve("cache");
        Files.writeString(migrations.resolve("V1__a.sql"), "CREATE TABLE a (id INT, flag INT);\n");
        Files.writeString(migrations.resolve("V2__b.sql"), "ALTER TABLE a ADD COLUMN b INT;\n");
        Files.writeString(migrations.resolve("V3__c.sql"), "ALTER TABLE a ADD COLUMN c INT;\nSELECT 1;\n");
    }

    private LintReport lint(LintOptions options, boolean cached) throws SourceException {
        Counting.CHECKED.clear();
        return new Linter(RuleRegistry.of(new Counting()), options, cached ? ParseCache.at(cacheDir) : null)
                .lint(List.of(migrations));
    }

    private static List<String> lines(LintReport report) {
        return report.findings().stream().map(f -> f.file().replaceAll(".*[/\\\\]", "") + ":" + f.line() + ":"
                + f.column() + " " + f.rule() + " " + f.message() + " " + f.engines()).toList();
    }

    @Test
    void aRelativeXdgCacheHomeIsIgnoredAsTheSpecificationSays() {
        assertEquals(Path.of("/c/dialectic"), ParseCache.defaultDir("/c", "/home/u"));
        assertEquals(Path.of("/home/u/.cache/dialectic"), ParseCache.defaultDir("rel/cache", "/home/u"));
        assertEquals(Path.of("/home/u/.cache/dialectic"), ParseCache.defaultDir("", "/home/u"));
        assertEquals(Path.of("/home/u/.cache/dialectic"), ParseCache.defaultDir(null, "/home/u"));
    }

    @Test
    void temporaryFilesThatKilledRunsLeftAreRemovedOnceTheyAreOld() throws Exception {
        Path runs = Files.createDirectories(cacheDir.resolve("runs"));
        java.nio.file.attribute.FileTime twoHoursAgo = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 2 * 3600_000L);
        List<Path> old = List.of(cacheDir.resolve("0a1b.1234.1.99.tmp"), runs.resolve("ffee.1234.1.98.tmp"));
        for (Path p : old) {
            Files.writeString(p, "half an entry");
            Files.setLastModifiedTime(p, twoHoursAgo);
        }
        Path live = cacheDir.resolve("0a1c.5678.1.97.tmp"); // another run's, being written right now
        Files.writeString(live, "being written");
        Path entryLike = cacheDir.resolve("0a1d");
        Files.writeString(entryLike, "not a temporary file");
        Files.setLastModifiedTime(entryLike, twoHoursAgo);

        lint(LintOptions.defaults(), true);
        for (Path p : old) {
            assertTrue(Files.notExists(p), p + " left behind");
        }
        assertTrue(Files.exists(live), "a fresh temporary file may be another run's");
        assertTrue(Files.exists(entryLike), "only temporary files go");

        Path laterLeftover = cacheDir.resolve("0a1e.1234.1.96.tmp");
        Files.writeString(laterLeftover, "x");
        Files.setLastModifiedTime(laterLeftover, twoHoursAgo);
        Files.writeString(migrations.resolve("V4__d.sql"), "SELECT 4;\n");
        lint(LintOptions.defaults(), true);
        assertTrue(Files.exists(laterLeftover), "swept at most once a day");
    }

    @Test
    void aRerunWithNothingChangedRunsNoRuleAndReportsTheSame() throws Exception {
        LintReport uncached = lint(LintOptions.defaults(), false);
        assertEquals(List.of("V2__b.sql:1:1 test-counting altering a, which has a flag {DB2=REJECTED}",
                "V3__c.sql:1:1 test-counting altering a, which has a flag {DB2=REJECTED}"), lines(uncached));
        LintReport first = lint(LintOptions.defaults(), true);
        assertEquals(4, Counting.CHECKED.size());
        LintReport second = lint(LintOptions.defaults(), true);
        assertEquals(0, Counting.CHECKED.size(), "answered from the result cache");
        assertEquals(lines(uncached), lines(first));
        assertEquals(lines(uncached), lines(second));
        assertEquals(uncached.summary(), second.summary());
        assertEquals(uncached.findings(), second.findings());
    }

    @Test
    void aChangedFileIsRecheckedWithTheSchemaOfTheUnchangedFilesBeforeIt() throws Exception {
        lint(LintOptions.defaults(), true);
        Files.writeString(migrations.resolve("V2__b.sql"), "ALTER TABLE a ADD COLUMN b INT;\n\nALTER TABLE a DROP COLUMN flag;\n");
        LintReport after = lint(LintOptions.defaults(), true);
        assertEquals(4, Counting.CHECKED.size(), "V1 reused; V2 (two statements) and V3 (two) checked again");
        assertEquals(List.of("V2__b.sql:1:1 test-counting altering a, which has a flag {DB2=REJECTED}",
                "V2__b.sql:3:1 test-counting altering a, which has a flag {DB2=REJECTED}"), lines(after));
        assertEquals(lines(lint(LintOptions.defaults(), false)), lines(after));
    }

    @Test
    void aNewMigrationIsTheOnlyOneChecked() throws Exception {
        lint(LintOptions.defaults(), true);
        Files.writeString(migrations.resolve("V4__d.sql"), "ALTER TABLE a ADD COLUMN d INT;\n");
        LintReport after = lint(LintOptions.defaults(), true);
        assertEquals(1, Counting.CHECKED.size());
        assertEquals(3, after.findings().size());
        assertEquals(5, after.summary().statements());
    }

    @Test
    void parseEntriesAreWrittenByARunThatRechecksPartOfTheFiles() throws Exception {
        lint(LintOptions.defaults(), true);
        assertEquals(0, parseEntries(), "the first run leaves the result record only");
        Files.writeString(migrations.resolve("V4__d.sql"), "ALTER TABLE a ADD COLUMN d INT;\n");
        lint(LintOptions.defaults(), true);
        assertEquals(4, parseEntries(), "a partial re-check leaves every file's parse for the next one");
        Files.writeString(migrations.resolve("V5__e.sql"), "ALTER TABLE a ADD COLUMN e INT;\n");
        LintReport after = lint(LintOptions.defaults(), true);
        assertEquals(1, Counting.CHECKED.size());
        assertEquals(5, parseEntries());
        assertEquals(lines(lint(LintOptions.defaults(), false)), lines(after));
    }

    private long parseEntries() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void anotherConfigurationDoesNotReadTheRecord() throws Exception {
        lint(LintOptions.defaults(), true);
        LintReport sqliteOnly = lint(LintOptions.defaults().withTargets(Targets.parse("sqlite")), true);
        assertEquals(4, Counting.CHECKED.size());
        assertEquals(List.of(), sqliteOnly.findings(), "the rule only concerns Db2");
        lint(LintOptions.defaults().withSeverities(java.util.Map.of("test-counting", Severity.INFO)), true);
        assertEquals(4, Counting.CHECKED.size());
    }

    @Test
    void aCorruptRecordOrEntryIsAMiss() throws Exception {
        LintReport first = lint(LintOptions.defaults(), true);
        try (Stream<Path> files = Files.walk(cacheDir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                byte[] b = Files.readAllBytes(p);
                b[b.length / 2] ^= 0x55;
                Files.write(p, b);
            }
        }
        LintReport again = lint(LintOptions.defaults(), true);
        assertEquals(4, Counting.CHECKED.size());
        assertEquals(lines(first), lines(again));
        lint(LintOptions.defaults(), true);
        assertEquals(0, Counting.CHECKED.size(), "rewritten by the second run, used by the third");
    }

    @Test
    void aRenamedFileIsAChangedFile() throws Exception {
        lint(LintOptions.defaults(), true);
        Files.move(migrations.resolve("V3__c.sql"), migrations.resolve("V3__renamed.sql"));
        LintReport after = lint(LintOptions.defaults(), true);
        assertEquals(2, Counting.CHECKED.size());
        assertTrue(lines(after).get(1).startsWith("V3__renamed.sql:1:1"), lines(after).toString());
        assertNotEquals(0, after.summary().statements());
    }
}
