package io.github.dialectic.rules;

import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rules.testing.Fixture;
import io.github.dialectic.rules.testing.FixtureCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fixture under src/test/resources/fixtures/RULE-ID/ holds: RULE-ID reports exactly what its markers say
 * (position, message, effects), and no rule reports on a statement without a marker. See {@link Fixture}.
 */
class RuleFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static final RuleRegistry REGISTRY = RuleRegistry.load();

    @TestFactory
    Stream<DynamicTest> fixturesHold() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            files = walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no fixtures found under " + FIXTURES.toAbsolutePath());
        return files.stream().map(file -> DynamicTest.dynamicTest(FIXTURES.relativize(file).toString(), () -> {
            Fixture fixture = Fixture.read(file);
            List<String> problems = FixtureCheck.mismatches(fixture, REGISTRY);
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }));
    }

    /** Findings about Liquibase changelogs, which no SQL file makes: dialectic-liquibase's ChangelogLintTest has their cases. */
    static final java.util.Set<String> CHANGELOG_ONLY = java.util.Set.of(
            io.github.dialectic.rule.PipelineRules.LIQUIBASE_PRECONDITION_SKIPPED,
            io.github.dialectic.rule.PipelineRules.LIQUIBASE_CHANGE_REFUSED);

    @Test
    void everyRuleHasBadAndGoodFixtures() throws IOException {
        List<String> missing = new ArrayList<>();
        for (RuleDescriptor d : REGISTRY.descriptors()) {
            if (CHANGELOG_ONLY.contains(d.id())) {
                continue;
            }
            if (io.github.dialectic.rule.PipelineRules.fromRehearsal(d.id())) {
                continue; // what an engine did on a rehearsal, which no lint of a file makes: cli LintVerifyTest
            }
            if (d.id().equals(io.github.dialectic.rule.PipelineRules.VENDOR_SET_DRIFT)) {
                continue; // compares several engines' sets of files, which one fixture file is not: MigrationSetsTest
            }
            Path dir = FIXTURES.resolve(d.id());
            Path bad = dir.resolve("bad.sql");
            Path good = dir.resolve("good.sql");
            if (!Files.exists(bad) || !Files.exists(good)) {
                missing.add(d.id() + ": needs " + dir + "/bad.sql and good.sql");
                continue;
            }
            if (Fixture.read(bad).markers().isEmpty()) {
                missing.add(d.id() + ": bad.sql expects no finding of this rule");
            }
            if (!Fixture.read(good).markers().isEmpty()) {
                missing.add(d.id() + ": good.sql expects a finding of this rule");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void rulesAreLoadedThroughServiceLoader() {
        long real = REGISTRY.descriptors().stream().filter(d -> d.category() != Category.PIPELINE).count();
        assertEquals(REGISTRY.rules().size(), real);
        assertTrue(real >= 6, "expected the first six rules, found " + real);
    }
}
