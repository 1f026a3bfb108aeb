package io.github.dialectic.cli;

import io.github.dialectic.config.ProjectConfig;
import io.github.dialectic.config.ProjectLayout;
import io.github.dialectic.finding.Baseline;
import io.github.dialectic.lint.MigrationSetsLinter;
import io.github.dialectic.source.MigrationLayout;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rehearse.RehearsalException;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.SourceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "baseline", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Record today's findings in a baseline file, so that 'lint --baseline FILE' (and the Maven "
                + "plugin's check, which reads the same file) reports only new ones.",
                "Paths in the file are relative to the working directory or --baseline-root (the Maven plugin "
                        + "stores them relative to the project directory)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the baseline was written", "2:usage, configuration or I/O error"})
public final class BaselineCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Migration files or directories (default: the locations of dialectic.toml).")
    List<Path> paths;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "The baseline file to write, e.g. " + Baseline.DEFAULT_FILE + ".")
    Path output;

    @CommandLine.Mixin
    LinterSettings settings;

    @CommandLine.Mixin
    VerifyOptions verification;

    @CommandLine.Mixin
    DatabaseLogin login;

    @Override
    public Integer call() throws IOException {
        // first: waits for the rules loading on the second thread (Preload), before any other class is initialised
        RuleRegistry registry = Preload.registry();
        ProjectConfig config = settings.config();
        boolean noPaths = this.paths == null || this.paths.isEmpty();
        boolean noChangelogs = settings.changelogs == null || settings.changelogs.isEmpty();
        if (noPaths && noChangelogs && config.liquibase() != null) {
            settings.applyConfiguredLiquibase(config.changelog(), null); // as lint: the file's changelog
            noChangelogs = false;
        }
        // as lint reads them: dialectic.toml's engine folders and placeholders, or a {vendor} PATH, make a layout
        boolean configuredLayout = noPaths && noChangelogs && config.shapesLayout();
        List<Path> paths = configuredLayout ? List.of() : noPaths ? settings.configuredPaths() : this.paths;
        boolean layout = configuredLayout || paths.stream().anyMatch(p -> p.toString().contains(MigrationLayout.VENDOR))
                || noChangelogs && !config.placeholders().isEmpty() && Inputs.plainSql(paths);
        if (!layout && paths.isEmpty() && noChangelogs) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give migration files or directories (PATH), "
                    + "a Liquibase changelog (--changelog FILE), or locations in dialectic.toml");
        }
        login.requireServer(verification.urls != null, "--verify-jdbc URL");
        LintOptions options = settings.parse("", settings::options);
        verification.requireRehearsable(false, paths.contains(Path.of("-")),
                !noChangelogs, options.targets(), settings.targetsGiven());
        LintReport report;
        try {
            if (layout) {
                ProjectLayout found = configuredLayout ? ProjectLayout.find(config.directory(), config, List.of(),
                        List.of()) : ProjectLayout.ofPaths(paths, config);
                List<String> missing = found.layout().missingCommon();
                if (!missing.isEmpty()) {
                    spec.commandLine().getErr().println("dialectic: no such location: " + String.join(", ", missing));
                    return DialecticCli.EXIT_USAGE;
                }
                settings.requireNoChangelogOptions();
                report = settings.parse("", () -> new MigrationSetsLinter(registry, options, settings.cache()))
                        .lint(found.layout(), found.flyway()).report();
                if (report.summary().files() == 0) {
                    spec.commandLine().getErr().println("dialectic: no migrations found; looked in " + found.layout()
                            .searched().stream().map(Path::toString).collect(Collectors.joining(", ")));
                    return DialecticCli.EXIT_USAGE;
                }
                if (verification.on) {
                    report = verification.verify(report, found.layout(), found.flyway(), options, registry, login)
                            .report();
                }
            } else {
                Preload.sqliteParser(options); // loads while the files are read
                Linter linter = settings.parse("", () -> new Linter(registry, options, settings.cache()));
                report = Inputs.lint(paths, settings, registry, linter, spec.commandLine().getErr());
                if (report.summary().files() == 0) {
                    spec.commandLine().getErr().println("dialectic: no .sql files or Liquibase changelogs found in "
                            + paths.stream().map(Path::toString).collect(Collectors.joining(", ")));
                    return DialecticCli.EXIT_USAGE;
                }
                if (verification.on) { // the engines' verdicts are findings a baseline accepts like any other
                    report = verification.verify(report, paths, options, registry, login).report();
                }
            }
        } catch (RehearsalException | SourceException e) {
            spec.commandLine().getErr().println("dialectic: " + e.getMessage());
            return DialecticCli.EXIT_USAGE;
        }
        Baseline baseline = Baseline.of(report.findings(), settings.baselineRoot());
        baseline.write(output);
        int n = baseline.entries().size();
        spec.commandLine().getOut().println("dialectic: wrote " + n + " finding" + (n == 1 ? "" : "s")
                + " to the baseline " + output);
        return 0;
    }
}
