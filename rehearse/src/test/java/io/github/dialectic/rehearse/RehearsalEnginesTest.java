package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.FlywaySqlSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rehearsal on real SQLite, the embedded PostgreSQL (started once for the class) and the machine's MariaDB: a set of
 * migrations whose V3 creates a view selecting a column it does not group by, which only PostgreSQL refuses and no rule reports.
 */
class RehearsalEnginesTest extends WithEmbeddedPostgres {

    static final Path MIGRATIONS = Path.of("src/test/resources/portability");

    @Test
    void aStepOnlyPostgresqlRefusesIsInTheTableWithItsErrorItsDiffsAndALintGap() throws Exception {
        try (Connection probe = Servers.connectOrSkip(Servers.MARIADB_URL);
             RehearsalTarget sqlite = RehearsalTarget.sqlite();
             RehearsalTarget mariadb = RehearsalTarget.server(Servers.MARIADB_URL, null, null)) {
            RehearsalReport report = Rehearse.run(List.of(sqlite, postgres, mariadb),
                    new FlywaySqlSource(List.of(MIGRATIONS), null), List.of(), Rehearsal.Options.defaults(),
                    RuleRegistry.load(), LintOptions.defaults());

            assertEquals(List.of("sqlite", "postgresql", "mariadb"), report.runs().stream().map(EngineRun::label).toList());
            for (EngineRun run : List.of(report.runs().get(0), report.runs().get(2))) {
                assertEquals(List.of("ok", "ok", "ok", "ok"), statuses(run), run.label());
            }
            EngineRun pg = report.runs().get(1);
            assertEquals(List.of("ok", "ok", "failed", "not-run"), statuses(pg));
            StepResult.EngineError error = pg.steps().get(2).error();
            assertTrue(error.message().contains("must appear in the GROUP BY clause"), error.message());
            assertEquals("42803", error.sqlState());
            assertEquals(4, error.location().line(), "the view, not the ALTER before it");

            for (EngineRun run : report.runs()) {
                assertEquals(List.of("+ table quotas", "+ primary key quotas (id)", "+ index quotas.ix_quotas_name (name)"),
                        changes(run, 0).stream().map(c -> c.startsWith("+ table") ? "+ table quotas" : c).toList(),
                        run.label());
                assertTrue(changes(run, 0).get(0).contains("name VARCHAR(40) NOT NULL"), changes(run, 0).get(0));
                assertEquals(List.of(), changes(run, 1), "an INSERT changes no schema");
            }
            // PostgreSQL's step ran in a transaction: its ALTER went back with the failed UPDATE
            assertEquals(List.of(), changes(pg, 2));
            for (EngineRun run : List.of(report.runs().get(0), report.runs().get(2))) {
                assertEquals(List.of("+ column quotas.ratio DECIMAL(10,2)"), changes(run, 2), run.label());
                List<String> usage = changes(run, 3);
                List<String> expected = new java.util.ArrayList<>(List.of(
                        "+ table usage_log (id INTEGER NOT NULL, quota_id INTEGER NOT NULL)",
                        "+ primary key usage_log (id)",
                        "+ foreign key usage_log.fk_usage_log_quota (quota_id) REFERENCES quotas (id)"));
                if (run.engine() == Engine.MARIADB) { // InnoDB indexes a foreign key's columns by itself
                    expected.add(2, "+ index usage_log.fk_usage_log_quota (quota_id)");
                }
                assertEquals(expected, usage.stream().map(c -> c.replaceFirst( // SQLite names a foreign key by itself
                        "foreign key usage_log\\.\\S+ \\(", "foreign key usage_log.fk_usage_log_quota (")).toList(),
                        run.label());
            }

            String text = report.text();
            assertTrue(text.lines().anyMatch(l -> l.startsWith("src/test/resources/portability/V3__quota_ratio.sql")
                    && l.matches(".*ok .*ERROR .*ok .*")), text);
            assertTrue(text.contains("V3__quota_ratio.sql:4:1: postgresql: ERROR: column \"quotas.used\" must appear in the GROUP BY clause"), text);

            List<Finding> gaps = report.crossCheck().stream()
                    .filter(f -> f.rule().equals(CrossCheck.ENGINE_REJECTED)).toList();
            assertEquals(1, gaps.size(), report.crossCheck().toString());
            Finding gap = gaps.get(0);
            assertEquals("src/test/resources/portability/V3__quota_ratio.sql", gap.file());
            assertEquals(4, gap.line());
            assertEquals(java.util.Map.of(Engine.POSTGRESQL, Effect.REJECTED), gap.engines());
            assertTrue(gap.message().startsWith("PostgreSQL 15."), gap.message());
            assertTrue(gap.message().contains("GROUP BY"), gap.message());
            assertTrue(report.json().contains("\"sqlState\" : \"42803\""), report.json());
        }
    }

    private static List<String> statuses(EngineRun run) {
        return run.steps().stream().map(s -> s.status().id()).toList();
    }

    private static List<String> changes(EngineRun run, int step) {
        return run.steps().get(step).changes().stream().map(Object::toString).collect(Collectors.toList());
    }

    @Test
    void upToStopsAfterThatVersionAndShowPrintsTheTableThere() throws Exception {
        try (RehearsalTarget sqlite = RehearsalTarget.sqlite()) {
            RehearsalReport report = Rehearse.run(List.of(sqlite), new FlywaySqlSource(List.of(MIGRATIONS), null),
                    List.of(), Rehearsal.Options.defaults().withUpTo("3").withShow("quotas"), null, LintOptions.defaults());
            assertEquals(3, report.files().size());
            assertNull(report.runs().get(0).steps().stream().filter(s -> s.status() != StepResult.Status.OK)
                    .findFirst().orElse(null));
            assertEquals("""
                    table quotas
                      column id INTEGER NOT NULL
                      column name VARCHAR(40) NOT NULL
                      column used INTEGER
                      column quota INTEGER
                      column ratio DECIMAL(10,2)
                      primary key (id)
                      index ix_quotas_name (name)
                    """, report.runs().get(0).shown());
        }
    }
}
