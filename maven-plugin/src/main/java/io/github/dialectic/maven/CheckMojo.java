package io.github.dialectic.maven;

import io.github.dialectic.finding.Baseline;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.report.ReportFormat;
import io.github.dialectic.report.ReportFormats;
import io.github.dialectic.report.ReportOptions;
import io.github.dialectic.report.TextReporter;
import io.github.dialectic.rule.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Map;

/**
 * Lints the project's SQL migrations for portability across the target engines. Each finding is logged as
 * {@code path:line:column [rule] message (engines)}, which IDE consoles turn into links; reports are written under
 * {@code target/dialectic/}; the build fails when a finding not accepted by the baseline reaches {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractReportingMojo {

    /** Where reports are written. */
    @Parameter(property = "dialectic.outputDirectory", defaultValue = "${project.build.directory}/dialectic")
    private File outputDirectory;

    /** Also log each finding's suggested fix and documentation page. */
    @Parameter(property = "dialectic.explain", defaultValue = "false")
    private boolean explain;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Dialectic: skipped (dialectic.skip)");
            return;
        }
        Severity threshold = threshold();
        List<ReportFormat> reportFormats = reportFormats();
        Baseline accepted = readBaseline();
        Path baselineFile = baselinePath();

        long started = System.nanoTime();
        Run run = lint();
        if (run == null) {
            return;
        }
        long linted = System.nanoTime();
        LintReport report = run.report();
        List<Finding> fresh = report.findings();
        if (accepted != null) {
            Baseline.Match match = accepted.match(report.findings(), basedir());
            fresh = match.fresh();
            getLog().info("Dialectic: " + match.baselined().size() + " finding" + plural(match.baselined().size())
                    + " accepted by the baseline " + relativize(baselineFile.toString()));
            if (!match.stale().isEmpty()) {
                getLog().info("Dialectic: " + match.stale().size() + " baseline entr"
                        + (match.stale().size() == 1 ? "y matches" : "ies match")
                        + " no finding any more; refresh it with 'mvn dialectic:baseline'");
            }
        }

        // the report files are written on other threads while the findings go to the log: all take a while cold
        List<CompletableFuture<Path>> reports = startReports(report, fresh, reportFormats);
        for (Finding f : fresh) {
            log(f);
        }
        LintReport shownReport = report.withFindings(fresh);
        for (LintReport.EngineSet set : report.sets()) { // engine sets side by side, as the text report shows them
            getLog().info("Dialectic: " + io.github.dialectic.report.TextReporter.set(shownReport, set));
        }
        long logged = System.nanoTime();
        List<Path> written = new ArrayList<>();
        for (CompletableFuture<Path> file : reports) {
            try {
                written.add(file.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof MojoExecutionException m) {
                    throw m;
                }
                throw e;
            }
        }
        getLog().debug(String.format(Locale.ROOT, "Dialectic: lint %d ms, logging %d ms, reports %d ms more",
                (linted - started) / 1_000_000, (logged - linted) / 1_000_000, (System.nanoTime() - logged) / 1_000_000));

        long violations = threshold == null ? 0 : fresh.stream().filter(f -> f.severity().atLeast(threshold)).count();
        String notBaselined = accepted != null ? " not in the baseline" : "";
        String reportPart = written.isEmpty() ? "" : "; report: " + written.get(0);
        String allowed = maxAllowedViolations > 0 ? ", more than maxAllowedViolations (" + maxAllowedViolations + ")" : "";
        if (failOnViolation && violations > maxAllowedViolations) {
            throw new MojoFailureException("Dialectic found " + violations + " finding" + plural(violations)
                    + " at or above " + threshold.id() + notBaselined + allowed + " (" + counts(fresh) + ")" + reportPart);
        }
        LintReport.Summary s = report.summary();
        String found = fresh.isEmpty() ? "no findings" + notBaselined
                : fresh.size() + " finding" + plural(fresh.size()) + notBaselined + " (" + counts(fresh) + "; "
                        + (threshold == null ? "failOn is never"
                        : violations == 0 ? "none at or above " + threshold.id()
                        : violations + " at or above " + threshold.id() + ", not failing: " + (failOnViolation
                        ? "maxAllowedViolations is " + maxAllowedViolations : "failOnViolation is false")) + ")";
        getLog().info("Dialectic: " + found + " in " + s.files() + " file" + plural(s.files()) + ", " + s.statements()
                + " statement" + plural(s.statements()) + " (" + s.unparsed() + " unparsed)" + reportPart);
    }

    /** The text report's line without the severity, which the log level shows. */
    private void log(Finding f) {
        List<String> lines = new ArrayList<>();
        lines.add(TextReporter.oneLine(TextReporter.where(f.location()) + " " + TextReporter.what(f)));
        if (explain) {
            lines.addAll(TextReporter.explanation(f));
        }
        for (String l : lines) {
            switch (f.severity()) {
                case ERROR -> getLog().error(l);
                case WARNING -> getLog().warn(l);
                default -> getLog().info(l);
            }
        }
    }

    /** Where the reports are written. */
    protected Path reportDirectory() {
        return outputDirectory.toPath().toAbsolutePath().normalize();
    }

    /** Starts writing the new findings, with paths relative to the project base directory, one format a thread. */
    private List<CompletableFuture<Path>> startReports(LintReport report, List<Finding> fresh,
                                                       List<ReportFormat> reportFormats) throws MojoExecutionException {
        if (reportFormats.isEmpty()) {
            return List.of();
        }
        LintReport shown = shown(report, fresh);
        Path dir = reportDirectory();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the Dialectic report in " + dir + ": " + e.getMessage(), e);
        }
        // one thread a format: each is a cold code path of its own
        return reportFormats.stream().map(format -> CompletableFuture.supplyAsync(() -> {
            Path file = dir.resolve(format.fileName());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                format.reporter(new ReportOptions(true, basedir())).write(shown, out);
            } catch (IOException e) {
                throw new CompletionException(new MojoExecutionException("Cannot write the Dialectic report in " + dir
                        + ": " + e.getMessage(), e));
            }
            return file;
        })).toList();
    }

    private static String counts(List<Finding> findings) {
        Map<Severity, Long> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s, findings.stream().filter(f -> f.severity() == s).count());
        }
        long errors = bySeverity.get(Severity.ERROR);
        long warnings = bySeverity.get(Severity.WARNING);
        long infos = bySeverity.get(Severity.INFO);
        return errors + " error" + plural(errors) + ", "
                + warnings + " warning" + plural(warnings) + ", " + infos + " info";
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
