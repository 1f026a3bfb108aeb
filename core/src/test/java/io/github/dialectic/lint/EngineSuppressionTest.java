package io.github.dialectic.lint;

import io.github.dialectic.change.Change;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.FlywayConfig;
import io.github.dialectic.source.MigrationLayout;
import io.github.dialectic.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code -- dialectic:ignore rule@engine}: the named engine's effect goes, the finding stays for the others and says
 * which engine's part was suppressed where (its message, written by the rule, still names that engine); an entry for
 * an engine the run does not target is neither used nor reported unused, also when engine sets are linted one by one.
 */
class EngineSuppressionTest {

    /** Refuses every CREATE TABLE on Db2 and PostgreSQL, naming both in its message as rules do. */
    @RuleInfo(id = "test-two-engines", title = "t", category = Category.SYNTAX, severity = Severity.ERROR,
            summary = "s", effects = {
            @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, reference = "r"),
            @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED, reference = "r")})
    public static final class TwoEngines implements Rule {
        @Override
        public void check(Change change, RuleContext ctx) {
            if (change instanceof Change.CreateTable) {
                List<Engine> refusing = ctx.targets().asList().stream().map(t -> t.engine())
                        .filter(e -> e == Engine.DB2 || e == Engine.POSTGRESQL).toList();
                if (!refusing.isEmpty()) {
                    ctx.report(ctx.statementRange(), "refused by " + refusing.stream().map(Engine::shortName)
                            .toList()).only(refusing.toArray(Engine[]::new)).emit();
                }
            }
        }
    }

    private static final String FILE = """
            -- dialectic:ignore test-two-engines@db2 Db2 gets its own script
            CREATE TABLE t (id INT);
            """;

    private static List<String> lint(String targets, String text) {
        Linter linter = new Linter(RuleRegistry.of(new TwoEngines()),
                LintOptions.defaults().withTargets(Targets.parse(targets)));
        return linter.lintFiles(List.of(SourceFile.of(Path.of("V1__t.sql"), text))).findings().stream()
                .map(EngineSuppressionTest::shown).toList();
    }

    private static String shown(Finding f) {
        return f.line() + " [" + f.rule() + "] " + f.message() + " " + f.engines().keySet();
    }

    @Test
    void theSuppressedEnginesPartIsNamedAsSuppressedAndTheRestStays() {
        assertEquals(List.of("2 [test-two-engines] refused by [PostgreSQL, Db2] [Db2: suppressed on line 1] [POSTGRESQL]"),
                lint("db2,postgresql", FILE));
        // every engine of the finding suppressed: nothing is left
        assertEquals(List.of(), lint("db2", FILE));
    }

    @Test
    void anEntryForAnEngineNotTargetedIsNeitherUsedNorReportedUnused() {
        // the finding is PostgreSQL's alone and says nothing of Db2; no unused-suppression for the Db2 entry
        assertEquals(List.of("2 [test-two-engines] refused by [PostgreSQL] [POSTGRESQL]"), lint("postgresql", FILE));
        assertEquals(List.of(), lint("sqlite", FILE));
        // targeted and matching nothing, it is unused
        assertEquals(List.of("1 [unused-suppression] suppression of 'test-two-engines@db2' matched no finding with an "
                + "effect on Db2 on the statement it precedes []"), lint("db2", "-- dialectic:ignore "
                + "test-two-engines@db2\nINSERT INTO t VALUES (1);\n"));
    }

    @Test
    void inEngineSetsAnEntryIsUnusedOnlyIfItsEnginesRunDidNotUseIt(@TempDir Path project) throws Exception {
        Path common = Files.createDirectories(project.resolve("common"));
        Files.createDirectories(project.resolve("db2"));
        Files.createDirectories(project.resolve("postgresql"));
        Files.writeString(project.resolve("db2/V2__d.sql"), "INSERT INTO t VALUES (1);\n");
        Files.writeString(project.resolve("postgresql/V2__p.sql"), "INSERT INTO t VALUES (1);\n");
        Files.writeString(common.resolve("V1__t.sql"), "-- dialectic:ignore test-two-engines@db2 not used\n"
                + "INSERT INTO t VALUES (1);\n");
        MigrationLayout layout = MigrationLayout.resolve(List.of("filesystem:common", "filesystem:{vendor}"), Map.of(),
                project, List.of(), false);
        MigrationSetsLinter sets = new MigrationSetsLinter(RuleRegistry.of(new TwoEngines()),
                LintOptions.defaults().withTargets(Targets.parse("db2,postgresql")), null);
        // the PostgreSQL run skips the Db2 entry; the Db2 run finds it unused: reported once
        assertEquals(List.of("1 [unused-suppression] suppression of 'test-two-engines@db2' matched no finding with an "
                + "effect on Db2 on the statement it precedes []"), sets.lint(layout, FlywayConfig.defaults()).report()
                .findings().stream().map(EngineSuppressionTest::shown).toList());

        // used by the Db2 run (its CREATE TABLE), unknown to PostgreSQL's: not reported, PostgreSQL's finding stays
        Files.writeString(common.resolve("V1__t.sql"), FILE);
        assertEquals(List.of("2 [test-two-engines] refused by [PostgreSQL] [POSTGRESQL]"),
                sets.lint(layout, FlywayConfig.defaults()).report().findings().stream()
                        .map(EngineSuppressionTest::shown).toList());
    }
}
