package io.github.dialectic.report;

import java.nio.file.Path;

/**
 * Choices about a report, whatever its format. {@code explain}: add each finding's fix and doc link.
 * {@code sourceRoot}: the directory the findings' relative file names are relative to, for formats that quote the
 * statement (HTML); null for the working directory. A report whose paths were made relative to a project must name
 * the project here, or the statements cannot be read when the process runs elsewhere.
 */
public record ReportOptions(boolean explain, Path sourceRoot) {

    /** Options for findings named relative to the working directory (or absolute). */
    public ReportOptions(boolean explain) {
        this(explain, null);
    }
}
