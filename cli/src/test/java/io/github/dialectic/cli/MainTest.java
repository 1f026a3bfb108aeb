package io.github.dialectic.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
