package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.report.Reporter;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code lint --verify}: the static lint's report and a rehearsal of the same migrations on empty tables, made one
 * report. The cross-check's findings ({@link CrossCheck}) join the lint's, in file order, so every format, the exit
 * status and a baseline treat them as any finding; the report's targets gain the engines that ran where the lint did
 * not target them, so the HTML matrix has a column for each.
 *
 * @param report    the merged report
 * @param rehearsal the rehearsal: its step x engine table goes into the text and HTML reports ({@link #reporter})
 */
public record Verification(LintReport report, RehearsalReport rehearsal) {

    /**
     * The lint and a rehearsal of what it read on empty tables ({@link Rehearse}), made one report: the cross-check's
     * findings merged into the lint's (the lint's options gave the cross-check its disabled rules and severities).
     */
    public static Verification of(LintReport lint, RehearsalReport rehearsal) {
        return new Verification(merge(lint, rehearsal.runs(), rehearsal.crossCheck()), rehearsal);
    }

    private static LintReport merge(LintReport lint, List<EngineRun> runs, List<Finding> crossCheck) {
        List<Target> targets = new ArrayList<>(lint.targets().asList());
        for (EngineRun r : runs) {
            Target ran = CrossCheck.target(r.engine(), r.productVersion());
            if (targets.stream().noneMatch(t -> t.engine() == ran.engine())) {
                targets.add(ran);
            }
        }
        Map<String, Integer> order = new HashMap<>();
        for (String source : lint.sources()) {
            order.putIfAbsent(source, order.size());
        }
        List<Finding> findings = new ArrayList<>(lint.findings());
        findings.addAll(crossCheck);
        findings.sort(Comparator.comparingInt((Finding f) -> order.getOrDefault(f.file(), Integer.MAX_VALUE))
                .thenComparing(Finding::file).thenComparingInt(Finding::line).thenComparingInt(Finding::column)
                .thenComparing(Finding::rule));
        LintReport merged = lint.withFindings(findings);
        return new LintReport(Targets.of(targets), merged.summary(), merged.findings(), merged.rules(), merged.sources(),
                merged.sets());
    }

    /**
     * {@code format}'s reporter with the rehearsal added where the format has room for it: the text report is
     * followed by the step x engine table and the engines' errors, the HTML page shows the table after its matrix;
     * other formats carry the cross-check's findings only.
     */
    public Reporter reporter(String format, Reporter reporter) {
        return switch (format) {
            case "text" -> (report, out) -> {
                reporter.write(report, out);
                out.write("\n" + rehearsal.table());
                out.flush();
            };
            case "html" -> (report, out) -> {
                StringWriter page = new StringWriter();
                reporter.write(report, page);
                String html = page.toString();
                // after the findings' matrix, before the panels it links to (or at the end of the body)
                int at = html.indexOf("<div class=\"panels\">");
                at = at >= 0 ? at : Math.max(0, html.lastIndexOf("</body>"));
                out.write(html.substring(0, at) + rehearsal.htmlTable() + html.substring(at));
                out.flush();
            };
            default -> reporter;
        };
    }
}
