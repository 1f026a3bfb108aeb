package io.github.dialectic.report;

import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintReport;

import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: one {@code ::error file=...,line=...,col=...::message} line per finding, which the
 * runner turns into annotations on the pull request's diff, then the engine sets side by side and the summary line, as
 * the text report ends (the job's log shows them). Severity maps to {@code error}, {@code warning} and
 * {@code notice}.
 */
public final class GithubReporter implements Reporter {

    public static final ReportFormat FORMAT = ReportFormat.of("github", "dialectic-github.txt",
            "GitHub Actions annotations (chosen by default when GITHUB_ACTIONS=true)", options -> new GithubReporter());

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        for (Finding f : report.findings()) {
            out.write(line(f));
            out.write('\n');
        }
        for (LintReport.EngineSet set : report.sets()) {
            out.write(TextReporter.set(report, set));
            out.write('\n');
        }
        out.write(TextReporter.summary(report));
        out.write('\n');
        out.flush();
    }

    static String line(Finding f) {
        String command = switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        String engines = f.enginesSummary();
        String message = f.message() + (engines.isEmpty() ? "" : " (" + engines + ")")
                + (f.fix().isEmpty() ? "" : "\nfix: " + f.fix()) + "\nsee: " + f.docs();
        String position = f.line() == 0 ? "" // a changeset or live object: the annotation goes on the file
                : ",line=" + f.line() + ",endLine=" + f.endLine() + ",col=" + f.column()
                        + (f.line() == f.endLine() ? ",endColumn=" + f.endColumn() : "");
        return "::" + command + " file=" + property(f.file()) + position + ",title=" + property("[" + f.rule() + "]")
                + "::" + data(message);
    }

    /** The escaping GitHub's runner undoes in a command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping GitHub's runner undoes in a command's properties (they are split on ',' and '::'). */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
