package io.github.dialectic.cli;

import io.github.dialectic.Dialectic;
import io.github.dialectic.lint.ParseCache;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/**
 * Entry point: {@code dialectic lint ...}, {@code dialectic baseline ...}, {@code dialectic rehearse ...},
 * {@code dialectic rules ...} and {@code dialectic help [command]}.
 *
 * <p>{@code addMethodSubcommands = false} here and on each command: none has {@code @Command} methods, and looking
 * for them reads every method of the class at each start.
 */
@Command(name = "dialectic", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        versionProvider = DialecticCli.Version.class,
        description = "Finds what in your migrations behaves differently on MySQL/MariaDB, PostgreSQL, SQLite and Db2.")
public final class DialecticCli implements Runnable {

    /** Exit code for usage, configuration and I/O errors. */
    static final int EXIT_USAGE = 2;

    /**
     * The commands, in the order help lists them. picocli reads each one's annotations when it is added, about half of
     * its start-up: a command line naming one command gets that one only (see {@link #commandLine}).
     */
    private static final List<String> COMMANDS = List.of("lint", "baseline", "rehearse", "rules", "help");

    /** picocli's system property: regular expressions, comma-separated, of types to register no converter for. */
    static final String CONVERTERS_EXCLUDED = "picocli.converters.excludes";

    /** The types of picocli's converters that no option here has (a test checks): set in this process's own main. */
    static final String UNUSED_CONVERTERS = "java\\.time\\..*,java\\.sql\\..*";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: use 'lint', 'baseline', 'rehearse', 'rules' or 'help'");
    }

    public static void main(String[] args) {
        Fatal.install();
        // this process owns its JVM: sqlite-jdbc may load its native library from the user's cache (not in run(),
        // which tests and embedders call in JVMs of their own); -Ddialectic.sqlite.library-cache= turns that off
        if (System.getProperty("dialectic.sqlite.library-cache") == null) {
            System.setProperty("dialectic.sqlite.library-cache", ParseCache.defaultDir().resolve("native").toString());
        }
        // picocli registers, for each command it builds, converters for 20 java.time and java.sql types by reflection
        // (Class.forName initialising them, getDeclaredMethod); no option of ours has such a type
        if (System.getProperty(CONVERTERS_EXCLUDED) == null) {
            System.setProperty(CONVERTERS_EXCLUDED, UNUSED_CONVERTERS);
        }
        if (args.length > 0 && (args[0].equals("lint") || args[0].equals("baseline"))) {
            // the rules and engine profiles, on a second thread while picocli reads the arguments; then SQLite's parser
            Preload.start(Preload.sqliteLikely(args));
        }
        int status;
        try {
            status = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        } catch (Throwable e) { // out of memory, say: Fatal makes sure it still ends with 2 and one line
            Fatal.end(e);
            return;
        }
        System.exit(status);
    }

    /**
     * Runs the command line with the given streams and returns the exit code (for tests and embedding). A failed write
     * to {@code out} (a full disk, a closed pipe: PrintWriter and System.out keep such errors to themselves) is an I/O
     * error, exit code 2, whatever the findings.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, out, err);
    }

    /** {@link #run(String[], PrintWriter, PrintWriter)} with what {@code lint -} reads as standard input. */
    public static int run(String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(args);
        CommandLine lint = cl.getSubcommands().get("lint");
        if (lint != null) {
            ((LintCommand) lint.getCommand()).stdin = in;
        }
        cl.setOut(out);
        cl.setErr(err);
        Handlers handlers = new Handlers(err);
        cl.setExitCodeExceptionMapper(handlers);
        cl.setParameterExceptionHandler(handlers);
        cl.setExecutionExceptionHandler(handlers);
        int status = cl.execute(args);
        if (out.checkError()) { // flushes; for a PrintWriter on System.out, System.out's own errors count too
            err.println("dialectic: cannot write to standard output (closed, or the disk is full); the report is lost");
            return EXIT_USAGE;
        }
        return status;
    }

    /**
     * What a usage error and a failed command print, and their exit code. A class, not three lambdas: picocli's
     * handler interfaces are not in the class-data archive, so neither were lambdas implementing them, and each was
     * spun anew at every start.
     */
    private static final class Handlers implements CommandLine.IExitCodeExceptionMapper,
            CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

        private final PrintWriter err;

        Handlers(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int getExitCode(Throwable exception) {
            return EXIT_USAGE;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            String command = ex.getCommandLine().getCommandName();
            err.println("dialectic: " + oneLine(ex) + suggestions(ex) + " (see 'dialectic "
                    + (command.equals("dialectic") ? "" : command + " ") + "--help')");
            return EXIT_USAGE;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            Fatal.endIfFatal(ex); // an out-of-memory or a failure in another thread: one line from Fatal, then halt
            boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
            err.println("dialectic: " + oneLine(ex));
            if (verbose) {
                ex.printStackTrace(err);
            }
            return EXIT_USAGE;
        }
    }

    /**
     * The command line for these arguments: with only the command they start with when that is one (but help, which
     * names the others), none for {@code --version} alone, else with all of them (for usage, and suggestions for a
     * mistyped one).
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new DialecticCli());
        String first = args.length > 0 ? args[0] : "";
        if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
            return cl;
        }
        boolean one = COMMANDS.contains(first) && !first.equals("help");
        for (String name : COMMANDS) {
            if (!one || name.equals(first)) {
                cl.addSubcommand(name, command(name));
            }
        }
        return cl;
    }

    /**
     * A new command object of this name. A switch, not a map of constructor references: with those JDK 25.0.3's AOT
     * cache writer crashed (archiveHeapWriter.cpp, "should have been archived"); one named picocli's HelpCommand, a
     * Java 5 class that no archive can hold.
     */
    private static Object command(String name) {
        switch (name) {
            case "lint":
                return new LintCommand();
            case "baseline":
                return new BaselineCommand();
            case "rehearse":
                return new RehearseCommand();
            case "rules":
                return new RulesCommand();
            default:
                return new CommandLine.HelpCommand();
        }
    }

    /** {@code "; did you mean --target?"} for a mistyped option or command picocli found a near match for. */
    static String suggestions(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return "";
        }
        // by edit distance, as for engines and rule ids: picocli's own (bigram) suggestions miss swapped letters
        String typed = u.getUnmatched().get(0);
        CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
        java.util.List<String> candidates = new java.util.ArrayList<>();
        if (typed.startsWith("-")) {
            typed = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            spec.options().forEach(o -> candidates.addAll(java.util.List.of(o.names())));
        } else {
            candidates.addAll(spec.subcommands().keySet());
        }
        return io.github.dialectic.DidYouMean.closest(typed, candidates).map(c -> "; did you mean " + c + "?").orElse("");
    }

    /** The first line of the throwable's message, its class name if it has none. */
    static String oneLine(Throwable e) {
        String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dialectic " + Dialectic.version()};
        }
    }
}
