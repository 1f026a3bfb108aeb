package io.github.dialectic.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void onlyAJarCommandLineWithoutJvmOptionsIsHandedToTheLauncher() {
        String[] args = {"lint", "--no-cache", "migrations"};
        assertTrue(Main.plainJar(new String[] {"-jar", "dialectic.jar", "lint", "--no-cache", "migrations"}, args));
        assertFalse(Main.plainJar(new String[] {"-Xmx4g", "-jar", "dialectic.jar", "lint", "--no-cache", "migrations"},
                args), "the user's heap bound is kept");
        assertFalse(Main.plainJar(new String[] {"-cp", "dialectic.jar", "lint", "--no-cache", "migrations"}, args));
        assertFalse(Main.plainJar(new String[] {"-jar", "dialectic.jar", "lint", "migrations"}, args),
                "a command line that is not this one's (truncated by the OS): not handed over");
    }

    @Test
    void procCmdlineIsSplitAtNulBytesWithoutTheJavaCommand() throws Exception {
        byte[] cmdline = "java\0-jar\0dialectic.jar\0lint\0\0caf\u00e9 dir/\0".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(new String[] {"-jar", "dialectic.jar", "lint", "", "caf\u00e9 dir/"},
                Main.arguments(cmdline, "UTF-8"), "an empty argument and a space kept, bytes decoded as the launcher did");
        assertArrayEquals(new String[0], Main.arguments("java\0".getBytes(StandardCharsets.UTF_8), "UTF-8"));
        assertNull(Main.arguments("java\0-jar".getBytes(StandardCharsets.UTF_8), "UTF-8"), "cut short: unknown");
        assertNull(Main.arguments(new byte[0], "UTF-8"));
    }
}
