package io.github.dialectic.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.PipelineRules;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.schema.SchemaSource;
import io.github.dialectic.source.SourceFile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runners: the ordered reference and the parallel strategy (here with runs of 1, 2 and 3 statements, so that a
 * few statements make several runs) give the same findings; a rule sees the schema and the file's history as they
 * stood just before its statement; and a rule that asks for what it did not declare is stopped with an error naming
 * it, under either runner.
 */
class RunnersTest {

    /** Reports every ALTER TABLE once before asking the schema, then again if the table has a column "flag". */
    @RuleInfo(id = "test-reports-then-reads", title = "t", category = Category.SYNTAX, severity = Severity.ERROR,
            summary = "s", reads = {Reads.SCHEMA, Reads.FILE_HISTORY},
            effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, reference = "r"))
    public static final class ReportsThenReads implements Rule {
        @Override
        public void check(Change change, RuleContext ctx) {
            if (!(change instanceof Change.AlterTable at)) {
                return;
            }
            ctx.report(ctx.statementRange(), "before reading, " + at.table()).emit();
            ctx.schema().table(at.table()).flatMap(t -> t.column(Name.of("flag")))
                    .ifPresent(c -> ctx.report(ctx.statementRange(), "flag exists on " + at.table()).emit());
            ctx.report(ctx.statementRange(), "statements so far in file: " + ctx.fileChangesSoFar().size()).emit();
        }
    }

    /** Reports every statement's first token: reads its statement only, so the parallel runner runs it in the pool. */
    @RuleInfo(id = "test-first-token", title = "t", category = Category.SYNTAX, severity = Severity.ERROR,
            summary = "s", effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, reference = "r"))
    public static final class FirstToken implements Rule {
        @Override
        public void check(Change change, RuleContext ctx) {
            ctx.report(ctx.statementRange(), "starts with " + ctx.tokens().get(0).text(ctx.fileText())).emit();
        }
    }

    /** Asks for the schema without declaring it. */
    @RuleInfo(id = "test-undeclared-schema", title = "t", category = Category.SYNTAX, severity = Severity.ERROR,
            summary = "s", effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, reference = "r"))
    public static final class UndeclaredSchema implements Rule {
        @Override
        public void check(Change change, RuleContext ctx) {
            if (change instanceof Change.AlterTable at && ctx.schema().table(at.table()).isEmpty()) {
                ctx.report(ctx.statementRange(), "no such table").emit();
            }
        }
    }

    /** Asks for the file's history having declared only the schema. */
    @RuleInfo(id = "test-undeclared-history", title = "t", category = Category.SYNTAX, severity = Severity.ERROR,
            summary = "s", reads = Reads.SCHEMA,
            effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, reference = "r"))
    public static final class UndeclaredHistory implements Rule {
        @Override
        public void check(Change change, RuleContext ctx) {
            if (ctx.inExplicitTransaction()) {
                ctx.report(ctx.statementRange(), "in a transaction").emit();
            }
        }
    }

    /** Reads its statement only; throws an error (not an exception) on the statement that creates b. */
    @RuleInfo(id = "test-error-on-b", title = "t", category = Category.SYNTAX, severity = Severity.ERROR,
            summary = "s", effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, reference = "r"))
    public static final class ErrorOnB implements Rule {
        @Override
        public void check(Change change, RuleContext ctx) {
            if (change instanceof Change.CreateTable ct && ct.table().equals(QualifiedName.of("b"))) {
                throw new StackOverflowError("deep in test-error-on-b");
            }
        }
    }

    private static final String V1 = "CREATE TABLE a (id INT);\nALTER TABLE a ADD COLUMN flag INT;\n";
    private static final String V2 = "ALTER TABLE a ADD COLUMN other INT;\nCREATE TABLE b (id INT);\n"
            + "ALTER TABLE b ADD COLUMN x INT;\n";

    /** 0: the ordered runner; n: the parallel one with runs of n statements. */
    private static Linter linter(int chunk, RuleRegistry registry, LintOptions options, List<Integer> chunksChecked) {
        return new Linter(registry, options, null, SchemaSource.EMPTY, (rules, understood) -> {
            if (chunk == 0) {
                return new OrderedRunner(rules);
            }
            ParallelRunner parallel = new ParallelRunner(rules, chunk);
            return (scripts, parsed, from, schema, sink) -> {
                parallel.run(scripts, parsed, from, schema, sink);
                chunksChecked.add(parallel.chunksChecked());
            };
        });
    }

    private static List<Finding> lint(int chunk, LintOptions options, Rule... rules) {
        List<Integer> chunks = new ArrayList<>();
        List<Finding> found = linter(chunk, RuleRegistry.of(rules), options, chunks).lintFiles(List.of(
                SourceFile.of(Path.of("V1__a.sql"), V1), SourceFile.of(Path.of("V2__b.sql"), V2))).findings();
        if (chunk > 0) { // five statements in runs of `chunk`
            assertEquals(List.of((5 + chunk - 1) / chunk), chunks);
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void aRuleThatReadsTheSchemaAndHistorySeesThemAsTheyStoodBeforeItsStatement(int chunk) {
        List<String> seen = lint(chunk, LintOptions.defaults(), new ReportsThenReads(), new FirstToken()).stream()
                .map(f -> f.file() + ":" + f.line() + " " + f.message()).toList();
        assertEquals(List.of( // in a file, by position, then rule id; a rule's own findings in the order it made them
                "V1__a.sql:1 starts with CREATE",
                "V1__a.sql:2 starts with ALTER",
                "V1__a.sql:2 before reading, a",
                "V1__a.sql:2 statements so far in file: 2",
                "V2__b.sql:1 starts with ALTER",
                "V2__b.sql:1 before reading, a",
                "V2__b.sql:1 flag exists on a",
                "V2__b.sql:1 statements so far in file: 1",
                "V2__b.sql:2 starts with CREATE",
                "V2__b.sql:3 starts with ALTER",
                "V2__b.sql:3 before reading, b",
                "V2__b.sql:3 statements so far in file: 3"), seen);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void aRuleThatAsksForTheSchemaWithoutDeclaringItIsStoppedWithAnErrorNamingIt(int chunk) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> lint(chunk, LintOptions.defaults(), new FirstToken(), new UndeclaredSchema()));
        assertTrue(e.getMessage().contains("rule test-undeclared-schema (" + UndeclaredSchema.class.getName()
                + ") asked for schema() checking V1__a.sql:2 but does not declare it reads it: add reads = "
                + "Reads.SCHEMA to its @RuleInfo"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    @Timeout(30) // a run that lost count of its statements would wait for ever
    void anErrorInAStatementOnlyRuleEndsTheLintWithThatErrorWhicheverThreadCheckedIt(int chunk) {
        // under the parallel runner the statement is checked by a pool thread or by the ordered walk, which takes
        // what the pool has not started: either way the lint ends with the error, and does not wait forever
        StackOverflowError e = assertThrows(StackOverflowError.class,
                () -> lint(chunk, LintOptions.defaults(), new FirstToken(), new ErrorOnB()));
        assertEquals("deep in test-error-on-b", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void aRuleThatAsksForTheFileHistoryWithoutDeclaringItIsStoppedWithAnErrorNamingIt(int chunk) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> lint(chunk, LintOptions.defaults(), new UndeclaredHistory()));
        assertTrue(e.getMessage().contains("rule test-undeclared-history (" + UndeclaredHistory.class.getName()
                + ") asked for inExplicitTransaction() checking V1__a.sql:1 but does not declare it reads it: add "
                + "reads = Reads.FILE_HISTORY to its @RuleInfo"), e.getMessage());
    }

    /**
     * The parallel runner checks the statement-only rule in the pool before the schema-reading one in the ordered
     * walk; the rule-time-limit finding still names them in rule order, as the reference does.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void aTimeLimitFindingNamesTheRulesInRuleOrderUnderEitherRunner(int chunk) {
        List<String> limits = lint(chunk, LintOptions.defaults().withRuleTimeout(Duration.ZERO), new ReportsThenReads(),
                new FirstToken()).stream().filter(f -> f.rule().equals(PipelineRules.RULE_TIME_LIMIT))
                .map(f -> f.file() + ":" + f.line() + " " + f.message().replaceAll("after \\d+ ms", "after N ms"))
                .toList();
        assertEquals(5, limits.size(), limits.toString());
        assertEquals("V1__a.sql:2 rules test-reports-then-reads was stopped after N ms, test-first-token was stopped "
                + "after N ms on this statement (limit 0 ms per rule and statement); their checks of this statement "
                + "may be incomplete", limits.get(1));
    }

    /** Sleeps past the rule time bound once, in {@link Rule#prepare}, and counts what it was given. */
    @RuleInfo(id = "test-slow-preparation", title = "t", category = Category.SYNTAX, severity = Severity.ERROR,
            summary = "s", effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, reference = "r"))
    public static final class SlowPreparation implements Rule {
        final List<String> calls = new ArrayList<>();

        @Override
        public synchronized void prepare(List<io.github.dialectic.engine.EngineProfile> targets) {
            calls.add("prepare " + targets.stream().map(p -> p.engine().id()).toList());
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public synchronized void check(Change change, RuleContext ctx) {
            calls.add("check");
        }
    }

    /**
     * One-time work (sqlite-parser-rejects loads SQLite's native library) happens once, before the first check and
     * outside the bound: timed inside it, it put a rule-time-limit finding on the first statement under one runner only.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void aRuleIsPreparedOnceBeforeItsFirstCheckOutsideTheTimeBound(int chunk) {
        SlowPreparation slow = new SlowPreparation();
        List<Finding> found = lint(chunk, LintOptions.defaults().withRuleTimeout(Duration.ofMillis(200))
                .withTargets(io.github.dialectic.engine.Targets.parse("db2,sqlite")), slow);
        assertEquals(List.of(), found.stream().filter(f -> f.rule().equals(PipelineRules.RULE_TIME_LIMIT)).toList());
        assertEquals("prepare [sqlite, db2]", slow.calls.get(0));
        assertEquals(List.of("check", "check", "check", "check", "check"), slow.calls.subList(1, slow.calls.size()));
    }

    /** Fails in {@link Rule#prepare}, as a rule whose native library cannot be loaded would. */
    @RuleInfo(id = "test-failing-preparation", title = "t", category = Category.SYNTAX, severity = Severity.ERROR,
            summary = "s", effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, reference = "r"))
    public static final class FailingPreparation implements Rule {
        @Override
        public void prepare(List<io.github.dialectic.engine.EngineProfile> targets) {
            throw new IllegalStateException("cannot load the native library");
        }

        @Override
        public void check(Change change, RuleContext ctx) {
        }
    }

    /**
     * The rule set is made on a thread of its own while the files are read and parsed: a rule that fails to prepare
     * fails the lint with its own exception, as when the rule set was made on the linting thread.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void aRuleThatFailsToPrepareFailsTheLintWithItsOwnException(int chunk) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> lint(chunk, LintOptions.defaults(), new FailingPreparation()));
        assertEquals("cannot load the native library", e.getMessage());
    }
}
