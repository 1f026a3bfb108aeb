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
        return launch(extraEnv, "never", false);
    }

    /**
     * Runs bin/dialectic lint on the example with this --fail-on (never: exit 0; error: exit 1) in {@link #work};
     * {@code smallFiles} limits the size of files it may write to 1 MB (ulimit -f), less than an archive.
     */
    private Run launch(Map<String, String> extraEnv, String failOn, boolean smallFiles)
            throws IOException, InterruptedException {
        return launch(extraEnv, failOn, smallFiles, List.of());
    }

    /** As above, with more options for lint. */
    private Run launch(Map<String, String> extraEnv, String failOn, boolean smallFiles, List<String> options)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        List<String> command = new ArrayList<>(smallFiles
                ? List.of("sh", "-c", "ulimit -f 2000 && exec sh \"$0\" \"$@\"", LAUNCHER.toString())
                : List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of("lint", "--format", "json", "--fail-on", failOn));
        command.addAll(options);
        command.add(EXAMPLE.toAbsolutePath().toString());
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        Map<String, String> env = pb.environment();
        env.remove("DIALECTIC_CDS");
        env.remove("DIALECTIC_JAVA_OPTS");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.put("DIALECTIC_JAR", JAR.toString());
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("XDG_CACHE_HOME", cache.toString());
        env.putAll(extraEnv);
        return runToEnd(pb, out, err, "bin/dialectic");
    }

    /** The archive, once the background java that the first lint started has written it (and let go of its lock). */
    private Path awaitArchive() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            List<Path> files = cdsFiles();
            if (files.size() == 1 && files.get(0).getFileName().toString().endsWith(".jsa")) {
                return files.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no archive written in 300 s: " + cdsFiles());
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
        assertEquals(plain, first, "the run that starts writing the archive prints the same and exits the same");
        Path archive = awaitArchive();
        String name = archive.getFileName().toString();
        assertTrue(name.endsWith("." + Files.size(archive) + ".jsa"), "named with its length: " + archive);

        Run second = launch(Map.of());
        assertEquals(plain, second, "the run that uses the archive prints the same and exits the same");
        assertEquals(List.of(archive), cdsFiles(), "the archive is used, not rewritten");

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
        archive = awaitArchive(); // its length may differ by a few pages from the first one's
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

    /** A Java 25 or later to run bin/dialectic with: DIALECTIC_TEST_JAVA25, else the Temurin 25 these machines have. */
    private static Path java25() {
        String named = System.getenv("DIALECTIC_TEST_JAVA25");
        return Path.of(named != null ? named : "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
    }

    /** The archive of the given suffix, once the background java has written it. */
    private Path awaitArchive(String suffix) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            List<Path> files = cdsFiles();
            if (files.size() == 1 && files.get(0).getFileName().toString().endsWith(suffix)) {
                return files.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " written in 300 s: " + cdsFiles());
    }

    @Test
    void onJava25TheArchiveIsAnAotCacheAndNeitherItNorADamagedOneChangesAnything() throws Exception {
        assumeTrue(onPath("sh"), "no sh on PATH: bin/dialectic is a POSIX shell script");
        assumeTrue(Files.isExecutable(java25()), "no Java 25 at " + java25() + " (set DIALECTIC_TEST_JAVA25)");
        Run plain = launch(Map.of("DIALECTIC_CDS", "0")); // the Java running this test: 17 or later
        Map<String, String> on25 = Map.of("JAVA", java25().toString());
        assertEquals(plain, launch(on25), "Java 25 prints the same (no warning about sqlite-jdbc's native access)");
        Path cache = awaitArchive(".aot");
        assertTrue(cache.getFileName().toString().endsWith("." + Files.size(cache) + ".aot"), cache.toString());
        assertEquals(plain, launch(on25), "the run that uses the AOT cache prints the same and exits the same");
        assertEquals(List.of(cache), cdsFiles(), "used, not rewritten");

        byte[] bytes = Files.readAllBytes(cache);
        byte[] damaged = bytes.clone();
        for (int i = damaged.length / 2; i < damaged.length / 2 + 64; i++) {
            damaged[i] ^= (byte) 0x5a;
        }
        Files.delete(cache);
        Files.write(cache, damaged);
        assertEquals(plain, launch(on25), "a damaged AOT cache changes neither output nor exit code");

        Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertEquals(plain, launch(on25), "nor one cut short");
        assertEquals(List.of(), cdsFiles(), "which is deleted, to be written again");
        try (Stream<Path> s = Files.list(work)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().startsWith("hs_err")).toList(), "no crash");
        }
    }

    @Test
    void anArchiveCutShortIsNeverMapped() throws Exception {
        assumeTrue(onPath("sh"), "no sh on PATH: bin/dialectic is a POSIX shell script");
        Run plain = launch(Map.of("DIALECTIC_CDS", "0"));
        assertEquals(plain, launch(Map.of()));
        Path archive = awaitArchive();
        byte[] whole = Files.readAllBytes(archive);
        Files.delete(archive);
        Files.write(archive, java.util.Arrays.copyOf(whole, whole.length / 3)); // Java 17 dies of SIGBUS mapping it
        Run cut = launch(Map.of());
        assertEquals(plain, cut, "an archive cut short changes neither output nor exit code");
        assertEquals(List.of(), cdsFiles(), "it is deleted, to be written again by a later run");
        try (Stream<Path> s = Files.list(work)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().startsWith("hs_err")).toList(), "no crash");
        }
        assertEquals(plain, launch(Map.of()));
        assertTrue(Files.size(awaitArchive()) > whole.length / 3, "written again");
    }

    @Test
    void aFailedArchiveWriteChangesNeitherExitCodeNorOutput() throws Exception {
        assumeTrue(onPath("sh"), "no sh on PATH: bin/dialectic is a POSIX shell script");
        for (String failOn : List.of("never", "error")) { // exit 0 and exit 1 must both come through
            Run plain = launch(Map.of("DIALECTIC_CDS", "0"), failOn, false);
            assertEquals(failOn.equals("never") ? 0 : 1, plain.exit(), plain.err());
            // a file-size limit below the archive's size: Java's dump fails, prints two lines and exits 1
            Run limited = launch(Map.of(), failOn, true);
            assertEquals(plain, limited, "a failed archive write changes nothing the user sees (--fail-on " + failOn + ")");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        List<Path> left = cdsFiles();
        while ((left.size() != 1 || !left.get(0).getFileName().toString().endsWith(".off"))
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
            left = cdsFiles();
        }
        assertEquals(1, left.size(), "only the marker that stops further attempts: " + left);
        assertTrue(left.get(0).getFileName().toString().endsWith(".off"), left.toString());
    }

    @Test
    void javaThatCannotStartIsAnErrorWithOneLineNotTheFindingsCode() throws Exception {
        assumeTrue(onPath("sh"), "no sh on PATH: bin/dialectic is a POSIX shell script");
        Run badOption = launch(Map.of("DIALECTIC_JAVA_OPTS", "-XX:+NoSuchOptionAnywhere"));
        assertEquals(2, badOption.exit(), badOption.err()); // java itself exits 1 here
        assertEquals("", badOption.out());
        assertEquals(List.of("dialectic: java does not start with DIALECTIC_JAVA_OPTS='-XX:+NoSuchOptionAnywhere': "
                + "Unrecognized VM option 'NoSuchOptionAnywhere'"), badOption.err().lines().toList());

        Run noJava = launch(Map.of("JAVA", work.resolve("no-such-java").toString()));
        assertEquals(2, noJava.exit(), noJava.err()); // the shell's 127 otherwise
        assertEquals(List.of("dialectic: cannot run java '" + work.resolve("no-such-java")
                + "' (install Java 17 or later, or point JAVA at it)"), noJava.err().lines().toList());

        Run plain = launch(Map.of("DIALECTIC_CDS", "0"));
        Run goodOption = launch(Map.of("DIALECTIC_JAVA_OPTS", "-Xmx300m"));
        assertEquals(plain, goodOption, "options that work change nothing");
        assertEquals(plain, launch(Map.of("DIALECTIC_JAVA_OPTS", "-Xmx300m")), "nor once they are known to work");
    }

    /** The files under the cache's native folder, where SQLite's library is unpacked once. */
    private List<Path> nativeFiles() throws IOException {
        Path dir = cache.resolve("dialectic").resolve("native");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** A lint without the parse and result caches: one that the cache answers never loads SQLite. */
    private Run lintAnew(Map<String, String> extraEnv) throws IOException, InterruptedException {
        return launch(extraEnv, "never", false, List.of("--no-cache"));
    }

    @Test
    void sqlitesLibraryIsLoadedFromTheCacheAndACopyCutShortOrDamagedChangesNothing() throws Exception {
        assumeTrue(onPath("sh"), "no sh on PATH: bin/dialectic is a POSIX shell script");
        assertTrue(Files.isRegularFile(JAR), "no " + JAR + ": run with mvn verify, after the jar is packaged");
        // sqlite-jdbc's own unpacking fails here (no such folder): these runs judge SQLite only through the cached copy
        String noTemporaryFolder = "-Dorg.sqlite.tmpdir=" + work.resolve("no-such-folder");
        Run withoutCache = lintAnew(Map.of("DIALECTIC_CDS", "0", "DIALECTIC_JAVA_OPTS",
                noTemporaryFolder + " -Ddialectic.sqlite.library-cache="));
        assertEquals(2, withoutCache.exit(), "without the cache SQLite cannot load here: " + withoutCache.err());
        assertTrue(withoutCache.err().contains("SQLite's own parser could not be loaded"), withoutCache.err());
        assertEquals(List.of(), nativeFiles());

        Run plain = lintAnew(Map.of("DIALECTIC_CDS", "0"));
        assertEquals(0, plain.exit(), plain.err());
        List<Path> unpacked = nativeFiles();
        assertEquals(1, unpacked.size(), "the library, unpacked once: " + unpacked);
        Path library = unpacked.get(0);
        byte[] whole = Files.readAllBytes(library);
        Map<String, String> cachedOnly = Map.of("DIALECTIC_CDS", "0", "DIALECTIC_JAVA_OPTS", noTemporaryFolder);
        assertEquals(plain, lintAnew(cachedOnly), "the cached copy is what loads");

        Files.write(library, java.util.Arrays.copyOf(whole, whole.length / 3));
        assertEquals(plain, lintAnew(cachedOnly), "a copy cut short changes neither output nor exit code");
        assertTrue(java.util.Arrays.equals(whole, Files.readAllBytes(library)), "it is written anew");

        byte[] damaged = whole.clone();
        for (int i = damaged.length / 2; i < damaged.length / 2 + 64; i++) {
            damaged[i] ^= (byte) 0x5a;
        }
        Files.write(library, damaged);
        assertEquals(plain, lintAnew(cachedOnly), "a damaged copy of the right length changes nothing either");
        assertTrue(java.util.Arrays.equals(whole, Files.readAllBytes(library)), "it is written anew");
        assertEquals(List.of(library), nativeFiles(), "no temporary files left");
    }

    /** Runs {@code java [jvmOptions] -jar dialectic.jar lint --format json --fail-on error} on the example. */
    private Run jar(List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(FaultsIT.JAVA));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "lint", "--format", "json", "--fail-on", "error",
                EXAMPLE.toAbsolutePath().toString()));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        Map<String, String> env = pb.environment();
        for (String v : List.of("DIALECTIC_CDS", "DIALECTIC_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
                "_JAVA_OPTIONS", "DIALECTIC_JAR", "JAVA")) {
            env.remove(v);
        }
        env.put("XDG_CACHE_HOME", cache.toString());
        return runToEnd(pb, out, err, "java -jar");
    }

    @Test
    void javaDashJarWithoutOptionsRunsTheLauncherAndPrintsTheSame() throws Exception {
        assumeTrue(new File("/bin/sh").canExecute(), "no /bin/sh: java -jar lints in its own JVM");
        assertTrue(Files.isRegularFile(JAR), "no " + JAR + ": run with mvn verify, after the jar is packaged");
        Run inProcess = jar(List.of("-Xss8m")); // an option of the user's own: linted in this JVM, as asked
        assertEquals(1, inProcess.exit(), inProcess.err());
        assertTrue(inProcess.out().startsWith("{"), inProcess.out());
        assertEquals(List.of(), cdsFiles(), "a JVM option of the user's own: no hand-over to bin/dialectic");

        Run handedOver = jar(List.of());
        assertEquals(inProcess, handedOver, "java -jar through bin/dialectic prints the same and exits the same");
        awaitArchive(); // bin/dialectic's first lint writes its class-data archive: it was bin/dialectic that ran
        assertEquals(inProcess, jar(List.of()), "and with the archive");
    }

    /** Runs the process with no input, its output and errors into the two files, at most 120 s. */
    private static Run runToEnd(ProcessBuilder pb, Path out, Path err, String what)
            throws IOException, InterruptedException {
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(what + " did not finish in 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
