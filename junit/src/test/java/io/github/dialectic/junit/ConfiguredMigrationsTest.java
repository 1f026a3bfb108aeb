package io.github.dialectic.junit;

import io.github.dialectic.rule.Severity;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dialectic.toml in tests: the same locations and settings the command line and the Maven plugin read. The projects
 * are the plugin's Invoker ITs', whose verify scripts run the plugin and the command line on them.
 */
class ConfiguredMigrationsTest {

    static final Path ITS = Path.of("..", "maven-plugin", "src", "it");

    /** Runs a dynamic test: whether it failed. */
    private static boolean fails(DynamicNode test) {
        try {
            ((DynamicTest) test).getExecutable().execute();
            return false;
        } catch (Throwable e) {
            return true;
        }
    }

    private static Stream<DynamicNode> tests(Migrations m) {
        return m.dynamicTests().flatMap(n -> ((DynamicContainer) n).getChildren());
    }

    @Test
    void theFilesLocationsTargetsSeveritiesAndFailOnApply() {
        // IT config-file: targets db2 and pg16, fail-on warning, locations sql, a severity and a disabled rule
        Path project = ITS.resolve("config-file");
        Migrations m = Migrations.configured(project.resolve("dialectic.toml"));
        assertEquals(List.of(project.resolve("sql").toAbsolutePath().normalize()), m.paths());
        assertEquals("[postgresql:16, db2:12.1]", m.targets().toString());
        assertEquals(List.of("nullable-unique-key:WARNING"), m.report().findings().stream()
                .map(f -> f.rule() + ":" + f.severity()).toList(), "alter-form-unsupported is disabled by the file");
        // fail-on warning: the Db2 test is red on the warning, PostgreSQL's green
        DynamicContainer file = (DynamicContainer) m.dynamicTests().findFirst().orElseThrow();
        List<? extends DynamicNode> perEngine = file.getChildren().toList();
        assertEquals(List.of("postgresql:16", "db2:12.1"), perEngine.stream().map(DynamicNode::getDisplayName).toList());
        assertEquals(List.of(false, true), perEngine.stream().map(ConfiguredMigrationsTest::fails).toList());
        // the test's own choice still wins
        assertEquals(0, tests(m.failingAt(Severity.ERROR)).filter(ConfiguredMigrationsTest::fails).count());
    }

    @Test
    void theFilesEngineSetsAndPlaceholdersAndSpringsSettingsShapeTheLayout() {
        // IT spring-boot-config-file: spring.flyway.locations for the common folder, [vendors] and [placeholders]
        Path project = ITS.resolve("spring-boot-config-file");
        Migrations m = Migrations.project(project);
        assertEquals("[mysql:8.4, postgresql:15]", m.targets().toString());
        // the findings the plugin and the command line report for it (verify.groovy, CLI ConfigFileTest)
        assertEquals(List.of("my/V2__orders.sql:4:5 lob-default-or-index {MYSQL=REJECTED}",
                "pg/V2__orders.sql:1:1 vendor-set-drift {MYSQL=DIFFERENT}"), m.report().findings().stream()
                .map(f -> f.file().substring(f.file().indexOf("engines/") + "engines/".length()) + ":" + f.line() + ":"
                        + f.column() + " " + f.rule() + " " + f.engines()).toList());
        assertEquals(0, m.report().summary().unparsed(), "${customers} from Spring, ${note_type} from the file");
        // each engine's folder has a test for its engine only; the common file one for each
        assertEquals(List.of("V1__customers.sql[mysql:8.4, postgresql:15]", "V2__orders.sql[mysql:8.4]",
                        "V2__orders.sql[postgresql:15]"), m.dynamicTests().map(n -> n.getDisplayName()
                        + ((DynamicContainer) n).getChildren().map(DynamicNode::getDisplayName).toList()).sorted().toList());
        assertEquals(1, tests(m).filter(ConfiguredMigrationsTest::fails).count(), "MySQL's TEXT default, at error");
        // the same from the file: named absolute there (the file's directory is), relative as given here
        java.util.function.Function<Migrations, List<String>> where = x -> x.report().findings().stream()
                .map(f -> Path.of(f.file()).toAbsolutePath().normalize() + ":" + f.line() + " " + f.rule()).toList();
        assertEquals(where.apply(m), where.apply(Migrations.configured(project.resolve("dialectic.toml"))));
    }

    @Test
    void aFileWithoutMigrationsOrWithAMistakeSaysSo(@TempDir Path project) throws Exception {
        Path file = project.resolve("dialectic.toml");
        Files.writeString(file, "targets = \"db2\"\n");
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> Migrations.configured(file));
        assertTrue(none.getMessage().startsWith("dialectic: no migrations found in classpath:db/migration (" + file
                + " has no locations; Flyway's defaults"), none.getMessage());
        Files.writeString(file, "locations = [\"sql\"]\n[rules]\ndisable = [\"nullable-unique-kee\"]\n");
        IllegalStateException bad = assertThrows(IllegalStateException.class, () -> Migrations.configured(file));
        assertEquals("dialectic: " + file + ":3: rules.disable: unknown rule 'nullable-unique-kee'; did you mean "
                + "'nullable-unique-key'? (list them with 'dialectic rules')", bad.getMessage());
    }
    @Test
    void aLiquibaseProjectsChangelogIsLintedAsTheCommandLineAndThePluginLintIt() {
        // IT liquibase-xml: Spring Boot's default changelog with an include; dialectic-liquibase is on the class path
        Migrations m = Migrations.project(ITS.resolve("liquibase-xml")).on("db2:12.1", "postgresql:18");
        assertEquals(List.of("001-customers.xml:8:5 nullable-unique-key {DB2=REJECTED}"), m.report().findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(f -> Path.of(f.file()).getFileName() + ":" + f.line() + ":" + f.column() + " " + f.rule() + " "
                        + f.engines()).toList());
        // a test per linted changelog and engine: the included one fails on Db2
        assertEquals(List.of("001-customers.xml on db2:12.1"), tests(m.failingAt(Severity.ERROR))
                .filter(ConfiguredMigrationsTest::fails).map(t -> ((DynamicTest) t).getTestSourceUri().orElseThrow()
                        .getPath().replaceAll(".*/", "") + " on " + t.getDisplayName()).toList());
    }
}
