package io.github.dialectic.lint;

import io.github.dialectic.finding.Finding;
import io.github.dialectic.report.ReportFormat;
import io.github.dialectic.report.ReportOptions;
import io.github.dialectic.report.Reporter;

/** A format found through ServiceLoader (listed in the test resources): each finding's file and its rule's title. */
public final class RuleTitlesFormat implements ReportFormat {
    @Override
    public String id() {
        return "test-rule-titles";
    }

    @Override
    public String fileName() {
        return "titles.txt";
    }

    @Override
    public String description() {
        return "file and rule title per finding";
    }

    @Override
    public Reporter reporter(ReportOptions options) {
        return (report, out) -> {
            for (Finding f : report.findings()) {
                out.write(f.file() + ": " + report.rule(f).title() + "\n");
            }
        };
    }
}
