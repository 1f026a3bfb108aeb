package io.github.dialectic.api;

import io.github.dialectic.finding.Baseline;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.report.ReportFormats;
import io.github.dialectic.report.ReportOptions;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.Severity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What one {@link MigrationLinter#lint} found: the findings the baseline (if any) does not accept, in file and
 * position order, each with its rule's {@linkplain #rule descriptor}; the accepted ones; and any report format of it.
 * Files are named relative to the linter's base directory when they lie inside it. Immutable.
 */
public final class LintResult {

    static final ReportFormats FORMATS = ReportFormats.load(LintResult.class.getClassLoader());

    private final LintReport report;
    private final List<Finding> baselined;
    private final List<Baseline.Entry> staleEntries;
    private final Path baseDirectory;
    private final List<Finding> all;

    private LintResult(LintReport report, List<Finding> baselined, List<Baseline.Entry> staleEntries,
                       Path baseDirectory, List<Finding> all) {
        this.report = report;
        this.baselined = List.copyOf(baselined);
        this.staleEntries = List.copyOf(staleEntries);
        this.baseDirectory = baseDirectory;
        this.all = List.copyOf(all);
    }

    /** The result of a run: its findings matched against {@code accepted} (null: no baseline), files made relative. */
    static LintResult of(LintReport raw, Path baseDirectory, Baseline accepted) {
        // absolute first, so that matching does not depend on the working directory
        List<Finding> absolute = raw.findings().stream().map(f -> f.withLocation(f.location()
                .withSource(absolute(f.file(), baseDirectory)))).toList();
        Baseline.Match match = accepted == null ? new Baseline.Match(absolute, List.of(), List.of())
                : accepted.match(absolute, baseDirectory);
        List<String> sources = raw.sources().stream().map(s -> shown(s, baseDirectory)).toList();
        LintReport report = raw.withFindings(relative(match.fresh(), baseDirectory)).withSources(sources)
                .withSets(raw.withFileNames(s -> shown(s, baseDirectory)).sets());
        return new LintResult(report, relative(match.baselined(), baseDirectory), match.stale(), baseDirectory,
                relative(absolute, baseDirectory));
    }

    private static String absolute(String source, Path baseDirectory) {
        try {
            return baseDirectory.resolve(source).normalize().toString();
        } catch (InvalidPathException e) {
            return source; // not a file: a database, say
        }
    }

    private static String shown(String source, Path baseDirectory) {
        return Baseline.relativize(absolute(source, baseDirectory), baseDirectory);
    }

    private static List<Finding> relative(List<Finding> findings, Path baseDirectory) {
        return findings.stream().map(f -> f.withLocation(f.location().withSource(shown(f.file(), baseDirectory))))
                .toList();
    }

    /**
     * The findings to act on.
     *
     * @return the findings the baseline does not accept (every finding without a baseline), in file and position order
     */
    public List<Finding> findings() {
        return report.findings();
    }

    /**
     * Some of the findings to act on.
     *
     * @param severity the least severity
     * @return those of {@link #findings()} at or above it
     */
    public List<Finding> findingsAtOrAbove(Severity severity) {
        return findings().stream().filter(f -> f.severity().atLeast(severity)).toList();
    }

    /**
     * What a build would fail on.
     *
     * @param severity the least severity that fails
     * @return whether any of {@link #findings()} is at or above it
     */
    public boolean hasFindingsAtOrAbove(Severity severity) {
        return report.count(severity) > 0;
    }

    /**
     * The findings accepted as they are.
     *
     * @return the findings the baseline accepts; empty without a baseline
     */
    public List<Finding> baselined() {
        return baselined;
    }

    /**
     * Baseline entries to drop.
     *
     * @return the entries that matched no finding (fixed since, or the statement changed); empty without a baseline
     */
    public List<Baseline.Entry> staleBaselineEntries() {
        return staleEntries;
    }

    /**
     * What a finding's rule is about.
     *
     * @param finding one of this result's findings
     * @return its rule's descriptor: id, title, category, default severity, summary, engine claims, {@code docsUrl()}
     */
    public RuleDescriptor rule(Finding finding) {
        return report.rule(finding);
    }

    /**
     * The rules.
     *
     * @return every rule the run knew, disabled ones included, sorted by id
     */
    public List<RuleDescriptor> rules() {
        return report.rules().descriptors();
    }

    /**
     * How much was linted.
     *
     * @return counts of files, statements split, statements understood, statements not parsed, findings shown
     */
    public LintReport.Summary summary() {
        return report.summary();
    }

    /**
     * The report the formats are written from, for a {@link io.github.dialectic.report.Reporter} of your own.
     *
     * @return targets, {@link #findings()}, rules and the sources linted
     */
    public LintReport report() {
        return report;
    }

    /**
     * Writes the report in a format ({@link MigrationLinter#formats()}: {@code text}, {@code json}, {@code sarif},
     * {@code junit}, {@code checkstyle}, {@code github}, {@code html}, and any on the class path).
     *
     * @param format the format's id
     * @param out    where to write; flushed, not closed
     * @throws IllegalArgumentException for an unknown format, naming the valid ones
     * @throws UncheckedIOException     when {@code out} fails
     */
    public void write(String format, Writer out) {
        try {
            FORMATS.named(format.toLowerCase(Locale.ROOT)).reporter(new ReportOptions(false, baseDirectory)).write(report, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the report in a format to a file (relative to the base directory; its directory is created) and returns
     * the file's absolute path.
     *
     * @param format the format's id
     * @param file   the file to write
     * @return the file written
     * @throws IllegalArgumentException for an unknown format
     * @throws UncheckedIOException     when the file cannot be written
     */
    public Path write(String format, String file) {
        Path target = baseDirectory.resolve(file).normalize();
        try {
            Files.createDirectories(target.getParent());
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                write(format, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    /**
     * The report in a format, as a string.
     *
     * @param format the format's id
     * @return the report
     * @throws IllegalArgumentException for an unknown format
     */
    public String format(String format) {
        StringWriter out = new StringWriter();
        write(format, out);
        return out.toString();
    }

    /**
     * A baseline accepting every finding of this run (those the old baseline accepted too), with files relative to
     * the base directory, as {@code dialectic baseline} and {@code mvn dialectic:baseline} write it.
     *
     * @return the baseline, to {@link Baseline#write(Path)}
     */
    public Baseline toBaseline() {
        return Baseline.of(all.stream().map(f -> f.withLocation(f.location().withSource(
                absolute(f.file(), baseDirectory)))).toList(), baseDirectory);
    }

    /**
     * Writes {@link #toBaseline()} to a file relative to the base directory.
     *
     * @param file the baseline file, e.g. {@code dialectic-baseline.json}
     * @return the file written
     * @throws UncheckedIOException when the file cannot be written
     */
    public Path writeBaseline(String file) {
        Path target = baseDirectory.resolve(file).normalize();
        try {
            toBaseline().write(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return target;
    }
}
