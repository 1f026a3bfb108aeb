package io.github.dialectic.cli;

import io.github.dialectic.engine.Targets;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.lint.PhaseClock;
import io.github.dialectic.live.LiveCheck;
import io.github.dialectic.live.LiveConnections;
import io.github.dialectic.lint.ParseCache;
import io.github.dialectic.report.ReportFormats;
import io.github.dialectic.report.ReportOptions;
import io.github.dialectic.report.Reporter;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SqlFlavor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Lint migration files (Flyway layout understood) and report portability findings.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing reached the --fail-on threshold", "1:findings at or above the threshold",
                "2:usage, configuration or I/O error"})
public final class LintCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Migration files or directories (with --jdbc: those the database has not applied yet).")
    List<Path> paths;

    @Option(names = "--jdbc", paramLabel = "URL", description = "A live database: with PATHs, check the pending "
            + "migrations against it (data prechecks, real table sizes); alone, lint its schema.")
    String jdbcUrl;

    @Option(names = "--user", paramLabel = "USER", description = "Database user for --jdbc.")
    String user;

    @Option(names = "--password-env", paramLabel = "NAME",
            description = "Environment variable holding the database password (never on the command line).")
    String passwordEnv;

    @Option(names = "--history-table", paramLabel = "TABLE", defaultValue = "flyway_schema_history",
            description = "Flyway's history table, TABLE or SCHEMA.TABLE (default: ${DEFAULT-VALUE}).")
    String historyTable;

    @Option(names = "--row-threshold", paramLabel = "ROWS", defaultValue = "100000",
            description = "From this many rows a costly finding on a live table is an error (default: ${DEFAULT-VALUE}).")
    long rowThreshold;

    @Option(names = "--target", split = ",", paramLabel = "ENGINE[:VERSION]",
            description = "Engines to check against: mysql, mariadb, postgresql, sqlite, db2 (default: the latest of each).")
    List<String> targets;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatIds.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: text; github when GITHUB_ACTIONS=true).")
    String format;

    /** The formats the report registry offers, for the help text. */
    static final class FormatIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ReportFormats.load().ids().iterator();
        }
    }

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--disable", split = ",", paramLabel = "RULE", description = "Rule ids to turn off.")
    List<String> disabled;

    @Option(names = "--severity", split = ",", paramLabel = "RULE=LEVEL", description = "Change a rule's severity.")
    Map<String, String> severities;

    @Option(names = "--flavor", paramLabel = "FLAVOR",
            description = "SQL flavour of the files: generic, mysql, postgresql, sqlite, db2 (default: detected per file).")
    String flavor;

    @Option(names = "--explain", description = "Follow each text finding with its fix and doc link.")
    boolean explain;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where to keep parse results between runs (default: $XDG_CACHE_HOME/dialectic or ~/.cache/dialectic).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Neither read nor write the parse cache.")
    boolean noCache;

    @Override
    public Integer call() throws IOException {
        Fatal.verbose(verbose);
        PhaseClock clock = new PhaseClock();
        Severity threshold = failOn.equalsIgnoreCase("never") ? null : parseOption("--fail-on", () -> Severity.parse(failOn));
        Targets chosen = targets == null || targets.isEmpty() ? Targets.latestOfEach()
                : parseOption("--target", () -> Targets.parse(targets));
        // on GitHub Actions, annotations on the pull request are what a user sees without asking
        String chosenFormat = format != null ? format : "true".equals(System.getenv("GITHUB_ACTIONS")) ? "github" : "text";
        Reporter reporter = parseOption("--format", () -> ReportFormats.load().named(chosenFormat.toLowerCase(Locale.ROOT))
                .reporter(new ReportOptions(explain)));
        LintOptions options = LintOptions.defaults().withTargets(chosen);
        if (disabled != null) {
            options = options.withDisabled(new HashSet<>(disabled));
        }
        if (severities != null) {
            Map<String, Severity> map = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : severities.entrySet()) {
                map.put(e.getKey(), parseOption("--severity", () -> Severity.parse(e.getValue())));
            }
            options = options.withSeverities(map);
        }
        if (flavor != null) {
            options = options.withFlavor(parseOption("--flavor", () -> SqlFlavor.valueOf(flavor.toUpperCase(Locale.ROOT))));
        }
        if (cacheDir != null && cacheDir.toString().isBlank()) { // Path.of("") is the working directory
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--cache-dir: empty path; name a directory, or use --no-cache");
        }
        LintOptions finalOptions = options;
        if (jdbcUrl != null) {
            return report(live(finalOptions, clock), reporter, threshold, clock);
        }
        if (paths == null || paths.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give migration files or directories (PATH), "
                    + "or a database (--jdbc URL)");
        }
        Linter linter = parseOption("configuration", () -> new Linter(RuleRegistry.load(), finalOptions,
                noCache ? null : ParseCache.at(cacheDir != null ? cacheDir : ParseCache.defaultDir())));
        LintReport report;
        clock.mark(() -> "options and rule registry");
        try {
            report = linter.lint(paths); // out of memory, here or in a pool thread, ends the process (see Fatal)
        } catch (SourceException e) {
            spec.commandLine().getErr().println("dialectic: " + e.getMessage());
            return DialecticCli.EXIT_USAGE;
        }
        if (report.summary().files() == 0) {
            // a wrong path must not look like a clean bill of health
            spec.commandLine().getErr().println("dialectic: no .sql files found in " + paths.stream().map(Path::toString)
                    .collect(java.util.stream.Collectors.joining(", ")));
            return DialecticCli.EXIT_USAGE;
        }
        clock.mark(() -> "lint");
        return report(report, reporter, threshold, clock);
    }

    /** Checks the live database: its schema alone, or the pending migrations under the paths against it. */
    private LintReport live(LintOptions options, PhaseClock clock) throws IOException {
        String password = null;
        if (passwordEnv != null) {
            password = System.getenv(passwordEnv);
            if (password == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--password-env: the environment variable " + passwordEnv + " is not set");
            }
        }
        LiveCheck.Options liveOptions = LiveCheck.Options.defaults().withHistoryTable(historyTable)
                .withRowThreshold(rowThreshold);
        try (LiveCheck live = LiveCheck.connect(jdbcUrl, user, password, liveOptions)) {
            clock.mark(() -> "read the live schema");
            return paths == null || paths.isEmpty() ? live.lintSchema(RuleRegistry.load(), options)
                    : live.lintPending(paths, RuleRegistry.load(), options);
        } catch (SQLException e) {
            throw new LiveFailure("database " + LiveConnections.redact(jdbcUrl) + ": " + LiveConnections.redact(e.getMessage()));
        } catch (SourceException e) {
            throw new LiveFailure(e.getMessage());
        }
    }

    /** A failure of the live check, reported as one line with exit status 2. */
    static final class LiveFailure extends RuntimeException {
        LiveFailure(String message) {
            super(message, null, false, false);
        }
    }

    private int report(LintReport report, Reporter reporter, Severity threshold, PhaseClock clock) throws IOException {
        if (output != null) {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                reporter.write(report, w);
            }
        } else {
            StringWriter buffer = new StringWriter();
            reporter.write(report, buffer);
            spec.commandLine().getOut().print(buffer);
            spec.commandLine().getOut().flush();
        }
        clock.mark(() -> "report");
        return threshold != null && report.count(threshold) > 0 ? 1 : 0;
    }

    private <T> T parseOption(String option, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            if (option.equals("--flavor")) {
                message = "unknown flavor '" + flavor + "'; valid: generic, mysql, postgresql, sqlite, db2";
            }
            throw new CommandLine.ParameterException(spec.commandLine(), (option.equals("configuration") ? "" : option + ": ") + message);
        }
    }
}
