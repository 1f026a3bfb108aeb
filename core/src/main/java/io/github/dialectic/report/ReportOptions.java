package io.github.dialectic.report;

/** Choices a user makes about a report, whatever its format. {@code explain}: add each finding's fix and doc link. */
public record ReportOptions(boolean explain) {
}
