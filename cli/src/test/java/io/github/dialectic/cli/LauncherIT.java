package io.github.dialectic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/dialectic with its class-data archive: the first run writes the archive, later runs use it, and neither that
 * nor a damaged archive changes what the command prints or its exit code. Runs the jar built by {@code mvn package}
 * (cli/target/dialectic.jar) with the java running this test, so it is an integration test: failsafe runs it after
 * the jar is packaged ({@code mvn verify}).
 */
class LauncherIT {

    static final Path LAUNCHER = Path.of("..", "bin", "dialectic").toAbsolutePath().normalize();
    static final Path JAR = Path.of("target", "dialectic.jar").toAbsolutePath();
    static final Path EXAMPLE = Path.of("..", "examples", "nova-uuid");

    @TempDir
    Path cache;

    @TempDir
    Path work;

    record Run(int exit, String out, String err) {
    }

    private Run launch(Map<String, String> extraEnv) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder("sh", LAUNCHER.toString(), "lint", "--format", "json", "--fail-on", "never",
                EXAMPLE.toString());
        Map<String, String> env = pb.environment();
        env.remove("DIALECTIC_CDS");
        env.remove("DIALECTIC_JAVA_OPTS");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.put("DIALECTIC_JAR", JAR.toString());
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("XDG_CACHE_HOME", cache.toString());
        env.putAll(extraEnv);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/dialectic did not finish in 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private List<Path> cdsFiles() throws IOException {
        Path dir = cache.resolve("dialectic").resolve("cds");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.sorted().toList());
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theArchiveIsWrittenThenUsedAndADamagedOneChangesNothing() throws Exception {
        assumeTrue(onPath("sh"), "no sh on PATH: bin/dialectic is a POSIX shell script");
        assertTrue(Files.isRegularFile(JAR), "no " + JAR + ": run with mvn verify, after the jar is packaged");

        Run plain = launch(Map.of("DIALECTIC_CDS", "0"));
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.out().startsWith("{"), plain.out());
        assertEquals(List.of(), cdsFiles(), "DIALECTIC_CDS=0 writes no archive");

        Run first = launch(Map.of());
        assertEquals(plain, first, "the archive-writing run prints the same and exits the same");
        List<Path> files = cdsFiles();
        assertEquals(1, files.size(), files.toString());
        Path archive = files.get(0);
        assertTrue(archive.getFileName().toString().endsWith(".jsa"), archive.toString());
        assertTrue(Files.size(archive) > 0, archive.toString());

        Run second = launch(Map.of());
        assertEquals(plain, second, "the run that uses the archive prints the same and exits the same");
        assertEquals(files, cdsFiles(), "the archive is used, not rewritten");

        // garbage of the same length in its place: refused without a word
        byte[] garbage = new byte[(int) Files.size(archive)];
        new SplittableRandom(7).nextBytes(garbage);
        Files.delete(archive); // the JVM writes it read-only
        Files.write(archive, garbage);
        Run corrupt = launch(Map.of());
        assertEquals(plain, corrupt, "a corrupt archive changes neither output nor exit code");

        // a valid archive with a few bytes flipped in the middle: the CRC check (-XX:+VerifySharedSpaces) refuses it
        Files.delete(archive);
        assertEquals(plain, launch(Map.of()), "rewritten after deletion");
        byte[] bytes = Files.readAllBytes(archive);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
            bytes[i] ^= (byte) 0x5a;
        }
        Files.delete(archive);
        Files.write(archive, bytes);
        assertEquals(plain, launch(Map.of()), "a damaged archive changes neither output nor exit code");

        for (Path p : cdsFiles()) {
            assertFalse(p.getFileName().toString().endsWith(".tmp"), "temporary file left: " + p);
        }
    }
}
