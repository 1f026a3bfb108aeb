package io.github.dialectic.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The jar's entry point. {@code java -jar dialectic.jar ...} with no JVM option of the user's own (the README's
 * command) runs the lint in a second java started through bin/dialectic, which the jar carries: the JVM's defaults
 * suit a long-running server, not a lint (a heap bound of a quarter of the machine's memory that G1 grows into, 1.3 to
 * 1.6 GiB of memory on 100,000 statements; C2 compiler threads competing with the lint on a small machine; no
 * class-data archive), and a jar cannot choose its own JVM options. The first JVM loads a handful of classes and waits;
 * its exit code is the second's. Any JVM option on the command line ({@code java -Xmx4g -jar ...}), JDK_JAVA_OPTIONS,
 * JAVA_TOOL_OPTIONS or _JAVA_OPTIONS, no /bin/sh, or a failure to start the second java: the lint runs in this JVM,
 * with the options given.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        List<String> command = relaunch(args);
        if (command != null) {
            Integer status = run(command);
            if (status != null) {
                System.exit(status);
            }
        }
        DialecticCli.main(args);
    }

    /** bin/dialectic's command for these arguments, or null when this JVM runs the lint itself. */
    static List<String> relaunch(String[] args) {
        if (File.separatorChar != '/' || !new File("/bin/sh").canExecute()) {
            return null;
        }
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            if (System.getenv(variable) != null) {
                return null;
            }
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String> java = info.command();
        Optional<String[]> line = info.arguments();
        if (java.isEmpty() || line.isEmpty() || !plainJar(line.get(), args)) {
            return null;
        }
        String script;
        Path jar;
        try (InputStream in = Main.class.getResourceAsStream("dialectic")) {
            if (in == null) {
                return null;
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (IOException | URISyntaxException | RuntimeException unknown) {
            return null;
        }
        List<String> command = new ArrayList<>(args.length + 6);
        // bin/dialectic, told which java and jar to run (JAVA, DIALECTIC_JAR) by two assignments ahead of its text
        command.addAll(List.of("/bin/sh", "-c", "JAVA=$1 DIALECTIC_JAR=$2; shift 2\n" + script, "dialectic",
                java.get(), jar.toString()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** True when the JVM's command line is {@code -jar JAR} followed by these arguments: no JVM option given. */
    static boolean plainJar(String[] line, String[] args) {
        return line.length == args.length + 2 && line[0].equals("-jar")
                && Arrays.equals(line, 2, line.length, args, 0, args.length);
    }

    /** Runs the command with this process's standard streams; its exit code, or null when it could not start. */
    private static Integer run(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        Process child;
        try {
            child = pb.start();
        } catch (IOException | RuntimeException cannot) {
            return null;
        }
        // the user's Ctrl-C reaches both processes; a kill of this one alone must not leave the lint running
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the exit code is the lint's
            }
        }
    }
}
