package io.github.dialectic.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/api.md's example runs as written: its first {@code java} block is compiled against this module's test class
 * path (core and the rules, as a user's would be) and run on a copy of examples/nova-uuid laid out as a Maven project;
 * what it prints must be the output the page shows.
 */
class ApiDocExampleTest {

    private static final Path DOC = Path.of("..", "docs", "api.md");
    private static final Path NOVA = Path.of("..", "examples", "nova-uuid");

    record Ran(int exit, String out, String err) {
    }

    @Test
    void theDocumentedExampleCompilesRunsAndPrintsWhatThePageShows(@TempDir Path tmp) throws Exception {
        String doc = Files.readString(DOC);
        String source = block(doc, "```java\n", 0);
        String shownOutput = block(doc, "```\n", doc.indexOf("Run on the example project, it prints"));

        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes);
        Path file = tmp.resolve("LintMigrations.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = javac.run(null, diagnostics, diagnostics, "-Xlint:all", "-Werror", "-classpath", classPath(),
                "-d", classes.toString(), file.toString());
        assertEquals(0, compiled, diagnostics.toString(StandardCharsets.UTF_8));

        Path project = tmp.resolve("project");
        Path migrations = project.resolve("src/main/resources/db/migration");
        Files.createDirectories(migrations);
        try (Stream<Path> files = Files.list(NOVA)) {
            for (Path sql : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Files.copy(sql, migrations.resolve(sql.getFileName()));
            }
        }

        // from another working directory: the example's paths resolve against the project it is given
        Ran first = run(classes, tmp, project.toString());
        assertEquals(1, first.exit(), first.out() + first.err());
        assertEquals("", first.err());
        assertEquals(shownOutput, first.out(), "docs/api.md shows other output than the example prints: if a rule changed on purpose, copy the example's real output into the page");
        assertTrue(first.out().contains("src/main/resources/db/migration/V2__instance_uuid_unique.sql:3:27: error: "
                + "Nullable column in a PRIMARY KEY or UNIQUE constraint [nullable-unique-key] (db2: rejected)"), first.out());

        JsonNode sarif = new ObjectMapper().readTree(project.resolve("target/dialectic.sarif").toFile());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertEquals(first.out().lines().filter(l -> l.startsWith("src/")).count(),
                sarif.get("runs").get(0).get("results").size());
        String html = Files.readString(project.resolve("target/dialectic.html"));
        assertTrue(html.contains("V2__instance_uuid_unique.sql"), html.substring(0, Math.min(500, html.length())));
        // each finding shows its statement, read from the project although the example ran in another directory
        assertTrue(html.contains("<pre class=\"excerpt\">   3 | ALTER TABLE instances ADD CONSTRAINT"), html);
        try (Stream<Path> cache = Files.list(project.resolve("target/dialectic-cache"))) {
            assertTrue(cache.findAny().isPresent(), "the cache directory set in the example stays empty");
        }

        // a baseline of today's findings, written through the API with the example's options: the next run accepts all
        Path baseline = MigrationLinter.builder().baseDirectory(project).targets("db2,postgresql:15")
                .disableRules("fk-on-update-action").severity("index-name-collision", io.github.dialectic.rule.Severity.WARNING)
                .build().lint("src/main/resources/db/migration").writeBaseline("dialectic-baseline.json");
        assertEquals(project.resolve("dialectic-baseline.json"), baseline);
        Ran second = run(classes, tmp, project.toString());
        assertEquals(0, second.exit(), second.out() + second.err());
        long before = first.out().lines().filter(l -> l.startsWith("src/")).count();
        assertTrue(second.out().contains("6 files, 0 findings, " + before + " accepted by the baseline"), second.out());
        assertTrue(second.out().contains("generated.sql:1:"), second.out());
    }

    /** The text of the first fenced block opening with {@code fence} at or after {@code from}. */
    private static String block(String doc, String fence, int from) {
        assertTrue(from >= 0, "docs/api.md lost the sentence before its output block");
        Matcher m = Pattern.compile(Pattern.quote(fence) + "(.*?)```\n", Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(from), "no " + fence.strip() + " block in docs/api.md");
        return m.group(1);
    }

    /** The test class path: core, the rules and their dependencies (surefire's booter jar hides it from java.class.path). */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    private static Ran run(Path classes, Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classes + File.pathSeparator + classPath(), "LintMigrations"));
        command.addAll(List.of(args));
        Path out = workingDirectory.resolve("out.txt");
        Path err = workingDirectory.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the example did not finish in 120 s");
        }
        return new Ran(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
