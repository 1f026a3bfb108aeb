package io.github.dialectic.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A rule declares in {@code @RuleInfo(reads = ...)} whether it reads the replayed schema or the file's history; the
 * runners schedule it by that, and its context refuses what it did not declare. Here every rule, alone, checks every
 * rule fixture and conformance script as one migration history: a rule that asks for what it did not declare fails
 * this test with the context's message (rule, question, file and line, the declaration to add).
 */
class DeclaredReadsTest {

    private static final Path RESOURCES = Path.of("src/test/resources");

    @Test
    void everyRuleDeclaresWhatItReadsOverTheWholeFixtureCorpus() throws IOException {
        List<SourceFile> corpus = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".sql")
                    && (p.startsWith(RESOURCES.resolve("fixtures")) || p.startsWith(RESOURCES.resolve("conformance"))))
                    .sorted().toList()) {
                corpus.add(SourceFile.of(Path.of("V" + (corpus.size() + 1) + "__" + p.getParent().getFileName() + "_"
                        + p.getFileName()), Files.readString(p)));
            }
        }
        assertTrue(corpus.size() > 100, "fixtures not found under " + RESOURCES.toAbsolutePath());
        Map<String, Rule> rules = RuleRegistry.load().rules();
        assertTrue(rules.size() > 50, rules.keySet().toString());
        List<String> undeclared = new ArrayList<>();
        rules.forEach((id, rule) -> {
            try {
                new Linter(RuleRegistry.of(rule), LintOptions.defaults()).lintFiles(corpus);
            } catch (IllegalStateException e) {
                undeclared.add(e.getMessage());
            }
        });
        assertEquals(List.of(), undeclared);
    }
}
