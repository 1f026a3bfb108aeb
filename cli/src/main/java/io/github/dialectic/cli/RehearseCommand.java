package io.github.dialectic.cli;

import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.rehearse.Rehearsal;
import io.github.dialectic.rehearse.RehearsalException;
import io.github.dialectic.rehearse.RehearsalReport;
import io.github.dialectic.rehearse.RehearsalTarget;
import io.github.dialectic.rehearse.RehearsalTargets;
import io.github.dialectic.rehearse.Rehearse;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.config.ProjectConfig;
import io.github.dialectic.config.ProjectLayout;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SqlFlavor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "rehearse", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Apply the migrations one at a time on scratch databases (SQLite in process, an embedded "
                + "PostgreSQL, a throwaway database on a server) and report what each engine said, how long each step "
                + "took and what it changed; steps an engine refused that no rule reported are lint gaps.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every step ran on every engine", "1:an engine refused a step",
                "2:usage, configuration or I/O error, or an engine that cannot start"})
public final class RehearseCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Migration files or directories (Flyway order). "
            + "A path with {vendor} is one folder per engine (sqlite, postgresql, mariadb, ...): each engine rehearses the "
            + "other paths and its own folder. Default: the migrations " + ProjectConfig.FILE_NAME + " names, as lint "
            + "reads them.")
    List<Path> paths;

    @CommandLine.Mixin
    ConfigFile configFile;

    @Option(names = "--engine", split = ",", paramLabel = "ENGINE", description = "Engines that need nothing "
            + "installed: sqlite (in process), postgresql (embedded). Default: those of the targets of "
            + ProjectConfig.FILE_NAME + " (both when it names none), unless --jdbc is given.")
    List<String> engines;

    @Option(names = "--project", paramLabel = "DIR", description = "A Flyway or Spring Boot project, as lint --project "
            + "reads it: its migrations where its settings say (spring.flyway.* in application*.properties/yml, "
            + "flyway.conf, flyway.toml, its " + ProjectConfig.FILE_NAME + "), placeholders replaced, each {vendor} "
            + "folder on its engine only; PATHs then replace its locations.")
    Path project;

    @Option(names = "--profile", split = ",", paramLabel = "PROFILE", description = "Spring profiles whose "
            + "application-PROFILE files are read (default: spring.profiles.active); with --project or "
            + ProjectConfig.FILE_NAME + "'s layout.")
    List<String> profiles;

    @Option(names = "--jdbc", paramLabel = "URL", description = "A server to rehearse on (MariaDB, MySQL, PostgreSQL, "
            + "Db2); repeatable. A throwaway database dialectic_rehearse_<random> is made there and dropped after; "
            + "the database the URL names is never touched.")
    List<String> jdbcUrls;

    @CommandLine.Mixin
    DatabaseLogin login;

    @Option(names = "--up-to", paramLabel = "VERSION", description = "Stop after the migration of this version.")
    String upTo;

    @Option(names = "--show", paramLabel = "TABLE", description = "Print the table's schema at the end (with "
            + "--up-to: as that version left it).")
    String show;

    @Option(names = "--rows", split = ",", paramLabel = "N", description = "Fill every table with N synthetic rows "
            + "as soon as it exists; several sizes rehearse once each and report how each step's time grows.")
    List<Long> rows;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: "
            + "${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Mixin
    ReportOutput output;

    @Option(names = "--flavor", paramLabel = "FLAVOR",
            description = "SQL flavour of the files: generic, mysql, postgresql, sqlite, db2 (default: detected per file).")
    String flavor;

    @Option(names = "--quiet", description = "No progress lines on standard error.")
    boolean quiet;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        Fatal.verbose(verbose);
        String chosen = format.toLowerCase(Locale.ROOT);
        if (!chosen.equals("text") && !chosen.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: text or json, not '" + format + "'");
        }
        if (rows != null && rows.stream().anyMatch(n -> n < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rows: sizes are positive row counts");
        }
        SqlFlavor forced = flavor == null ? null : parseFlavor(flavor);
        login.requireServer(jdbcUrls != null, "--jdbc URL");
        PrintWriter err = spec.commandLine().getErr();
        List<RehearsalTarget> targets = List.of();
        try {
            if (project != null && !java.nio.file.Files.isDirectory(project)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--project: no such directory: " + project);
            }
            configFile.projectDirectory = project; // its dialectic.toml, when the working directory has none
            ProjectConfig config = configFile.config();
            // the cross-check honours the file's rules and flavour, as the lint does; the engines are its targets
            LintOptions lintOptions = config.applyTo(LintOptions.defaults());
            lintOptions = forced == null ? lintOptions : lintOptions.withFlavor(forced);
            List<Path> given = paths == null ? List.of() : paths;
            ProjectLayout found = project != null ? ProjectLayout.find(project, config,
                    profiles == null ? List.of() : profiles, given.stream().map(p -> "filesystem:" + p).toList())
                    : configFile.layout(given, profiles == null ? List.of() : profiles);
            if (found == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give migration files or directories "
                        + "(PATH), a Flyway or Spring Boot project (--project DIR), or name locations in "
                        + ProjectConfig.FILE_NAME);
            }
            if (profiles != null && project == null && found.origin().equals(ProjectLayout.GIVEN)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--profile chooses the Spring settings "
                        + "files a project's migrations are found with: it goes with --project DIR (or "
                        + ProjectConfig.FILE_NAME + "'s layout, without PATHs)");
            }
            if (found.changelog() != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "rehearse applies Flyway SQL migrations; "
                        + found.origin() + " names the Liquibase changelog " + found.changelog() + ": give the SQL "
                        + "migrations as PATHs, or lint the changelog with 'dialectic lint'");
            }
            java.util.Optional<String> liquibase = project == null ? Inputs.liquibaseAmong(given)
                    : java.util.Optional.empty();
            if (liquibase.isPresent()) { // the lint reads it as a changelog: its SQL files are not migrations
                throw new CommandLine.ParameterException(spec.commandLine(), "rehearse applies Flyway SQL migrations; "
                        + liquibase.get() + ": lint it with 'dialectic lint', or rehearse the SQL 'liquibase "
                        + "update-sql' writes for each engine");
            }
            List<String> missing = found.layout().missingCommon();
            if (!missing.isEmpty()) {
                throw new RehearsalException("no such location: " + String.join(", ", missing) + (project != null
                        && !given.isEmpty() ? " (with --project, a PATH is relative to " + project + ")" : ""));
            }
            // the lint reads paths without engine folders or placeholders as plain SQL files; so does the rehearsal
            boolean plain = project == null && found.origin().equals(ProjectLayout.GIVEN)
                    && !found.layout().perEngine() && config.placeholders().isEmpty();
            // what the lint reads as a Liquibase changelog is not applied as a script
            for (var set : found.layout().sets(io.github.dialectic.engine.Targets.latestOfEach(),
                    plain ? io.github.dialectic.source.FlywayConfig.defaults() : found.flyway())) {
                Inputs.requireNoFormattedSql(set.files(), "rehearse");
            }
            if ((project != null || given.isEmpty()) && !quiet) {
                err.println("dialectic: migrations from " + (found.origin().equals(ProjectLayout.GIVEN)
                        && project == null ? config.file() : found.origin()) + "; locations " + found.where());
            }
            // the engines of the targets, as the lint checks them: a project for MySQL alone is not rehearsed on SQLite
            boolean byDefault = engines == null && jdbcUrls == null;
            List<String> embedded = engines != null ? engines : jdbcUrls != null ? List.of()
                    : RehearsalTargets.embeddedFor(lintOptions.targets());
            if (byDefault && embedded.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "none of the targets of " + config.file()
                        + " (" + lintOptions.targets().asList().stream().map(Object::toString).collect(
                        java.util.stream.Collectors.joining(", ")) + ") runs here without a server: give one with "
                        + "--jdbc URL, or name the engines to rehearse on with --engine "
                        + String.join(",", RehearsalTargets.EMBEDDED));
            }
            targets = VerifyOptions.targets(spec, "--engine", embedded, "--jdbc", jdbcUrls, login);
            Rehearsal.Options options = Rehearsal.Options.defaults().withUpTo(upTo).withShow(show)
                    .withProgress(quiet ? line -> { } : VerifyOptions.progress(err));
            List<Long> sizes = rows == null ? List.of() : rows;
            RehearsalReport report = Rehearse.run(targets, found.layout(), plain ? null : found.flyway(), sizes,
                    options, RuleRegistry.load(), lintOptions);
            String text = chosen.equals("json") ? report.json() : report.text();
            output.write(out -> out.write(text));
            if (byDefault || config.targets() != null) { // a pass on SQLite is no pass for Db2
                RehearsalTargets.uncovered(lintOptions.targets(), report.runs()).note("--jdbc")
                        .ifPresent(note -> err.println("dialectic: " + note));
            }
            return report.failed() || !report.crossCheck().isEmpty() && report.crossCheck().stream()
                    .anyMatch(f -> f.severity().atLeast(io.github.dialectic.rule.Severity.ERROR)) ? 1 : 0;
        } catch (RehearsalException | SourceException e) {
            err.println("dialectic: " + e.getMessage());
            return DialecticCli.EXIT_USAGE;
        } finally {
            RehearsalTargets.close(targets);
        }
    }

    private SqlFlavor parseFlavor(String text) {
        try {
            return LinterSettings.flavor(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--flavor: " + e.getMessage());
        }
    }
}
