package io.github.dialectic.cli;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The jar's entry point. {@code java -jar dialectic.jar ...} with no JVM option of the user's own (the README's
 * command) runs the lint in a second java started through bin/dialectic, which the jar carries: the JVM's defaults
 * suit a long-running server, not a lint (a heap bound of a quarter of the machine's memory that G1 grows into, 1.3 to
 * 1.6 GiB of memory on 100,000 statements; C2 compiler threads competing with the lint on a small machine; no
 * class-data archive), and a jar cannot choose its own JVM options. The first JVM loads a handful of classes and waits;
 * its exit code is the second's. Any JVM option on the command line ({@code java -Xmx4g -jar ...}), JDK_JAVA_OPTIONS,
 * JAVA_TOOL_OPTIONS or _JAVA_OPTIONS, no /bin/sh, or a failure to start the second java: the lint runs in this JVM,
 * with the options given. bin/dialectic starts {@link DialecticCli} itself, not this class.
 *
 * <p>Every class this JVM loads and every method it interprets is start-up time of each run (it has no archive of
 * ours and runs with the JVM's defaults): hence /proc/self/cmdline rather than ProcessHandle (a thread pool, lambdas),
 * java.home rather than the executable's path, and no lambdas, string concatenation by invokedynamic, streams or
 * collections of our own (each of the first two spins classes with ASM in a JVM without our archive).
 *
 * <p>What is left is the JDK's (profiled on Java 17, one-file lint, CPU after the JVM's own set-up): reading the
 * jar's central directory twice, about 36 ms for 10,460 entries (the launcher's JarFile for the manifest, closed, then
 * the class loader's), with C2 and C1 compiling those loops on the other core (about 50 ms); ProcessBuilder.start,
 * about 35 ms (ProcessImpl's and ProcessHandle's five lambdas, a thread pool and a CompletableFuture, none of them in
 * the JDK's default archive); Main's own work about 3 ms. After the start this JVM uses under 10 ms of CPU. Tried and
 * no faster: ProcessHandle's class set up on a second thread meanwhile (1.01x of the time to start), Runtime.halt
 * instead of System.exit (1.00x CPU).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        String[] command = relaunch(args);
        if (command != null) {
            int status = run(command);
            if (status >= 0) {
                System.exit(status);
            }
        }
        DialecticCli.main(args);
    }

    /** bin/dialectic's command for these arguments, or null when this JVM runs the lint itself. */
    static String[] relaunch(String[] args) {
        if (File.separatorChar != '/' || !new File("/bin/sh").canExecute()) {
            return null;
        }
        if (System.getenv("JDK_JAVA_OPTIONS") != null || System.getenv("JAVA_TOOL_OPTIONS") != null
                || System.getenv("_JAVA_OPTIONS") != null) {
            return null;
        }
        String[] line = commandLine();
        if (line == null || !plainJar(line, args)) {
            return null;
        }
        // the java running this JVM: the launcher in its home (what the launcher itself resolved, symbolic links too)
        File java = new File(System.getProperty("java.home"), "bin/java");
        if (!java.canExecute()) {
            return null;
        }
        String script;
        String jar;
        try {
            // canonical, as the class loader has it: the archive is dumped from another directory with this -cp
            jar = new File(line[1]).getCanonicalPath();
            script = script(jar);
        } catch (IOException | RuntimeException unknown) {
            return null;
        }
        if (script == null) {
            return null;
        }
        String[] command = new String[args.length + 6];
        // bin/dialectic, told which java and jar to run (JAVA, DIALECTIC_JAR) by two assignments ahead of its text
        command[0] = "/bin/sh";
        command[1] = "-c";
        command[2] = "JAVA=$1 DIALECTIC_JAR=$2; shift 2\n".concat(script); // not +: no StringConcatFactory
        command[3] = "dialectic";
        command[4] = java.getPath();
        command[5] = jar;
        System.arraycopy(args, 0, command, 6, args.length);
        return command;
    }

    /**
     * bin/dialectic's text, which the jar carries, or null. Read from the jar as a zip file (the class loader's open
     * copy, shared), not as a class-path resource: ClassLoader.getResource asks the JDK's modules first, which opens
     * their image, and then makes a jar: URL and its connection (about 35 ms in this JVM).
     */
    private static String script(String jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar)) {
            ZipEntry entry = zip.getEntry("io/github/dialectic/cli/dialectic");
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * This JVM's arguments after the java command: from /proc/self/cmdline where there is one (Linux), else from
     * ProcessHandle; null when unknown.
     */
    private static String[] commandLine() {
        byte[] bytes;
        try (InputStream in = new FileInputStream("/proc/self/cmdline")) {
            bytes = in.readAllBytes();
        } catch (IOException | RuntimeException noProc) {
            Optional<String[]> arguments = ProcessHandle.current().info().arguments();
            return arguments.isPresent() ? arguments.get() : null;
        }
        try {
            return arguments(bytes, System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IOException | RuntimeException unknownEncoding) {
            return null;
        }
    }

    /**
     * The arguments after the first in a /proc/PID/cmdline text (each one ended by a NUL byte), decoded as the java
     * launcher decoded them (the platform's encoding); null when it is not such a text.
     */
    static String[] arguments(byte[] cmdline, String encoding) throws IOException {
        int count = 0;
        for (byte b : cmdline) {
            if (b == 0) {
                count++;
            }
        }
        if (count == 0 || cmdline[cmdline.length - 1] != 0) {
            return null;
        }
        String[] arguments = new String[count - 1];
        int start = -1;
        for (int i = 0, n = -1; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                if (n >= 0) {
                    arguments[n] = new String(cmdline, start, i - start, encoding);
                }
                n++;
                start = i + 1;
            }
        }
        return arguments;
    }

    /** True when the JVM's command line is {@code -jar JAR} followed by these arguments: no JVM option given. */
    static boolean plainJar(String[] line, String[] args) {
        return line.length == args.length + 2 && line[0].equals("-jar")
                && Arrays.equals(line, 2, line.length, args, 0, args.length);
    }

    /** Runs the command with this process's standard streams; its exit code, or -1 when it could not start. */
    private static int run(String[] command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException cannot) {
            return -1;
        }
        // the user's Ctrl-C reaches both processes; a kill of this one alone must not leave the lint running
        Runtime.getRuntime().addShutdownHook(new Destroy(child));
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the exit code is the lint's
            }
        }
    }

    /** A class, not a method reference: this JVM's first lambda costs milliseconds of bootstrapping. */
    private static final class Destroy extends Thread {
        private final Process child;

        Destroy(Process child) {
            this.child = child;
        }

        @Override
        public void run() {
            child.destroy();
        }
    }
}
