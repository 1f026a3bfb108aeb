package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.Location;
import io.github.dialectic.source.Script;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlScript;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The false-alarm half of the cross-check. No engine here runs a statement a rule says it rejects (the rules are right
 * about SQLite 3.54 and PostgreSQL 15 on every statement tried), so the run is written by hand: SQLite "took" an ALTER
 * TABLE ... ADD CONSTRAINT that two rules say it refuses. The engine half runs on real engines in LintVerifyTest.
 */
class CrossCheckTest {

    static final String ALTER = "ALTER TABLE t ADD CONSTRAINT u_name UNIQUE (name);\n";

    private static List<Finding> check(String text) {
        Script script = new SqlScript(SourceFile.of(Path.of("V2__u.sql"), text));
        int line = (int) text.lines().takeWhile(l -> !l.startsWith("ALTER")).count() + 1;
        Location.FileRange at = new Location.FileRange("V2__u.sql", line, 1, line, ALTER.length() - 1);
        StepResult step = new StepResult("V2__u.sql", "2", StepResult.Status.OK, null, 1000, List.of(),
                List.of(new StepResult.StatementRun(at, true)));
        EngineRun run = new EngineRun("sqlite", Engine.SQLITE, "3.54.1", 0, List.of(step), List.of(), null);
        return CrossCheck.check(RuleRegistry.load(), LintOptions.defaults(), List.of(script), List.of(run));
    }

    @Test
    void aRejectionTheEngineRanIsAFalseAlarmAtTheRulesFinding() {
        List<Finding> found = check(ALTER);
        assertEquals(List.of("engine-accepted 1:15 alter-form-unsupported", "engine-accepted 1:37 sqlite-parser-rejects"),
                found.stream().map(f -> f.rule() + " " + f.line() + ":" + f.column() + " "
                        + f.message().replaceAll(".*\\[(.*)].*", "$1")).toList());
        assertTrue(found.get(0).message().startsWith("SQLite 3.54.1 accepted this statement, which [alter-form-unsupported] "
                + "says it rejects"), found.get(0).message());
    }

    @Test
    void suppressingTheRuleForThatEngineOrTheFalseAlarmLeavesNone() {
        assertEquals(List.of(), check("-- dialectic:ignore alter-form-unsupported@sqlite, sqlite-parser-rejects\n" + ALTER));
        assertEquals(List.of(), check("-- dialectic:ignore engine-accepted@sqlite\n" + ALTER));
        assertEquals(2, check("-- dialectic:ignore engine-accepted@postgresql\n" + ALTER).size());
    }

    static final String CREATE = "CREATE TABLE t (id INTEGER);\n";

    /** A run of {@code file}'s one statement (on its last line) on {@code engine}: taken, refused, or not reached. */
    private static EngineRun ran(Engine engine, String version, String file, String text, Boolean accepted) {
        int line = (int) text.lines().count();
        Location.FileRange at = new Location.FileRange(file, line, 1, line, CREATE.length() - 1);
        StepResult step = accepted == null
                ? new StepResult(file, "1", StepResult.Status.NOT_RUN, null, 0, List.of(), List.of())
                : new StepResult(file, "1", accepted ? StepResult.Status.OK : StepResult.Status.FAILED, accepted ? null
                : new StepResult.EngineError("refused", "42000", 1, at), 1000, List.of(),
                List.of(new StepResult.StatementRun(at, accepted)));
        return new EngineRun(engine.id(), engine, version, 0, List.of(step), List.of(), null);
    }

    private static List<String> unused(String text, EngineRun... runs) {
        Script script = new SqlScript(SourceFile.of(Path.of("V1__t.sql"), text));
        return CrossCheck.check(RuleRegistry.load(), LintOptions.defaults(), List.of(script), List.of(runs)).stream()
                .map(f -> f.rule() + " " + f.line() + ":" + f.column() + " " + f.message()).toList();
    }

    @Test
    void aSuppressionOfAnEngineThatRanTheStatementAndSuppressedNothingIsUnused() {
        String text = "-- dialectic:ignore engine-rejected@sqlite\n" + CREATE;
        assertEquals(List.of("unused-suppression 1:21 suppression of 'engine-rejected@sqlite' matched no finding on the "
                + "statement it precedes, which SQLite 3.54.1 ran"),
                unused(text, ran(Engine.SQLITE, "3.54.1", "V1__t.sql", text, true)));
        // used: SQLite refused the statement, and the suppression took the gap out
        assertEquals(List.of(), unused(text, ran(Engine.SQLITE, "3.54.1", "V1__t.sql", text, false)));
        String file = "-- dialectic:ignore-file engine-rejected, engine-accepted@postgresql\n" + CREATE;
        assertEquals(List.of("unused-suppression 1:26 suppression of 'engine-rejected' matched no finding in this file, "
                        + "which SQLite 3.54.1 and PostgreSQL 15.19 ran",
                "unused-suppression 1:43 suppression of 'engine-accepted@postgresql' matched no finding in this file, "
                        + "which PostgreSQL 15.19 ran"),
                unused(file, ran(Engine.SQLITE, "3.54.1", "V1__t.sql", file, true),
                        ran(Engine.POSTGRESQL, "15.19", "V1__t.sql", file, true)));
    }

    /** Not rehearsed on the engine it names, or the engine never reached the statement: never tested, so not unused. */
    @Test
    void aSuppressionNoEngineItCoversRanIsNotReported() {
        String text = "-- dialectic:ignore engine-rejected@postgresql\n" + CREATE;
        assertEquals(List.of(), unused(text, ran(Engine.SQLITE, "3.54.1", "V1__t.sql", text, true)));
        String any = "-- dialectic:ignore engine-rejected\n" + CREATE;
        assertEquals(List.of(), unused(any, ran(Engine.SQLITE, "3.54.1", "V1__t.sql", any, null)));
    }

    /** A common file of two engines' sets: one set's gap used the suppression, so it is not unused in the other's. */
    @Test
    void aSuppressionOneEnginesSetUsedIsNotUnusedInAnothers() {
        String text = "-- dialectic:ignore engine-rejected\n" + CREATE;
        Script script = new SqlScript(SourceFile.of(Path.of("V1__t.sql"), text));
        List<Finding> found = CrossCheck.check(RuleRegistry.load(), LintOptions.defaults(), List.of(
                new CrossCheck.Rehearsed(List.of(script), List.of(ran(Engine.SQLITE, "3.54.1", "V1__t.sql", text, false))),
                new CrossCheck.Rehearsed(List.of(script), List.of(ran(Engine.POSTGRESQL, "15.19", "V1__t.sql", text, true)))));
        assertEquals(List.of(), found);
    }
}
