package io.github.dialectic.lint;

import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.rule.Severity;

import java.util.List;

/** The outcome of one run: what was read and every finding, in file and position order. */
public record LintReport(Targets targets, Summary summary, List<Finding> findings) {

    public LintReport {
        findings = List.copyOf(findings);
    }

    /**
     * Counts: files read, statements split, statements analysed (understood), statements unparsed, findings
     * reported.
     */
    public record Summary(int files, int statements, int analysed, int unparsed, int findings) {
    }

    /** Findings at or above a severity. */
    public long count(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }
}
