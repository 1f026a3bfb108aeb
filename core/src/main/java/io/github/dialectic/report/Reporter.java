package io.github.dialectic.report;

import io.github.dialectic.lint.LintReport;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link LintReport} in one format; made by its {@link ReportFormat}. The report carries the findings and
 * the rules' descriptors ({@link LintReport#rule}).
 */
public interface Reporter {
    /** Writes the report to {@code out}, which it neither closes nor needs flushed before. */
    void write(LintReport report, Writer out) throws IOException;
}
