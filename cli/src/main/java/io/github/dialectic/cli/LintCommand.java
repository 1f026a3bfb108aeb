package io.github.dialectic.cli;

import io.github.dialectic.DidYouMean;
import io.github.dialectic.config.ProjectConfig;
import io.github.dialectic.config.ProjectLayout;
import io.github.dialectic.finding.Baseline;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.lint.PhaseClock;
import io.github.dialectic.live.LiveCheck;
import io.github.dialectic.live.LiveConnections;
import io.github.dialectic.rehearse.RehearsalException;
import io.github.dialectic.rehearse.Verification;
import io.github.dialectic.report.ReportFormats;
import io.github.dialectic.report.ReportOptions;
import io.github.dialectic.report.Reporter;
import io.github.dialectic.report.TextReporter;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.lint.MigrationSetsLinter;
import io.github.dialectic.source.FlywayConfig;
import io.github.dialectic.source.MigrationLayout;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SourceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "lint", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Lint migration files (Flyway layout understood) and report portability findings.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing reached the --fail-on threshold", "1:findings at or above the threshold",
                "2:usage, configuration or I/O error"})
public final class LintCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Migration files or directories (with --jdbc: those the database has not applied yet); "
                    + "- reads one script from standard input.")
    List<Path> paths;

    @Option(names = "--stdin-name", paramLabel = "NAME", defaultValue = "<stdin>",
            description = "The file name findings give the script read from standard input (default: ${DEFAULT-VALUE}).")
    String stdinName;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never "
                    + "(default: ${DEFAULT-VALUE}).")
    String color;

    /** Where {@code -} reads from: System.in, or what a test or an embedding passes to DialecticCli.run. */
    java.io.InputStream stdin = System.in;

    @Option(names = "--jdbc", paramLabel = "URL", description = "A live database: with PATHs, check the pending "
            + "migrations against it (data prechecks, real table sizes); alone, lint its schema.")
    String jdbcUrl;

    @CommandLine.Mixin
    DatabaseLogin login;

    @Option(names = "--history-table", paramLabel = "TABLE", defaultValue = "flyway_schema_history",
            description = "Flyway's history table, TABLE or SCHEMA.TABLE (default: ${DEFAULT-VALUE}).")
    String historyTable;

    @Option(names = "--row-threshold", paramLabel = "ROWS", defaultValue = "100000",
            description = "From this many rows a costly finding on a live table is an error (default: ${DEFAULT-VALUE}).")
    long rowThreshold;

    @CommandLine.Mixin
    LinterSettings settings;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Findings accepted as they are (written by "
            + "'dialectic baseline' or 'mvn dialectic:baseline'): only findings not in FILE are reported.")
    Path baseline;

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

    @CommandLine.Mixin
    ReportOutput output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "error, warning, info or never (default: fail-on of dialectic.toml, else error).")
    String failOn;

    @Option(names = "--explain", description = "Follow each text finding with its fix and doc link.")
    boolean explain;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--project", paramLabel = "DIR", description = "A Flyway or Spring Boot project: its migrations "
            + "where its settings say (spring.flyway.* in application*.properties/yml, flyway.conf, flyway.toml), "
            + "placeholders replaced, a {vendor} folder linted against its engine only.")
    Path project;

    @Option(names = "--profile", split = ",", paramLabel = "PROFILE",
            description = "Spring profiles whose application-PROFILE files --project reads (default: spring.profiles.active).")
    List<String> profiles;

    @CommandLine.Mixin
    VerifyOptions verification;


    @Override
    public Integer call() throws IOException {
        // first: waits for the rules loading on the second thread (Preload), before any other class is initialised
        RuleRegistry registry = Preload.registry();
        Fatal.verbose(verbose);
        settings.configFile.projectDirectory = project; // its dialectic.toml, when the working directory has none
        requireApplicable();
        PhaseClock clock = new PhaseClock();
        String failOn = this.failOn != null ? this.failOn
                : settings.config().failOn() != null ? settings.config().failOn() : "error";
        Severity threshold = failOn.equalsIgnoreCase("never") ? null
                : settings.parse("--fail-on", () -> {
                    try {
                        return Severity.parse(failOn);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(e.getMessage() + DidYouMean.hint(failOn,
                                List.of("error", "warning", "info", "never")) + " (or never)", e);
                    }
                });
        // on GitHub Actions, annotations on the pull request are what a user sees without asking
        String chosenFormat = format != null ? format : "true".equals(System.getenv("GITHUB_ACTIONS")) ? "github" : "text";
        boolean colored = settings.parse("--color", () -> Terminal.colors(color, System.getenv(), Terminal.interactive()))
                && output.file == null;
        Reporter reporter = settings.parse("--format", () -> {
            String id = chosenFormat.toLowerCase(Locale.ROOT);
            // the usual one: without loading every format (ServiceLoader, each reporter's class initialised), about
            // 12 ms of the first thread's CPU at each start even with bin/dialectic's class-data archive
            if (id.equals("text")) {
                return new TextReporter(explain, colored);
            }
            ReportFormats formats = ReportFormats.load();
            formats.named(id); // an unknown format is an error naming the valid ones
            return formats.named(id).reporter(new ReportOptions(explain));
        });
        LintOptions options = settings.options();
        Preload.sqliteParser(options); // loads while the files are read
        Baseline accepted = null;
        Path baseline = this.baseline != null ? this.baseline : settings.config().baseline();
        if (baseline != null) {
            try {
                accepted = Baseline.read(baseline);
            } catch (SourceException e) { // names the file and the line
                spec.commandLine().getErr().println("dialectic: " + e.getMessage());
                return DialecticCli.EXIT_USAGE;
            }
        }
        LintOptions finalOptions = options;
        boolean noPaths = this.paths == null || this.paths.isEmpty();
        if (jdbcUrl != null) {
            requireLiveInputs(noPaths);
        }
        if (noPaths && project == null && settings.config().liquibase() != null) {
            settings.applyConfiguredLiquibase(settings.config().changelog(), null);
        }
        List<Path> named = noPaths ? settings.configuredPaths() : this.paths;
        verification.requireRehearsable(jdbcUrl != null, named.contains(Path.of("-")),
                settings.changelogs != null && !settings.changelogs.isEmpty(), options.targets(), settings.targetsGiven());
        if (jdbcUrl != null) {
            if (noPaths && !named.isEmpty()) { // dialectic.toml's locations, as lint without --jdbc reads them
                spec.commandLine().getErr().println("dialectic: migrations from " + settings.config().file()
                        + "; locations " + named.stream().map(Path::toString)
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
            return report(accept(live(named, finalOptions, clock), accepted, baseline), reporter, threshold, clock);
        }
        // engine sets or placeholders in dialectic.toml: its layout, linted set by set as --project would
        boolean noChangelogs = settings.changelogs == null || settings.changelogs.isEmpty();
        boolean configuredLayout = noPaths && noChangelogs && project == null && settings.config().shapesLayout();
        if (noPaths && project == null && settings.config().shapesLayout()
                && spec.commandLine().getParseResult().hasMatchedOption("--changelog")) {
            requireNoChangelog("the layout of " + settings.config().file()); // its [vendors], placeholders
        }
        List<Path> paths = configuredLayout ? List.of() : noPaths ? settings.configuredPaths() : this.paths;
        if (project != null || configuredLayout || paths.stream().anyMatch(p -> p.toString().contains(MigrationLayout.VENDOR))
                || noChangelogs && !settings.config().placeholders().isEmpty() && Inputs.plainSql(paths)) {
            Linted sets = lintSets(finalOptions, paths, configuredLayout);
            if (sets == null) {
                return DialecticCli.EXIT_USAGE;
            }
            clock.mark(() -> "lint");
            LintReport linted = sets.report();
            if (verification.on) { // each engine rehearses its own set
                Verification verified = verify(linted, sets.layout(), sets.flyway(), finalOptions, registry);
                if (verified == null) {
                    return DialecticCli.EXIT_USAGE;
                }
                linted = verified.report();
                reporter = verified.reporter(chosenFormat.toLowerCase(Locale.ROOT), reporter);
                clock.mark(() -> "rehearsal");
            }
            return report(accept(linted, accepted, baseline), reporter, threshold, clock);
        }
        if (paths.isEmpty() && noChangelogs) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give migration files or directories (PATH), "
                    + "a Liquibase changelog (--changelog FILE), or a database (--jdbc URL); or a Flyway/Spring Boot project "
                    + "(--project DIR); or name locations in " + ProjectConfig.FILE_NAME);
        }
        boolean fromStdin = paths != null && paths.contains(Path.of("-"));
        if (fromStdin && paths.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "- (standard input) cannot be combined with "
                    + "other paths: the order of the scripts would be a guess");
        }
        Linter linter = settings.parse("", () -> new Linter(registry, finalOptions, settings.cache()));
        LintReport report;
        clock.mark(() -> "options and rule registry");
        String what = fromStdin ? "linting standard input" : "linting " + (paths == null ? "the changelogs"
                : paths.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", ")));
        try (Terminal.Progress progress = Terminal.Progress.start(spec.commandLine().getErr(),
                Terminal.interactive(), what, 1000)) {
            // out of memory, here or in a pool thread, ends the process (see Fatal)
            report = fromStdin ? linter.lintFiles(List.of(readStdin(finalOptions)))
                    : Inputs.lint(paths, settings, registry, linter, spec.commandLine().getErr());
        } catch (SourceException e) {
            spec.commandLine().getErr().println("dialectic: " + e.getMessage());
            return DialecticCli.EXIT_USAGE;
        }
        if (report.summary().files() == 0) {
            List<Path> unnamed = Inputs.unnamedChangelogs(paths);
            if (!unnamed.isEmpty()) {
                spec.commandLine().getErr().println("dialectic: Liquibase changelogs found (" + unnamed.stream()
                        .map(Path::toString).collect(java.util.stream.Collectors.joining(", ")) + ") but no "
                        + "db.changelog-master.xml (.yaml, .yml, .json, .sql): name the main one with --changelog FILE");
                return DialecticCli.EXIT_USAGE;
            }
            // a wrong path must not look like a clean bill of health
            spec.commandLine().getErr().println("dialectic: no .sql files or Liquibase changelogs found in "
                    + (paths == null ? List.<Path>of() : paths).stream().map(Path::toString)
                    .collect(java.util.stream.Collectors.joining(", ")));
            return DialecticCli.EXIT_USAGE;
        }
        clock.mark(() -> "lint");
        if (verification.on) {
            Verification verified = verify(report, MigrationLayout.ofPaths(paths), null, finalOptions, registry);
            if (verified == null) {
                return DialecticCli.EXIT_USAGE;
            }
            report = verified.report();
            reporter = verified.reporter(chosenFormat.toLowerCase(Locale.ROOT), reporter);
            clock.mark(() -> "rehearsal");
        }
        return report(accept(report, accepted, baseline), reporter, threshold, clock);
    }

    /**
     * Options that would be read and then have no effect are usage errors saying what they go with: a run that
     * ignores what was asked of it must not look like one that did it.
     */
    private void requireApplicable() {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        boolean stdinPath = paths != null && paths.contains(Path.of("-"));
        if (stdinPath) { // the script on standard input is all a run with - reads
            String other = paths.size() > 1 ? "other paths: the order of the scripts would be a guess"
                    : project != null ? "--project DIR" : settings.changelogs != null && !settings.changelogs.isEmpty()
                    ? "--changelog" : jdbcUrl != null ? "--jdbc (it checks migration files against Flyway's history)"
                    : null;
            if (other != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "- (standard input) cannot be combined "
                        + "with " + other);
            }
        }
        if (parsed.hasMatchedOption("--stdin-name") && !stdinPath) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--stdin-name names the script read from "
                    + "standard input: it goes with - as the PATH");
        }
        for (String live : List.of("--history-table", "--row-threshold")) {
            if (parsed.hasMatchedOption(live) && jdbcUrl == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), live + " is about a live database's "
                        + "check: it goes with --jdbc URL, which is not given");
            }
        }
        login.requireServer(jdbcUrl != null || verification.urls != null, "--jdbc URL or --verify-jdbc URL");
        if (profiles != null && project == null && (paths != null && !paths.isEmpty()
                || !settings.config().shapesLayout())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--profile chooses the Spring settings "
                    + "files a project's migrations are found with: it goes with --project DIR (or "
                    + ProjectConfig.FILE_NAME + "'s layout, without PATHs)");
        }
        if (parsed.hasMatchedOption("--baseline-root") && baseline == null && settings.config().baseline() == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--baseline-root says what a baseline's paths "
                    + "are relative to: it goes with --baseline FILE (or baseline in " + ProjectConfig.FILE_NAME + ")");
        }
    }

    /** The script on standard input, read whole and decoded as strict UTF-8, named {@code --stdin-name}. */
    private SourceFile readStdin(LintOptions options) throws SourceException, IOException {
        Path name = settings.parse("--stdin-name", () -> {
            try {
                return Path.of(stdinName);
            } catch (java.nio.file.InvalidPathException e) {
                throw new IllegalArgumentException("not a file name: " + stdinName, e);
            }
        });
        byte[] bytes = stdin.readAllBytes();
        if (bytes.length == 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "- : standard input is empty (nothing to lint)");
        }
        SourceFile file = SourceFile.fromBytes(name, bytes);
        return options.flavor() == null ? file : file.withFlavor(options.flavor());
    }

    /**
     * --verify: {@code report} with the engines' verdicts on the layout it read ({@code flyway} null: plain SQL
     * files); null (and says why on standard error) when the rehearsal cannot run.
     */
    private Verification verify(LintReport report, MigrationLayout layout, FlywayConfig flyway, LintOptions options,
                                RuleRegistry registry) {
        try {
            return verification.verify(report, layout, flyway, options, registry, login);
        } catch (RehearsalException | SourceException e) {
            spec.commandLine().getErr().println("dialectic: " + e.getMessage());
            return null;
        }
    }

    /** A lint of a layout and what it read: the layout and how (null for a Liquibase project). */
    private record Linted(LintReport report, MigrationLayout layout, FlywayConfig flyway) {
    }

    /**
     * Lints a project's Flyway layout (--project) or paths with a {vendor} folder: each engine's set against that
     * engine; null (and says why on standard error) when there is nothing to lint.
     */
    private Linted lintSets(LintOptions options, List<Path> paths, boolean configuredLayout) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (project != null && !java.nio.file.Files.isDirectory(project)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--project: no such directory: " + project);
        }
        try {
            FlywayConfig config;
            MigrationLayout layout;
            if (project != null || configuredLayout) {
                ProjectLayout found = ProjectLayout.find(project != null ? project : settings.config().directory(),
                        settings.config(), profiles == null ? List.of() : profiles,
                        paths.stream().map(p -> "filesystem:" + p).toList());
                err.println("dialectic: migrations from " + found.origin() + "; "
                        + (found.changelog() != null ? "changelog " : "locations ") + found.where());
                if (found.changelog() != null) { // a Liquibase project
                    if (verification.on) {
                        throw new CommandLine.ParameterException(spec.commandLine(), "--verify rehearses Flyway SQL "
                                + "migrations; it does not take " + VerifyOptions.CHANGELOGS + "; " + found.origin()
                                + " names " + found.changelog());
                    }
                    settings.applyConfiguredLiquibase(found.changelog(), project);
                    RuleRegistry registry = Preload.registry();
                    return new Linted(Inputs.lint(List.of(), settings, registry, new Linter(registry, options,
                            settings.cache()), err), null, null);
                }
                config = found.flyway();
                layout = found.layout();
                requireNoChangelog(project != null ? "the Flyway migrations of --project " + project
                        : "the layout of " + settings.config().file());
                settings.requireNoChangelogOptions();
            } else {
                requireNoChangelog("a {vendor} PATH's engine folders");
                settings.requireNoChangelogOptions();
                ProjectLayout given = ProjectLayout.ofPaths(paths, settings.config());
                config = given.flyway();
                layout = given.layout();
            }
            List<String> missing = layout.missingCommon();
            if (!missing.isEmpty()) {
                err.println("dialectic: no such location: " + String.join(", ", missing) + (project != null
                        && !paths.isEmpty() ? " (with --project, a PATH is relative to " + project + ")" : ""));
                return null;
            }
            MigrationSetsLinter.Result result = new MigrationSetsLinter(Preload.registry(), options, settings.cache())
                    .lint(layout, config);
            if (result.report().summary().files() == 0) {
                err.println("dialectic: no migrations found; looked in " + layout.searched().stream()
                        .map(Path::toString).collect(java.util.stream.Collectors.joining(", ")));
                return null;
            }
            return new Linted(result.report(), layout, config);
        } catch (SourceException | IOException e) {
            err.println("dialectic: " + e.getMessage());
            return null;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * Refuses what --jdbc's check would read and then not use: it checks plain SQL migrations (PATHs, else
     * dialectic.toml's {@code locations}) against Flyway's history table, so a project's settings, Liquibase changelogs,
     * engine folders and placeholders would be skipped without a word.
     */
    private void requireLiveInputs(boolean noPaths) {
        ProjectConfig c = settings.config();
        String unread = project != null ? "--project DIR (give the project's migration folders as PATHs)"
                : settings.changelogs != null && !settings.changelogs.isEmpty()
                ? "Liquibase changelogs (--changelog): it reads Flyway's history table"
                : noPaths && c.liquibase() != null
                ? "the Liquibase changelog of " + c.file() + " ([liquibase]): it reads Flyway's history table"
                : !c.placeholders().isEmpty() ? c.file() + "'s [placeholders], which it would leave unreplaced "
                + "(--no-config checks the PATHs without them)"
                : noPaths && c.shapesLayout() ? c.file() + "'s engine folders ([vendors], {vendor}): give the "
                + "migration folders as PATHs"
                : null;
        if (unread != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jdbc checks the pending migrations of "
                    + "PATHs (else of " + ProjectConfig.FILE_NAME + "'s locations) against the database; it does not "
                    + "read " + unread);
        }
    }

    /** --changelog where a Flyway layout is linted set by set: the changelog would not be linted; refused. */
    private void requireNoChangelog(String layout) {
        if (spec.commandLine().getParseResult().hasMatchedOption("--changelog")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--changelog cannot be combined with " + layout
                    + ": lint the changelog in a run of its own");
        }
    }

    /**
     * Checks the live database: its schema alone ({@code paths} empty), or the pending migrations under the paths
     * against it.
     */
    private LintReport live(List<Path> paths, LintOptions options, PhaseClock clock) throws IOException {
        String password = login.password();
        LiveCheck.Options liveOptions = LiveCheck.Options.defaults().withHistoryTable(historyTable)
                .withRowThreshold(rowThreshold);
        try (LiveCheck live = LiveCheck.connect(jdbcUrl, login.user, password, liveOptions)) {
            clock.mark(() -> "read the live schema");
            return paths == null || paths.isEmpty() ? live.lintSchema(Preload.registry(), options)
                    : live.lintPending(paths, Preload.registry(), options);
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
        output.write(out -> reporter.write(report, out));
        if (output.file != null) {
            // the report went to the file; the one line that says how it went still comes to the terminal
            spec.commandLine().getOut().println(TextReporter.summary(report) + "; report: " + output.file);
            spec.commandLine().getOut().flush();
        }
        clock.mark(() -> "report");
        return threshold != null && report.count(threshold) > 0 ? 1 : 0;
    }

    /** The report without the findings the baseline accepts. */
    private LintReport accept(LintReport report, Baseline accepted, Path baseline) {
        if (accepted == null) {
            return report;
        }
        Baseline.Match match = accepted.match(report.findings(), settings.baselineRoot());
        String stale = match.stale().isEmpty() ? "" : "; " + match.stale().size() + " of its entries match no finding "
                + "any more (refresh it with 'dialectic baseline')";
        spec.commandLine().getErr().println("dialectic: " + match.baselined().size() + " finding"
                + (match.baselined().size() == 1 ? "" : "s") + " accepted by the baseline " + baseline + stale);
        return report.withFindings(match.fresh());
    }
}
