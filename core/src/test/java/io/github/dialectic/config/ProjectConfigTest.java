package io.github.dialectic.config;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SqlFlavor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProjectConfigTest {

    static final Set<String> RULES = Set.of("nullable-unique-key", "fk-on-update-action", "index-name-collision");

    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path file = dir.resolve("dialectic.toml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void everySettingIsRead() throws Exception {
        Path file = write("""
                # the settings the CLI, the plugin and the tests share
                targets = ["pg:16", "db2"]
                fail-on = "Warning"
                baseline = "build/dialectic-baseline.json"
                flavor = "mysql"
                locations = ["classpath:db/migration", "filesystem:sql/common", "more"]

                [rules]
                disable = ["fk-on-update-action"]
                severity = { nullable-unique-key = "warning" }

                [vendors]
                postgres = ["classpath:db/vendor/postgresql"]
                db2 = "sql/db2"

                [placeholders]
                schema = "app"
                batch = 500
                """);
        ProjectConfig c = ProjectConfig.read(file, RULES);
        assertEquals(Targets.parse("postgresql:16,db2").asList(), c.targets().asList());
        assertEquals("warning", c.failOn());
        assertEquals(dir.resolve("build/dialectic-baseline.json").toAbsolutePath(), c.baseline());
        assertEquals(SqlFlavor.MYSQL, c.flavor());
        assertEquals(List.of("classpath:db/migration", "filesystem:sql/common", "more"), c.locations());
        assertEquals(dir.toAbsolutePath().resolve("src/main/resources/db/migration"), c.resolve(c.locations().get(0)));
        assertEquals(dir.toAbsolutePath().resolve("sql/common"), c.resolve(c.locations().get(1)));
        assertEquals(List.of("fk-on-update-action"), c.disabledRules());
        assertEquals(Map.of("nullable-unique-key", Severity.WARNING), c.severities());
        assertEquals(Map.of(Engine.POSTGRESQL, List.of("classpath:db/vendor/postgresql"), Engine.DB2, List.of("sql/db2")),
                c.vendorSets());
        assertEquals(Map.of("schema", "app", "batch", "500"), c.placeholders());

        LintOptions options = c.applyTo(LintOptions.defaults().withSeverities(Map.of("index-name-collision", Severity.INFO)));
        assertEquals(c.targets(), options.targets());
        assertEquals(Set.of("fk-on-update-action"), options.disabledRules());
        assertEquals(Map.of("index-name-collision", Severity.INFO, "nullable-unique-key", Severity.WARNING),
                options.severityOverrides());
        assertEquals(SqlFlavor.MYSQL, options.flavor());
    }

    @Test
    void anEmptyFileChangesNothing() throws Exception {
        ProjectConfig c = ProjectConfig.read(write(""), RULES);
        assertNull(c.targets());
        assertNull(c.failOn());
        assertEquals(LintOptions.defaults().toString(), c.applyTo(LintOptions.defaults()).toString());
    }

    @Test
    void mistakesNameTheFileAndLine() throws Exception {
        String[][] cases = {
                {"targets = \"db2\"\ntragets = \"pg\"\n",
                        ":2: unknown key 'tragets'; did you mean 'targets'?; valid keys: targets, fail-on, baseline, "
                                + "flavor, locations, rules, vendors, placeholders"},
                {"\n\ntargets = [\"postgress:15\"]\n", ":3: targets: unknown engine 'postgress'; did you mean 'postgresql'?"},
                {"targets = [\"pg:19\"]\n", ":1: targets: target 'pg:19': unknown PostgreSQL version 19; did you mean "
                        + "postgresql:18?; known versions: 12-18"},
                {"targets = [\"db2\", \"mysql:8.5\"]\n", ":1: targets: target 'mysql:8.5': unknown MySQL version 8.5; "
                        + "did you mean mysql:8.4?; known versions: 5.7, 8.0-8.4, 9.0-9.7"},
                {"fail-on = \"warn\"\n", ":1: fail-on: unknown level 'warn'; did you mean 'warning'?"},
                {"[rules]\ndisable = [\n  \"fk-on-update-action\",\n  \"nulable-unique-key\",\n]\n",
                        ":4: rules.disable: unknown rule 'nulable-unique-key'; did you mean 'nullable-unique-key'?"},
                {"[rules]\nseverity = { nullable-unique-key = \"warnin\" }\n", ":2: rules.severity.nullable-unique-key: "},
                {"[rules]\ndisabled = []\n", ":2: unknown key 'rules.disabled'; did you mean 'rules.disable'?; valid keys "
                        + "in [rules]: disable, severity"},
                {"[vendors]\noracle = [\"db/oracle\"]\n", ":2: vendors: unknown engine 'oracle'"},
                {"[vendors]\npostgresql = []\n", ":2: postgresql: expected one or more non-empty paths"},
                {"locations = \"\"\n", ":1: locations: expected one or more non-empty paths"},
                {"targets = [\n  \"db2\", # ours\n  # and\n  7,\n]\n", ":4: targets: expected strings, found a number"},
                {"targets = 5\n", ":1: targets: expected an array of strings, found a number"},
                {"rules = \"none\"\n", ":1: rules: expected a table"},
                {"targets = [\"db2\"\n", ":2: not valid TOML: Unexpected end of input"},
                {"a = 1\na = 2\n", ":2: not valid TOML: "},
                {"[placeholders]\nschema = [\"a\"]\n", ":2: placeholders.schema: expected a value"},
                {"[liquibase]\nchangelog = \"m.xml\"\ncontext = \"prod\"\n", ":3: unknown key 'liquibase.context'; "
                        + "did you mean 'liquibase.contexts'?; valid keys in [liquibase]: changelog, contexts, labels"},
                {"\n[liquibase]\ncontexts = \"prod\"\n", ":2: liquibase: changelog missing"},
        };
        for (String[] c : cases) {
            Path file = write(c[0]);
            SourceException e = assertThrows(SourceException.class, () -> ProjectConfig.read(file, RULES), c[0]);
            assertEquals(true, e.getMessage().startsWith(file + c[1]), c[0] + "\n=> " + e.getMessage());
        }
    }

    @Test
    void theFileIsFoundUpToTheCheckoutRoot() throws Exception {
        Path project = dir.resolve("project");
        Path module = project.resolve("service/src");
        Files.createDirectories(module);
        Files.createDirectories(project.resolve(".git"));
        assertEquals(Optional.empty(), ProjectConfig.find(module));
        assertSame(ProjectConfig.NONE, ProjectConfig.load(module, RULES));
        Files.writeString(dir.resolve("dialectic.toml"), "targets = \"db2\"\n"); // above the checkout: not this project's
        assertEquals(Optional.empty(), ProjectConfig.find(module));
        Files.writeString(project.resolve("dialectic.toml"), "targets = \"sqlite\"\n");
        assertEquals(Optional.of(project.resolve("dialectic.toml").toAbsolutePath()), ProjectConfig.find(module));
        assertEquals(Targets.parse("sqlite").asList(), ProjectConfig.load(module, RULES).targets().asList());
        Files.writeString(module.resolve("dialectic.toml"), "targets = \"mysql\"\n");
        assertEquals(Optional.of(module.resolve("dialectic.toml").toAbsolutePath()), ProjectConfig.find(module));
    }

    @Test
    void aLiquibaseProjectNamesItsChangelogContextsAndLabels() throws Exception {
        ProjectConfig c = ProjectConfig.read(write("[liquibase]\nchangelog = \"classpath:db/changelog/db.changelog-master.xml\"\n"
                + "contexts = \"prod\"\nlabels = \"!slow\"\n"), RULES);
        assertEquals(new ProjectConfig.Liquibase("classpath:db/changelog/db.changelog-master.xml", "prod", "!slow"),
                c.liquibase());
        assertEquals(dir.toAbsolutePath().resolve("src/main/resources/db/changelog/db.changelog-master.xml"),
                c.changelog());
        assertNull(ProjectConfig.read(write(""), RULES).changelog());
    }
}
