package io.github.dialectic.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dialectic.change.Change;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.SourceFile;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The linter runs rules first statement by statement in parallel, and re-runs in migration order whatever asked for
 * the schema or the file so far: the findings must be exactly those of one ordered pass.
 */
class LinterPassesTest {

    /** Reports every ALTER TABLE once before asking the schema, then again if the table has a column "flag". */
    @RuleInfo(id = "test-reports-then-reads", title = "t", category = Category.SYNTAX, severity = Severity.ERROR,
            summary = "s", effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, reference = "r"))
    public static final class ReportsThenReads implements Rule {
        @Override
        public void check(Change change, RuleContext ctx) {
            if (!(change instanceof Change.AlterTable at)) {
                return;
            }
            ctx.report(ctx.statementRange(), "before reading, " + at.table()).emit();
            ctx.schema().table(at.table()).flatMap(t -> t.column(io.github.dialectic.change.Name.of("flag")))
                    .ifPresent(c -> ctx.report(ctx.statementRange(), "flag exists on " + at.table()).emit());
            ctx.report(ctx.statementRange(), "statements so far in file: " + ctx.fileChangesSoFar().size()).emit();
        }
    }

    @Test
    void findingsOfARuleThatReadsTheSchemaComeOnceAndSeeTheSchemaBeforeTheirStatement() {
        Linter linter = new Linter(RuleRegistry.of(new ReportsThenReads()), LintOptions.defaults());
        String v1 = "CREATE TABLE a (id INT);\nALTER TABLE a ADD COLUMN flag INT;\n";
        String v2 = "ALTER TABLE a ADD COLUMN other INT;\nCREATE TABLE b (id INT);\nALTER TABLE b ADD COLUMN x INT;\n";
        LintReport report = linter.lintFiles(List.of(SourceFile.of(Path.of("V1__a.sql"), v1),
                SourceFile.of(Path.of("V2__b.sql"), v2)));
        List<String> seen = report.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.message()).toList();
        assertEquals(List.of(
                "V1__a.sql:2 before reading, a",
                "V1__a.sql:2 statements so far in file: 2",
                "V2__b.sql:1 before reading, a",
                "V2__b.sql:1 flag exists on a",
                "V2__b.sql:1 statements so far in file: 1",
                "V2__b.sql:3 before reading, b",
                "V2__b.sql:3 statements so far in file: 3"), seen);
        assertEquals(7, report.findings().stream().map(Finding::rule).filter("test-reports-then-reads"::equals).count());
    }
}
