package io.github.dialectic.maven;

import io.github.dialectic.report.ReportFormat;
import io.github.dialectic.report.ReportFormats;
import io.github.dialectic.rule.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parameters of what {@code check} reports, shared with {@code start} so that a mistake in them fails the build
 * there, at once, not after the lint.
 */
abstract class AbstractReportingMojo extends AbstractDialecticMojo {

    private static final List<String> FAIL_ON = List.of("error", "warning", "info", "never");

    /** The least severity that fails the build: error, warning, info or never (default: dialectic.toml's, else error). */
    @Parameter(property = "dialectic.failOn")
    protected String failOn;

    /**
     * Report formats written to {@code outputDirectory}, each to its own file: {@code text} ({@code dialectic.txt}),
     * {@code json} ({@code dialectic.json}) and any other format on the plugin's class path; {@code none} writes no
     * report.
     */
    @Parameter(property = "dialectic.formats", defaultValue = "text,json")
    protected List<String> formats;

    /**
     * Whether findings at or above {@code failOn} (violations) fail the build; when false they are reported only.
     * Named as in the Checkstyle and PMD plugins.
     */
    @Parameter(property = "dialectic.failOnViolation", defaultValue = "true")
    protected boolean failOnViolation;

    /**
     * How many violations (findings at or above {@code failOn} that the baseline does not accept) the build tolerates:
     * it fails only above this number. Named as in the Checkstyle and PMD plugins.
     */
    @Parameter(property = "dialectic.maxAllowedViolations", defaultValue = "0")
    protected int maxAllowedViolations;

    /** The {@code failOn} parameter checked: null for never. Checks {@code maxAllowedViolations} too. */
    protected Severity threshold() throws MojoExecutionException {
        String value = failOn != null ? failOn.trim().toLowerCase(Locale.ROOT)
                : config().failOn() != null ? config().failOn() : "error";
        if (!FAIL_ON.contains(value)) {
            throw new MojoExecutionException("Invalid dialectic.failOn '" + failOn + "'; valid values: "
                    + String.join(", ", FAIL_ON));
        }
        if (maxAllowedViolations < 0) {
            throw new MojoExecutionException("Invalid dialectic.maxAllowedViolations " + maxAllowedViolations
                    + "; valid values: 0 or more");
        }
        return value.equals("never") ? null : Severity.parse(value);
    }

    /** The {@code formats} parameter checked, without none and repeats. */
    protected List<ReportFormat> reportFormats() throws MojoExecutionException {
        ReportFormats known = ReportFormats.load(getClass().getClassLoader());
        List<ReportFormat> result = new ArrayList<>();
        for (String f : MigrationSources.clean(formats)) {
            String id = f.toLowerCase(Locale.ROOT);
            if (id.equals("none")) {
                continue;
            }
            if (!known.ids().contains(id)) {
                throw new MojoExecutionException("Unknown dialectic.formats value '" + f + "'; valid formats: "
                        + String.join(", ", known.ids()) + " (or none)");
            }
            ReportFormat format = known.named(id);
            if (!result.contains(format)) {
                result.add(format);
            }
        }
        return result;
    }
}
