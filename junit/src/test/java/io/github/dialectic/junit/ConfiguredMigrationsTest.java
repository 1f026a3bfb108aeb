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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dialectic.toml in tests: the same locations and settings the command line and the Maven plugin read. */
class ConfiguredMigrationsTest {

    @TempDir
    Path project;

    private Path write(String toml) throws Exception {
        Path sql = project.resolve("sql");
        Files.createDirectories(sql);
        Files.writeString(sql.resolve("V1__instances.sql"),
                "CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, uuid VARCHAR(36));\n"
                        + "ALTER TABLE instances ADD CONSTRAINT uq_uuid UNIQUE (uuid);\n");
        Path file = project.resolve("dialectic.toml");
        Files.writeString(file, toml);
        return file;
    }

    @Test
    void theFilesLocationsTargetsSeveritiesAndFailOnApply() throws Throwable {
        Migrations m = Migrations.configured(write("""
                targets = ["db2", "pg"]
                fail-on = "warning"
                locations = ["sql"]
                [rules]
                severity = { nullable-unique-key = "warning" }
                """));
        assertEquals(List.of(project.resolve("sql").toAbsolutePath()), m.paths());
        assertEquals("[postgresql:18, db2:12.1]", m.targets().toString());
        assertEquals(List.of("nullable-unique-key:WARNING"), m.report().findings().stream()
                .map(f -> f.rule() + ":" + f.severity()).toList());
        // fail-on warning: the Db2 test is red on the warning, PostgreSQL's green
        DynamicContainer file = (DynamicContainer) m.dynamicTests().findFirst().orElseThrow();
        List<? extends DynamicNode> perEngine = file.getChildren().toList();
        assertEquals(List.of("postgresql:18", "db2:12.1"), perEngine.stream().map(DynamicNode::getDisplayName).toList());
        ((DynamicTest) perEngine.get(0)).getExecutable().execute();
        assertThrows(AssertionError.class, () -> ((DynamicTest) perEngine.get(1)).getExecutable().execute());
        // the test's own choice still wins
        assertEquals(0, m.failingAt(Severity.ERROR).dynamicTests().flatMap(n -> ((DynamicContainer) n).getChildren())
                .filter(t -> {
                    try {
                        ((DynamicTest) t).getExecutable().execute();
                        return false;
                    } catch (Throwable e) {
                        return true;
                    }
                }).count());
    }

    @Test
    void aFileWithoutLocationsOrWithAMistakeSaysSo() throws Exception {
        Path file = write("targets = \"db2\"\n");
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> Migrations.configured(file));
        assertTrue(none.getMessage().contains("has no locations"), none.getMessage());
        Files.writeString(file, "locations = [\"sql\"]\n[rules]\ndisable = [\"nullable-unique-kee\"]\n");
        IllegalStateException bad = assertThrows(IllegalStateException.class, () -> Migrations.configured(file));
        assertEquals("dialectic: " + file + ":3: rules.disable: unknown rule 'nullable-unique-kee'; did you mean "
                + "'nullable-unique-key'? (list them with 'dialectic rules')", bad.getMessage());
    }
}
