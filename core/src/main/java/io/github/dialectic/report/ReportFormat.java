package io.github.dialectic.report;

/**
 * One report format, as the CLI's {@code --format} and the Maven plugin's {@code formats} name it. Formats are found
 * by {@link ReportFormats}: the built-in ones, and any listed in {@code META-INF/services/}
 * {@code io.github.dialectic.report.ReportFormat} of a jar on the class path.
 */
public interface ReportFormat {

    /** The name users write: lower case, e.g. {@code json}. */
    String id();

    /** The file the Maven plugin writes this format to, in its output directory, e.g. {@code dialectic.json}. */
    String fileName();

    /** One line for help texts: what the format is for. */
    String description();

    Reporter reporter(ReportOptions options);
}
