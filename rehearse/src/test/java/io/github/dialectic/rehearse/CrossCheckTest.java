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
}
