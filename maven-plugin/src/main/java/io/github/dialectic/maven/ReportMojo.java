package io.github.dialectic.maven;

import io.github.dialectic.finding.Baseline;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.report.HtmlReporter;
import io.github.dialectic.report.ReportOptions;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A page of the project's Maven site: the HTML matrix of migrations (rows) by target engines (columns), each cell
 * coloured by the worst effect and opening its findings, with the statement, the fix and the rule's page. Declare the
 * plugin under {@code <reporting>} and run {@code mvn site}; the page is {@code dialectic.html}, listed under Project
 * Reports. {@code mvn dialectic:report} writes the same page to {@code target/site/dialectic.html} without a site.
 * Findings the baseline accepts are left out, as in {@code check}; the report never fails the build.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractDialecticMojo implements MavenReport {

    /** The page's file name in the site. */
    static final String OUTPUT_NAME = "dialectic";

    /** Where {@code mvn dialectic:report} writes the page; the site plugin sets its own directory. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File outputDirectory;

    private File reportOutputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Dialectic: skipped (dialectic.skip)");
            return;
        }
        Path page = write(getReportOutputDirectory().toPath());
        if (page != null) {
            getLog().info("Dialectic: report " + page);
        }
    }

    /** Lints and writes the matrix to {@code dialectic.html} in {@code directory}; null when there are no migrations. */
    private Path write(Path directory) throws MojoExecutionException, MojoFailureException {
        Baseline accepted = readBaseline();
        Run run = lint();
        if (run == null) {
            return null;
        }
        LintReport report = run.report();
        List<Finding> shown = accepted == null ? report.findings()
                : accepted.match(report.findings(), basedir()).fresh();
        Path page = directory.resolve(getOutputName() + ".html");
        try {
            Files.createDirectories(directory);
            try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
                HtmlReporter.FORMAT.reporter(new ReportOptions(true, basedir())).write(shown(report, shown), out);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the Dialectic report " + page + ": " + e.getMessage(), e);
        }
        return page;
    }

    /**
     * Called by the site plugin. The page is a complete, self-contained HTML file of its own (an external report), so
     * the sink is not used: the page keeps its script that opens a cell's findings, which a site skin would drop.
     */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        try {
            write(getReportOutputDirectory().toPath());
        } catch (MojoExecutionException | MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Dialectic";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Schema portability of the migrations: each migration on each target engine, with the findings";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory != null ? reportOutputDirectory : outputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    /** Only for projects with migrations: a site of a module without any has no Dialectic page. */
    @Override
    public boolean canGenerateReport() {
        if (skip) {
            return false;
        }
        try {
            return prepare() != null;
        } catch (MojoExecutionException e) {
            return true; // generate reports the configuration mistake
        }
    }
}
