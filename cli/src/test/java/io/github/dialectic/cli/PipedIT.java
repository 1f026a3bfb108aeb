package io.github.dialectic.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bin/dialectic in a pipe, as a shell script or CI runs it: the script comes in on standard input, the report goes
 * out through a pipe, and no colour or progress sequence is mixed into either (unless --color always asks for it).
 */
class PipedIT {

    @TempDir
    Path cache;

    record Run(int exit, String out, String err) {
    }

    private Run pipe(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", LauncherIT.LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("DIALECTIC_JAR", LauncherIT.JAR.toString());
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().remove("NO_COLOR");
        pb.environment().put("TERM", "xterm-256color"); // a terminal type that has colours: only the pipe says no
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/dialectic did not finish in 120 s");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void aPipedRunReadsStandardInputAndWritesNoColours() throws Exception {
        String sql = "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(5) UNIQUE);\n";
        Run plain = pipe(sql, "lint", "--target", "pg,db2", "-");
        assertEquals(1, plain.exit(), plain.err());
        assertEquals(List.of("<stdin>:1:50: error: [nullable-unique-key] UNIQUE constraint on t includes nullable "
                        + "column a (db2: rejected)",
                "1 finding (1 error, 0 warnings, 0 info) in 1 file, 1 statement (0 unparsed); targets: postgresql:18, "
                        + "db2:12.1"), plain.out().lines().toList());
        assertFalse(plain.out().contains("\u001b") || plain.err().contains("\u001b") || plain.err().contains("\r"),
                "no colour or progress sequences in a pipe: " + plain.out() + plain.err());

        Run asked = pipe(sql, "lint", "--color", "always", "--target", "db2", "-");
        assertTrue(asked.out().contains("\u001b[1;31merror\u001b[0m"), asked.out());
    }

    @Test
    void aMisspeltCommandSaysWhatWasMeant() throws Exception {
        Run r = pipe("", "lnt", "-");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("did you mean lint?"), r.err());
        Run version = pipe("", "--version");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().startsWith("dialectic "), version.out());
    }
}
