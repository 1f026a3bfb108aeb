package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.Location;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules on a live schema, and pending Flyway migrations checked against one. */
class LiveCheckTest {

    @TempDir
    Path dir;

    /** A nullable column in a unique key is a Db2 problem whether a migration made it or the database has it. */
    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRESQL", "MARIADB", "SQLITE"})
    void rulesFindTheLiveSchemasProblemsAtTheLiveObject(Engine engine) throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(engine)) {
            db.run(Seed.statements(engine));
            try (LiveCheck live = LiveCheck.connect(db.url, null, null, LiveCheck.Options.defaults())) {
                LintReport report = live.lintSchema(RuleRegistry.load(), LintOptions.defaults());
                String prefix = db.schema == null ? "" : db.schema + ".";
                assertEquals(Set.of(prefix + "instances.uq_instances_uuid"), elements(report, "nullable-unique-key"),
                        "MariaDB adds its unique index; see below");
                Finding nullable = report.findings().stream().filter(f -> f.rule().equals("nullable-unique-key")
                        && f.message().contains("uuid")).findFirst().orElseThrow();
                assertEquals(new Location.Element("db", prefix + "instances.uq_instances_uuid"), nullable.location());
                if (engine != Engine.POSTGRESQL) { // PostgreSQL refuses a foreign key to a non-unique column
                    assertEquals(1, elements(report, "fk-parent-not-key").size());
                }
                assertTrue(report.findings().stream().noneMatch(f -> f.rule().equals("unparsed-statement")),
                        "the live schema's DDL is read whole: " + report.findings());
                assertTrue(report.findings().stream().noneMatch(f -> f.rule().equals("backtick-identifiers")
                        || f.rule().equals("postgres-only-syntax")), "catalog spellings are not the schema's");
            }
        }
    }

    private static Set<String> elements(LintReport report, String rule) {
        return report.findings().stream().filter(f -> f.rule().equals(rule))
                .filter(f -> !f.message().contains("column host"))
                .map(f -> ((Location.Element) f.location()).element()).collect(Collectors.toSet());
    }

    /**
     * Flyway applied 3 of 5 migrations and V2 was edited since: only V4 and V5 are linted, against the live schema
     * (V4's ALTER of a table V1 made is understood), with their data prechecks; the edit is reported.
     */
    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRESQL", "MARIADB", "SQLITE"})
    void pendingMigrationsAgainstTheLiveSchema(Engine engine) throws Exception {
        List<String> migrations = List.of(
                "CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, uuid VARCHAR(36), deleted INTEGER NOT NULL);\n",
                "CREATE INDEX ix_instances_deleted ON instances (deleted);\n",
                "CREATE TABLE block_device_mapping (id INTEGER NOT NULL PRIMARY KEY, instance_uuid VARCHAR(36));\n",
                "ALTER TABLE instances ADD CONSTRAINT uq_instances_uuid UNIQUE (uuid);\n",
                "DELETE FROM block_device_mapping WHERE instance_uuid IS NULL;\n"
                        + "ALTER TABLE block_device_mapping ADD CONSTRAINT fk_bdm_instance FOREIGN KEY (instance_uuid)"
                        + " REFERENCES instances (uuid);\n");
        Path folder = Files.createDirectories(dir.resolve("migration"));
        try (ScratchDatabase db = ScratchDatabase.create(engine)) {
            db.run("CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50),"
                    + " description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL,"
                    + " checksum INT, installed_by VARCHAR(100) NOT NULL, execution_time INT NOT NULL, success INT NOT NULL)");
            for (int v = 1; v <= 5; v++) {
                String text = migrations.get(v - 1);
                Files.writeString(folder.resolve("V" + v + "__step" + v + ".sql"), text);
                if (v <= 3) {
                    db.run(text.trim().replace(";", ""));
                    int recorded = FlywayHistory.checksum(v == 2 ? "-- as applied\n" + text : text);
                    db.run("INSERT INTO flyway_schema_history VALUES (" + v + ", '" + v + "', 'step" + v + "', 'SQL', 'V"
                            + v + "__step" + v + ".sql', " + recorded + ", 'ops', 1, 1)");
                }
            }
            db.run("INSERT INTO instances (id, uuid, deleted) VALUES (1, 'a', 0), (2, 'a', 0), (3, NULL, 0), (4, 'b', 1)",
                    "INSERT INTO block_device_mapping (id, instance_uuid) VALUES (10, 'a'), (11, 'zz')");
            try (LiveCheck live = LiveCheck.connect(db.url, null, null, LiveCheck.Options.defaults())) {
                LintReport report = live.lintPending(List.of(folder), RuleRegistry.load(), LintOptions.defaults());
                Set<String> files = report.findings().stream().map(f -> Path.of(f.file()).getFileName().toString())
                        .collect(Collectors.toSet());
                assertEquals(Set.of("V2__step2.sql", "V4__step4.sql", "V5__step5.sql"), files, report.findings()::toString);
                assertEquals(2, report.summary().files(), "V4 and V5 only");

                Finding edited = only(report, "migration-edited");
                assertTrue(edited.file().endsWith("V2__step2.sql"));
                assertEquals(Severity.ERROR, edited.severity());

                assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("nullable-unique-key")
                        && f.file().endsWith("V4__step4.sql")), "V4's UNIQUE on the live nullable uuid: " + report.findings());
                List<Finding> prechecks = report.findings().stream().filter(f -> f.rule().equals("data-precheck")).toList();
                assertEquals(2, prechecks.size(), prechecks::toString);
                Finding duplicates = prechecks.get(0);
                assertTrue(duplicates.file().endsWith("V4__step4.sql"));
                assertEquals("UNIQUE (uuid) on " + (db.schema == null ? "" : db.schema + ".")
                        + "instances: 1 duplicate group (uuid=a, rows=2)", duplicates.message());
                assertTrue(duplicates.fix().contains("GROUP BY"), duplicates.fix());
                Finding orphans = prechecks.get(1);
                assertTrue(orphans.file().endsWith("V5__step5.sql"));
                assertEquals(2, orphans.line(), "at the ALTER, the file's second statement");
                assertTrue(orphans.message().endsWith(": 1 orphan row (id=11)"), orphans.message());
            }
        }
    }

    /** A costly finding says how big the table really is, and is an error from the threshold on. */
    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRESQL", "MARIADB", "SQLITE"})
    void costlyFindingsCarryTheTablesSize(Engine engine) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("sized"));
        Files.writeString(folder.resolve("V1__instances.sql"), "ALTER TABLE instances ALTER COLUMN host SET NOT NULL;\n");
        try (ScratchDatabase db = ScratchDatabase.create(engine)) {
            db.run(Seed.statements(engine));
            for (long threshold : new long[] {5, 6}) {
                try (LiveCheck live = LiveCheck.connect(db.url, null, null,
                        LiveCheck.Options.defaults().withRowThreshold(threshold))) {
                    LintReport report = live.lintPending(List.of(folder), RuleRegistry.load(), LintOptions.defaults());
                    List<Finding> costly = report.findings().stream().filter(f -> f.engines().containsValue(
                            io.github.dialectic.engine.Effect.COSTLY)).toList();
                    assertTrue(!costly.isEmpty(), report.findings()::toString);
                    for (Finding f : costly) {
                        assertTrue(f.message().endsWith("; instances has about 5 rows"), f.message());
                        if (threshold == 5) {
                            assertEquals(Severity.ERROR, f.severity(), "5 rows reach a threshold of 5");
                        } else {
                            assertEquals(RuleRegistry.load().descriptor(f.rule()).orElseThrow().severity(),
                                    f.severity(), "below the threshold the rule's own severity stays");
                        }
                    }
                }
            }
        }
    }

    private static Finding only(LintReport report, String rule) {
        List<Finding> found = report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, found.size(), () -> rule + ": " + found);
        return found.get(0);
    }
}
