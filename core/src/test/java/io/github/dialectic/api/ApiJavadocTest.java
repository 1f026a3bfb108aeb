package io.github.dialectic.api;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java API's javadoc is complete: javac's doclint, every check ("missing" included: a comment, each parameter and
 * the return value on every public type and member), finds nothing in the package. The javadoc jar runs doclint on
 * all of core without "missing".
 */
class ApiJavadocTest {

    private static final Path API = Path.of("src/main/java/io/github/dialectic/api");

    @Test
    void everyPublicTypeAndMemberOfTheApiIsDocumented() throws Exception {
        List<Path> sources;
        try (Stream<Path> files = Files.list(API)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(sources.size() >= 4, "the API's sources moved: " + sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createTempDirectory("api-doclint");
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            boolean ok = javac.getTask(null, files, diagnostics, List.of("-Xdoclint:all/public", "-proc:none",
                            "-classpath", Path.of("target/classes") + java.io.File.pathSeparator
                                    + System.getProperty("java.class.path"), "-d", out.toString()),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
            String found = diagnostics.getDiagnostics().stream().map(ApiJavadocTest::describe)
                    .collect(Collectors.joining("\n"));
            assertTrue(ok, found);
            assertEquals("", found, "doclint on the Java API");
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> d) {
        return (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ")
                + d.getKind() + ": " + d.getMessage(null);
    }
}
