package io.github.dialectic.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.schema.SchemaSource;
import io.github.dialectic.source.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The differential test of the runners: every rule over a corpus of every rule fixture and conformance script (copied
 * several times, as one migration history of thousands of statements), once by the ordered reference runner and once
 * by the parallel strategy, in runs of the production size (several of them) and of a small size (many, with run
 * boundaries inside files). The findings must be equal in full (rule, severity, location, message, engine effects,
 * fix, fingerprint) and in order, and so must the summaries.
 */
class RunnersAgreeTest {

    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final int PRODUCTION_CHUNK = 256;
    private static final RuleRegistry RULES = RuleRegistry.load();
    /** About 1,000 statements a copy: enough for three production runs (the tests check how many ran). */
    private static final int COPIES = 5;
    private static List<SourceFile> corpus;
    private static LintReport reference;
    private static RuleSet referenceRules;

    /** Fixtures and conformance scripts, sorted, as Flyway versions 1..n, the whole repeated. */
    @BeforeAll
    static void readCorpus() throws IOException {
        List<Path> scripts;
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            scripts = walk.filter(p -> p.toString().endsWith(".sql")
                    && (p.startsWith(RESOURCES.resolve("fixtures")) || p.startsWith(RESOURCES.resolve("conformance"))))
                    .sorted().toList();
        }
        List<SourceFile> one = new ArrayList<>();
        for (Path p : scripts) {
            one.add(SourceFile.of(p, Files.readString(p)));
        }
        corpus = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
            for (SourceFile f : one) {
                String name = "V" + (corpus.size() + 1) + "__" + f.path().getParent().getFileName() + "_"
                        + f.path().getFileName();
                corpus.add(SourceFile.of(Path.of("copy" + copy).resolve(name), f.text()));
            }
        }
    }

    private static LintReport lint(List<SourceFile> files, LintOptions options, Linter.RunnerChoice runners) {
        return new Linter(RULES, options, null, SchemaSource.EMPTY, runners).lintFiles(files);
    }

    /** The reference result of the whole corpus with the default targets (made once: two tests compare with it). */
    private static synchronized LintReport reference() {
        if (reference == null) {
            reference = lint(corpus, LintOptions.defaults(), (rules, understood) -> {
                referenceRules = rules;
                return new OrderedRunner(rules);
            });
        }
        return reference;
    }

    private static void assertSameReport(LintReport expectedReport, LintReport actualReport) {
        assertTrue(expectedReport.findings().size() > 500, "too small a corpus: " + expectedReport.summary());
        List<Finding> expected = expectedReport.findings();
        List<Finding> actual = actualReport.findings();
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "finding " + i + " differs");
        }
        assertEquals(expected.size(), actual.size(), "number of findings");
        assertEquals(expectedReport.summary(), actualReport.summary());
    }

    /** The parallel runner's report with runs of {@code chunk} statements, having checked at least so many runs. */
    private static LintReport parallel(List<SourceFile> files, LintOptions options, int chunk, int minimumRuns) {
        int[] runs = {0};
        LintReport report = lint(files, options, (rules, understood) -> {
            ParallelRunner runner = new ParallelRunner(rules, chunk);
            return (scripts, parsed, from, schema, sink) -> {
                runner.run(scripts, parsed, from, schema, sink);
                runs[0] = runner.chunksChecked();
            };
        });
        assertTrue(runs[0] >= minimumRuns, "the parallel runner checked " + runs[0] + " runs of " + chunk
                + " statements, expected at least " + minimumRuns + " (" + report.summary() + ")");
        return report;
    }

    @Test
    void theParallelRunnerInProductionSizedRunsFindsWhatTheReferenceFinds() {
        assertSameReport(reference(), parallel(corpus, LintOptions.defaults(), PRODUCTION_CHUNK, 3));
    }

    /** One copy of the corpus in runs of 97 statements: run boundaries fall inside files, at every kind of statement. */
    @Test
    void theParallelRunnerInSmallRunsFindsWhatTheReferenceFindsOnTheOldestTargets() {
        Targets oldest = Targets.parse(Arrays.stream(Engine.values()).map(e -> e.id() + ":" + e.oldest()).toList());
        LintOptions options = LintOptions.defaults().withTargets(oldest);
        List<SourceFile> oneCopy = corpus.subList(0, corpus.size() / COPIES);
        assertSameReport(lint(oneCopy, options, (rules, understood) -> new OrderedRunner(rules)),
                parallel(oneCopy, options, 97, 8));
    }

    @Test
    void theDefaultChoiceFindsWhatTheReferenceFinds() {
        assertSameReport(reference(), new Linter(RULES, LintOptions.defaults()).lintFiles(corpus));
    }

    /**
     * The converse of the context's refusal: a rule that declares it reads the schema or the file's history asks for
     * it somewhere in the corpus. A stale declaration gives no wrong finding, but keeps the rule out of the parallel
     * pass.
     */
    @Test
    void everyRuleAsksForWhatItDeclaresSomewhereInTheCorpus() {
        reference();
        List<String> unused = new ArrayList<>();
        for (int r = 0; r < referenceRules.size(); r++) {
            RuleDescriptor d = referenceRules.descriptor(r);
            if (!referenceRules.asked(r).equals(d.reads())) {
                unused.add(d.id() + " declares " + d.reads() + ", asked for " + referenceRules.asked(r));
            }
        }
        assertEquals(List.of(), unused);
    }
}
