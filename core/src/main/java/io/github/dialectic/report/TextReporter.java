package io.github.dialectic.report;

import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.rule.Severity;

import java.io.IOException;
import java.io.Writer;

/**
 * One finding a line, in the {@code path:line:column: severity: message} shape IDE consoles turn into links, then a
 * summary line. With {@code explain}, each finding is followed by indented lines giving the fix and the doc page.
 */
public final class TextReporter implements Reporter {
    private final boolean explain;

    public TextReporter(boolean explain) {
        this.explain = explain;
    }

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        for (Finding f : report.findings()) {
            out.write(line(f));
            out.write('\n');
            if (explain) {
                if (!f.fix().isEmpty()) {
                    out.write("    fix: " + f.fix() + "\n");
                }
                out.write("    see: " + f.docs() + "\n");
            }
        }
        out.write(summary(report));
        out.write('\n');
        out.flush();
    }

    public static String line(Finding f) {
        String engines = f.enginesSummary();
        return f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity().id() + ": [" + f.rule() + "] "
                + f.message() + (engines.isEmpty() ? "" : " (" + engines + ")");
    }

    public static String summary(LintReport report) {
        LintReport.Summary s = report.summary();
        return String.format("%d finding%s (%d error%s, %d warning%s, %d info) in %d file%s, %d statement%s "
                        + "(%d unparsed); targets: %s",
                s.findings(), plural(s.findings()),
                report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count(),
                plural(report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count()),
                report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count(),
                plural(report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count()),
                report.findings().stream().filter(f -> f.severity() == Severity.INFO).count(),
                s.files(), plural(s.files()), s.statements(), plural(s.statements()), s.unparsed(),
                String.join(", ", report.targets().asList().stream().map(Object::toString).toList()));
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
