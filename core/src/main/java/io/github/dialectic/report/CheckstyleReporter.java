package io.github.dialectic.report;

import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintReport;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle's XML result format, which Jenkins Warnings NG, GitLab code quality converters, reviewdog and many review
 * tools read: one {@code <file>} per file with findings, one {@code <error>} per finding, {@code source} naming the
 * rule as {@code dialectic.RULE-ID}.
 */
public final class CheckstyleReporter implements Reporter {

    public static final ReportFormat FORMAT = ReportFormat.of("checkstyle", "dialectic-checkstyle.xml",
            "Checkstyle XML, for Jenkins Warnings NG, GitLab and review tools", options -> new CheckstyleReporter());

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = report.findingsBySource();
        Xml.document(out, "the Checkstyle report", x -> {
            x.writeStartElement("checkstyle");
            x.writeAttribute("version", "10.0");
            for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("file");
                x.writeAttribute("name", e.getKey());
                for (Finding f : e.getValue()) {
                    x.writeCharacters("\n    ");
                    x.writeEmptyElement("error");
                    if (f.line() > 0) { // a changeset or live object has no line
                        x.writeAttribute("line", Integer.toString(f.line()));
                        x.writeAttribute("column", Integer.toString(f.column()));
                    }
                    x.writeAttribute("severity", f.severity().id());
                    String engines = f.enginesSummary();
                    x.writeAttribute("message", Xml.clean(f.message() + (engines.isEmpty() ? "" : " (" + engines + ")")));
                    x.writeAttribute("source", "dialectic." + f.rule());
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
        });
    }
}
