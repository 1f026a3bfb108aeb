package io.github.dialectic.api;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationLinterTest {

    private static final String NULLABLE_UNIQUE = "CREATE TABLE t (id INT NOT NULL PRIMARY KEY, code VARCHAR(10));\n"
            + "ALTER TABLE t ADD CONSTRAINT t_code UNIQUE (code);\n";

    private static Path project(Path dir) throws Exception {
        Path migrations = dir.resolve("db/migration");
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("V1__t.sql"), NULLABLE_UNIQUE);
        return dir;
    }

    @Test
    void pathsResolveAgainstTheBaseDirectoryAndFindingsNameFilesRelativeToIt(@TempDir Path dir) throws Exception {
        Path project = project(dir.resolve("project"));
        LintResult result = MigrationLinter.builder().baseDirectory(project).targets(Engine.DB2).build()
                .lint("db/migration");
        Finding f = result.findings().get(0);
        assertEquals("db/migration/V1__t.sql", f.file());
        assertEquals(2, f.line());
        assertEquals("nullable-unique-key", f.rule());
        assertEquals("nullable-unique-key", result.rule(f).id());
        assertEquals(List.of("db/migration/V1__t.sql"), result.report().sources());
        assertTrue(result.hasFindingsAtOrAbove(Severity.ERROR));
        assertEquals(1, result.summary().files());
        // the working directory (the module) has no db/migration: only the base directory can have resolved it
        assertFalse(Files.exists(Path.of("db/migration")));
    }

    @Test
    void optionsReachTheLinter(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        MigrationLinter regraded = MigrationLinter.builder().baseDirectory(project).targets("db2:11.5")
                .severity("nullable-unique-key", Severity.INFO).build();
        assertEquals(Severity.INFO, regraded.lint("db/migration").findings().get(0).severity());
        assertFalse(regraded.lint("db/migration").hasFindingsAtOrAbove(Severity.WARNING));
        assertTrue(MigrationLinter.builder().baseDirectory(project).targets(Engine.DB2)
                .disableRules("nullable-unique-key").build().lint("db/migration").findings().isEmpty());
        // PostgreSQL accepts a nullable column in a UNIQUE constraint: no finding when it is the only target
        assertTrue(MigrationLinter.builder().baseDirectory(project).targets(Engine.POSTGRESQL).build()
                .lint("db/migration").findings().isEmpty());
    }

    @Test
    void aBaselineAcceptsItsFindingsAndIsReadAfreshEachLint(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        MigrationLinter.Builder builder = MigrationLinter.builder().baseDirectory(project).targets(Engine.DB2);
        LintResult before = builder.build().lint("db/migration");
        before.writeBaseline("config/baseline.json");
        assertTrue(Files.readString(project.resolve("config/baseline.json"))
                .contains("\"file\" : \"db/migration/V1__t.sql\""));

        MigrationLinter withBaseline = builder.baseline("config/baseline.json").build();
        LintResult after = withBaseline.lint("db/migration");
        assertTrue(after.findings().isEmpty());
        assertEquals(before.findings(), after.baselined());
        assertTrue(after.staleBaselineEntries().isEmpty());
        assertTrue(before.format("json").contains("\"rule\" : \"nullable-unique-key\""), before.format("json"));
        assertFalse(after.format("json").contains("\"rule\" : \"nullable-unique-key\""), "an accepted finding was reported");

        Files.writeString(project.resolve("db/migration/V1__t.sql"), "CREATE TABLE t (id INT NOT NULL PRIMARY KEY);\n");
        LintResult fixed = withBaseline.lint("db/migration");
        assertEquals(1, fixed.staleBaselineEntries().size());
    }

    @Test
    void inputProblemsAreUncheckedAndNameFileAndLine(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        Files.writeString(project.resolve("baseline.json"), "{\n  \"findings\": [\n    {\"file\": \"x.sql\"}\n  ]\n}\n");
        DialecticException malformed = assertThrows(DialecticException.class, () -> MigrationLinter.builder()
                .baseDirectory(project).baseline("baseline.json").build().lint("db/migration"));
        assertEquals(project.resolve("baseline.json"), malformed.file());
        assertEquals(3, malformed.line());
        assertEquals(project.resolve("baseline.json") + ":3: not a Dialectic baseline file: the entry starting here "
                + "lacks \"rule\"", malformed.getMessage());

        DialecticException missing = assertThrows(DialecticException.class, () -> MigrationLinter.builder()
                .baseDirectory(project).baseline("none.json").build().lint("db/migration"));
        assertEquals(project.resolve("none.json") + ": baseline file not found", missing.getMessage());

        DialecticException absent = assertThrows(DialecticException.class, () -> MigrationLinter.builder()
                .baseDirectory(project).build().lint("nowhere"));
        assertEquals(project.resolve("nowhere") + ": no such file or directory", absent.getMessage());
        Files.createDirectories(project.resolve("empty"));
        DialecticException nothing = assertThrows(DialecticException.class, () -> MigrationLinter.builder()
                .baseDirectory(project).build().lint("empty"));
        assertEquals(project.resolve("empty") + ": no .sql files found here", nothing.getMessage());

        Files.write(project.resolve("db/migration/V2__latin1.sql"), new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', (byte) 0xE9});
        DialecticException notUtf8 = assertThrows(DialecticException.class, () -> MigrationLinter.builder()
                .baseDirectory(project).build().lint("db/migration"));
        assertEquals(project.resolve("db/migration/V2__latin1.sql"), notUtf8.file());
    }

    @Test
    void configurationMistakesNameWhatIsValid() {
        IllegalArgumentException rule = assertThrows(IllegalArgumentException.class,
                () -> MigrationLinter.builder().disableRules("no-such-rule").build());
        assertTrue(rule.getMessage().contains("unknown rule 'no-such-rule'") && rule.getMessage().contains("nullable-unique-key"),
                rule.getMessage());
        IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
                () -> MigrationLinter.builder().targets("db3"));
        assertTrue(target.getMessage().contains("db2"), target.getMessage());
        assertEquals(List.of("text", "json", "sarif", "junit", "checkstyle", "github", "html"), MigrationLinter.formats());
    }

    @Test
    void aStatementSourceIsLintedAndEveryFormatWritten(@TempDir Path dir) {
        MigrationLinter linter = MigrationLinter.builder().baseDirectory(dir).targets(Engine.DB2).build();
        LintResult result = linter.lint(() -> List.of(new SqlScript(SourceFile.of(Path.of("inline/V1__t.sql"),
                NULLABLE_UNIQUE))));
        assertEquals("inline/V1__t.sql:2:", result.findings().get(0).file() + ":" + result.findings().get(0).line() + ":");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> result.format("pdf"));
        assertTrue(unknown.getMessage().contains("valid formats: text, json"), unknown.getMessage());
        for (String format : MigrationLinter.formats()) {
            StringWriter out = new StringWriter();
            result.write(format, out);
            assertTrue(out.toString().contains("V1__t.sql"), format + ": " + out);
        }
        Path written = result.write("checkstyle", "reports/checkstyle.xml");
        assertEquals(dir.resolve("reports/checkstyle.xml"), written);
        assertTrue(Files.exists(written));
    }
}
