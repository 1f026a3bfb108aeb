package io.github.dialectic.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dialectic.change.Change;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.PipelineRules;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.SourceFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules have a time bound per statement, like the parser: a rule that overruns on one statement is stopped there (or
 * reported when it returns), the run goes on, and a {@code rule-time-limit} finding names the rule and the statement.
 */
class RuleTimeLimitTest {

    private static final String FILE = "CREATE TABLE slow (id INT);\nCREATE TABLE fast (id INT);\n";

    /** Loops forever on the table named "slow", reading its tokens; reports every other table. */
    @RuleInfo(id = "test-loops", title = "t", category = Category.SYNTAX, severity = Severity.ERROR, summary = "s",
            effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, reference = "r"))
    public static final class Loops implements Rule {
        @Override
        public void check(Change change, RuleContext ctx) {
            if (!(change instanceof Change.CreateTable ct)) {
                return;
            }
            ctx.report(ctx.statementRange(), "seen " + ct.table()).emit();
            long sum = 0;
            while (ct.table().toString().equals("slow")) {
                for (int i = 0; i < ctx.tokens().size(); i++) {
                    sum += ctx.tokens().get(i).start();
                }
            }
            ctx.report(ctx.statementRange(), "done with " + ct.table() + " " + sum).emit();
        }
    }

    /** Sleeps past any small bound on the table named "slow" without asking its context anything meanwhile. */
    @RuleInfo(id = "test-sleeps", title = "t", category = Category.SYNTAX, severity = Severity.ERROR, summary = "s",
            effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, reference = "r"))
    public static final class Sleeps implements Rule {
        @Override
        public void check(Change change, RuleContext ctx) {
            if (change instanceof Change.CreateTable ct && ct.table().toString().equals("slow")) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Reports every CREATE TABLE: the rule that is never slow, whose findings must all be there. */
    @RuleInfo(id = "test-quick", title = "t", category = Category.SYNTAX, severity = Severity.ERROR, summary = "s",
            effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, reference = "r"))
    public static final class Quick implements Rule {
        @Override
        public void check(Change change, RuleContext ctx) {
            if (change instanceof Change.CreateTable ct) {
                ctx.report(ctx.statementRange(), "quick " + ct.table()).emit();
            }
        }
    }

    private static List<String> lint(Duration bound, Rule... rules) {
        Linter linter = new Linter(RuleRegistry.of(rules), LintOptions.defaults().withRuleTimeout(bound));
        return linter.lintFiles(List.of(SourceFile.of(Path.of("V1__t.sql"), FILE))).findings().stream()
                .map(f -> f.line() + " [" + f.rule() + "] " + f.message()).toList();
    }

    @Test
    @Timeout(60)
    void aRuleThatLoopsIsStoppedAndTheRunGoesOn() {
        List<String> seen = lint(Duration.ofMillis(200), new Loops(), new Quick());
        assertEquals(6, seen.size(), seen.toString());
        assertTrue(seen.get(0).matches("1 \\[rule-time-limit] rule test-loops was stopped after \\d+ ms on this "
                + "statement \\(limit 200 ms per rule and statement\\); its check of this statement may be incomplete"),
                seen.get(0));
        // what it found before it was stopped stands; the other rule, and the next statement, were checked in full
        assertEquals(List.of("1 [test-loops] seen slow", "1 [test-quick] quick slow", "2 [test-loops] seen fast",
                "2 [test-loops] done with fast 0", "2 [test-quick] quick fast"), seen.subList(1, 6));
    }

    @Test
    @Timeout(60)
    void aRuleThatSleepsPastTheBoundIsReportedWhenItReturns() {
        List<String> seen = lint(Duration.ofMillis(20), new Sleeps(), new Quick());
        assertEquals(3, seen.size(), seen.toString());
        assertTrue(seen.get(0).matches("1 \\[rule-time-limit] rule test-sleeps took \\d{3,} ms on this statement "
                + "\\(limit 20 ms per rule and statement\\).*"), seen.get(0));
        assertEquals(List.of("1 [test-quick] quick slow", "2 [test-quick] quick fast"), seen.subList(1, 3));
    }

    @Test
    void theDefaultBoundLeavesOrdinaryRulesAlone() {
        List<String> seen = lint(LintOptions.DEFAULT_RULE_TIMEOUT, new Sleeps(), new Quick());
        assertEquals(List.of("1 [test-quick] quick slow", "2 [test-quick] quick fast"), seen);
    }

    @Test
    void aBoundOfZeroStopsEveryRuleAtItsFirstQuestion() {
        List<String> seen = lint(Duration.ZERO, new Quick());
        assertEquals(2, seen.size(), seen.toString());
        assertTrue(seen.stream().allMatch(s -> s.contains("[rule-time-limit] rule test-quick was stopped")), seen.toString());
    }

    @Test
    void aResultWithATimeLimitFindingIsNotCached(@TempDir Path cacheDir) throws Exception {
        Path migrations = Files.createDirectories(cacheDir.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__t.sql"), FILE);
        RuleRegistry registry = RuleRegistry.of(new Sleeps(), new Quick());
        LintOptions tight = LintOptions.defaults().withRuleTimeout(Duration.ofMillis(20));
        ParseCache cache = ParseCache.at(cacheDir.resolve("cache"));
        List<Finding> first = new Linter(registry, tight, cache).lint(List.of(migrations)).findings();
        assertEquals(1, first.stream().filter(f -> f.rule().equals(PipelineRules.RULE_TIME_LIMIT)).count());
        // the same files and configuration again: the rules must run again (the sleep is timed again), not the cache
        long started = System.nanoTime();
        List<Finding> second = new Linter(registry, tight, cache).lint(List.of(migrations)).findings();
        assertTrue(System.nanoTime() - started >= Duration.ofMillis(300).toNanos(), "the result came from the cache");
        assertEquals(1, second.stream().filter(f -> f.rule().equals(PipelineRules.RULE_TIME_LIMIT)).count());
    }
}
