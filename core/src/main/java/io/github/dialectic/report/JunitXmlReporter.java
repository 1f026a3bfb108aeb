package io.github.dialectic.report;

import io.github.dialectic.engine.Target;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.rule.Severity;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JUnit XML, the format CI dashboards (Jenkins, GitLab, Azure, CircleCI) show as tests: a {@code <testsuite>} per
 * migration file and a {@code <testcase>} per target engine, failed by the findings that concern that engine at error
 * severity; warnings and notes for it go to the case's {@code <system-out>}. A finding that names no engine (an
 * unparsed statement, a suppression problem) concerns every engine. With engine sets (a folder per engine), a file is
 * a test only for the engines whose set runs it (or that a finding of it is about, as drift): another engine's folder
 * does not pass on an engine that never runs it.
 */
public final class JunitXmlReporter implements Reporter {

    public static final ReportFormat FORMAT = ReportFormat.of("junit", "dialectic-junit.xml",
            "JUnit XML: a test per migration and engine, for CI dashboards", options -> new JunitXmlReporter());

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = report.findingsBySource();
        // an engine whose set leaves the file out has no test of it, unless a finding is about that engine (drift)
        java.util.function.Function<String, List<Target>> targetsOf = file -> report.targets().asList().stream()
                .filter(t -> report.runsOn(file, t) || byFile.get(file).stream()
                        .anyMatch(f -> f.engines().containsKey(t.engine()))).toList();
        long failures = byFile.entrySet().stream().mapToLong(e -> targetsOf.apply(e.getKey()).stream()
                .filter(t -> !failing(e.getValue(), t).isEmpty()).count()).sum();
        Xml.document(out, "the JUnit XML report", x -> {
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "dialectic");
            x.writeAttribute("tests", Integer.toString(byFile.keySet().stream()
                    .mapToInt(file -> targetsOf.apply(file).size()).sum()));
            x.writeAttribute("failures", Long.toString(failures));
            for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
                List<Finding> findings = e.getValue();
                List<Target> targets = targetsOf.apply(e.getKey());
                x.writeCharacters("\n  ");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", e.getKey());
                x.writeAttribute("tests", Integer.toString(targets.size()));
                x.writeAttribute("failures", Long.toString(targets.stream()
                        .filter(t -> !failing(findings, t).isEmpty()).count()));
                x.writeAttribute("errors", "0");
                for (Target t : targets) {
                    x.writeCharacters("\n    ");
                    x.writeStartElement("testcase");
                    x.writeAttribute("classname", e.getKey());
                    x.writeAttribute("name", t.toString());
                    x.writeAttribute("file", e.getKey());
                    List<Finding> failing = failing(findings, t);
                    if (!failing.isEmpty()) {
                        Finding first = failing.get(0);
                        x.writeAttribute("line", Integer.toString(first.line()));
                        x.writeCharacters("\n      ");
                        x.writeStartElement("failure");
                        x.writeAttribute("type", first.rule());
                        x.writeAttribute("message", Xml.clean(failing.size() == 1 ? first.message()
                                : failing.size() + " findings; first: " + first.message()));
                        x.writeCharacters(Xml.clean(lines(failing)));
                        x.writeEndElement();
                    }
                    List<Finding> notes = findings.stream().filter(f -> concerns(f, t) && !failingAt(f)).toList();
                    if (!notes.isEmpty()) {
                        x.writeCharacters("\n      ");
                        x.writeStartElement("system-out");
                        x.writeCharacters(Xml.clean(lines(notes)));
                        x.writeEndElement();
                    }
                    x.writeCharacters(failing.isEmpty() && notes.isEmpty() ? "" : "\n    ");
                    x.writeEndElement();
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
        });
    }


    private static List<Finding> failing(List<Finding> findings, Target t) {
        return findings.stream().filter(f -> concerns(f, t) && failingAt(f)).toList();
    }

    private static boolean failingAt(Finding f) {
        return f.severity().atLeast(Severity.ERROR);
    }

    private static boolean concerns(Finding f, Target t) {
        return f.engines().isEmpty() || f.engines().containsKey(t.engine());
    }

    private static String lines(List<Finding> findings) {
        return findings.stream().map(f -> TextReporter.line(f) + (f.fix().isEmpty() ? "" : "\n    fix: " + f.fix())
                + "\n    see: " + f.docs()).collect(Collectors.joining("\n", "\n", "\n"));
    }
}
