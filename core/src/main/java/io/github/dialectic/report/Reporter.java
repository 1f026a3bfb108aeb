package io.github.dialectic.report;

import io.github.dialectic.lint.LintReport;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link LintReport} in one format. */
public interface Reporter {
    void write(LintReport report, Writer out) throws IOException;

    static Reporter forFormat(String format, boolean explain) {
        switch (format) {
            case "text":
                return new TextReporter(explain);
            case "json":
                return new JsonReporter();
            default:
                throw new IllegalArgumentException("unknown format '" + format + "'; valid formats: text, json");
        }
    }
}
