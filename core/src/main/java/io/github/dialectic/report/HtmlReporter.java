package io.github.dialectic.report;

import io.github.dialectic.Dialectic;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.rule.Severity;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page (no script, style or font fetched from anywhere): a matrix of migrations (rows) by
 * target engines (columns), each cell coloured by the worst effect its findings have on that engine and linking to
 * them, then every finding with the statement's lines, the message, the fix and the rule's page. A click on a cell
 * shows its findings by following the link to them ({@code :target}), so the page works with scripts off too.
 */
public final class HtmlReporter implements Reporter {

    public static final ReportFormat FORMAT = ReportFormat.of("html", "dialectic.html",
            "one self-contained page: migrations x engines, each cell linking to its findings",
            options -> new HtmlReporter(options.sourceRoot()));

    /** How many lines of a statement a finding shows. */
    private static final int EXCERPT_LINES = 8;

    /** Where the findings' relative file names are, to quote their statements; null: the working directory. */
    private final Path sourceRoot;

    /** A reporter reading the statements of relative file names from the working directory. */
    public HtmlReporter() {
        this(null);
    }

    /** A reporter reading the statements of relative file names from {@code sourceRoot} (null: working directory). */
    public HtmlReporter(Path sourceRoot) {
        this.sourceRoot = sourceRoot;
    }

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        List<Target> targets = report.targets().asList();
        Map<String, List<Finding>> byFile = report.findingsBySource();
        boolean general = report.findings().stream().anyMatch(f -> f.engines().isEmpty());
        Excerpts excerpts = new Excerpts(sourceRoot);

        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Dialectic report</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>Dialectic report</h1>\n<p class=\"summary\">").append(esc(TextReporter.summary(report)))
                .append("</p>\n");
        h.append("<p class=\"legend\"><span class=\"cell rejected\">rejected</span> <span class=\"cell different\">"
                + "different</span> <span class=\"cell costly\">costly</span> <span class=\"cell clean\">clean</span>"
                + " <span class=\"cell note\">no engine named</span></p>\n");
        if (!report.sets().isEmpty()) {
            sets(h, report);
        }
        h.append("<table class=\"matrix\">\n<thead><tr><th>migration</th>");
        for (Target t : targets) {
            h.append("<th>").append(esc(t.toString())).append("</th>");
        }
        if (general) {
            h.append("<th>any engine</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        int row = 0;
        Map<String, Integer> rowOf = new HashMap<>();
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            rowOf.put(e.getKey(), row);
            h.append("<tr><th class=\"file\" title=\"").append(esc(e.getKey())).append("\">")
                    .append(esc(fileName(e.getKey()))).append("</th>");
            for (Target t : targets) {
                List<Finding> cell = e.getValue().stream().filter(f -> f.engines().containsKey(t.engine())).toList();
                if (cell.isEmpty() && !report.runsOn(e.getKey(), t)) { // drift about this engine still shows
                    h.append("<td class=\"cell skipped\" title=\"not in the ").append(esc(t.engine().id()))
                            .append(" set\">&ndash;</td>");
                    continue;
                }
                cell(h, cell, worst(cell, t.engine()), "c" + row + "-" + t.engine().id());
            }
            if (general) {
                List<Finding> cell = e.getValue().stream().filter(f -> f.engines().isEmpty()).toList();
                cell(h, cell, cell.isEmpty() ? "clean" : "note", "c" + row + "-any");
            }
            h.append("</tr>\n");
            row++;
        }
        h.append("</tbody>\n</table>\n");

        h.append("<div class=\"panels\">\n");
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            int r = rowOf.get(e.getKey());
            for (Target t : targets) {
                List<Finding> cell = e.getValue().stream().filter(f -> f.engines().containsKey(t.engine())).toList();
                panel(h, "c" + r + "-" + t.engine().id(), e.getKey() + " on " + t, cell, excerpts);
            }
            if (general) {
                panel(h, "c" + r + "-any", e.getKey() + ", whatever the engine",
                        e.getValue().stream().filter(f -> f.engines().isEmpty()).toList(), excerpts);
            }
        }
        h.append("</div>\n<footer>Dialectic ").append(esc(Dialectic.version())).append("</footer>\n</body>\n</html>\n");
        out.write(h.toString());
        out.flush();
    }

    /**
     * The engine sets side by side: each set's engine and targets, its files (common and own) and its findings by
     * severity.
     */
    private static void sets(StringBuilder h, LintReport report) {
        h.append("<table class=\"matrix sets\">\n<thead><tr><th>set</th><th>checked against</th><th>files</th>"
                + "<th>common</th><th>own</th><th>errors</th><th>warnings</th><th>info</th></tr></thead>\n<tbody>\n");
        for (LintReport.EngineSet set : report.sets()) {
            List<Finding> found = report.findingsOf(set);
            h.append("<tr><th>").append(esc(set.name())).append("</th><td>").append(esc(String.join(", ",
                    set.targets().asList().stream().map(Object::toString).toList()))).append("</td><td>")
                    .append(set.files().size()).append("</td><td>").append(set.common().size()).append("</td><td>")
                    .append(set.own().size()).append("</td>");
            for (Severity severity : Severity.values()) {
                h.append("<td>").append(found.stream().filter(f -> f.severity() == severity).count()).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void cell(StringBuilder h, List<Finding> cell, String effect, String id) {
        h.append("<td class=\"cell ").append(effect).append("\">");
        if (cell.isEmpty()) {
            h.append("&#10003;");
        } else {
            h.append("<a href=\"#").append(id).append("\">").append(cell.size()).append("</a>");
        }
        h.append("</td>");
    }

    private static void panel(StringBuilder h, String id, String title, List<Finding> findings, Excerpts excerpts) {
        if (findings.isEmpty()) {
            return;
        }
        h.append("<section class=\"panel\" id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
        for (Finding f : findings) {
            h.append("<article class=\"finding ").append(f.severity().id()).append("\">\n<p class=\"where\">")
                    .append(esc(TextReporter.where(f.location()))).append(" <span class=\"severity\">")
                    .append(f.severity().id()).append("</span> <a href=\"").append(esc(f.docs())).append("\">[")
                    .append(esc(f.rule())).append("]</a></p>\n");
            String excerpt = excerpts.of(f);
            if (!excerpt.isEmpty()) {
                h.append("<pre class=\"excerpt\">").append(esc(excerpt)).append("</pre>\n");
            }
            h.append("<p class=\"message\">").append(esc(f.message())).append("</p>\n");
            if (!f.engines().isEmpty()) {
                h.append("<p class=\"engines\">");
                for (Map.Entry<Engine, Effect> e : f.engines().entrySet()) {
                    h.append("<span class=\"cell ").append(e.getValue().id()).append("\">")
                            .append(esc(e.getKey().id() + ": " + e.getValue().id())).append("</span> ");
                }
                h.append("</p>\n");
            }
            if (!f.fix().isEmpty()) {
                h.append("<p class=\"fix\"><b>Instead:</b> ").append(esc(f.fix())).append("</p>\n");
            }
            h.append("<p class=\"docs\"><a href=\"").append(esc(f.docs())).append("\">").append(esc(f.docs()))
                    .append("</a></p>\n</article>\n");
        }
        h.append("</section>\n");
    }

    /** rejected before different before costly; a cell whose findings name the engine otherwise is a note. */
    private static String worst(List<Finding> cell, Engine engine) {
        if (cell.isEmpty()) {
            return "clean";
        }
        String worst = "note";
        int rank = 0;
        for (Finding f : cell) {
            Effect effect = f.engines().get(engine);
            int r = effect == Effect.REJECTED ? 3 : effect == Effect.DIFFERENT ? 2 : effect == Effect.COSTLY ? 1 : 0;
            if (r > rank) {
                rank = r;
                worst = effect.id();
            }
        }
        return worst;
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash < 0 ? file : file.substring(slash + 1);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The statement's lines, read from the file the finding names (the report keeps no text); a file that cannot be
     * read, as when the report was written relative to another directory, gives no excerpt rather than an error.
     */
    private static final class Excerpts {
        private final Map<String, List<String>> lines = new HashMap<>();
        private final Path root;

        Excerpts(Path root) {
            this.root = root;
        }

        String of(Finding f) {
            if (f.line() < 1) {
                return "";
            }
            List<String> text = lines.computeIfAbsent(f.file(), file -> {
                try {
                    return Files.readAllLines(root == null ? Path.of(file) : root.resolve(file), StandardCharsets.UTF_8);
                } catch (IOException | RuntimeException e) {
                    return List.of();
                }
            });
            if (f.line() > text.size()) {
                return "";
            }
            int last = Math.min(Math.min(Math.max(f.endLine(), f.line()), text.size()), f.line() + EXCERPT_LINES - 1);
            StringBuilder b = new StringBuilder();
            for (int i = f.line(); i <= last; i++) {
                b.append(String.format("%4d | ", i)).append(text.get(i - 1)).append('\n');
            }
            return b.toString();
        }
    }

    private static final String STYLE = """
            body { font: 14px/1.45 system-ui, sans-serif; margin: 2em; color: #1d1d1f; }
            h1 { font-size: 1.5em; margin: 0 0 .3em; }
            .summary, footer { color: #555; }
            table.matrix { border-collapse: collapse; margin: 1em 0; }
            .matrix th, .matrix td { border: 1px solid #ccc; padding: .35em .8em; text-align: center; }
            .matrix th.file { text-align: left; font-family: ui-monospace, monospace; font-weight: normal; }
            .cell { display: inline-block; min-width: 1.5em; border-radius: 3px; }
            td.cell { display: table-cell; }
            .rejected { background: #f8c9c4; } .different { background: #fde2a7; }
            .costly { background: #d5e3fb; } .clean { background: #d9f2d9; } .note { background: #e7e7e7; }
            .skipped { color: #999; }
            .cell a { color: inherit; font-weight: bold; display: block; }
            .legend .cell { padding: 0 .5em; }
            .panel { display: none; border-top: 2px solid #bbb; margin-top: 1em; }
            .panel:target { display: block; }
            .panel h2 { font-size: 1.1em; font-family: ui-monospace, monospace; }
            .finding { margin: .8em 0 1.2em; }
            .where { font-family: ui-monospace, monospace; margin: 0; }
            .severity { text-transform: uppercase; font-size: .8em; color: #a00; }
            .excerpt { background: #f6f6f6; padding: .5em; overflow-x: auto; }
            .engines .cell { padding: 0 .4em; }
            """;
}
