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

    /** A reporter writing this format with these options. */
    Reporter reporter(ReportOptions options);

    /** A format from its parts. */
    static ReportFormat of(String id, String fileName, String description,
                           java.util.function.Function<ReportOptions, Reporter> reporter) {
        return new ReportFormat() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public Reporter reporter(ReportOptions options) {
                return reporter.apply(options);
            }
        };
    }
}
