package io.github.dialectic.liquibase;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.Location;
import io.github.dialectic.source.SourceException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangelogLintTest {

    static final Path XML = Path.of("src/test/resources/xml-project/db/changelog/db.changelog-master.xml");
    static final String MASTER = XML.toString();
    static final String INCLUDED = "src/test/resources/xml-project/db/changelog/changes/001-customers.xml";

    static RuleRegistry registry;
    static LintReport xml; // every target, no contexts or labels: every changeset

    @BeforeAll
    static void lintXmlOnce() throws SourceException {
        registry = RuleRegistry.load();
        xml = lint(XML, LintOptions.defaults(), ChangelogOptions.defaults());
    }

    static LintReport lint(Path changelog, LintOptions options, ChangelogOptions changelogOptions)
            throws SourceException {
        return new ChangelogLint(registry, options, changelogOptions).lint(changelog);
    }

    static List<Finding> at(LintReport report, String file, int line) {
        return report.findings().stream().filter(f -> f.file().equals(file) && f.line() == line).toList();
    }

    static Finding only(LintReport report, String rule, String file, int line) {
        List<Finding> found = at(report, file, line).stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, found.size(), rule + " at " + file + ":" + line + " in " + report.findings());
        return found.get(0);
    }

    @Test
    void db2ProblemInAnIncludedChangelogIsLocatedAtItsChangeSet() {
        Finding f = only(xml, "nullable-unique-key", INCLUDED, 17);
        assertEquals(new Location.FileRange(INCLUDED, 17, 5, 17, 38), f.location()); // <changeSet id="1b" author="alice">
        assertEquals(Map.of(Engine.DB2, Effect.REJECTED), f.engines());
        assertTrue(f.message().endsWith("(changeset 1b::alice)"), f.message());
        assertEquals(List.of(INCLUDED, MASTER), xml.sources()); // in application order: the include comes first
    }

    @Test
    void aDbmsFilteredChangeSetIsLintedOnlyForItsEngine() {
        // changeset 2 (dbms="postgresql") indexes an expression: only PostgreSQL ever runs it
        List<Finding> found = at(xml, MASTER, 11);
        assertFalse(found.isEmpty(), "PostgreSQL's findings on changeset 2: " + xml.findings());
        for (Finding f : found) {
            assertEquals(Set.of(), f.engines().keySet().stream().filter(e -> e != Engine.POSTGRESQL)
                    .collect(java.util.stream.Collectors.toSet()), f.toString());
        }
        assertEquals(Map.of(Engine.POSTGRESQL, Effect.COSTLY),
                only(xml, "create-index-locks-writes", MASTER, 11).engines());
    }

    @Test
    void sqliteRefusalIsRejectedBySqliteWithLiquibasesMessage() {
        Finding f = only(xml, "liquibase-change-refused", INCLUDED, 17);
        assertEquals(Map.of(Engine.SQLITE, Effect.REJECTED), f.engines());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("addUniqueConstraint is not supported on sqlite"), f.message());
    }

    @Test
    void preconditionsAreSkippedWithANote() {
        Finding f = only(xml, "liquibase-precondition-skipped", MASTER, 15);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().contains("changeset 3::bob") && f.message().contains("tableExists"), f.message());
    }

    @Test
    void contextsAndLabelsChooseTheChangeSets() throws SourceException {
        LintOptions db2 = LintOptions.defaults().withTargets(Targets.parse("db2"));
        // changeset 4 (context test) and 5 (label reporting) each make a nullable key unique
        LintReport all = lint(XML, db2, ChangelogOptions.defaults());
        only(all, "nullable-unique-key", MASTER, 24);
        only(all, "unique-index-nulls-equal", MASTER, 28);
        LintReport prod = lint(XML, db2, ChangelogOptions.defaults().withContexts("prod").withLabels("!reporting"));
        assertEquals(List.of(), at(prod, MASTER, 24));
        assertEquals(List.of(), at(prod, MASTER, 28));
        assertEquals(1, at(prod, INCLUDED, 17).size(), prod.findings().toString());
    }

    @Test
    void yamlAndJsonChangeSetsAreLocatedAtTheirChangeSetKey() throws SourceException {
        LintReport report = lint(Path.of("src/test/resources/yaml-project/db.changelog-master.yaml"),
                LintOptions.defaults().withTargets(Targets.parse("db2,postgresql")), ChangelogOptions.defaults());
        String yaml = "src/test/resources/yaml-project/db.changelog-master.yaml";
        String json = "src/test/resources/yaml-project/more.json";
        assertEquals(new Location.FileRange(yaml, 17, 5, 17, 14),
                only(report, "nullable-unique-key", yaml, 17).location()); // "- changeSet:" of id 2 (dbms: db2)
        assertEquals(new Location.FileRange(json, 4, 7, 4, 20),
                only(report, "nullable-unique-key", json, 4).location());
    }

    @Test
    void formattedSqlIsLintedAsWrittenWithItsDbmsFilters() throws SourceException {
        String sql = "src/test/resources/sql-project/db.changelog-master.sql";
        LintReport report = lint(Path.of(sql), LintOptions.defaults(), ChangelogOptions.defaults());
        // alice:2 (PostgreSQL's expression index) and alice:3 (MySQL's prefix index) never meet the other engines
        for (Finding f : report.findings()) {
            if (f.line() == 7) {
                assertEquals(Set.of(Engine.POSTGRESQL), f.engines().keySet(), f.toString());
            }
            if (f.line() == 11) {
                assertTrue(Set.of(Engine.MYSQL, Engine.MARIADB).containsAll(f.engines().keySet()), f.toString());
            }
        }
        // real lines and columns; the suppression above bob:4's statement holds for every engine
        Finding unique = only(report, "case-insensitive-unique", sql, 15);
        assertEquals(new Location.FileRange(sql, 15, 26, 15, 66), unique.location());
        assertEquals(List.of(), at(report, sql, 14));
        assertTrue(report.findings().stream().noneMatch(f -> f.rule().equals("nullable-unique-key") && f.line() == 15));
        LintReport prod = lint(Path.of(sql), LintOptions.defaults(), ChangelogOptions.defaults().withContexts("prod"));
        assertEquals(List.of(), at(prod, sql, 15));
    }

    @Test
    void includeAllRunsItsFilesInNameOrderWithTheSchemaOfTheEarlierOnes() throws SourceException {
        String second = "src/test/resources/include-all/sql/002-unique.sql";
        LintReport report = lint(Path.of("src/test/resources/include-all/db.changelog-master.yaml"),
                LintOptions.defaults().withTargets(Targets.parse("db2,postgresql")), ChangelogOptions.defaults());
        // 001 created accounts.code nullable; 002's Db2 changeset meets that schema, its PostgreSQL twin is fine there
        Finding f = only(report, "nullable-unique-key", second, 4);
        assertEquals(Map.of(Engine.DB2, Effect.REJECTED), f.engines());
        assertEquals(List.of(), at(report, second, 7).stream().filter(x -> x.rule().equals("nullable-unique-key"))
                .toList());
        assertEquals(List.of("src/test/resources/include-all/sql/001-accounts.sql", second,
                "src/test/resources/include-all/db.changelog-master.yaml"), report.sources());
    }

    @Test
    void aMissingIncludeNamesTheChangelog() {
        Path bad = Path.of("src/test/resources/bad-project/db.changelog-master.xml");
        SourceException e = assertThrows(SourceException.class,
                () -> lint(bad, LintOptions.defaults(), ChangelogOptions.defaults()));
        assertTrue(e.getMessage().startsWith(bad + ": Liquibase cannot read the changelog: "), e.getMessage());
        assertTrue(e.getMessage().contains("missing.xml"), e.getMessage());
    }

    @Test
    void recognisesChangelogsByContent() throws Exception {
        assertTrue(Changelogs.isChangelog(XML));
        assertTrue(Changelogs.isChangelog(Path.of("src/test/resources/yaml-project/more.json")));
        assertTrue(Changelogs.isChangelog(Path.of("src/test/resources/sql-project/db.changelog-master.sql")));
        Path plain = Files.createTempFile("plain", ".sql");
        try {
            Files.writeString(plain, "CREATE TABLE t (a INT);\n");
            assertFalse(Changelogs.isChangelog(plain));
        } finally {
            Files.delete(plain);
        }
    }
}
