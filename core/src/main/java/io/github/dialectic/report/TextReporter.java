package io.github.dialectic.report;

import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.Location;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One finding a line, in the {@code path:line:column: severity: message} shape IDE consoles turn into links, then a
 * summary line. With {@code explain}, each finding is followed by indented lines giving the fix and the doc page.
 */
public final class TextReporter implements Reporter {

    public static final ReportFormat FORMAT = ReportFormat.of("text", "dialectic.txt",
            "one line a finding, path:line:column first (IDE consoles link it), then a summary",
            options -> new TextReporter(options.explain()));

    private final boolean explain;
    private final boolean colors;

    public TextReporter(boolean explain) {
        this(explain, false);
    }

    /** With {@code colors}, ANSI colours for a terminal: the location bold, the severity in its colour. */
    public TextReporter(boolean explain, boolean colors) {
        this.explain = explain;
        this.colors = colors;
    }

    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        for (Finding f : report.findings()) {
            if (colors) {
                out.write(colored(f));
            } else {
                writeLine(f, out);
            }
            out.write('\n');
            if (explain) {
                for (String l : explanation(f)) {
                    out.write(colors ? DIM + l + RESET : l);
                    out.write('\n');
                }
            }
        }
        for (LintReport.EngineSet set : report.sets()) { // side by side, before the summary that ends the report
            out.write(set(report, set));
            out.write('\n');
        }
        out.write(colors ? BOLD + summary(report) + RESET : summary(report));
        out.write('\n');
        out.flush();
    }

    /**
     * One engine set of the report: {@code set mysql (mysql:8.4): 2 files, 1 common + 1 own; 1 finding (1 error, 0
     * warnings, 0 info)}.
     */
    public static String set(LintReport report, LintReport.EngineSet set) {
        List<Finding> findings = report.findingsOf(set);
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        return "set " + set.name() + " (" + String.join(", ", set.targets().asList().stream().map(Object::toString)
                .toList()) + "): " + set.files().size() + " file" + plural(set.files().size()) + ", "
                + set.common().size() + " common + " + set.own().size() + " own; " + findings.size() + " finding"
                + plural(findings.size()) + " (" + errors + " error" + plural(errors) + ", " + warnings + " warning"
                + plural(warnings) + ", " + (findings.size() - errors - warnings) + " info)";
    }

    /**
     * {@link #line}, written piece by piece: a million findings' lines were each built as four strings first (issue
     * 12). Escaping is character by character, so the pieces escaped one by one are the line escaped whole.
     */
    private static void writeLine(Finding f, Writer out) throws IOException {
        if (f.location() instanceof Location.FileRange r) {
            out.write(oneLine(r.source()));
            out.write(':');
            out.write(Integer.toString(r.line()));
            out.write(':');
            out.write(Integer.toString(r.column()));
        } else {
            out.write(oneLine(where(f.location())));
        }
        out.write(": ");
        out.write(f.severity().id());
        out.write(": [");
        out.write(oneLine(f.rule()));
        out.write("] ");
        out.write(oneLine(f.message()));
        String engines = f.enginesSummary();
        if (!engines.isEmpty()) {
            out.write(" (");
            out.write(oneLine(engines));
            out.write(')');
        }
    }

    /** {@link #line} with colours: the same text, ANSI sequences around the location and the severity. */
    private static String colored(Finding f) {
        String severity = switch (f.severity()) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
        return BOLD + oneLine(where(f.location())) + RESET + ": " + severity + f.severity().id() + RESET + ": "
                + oneLine(what(f));
    }

    /** {@code path:line:column: severity: [rule] message (engines)}. */
    public static String line(Finding f) {
        // one finding a line, whatever a path or a quoted identifier contains: line breaks are written escaped
        return oneLine(where(f.location()) + ": " + f.severity().id() + ": " + what(f));
    }

    /** {@code text} with its line breaks (and backslashes) escaped, for formats that are one finding a line. */
    public static String oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text
                : text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** {@code path:line:column}, or {@code source (element)} for a location without a text position. */
    public static String where(Location location) {
        if (location instanceof Location.FileRange r) {
            return r.source() + ":" + r.line() + ":" + r.column();
        }
        Location.Element e = (Location.Element) location;
        return e.source() + " (" + e.element() + ")";
    }

    /** {@code [rule] message (engines)}: the line without its location and severity, for logs that show those. */
    public static String what(Finding f) {
        String engines = f.enginesSummary();
        return "[" + f.rule() + "] " + f.message() + (engines.isEmpty() ? "" : " (" + engines + ")");
    }

    /** The indented lines {@code explain} adds under a finding: its fix, if any, and its doc page. */
    public static List<String> explanation(Finding f) {
        return f.fix().isEmpty() ? List.of("    see: " + f.docs())
                : List.of("    fix: " + f.fix(), "    see: " + f.docs());
    }

    public static String summary(LintReport report) {
        LintReport.Summary s = report.summary();
        return String.format("%d finding%s (%d error%s, %d warning%s, %d info) in %d file%s, %d statement%s "
                        + "(%d unparsed); targets: %s",
                s.findings(), plural(s.findings()),
                report.countOf(Severity.ERROR), plural(report.countOf(Severity.ERROR)),
                report.countOf(Severity.WARNING), plural(report.countOf(Severity.WARNING)),
                report.countOf(Severity.INFO),
                s.files(), plural(s.files()), s.statements(), plural(s.statements()), s.unparsed(),
                String.join(", ", report.targets().asList().stream().map(Object::toString).toList()));
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
