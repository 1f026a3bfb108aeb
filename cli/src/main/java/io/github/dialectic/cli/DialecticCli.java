package io.github.dialectic.cli;

import io.github.dialectic.Dialectic;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** Entry point: {@code dialectic lint ...} and {@code dialectic rules ...}. */
@Command(name = "dialectic", mixinStandardHelpOptions = true, versionProvider = DialecticCli.Version.class,
        description = "Finds what in your migrations behaves differently on MySQL/MariaDB, PostgreSQL, SQLite and Db2.",
        subcommands = {LintCommand.class, RulesCommand.class})
public final class DialecticCli implements Runnable {

    /** Exit code for usage, configuration and I/O errors. */
    static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: use 'lint' or 'rules'");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new DialecticCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("dialectic: " + ex.getMessage());
            err.println("Try 'dialectic " + (ex.getCommandLine().getCommandName().equals("dialectic") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
            err.println("dialectic: " + oneLine(ex));
            if (verbose) {
                ex.printStackTrace(err);
            }
            return EXIT_USAGE;
        });
        return cl.execute(args);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dialectic " + Dialectic.version()};
        }
    }
}
