package io.github.dialectic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit-code contract of the packaged command line under faults no in-process test can make: the heap running
 * out (in whichever thread), standard output on a full device or closed. Every such run exits 2 with exactly one
 * line on standard error, and none hangs. Failsafe runs it after the jar is packaged ({@code mvn verify}).
 */
class FaultsIT {

    static final Path JAR = Path.of("target", "dialectic.jar").toAbsolutePath();
    static final Path EXAMPLE = Path.of("..", "examples", "nova-uuid").toAbsolutePath().normalize();
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path work;

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Run run(List<String> command, ProcessBuilder.Redirect stdout) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), "no " + JAR + ": run with mvn verify, after the jar is packaged");
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.redirectOutput(stdout != null ? stdout : ProcessBuilder.Redirect.to(out.toFile()));
        pb.redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("hung: " + command + " did not finish in 120 s");
        }
        return new Run(p.exitValue(), stdout == null ? Files.readString(out, StandardCharsets.UTF_8) : "",
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> lint(String heap, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx" + heap, "-jar", JAR.toString(), "lint"));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * 300 files of 100 statements each (30,000 statements, 9 MB): more than 16 or 24 MiB of heap can lint, so the heap
     * runs out somewhere in reading, splitting, parsing or the rules, most of which run on pool threads.
     */
    private Path bigCorpus() throws IOException {
        Path dir = Files.createDirectories(work.resolve("big"));
        for (int f = 1; f <= 300; f++) {
            StringBuilder sql = new StringBuilder();
            for (int s = 0; s < 100; s++) {
                String table = "t_" + f + "_" + (s / 4);
                switch (s % 4) {
                    case 0 -> {
                        sql.append("CREATE TABLE ").append(table).append(" (id INT NOT NULL PRIMARY KEY");
                        for (int c = 0; c < 12; c++) {
                            sql.append(", c").append(c).append(c % 2 == 0 ? " VARCHAR(40)" : " INTEGER");
                        }
                        sql.append(");\n");
                    }
                    case 1 -> sql.append("ALTER TABLE ").append(table).append(" ADD COLUMN extra_").append(s)
                            .append(" VARCHAR(20) DEFAULT 'x';\n");
                    case 2 -> sql.append("CREATE INDEX ix_").append(table).append(" ON ").append(table)
                            .append(" (c0, c1);\n");
                    default -> {
                        sql.append("INSERT INTO ").append(table).append(" (id, c0, c1) VALUES");
                        for (int r = 0; r < 40; r++) {
                            sql.append(r == 0 ? "\n" : ",\n").append("    (").append(r).append(", 'row ").append(r)
                                    .append(" of file ").append(f).append("', ").append(r * 7).append(')');
                        }
                        sql.append(";\n");
                    }
                }
            }
            Files.writeString(dir.resolve("V" + f + "__step_" + f + ".sql"), sql);
        }
        return dir;
    }

    @Test
    void runningOutOfMemoryExitsTwoWithOneLineAndNeverHangs() throws Exception {
        Path corpus = bigCorpus();
        for (String heap : List.of("16m", "24m")) {
            for (int i = 0; i < 3; i++) {
                Run r = run(lint(heap, "--no-cache", corpus.toString()), null);
                assertEquals(2, r.exit(), "-Xmx" + heap + " run " + i + ": " + r.err());
                assertEquals(1, r.errLines().size(), "-Xmx" + heap + " run " + i + ": " + r.err());
                assertTrue(r.err().startsWith("dialectic: out of memory (maximum heap "), r.err());
                assertEquals("", r.out(), "nothing on standard output");
            }
        }
    }

    @Test
    void aFullStandardOutputExitsTwoWithOneLine() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "no /dev/full on this system");
        for (String format : List.of("text", "json")) {
            for (String failOn : List.of("error", "never")) { // findings (1) or none (0) would have been the answer
                Run r = run(lint("256m", "--format", format, "--fail-on", failOn, EXAMPLE.toString()),
                        ProcessBuilder.Redirect.to(full));
                assertEquals(2, r.exit(), format + "/" + failOn + ": " + r.err());
                assertEquals(List.of("dialectic: cannot write to standard output (closed, or the disk is full); the report"
                        + " is lost"), r.errLines(), format + "/" + failOn);
            }
        }
    }

    @Test
    void aClosedStandardOutputExitsTwoWithOneLine() throws Exception {
        assumeTrue(new File("/bin/sh").canExecute(), "no /bin/sh to close standard output with");
        for (String command : List.of("lint", "rules")) {
            List<String> args = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" >&-", "sh", JAVA, "-jar",
                    JAR.toString(), command));
            if (command.equals("lint")) {
                args.add(EXAMPLE.toString());
            }
            Run r = run(args, ProcessBuilder.Redirect.DISCARD);
            assertEquals(2, r.exit(), command + ": " + r.err());
            assertEquals(1, r.errLines().size(), command + ": " + r.err());
            assertTrue(r.err().startsWith("dialectic: cannot write to standard output"), r.err());
        }
    }
}
