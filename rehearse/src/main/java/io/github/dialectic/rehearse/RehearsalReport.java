package io.github.dialectic.rehearse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.dialectic.Dialectic;
import io.github.dialectic.finding.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a rehearsal found: a step x engine table (ok, the engine's error, time), each engine's errors, the schema
 * changes of every step, the time growth over several sizes, and the cross-check with the static lint.
 *
 * @param files      the migrations, in order
 * @param runs       one per engine and size
 * @param crossCheck lint gaps and false alarms ({@link CrossCheck}); empty when only filled tables were rehearsed
 */
public record RehearsalReport(List<String> files, List<EngineRun> runs, List<Finding> crossCheck) {

    public RehearsalReport {
        files = List.copyOf(files);
        runs = List.copyOf(runs);
        crossCheck = List.copyOf(crossCheck);
    }

    /** Whether any engine refused a step. */
    public boolean failed() {
        return runs.stream().anyMatch(EngineRun::failed);
    }

    private static String column(EngineRun run) {
        return run.label() + (run.rows() > 0 ? String.format(Locale.ROOT, " %,d rows", run.rows()) : "");
    }

    private static String cell(StepResult s) {
        return switch (s.status()) {
            case OK -> "ok " + millis(s.nanos());
            case FAILED -> "ERROR " + millis(s.nanos());
            case NOT_RUN -> "not run";
        };
    }

    static String millis(long nanos) {
        double ms = nanos / 1e6;
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000)
                : String.format(Locale.ROOT, ms >= 10 ? "%.0f ms" : "%.1f ms", ms);
    }

    /** The step x engine table (ok, ERROR or not run, and time) followed by each engine's errors. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("Rehearsed ").append(files.size()).append(files.size() == 1 ? " migration on " : " migrations on ");
        List<String> engines = new ArrayList<>();
        for (EngineRun r : runs) {
            String e = r.label() + " " + r.productVersion().split("\\s")[0];
            if (!engines.contains(e)) {
                engines.add(e);
            }
        }
        out.append(String.join(", ", engines)).append("\n\n");
        int width = stepWidth();
        List<Integer> widths = new ArrayList<>();
        for (EngineRun r : runs) {
            widths.add(Math.max(column(r).length(), r.steps().stream().mapToInt(s -> cell(s).length()).max().orElse(0)));
        }
        out.append(pad("step", width));
        for (int c = 0; c < runs.size(); c++) {
            out.append("  ").append(pad(column(runs.get(c)), widths.get(c)));
        }
        trimEnd(out);
        out.append('\n');
        for (int i = 0; i < files.size(); i++) {
            out.append(pad(files.get(i), width));
            for (int c = 0; c < runs.size(); c++) {
                List<StepResult> steps = runs.get(c).steps();
                out.append("  ").append(pad(i < steps.size() ? cell(steps.get(i)) : "", widths.get(c)));
            }
            trimEnd(out);
            out.append('\n');
        }
        StringBuilder errors = new StringBuilder();
        for (EngineRun r : runs) {
            for (StepResult s : r.steps()) {
                if (s.error() != null) {
                    errors.append(s.error().location().source()).append(':').append(s.error().location().line())
                            .append(':').append(s.error().location().column()).append(": ").append(column(r))
                            .append(": ").append(s.error().describe()).append('\n');
                }
            }
        }
        if (!errors.isEmpty()) {
            out.append("\nErrors\n").append(errors);
        }
        return out.toString();
    }

    /**
     * The step x engine table as an HTML fragment for Dialectic's report page (its matrix style): a cell per step and
     * engine, ok with the time, the engine's error with its message, or not run.
     */
    public String htmlTable() {
        StringBuilder h = new StringBuilder("<h2 id=\"rehearsal\">Rehearsal</h2>\n<table class=\"matrix rehearsal\">\n"
                + "<thead><tr><th>step</th>");
        for (EngineRun r : runs) {
            h.append("<th>").append(esc(column(r) + " " + r.productVersion().split("\\s")[0])).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < files.size(); i++) {
            h.append("<tr><th class=\"file\" title=\"").append(esc(files.get(i))).append("\">")
                    .append(esc(files.get(i))).append("</th>");
            for (EngineRun r : runs) {
                StepResult s = i < r.steps().size() ? r.steps().get(i) : null;
                if (s == null) {
                    h.append("<td></td>");
                    continue;
                }
                String kind = switch (s.status()) {
                    case OK -> "clean";
                    case FAILED -> "rejected";
                    case NOT_RUN -> "note";
                };
                h.append("<td class=\"cell ").append(kind).append("\">").append(esc(cell(s)));
                if (s.error() != null) {
                    h.append("<br><small>").append(esc(s.error().describe())).append("</small>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        return h.append("</tbody>\n</table>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private int stepWidth() {
        return Math.max(4, files.stream().mapToInt(String::length).max().orElse(4));
    }

    /** The text report: the step x engine table and errors, each step's schema changes, growth, the cross-check. */
    public String text() {
        StringBuilder out = new StringBuilder(table());
        int width = stepWidth();
        StringBuilder changes = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            StringBuilder step = new StringBuilder();
            for (EngineRun r : runs) {
                if (r.rows() > 0 || i >= r.steps().size() || r.steps().get(i).changes().isEmpty()) {
                    continue;
                }
                String lead = "  " + r.label() + ": ";
                for (SchemaDiff.Change c : r.steps().get(i).changes()) {
                    step.append(lead).append(c).append('\n');
                    lead = " ".repeat(lead.length());
                }
            }
            if (!step.isEmpty()) {
                changes.append(files.get(i)).append('\n').append(step);
            }
        }
        if (!changes.isEmpty()) {
            out.append("\nSchema changes\n").append(changes);
        }
        String growth = growthText(width);
        if (!growth.isEmpty()) {
            out.append('\n').append(growth);
        }
        for (EngineRun r : runs) {
            if (r.shown() != null) {
                out.append('\n').append(column(r)).append(": ").append(r.shown());
            }
        }
        if (!crossCheck.isEmpty()) {
            out.append("\nCross-check with the static lint\n");
            for (Finding f : crossCheck) {
                out.append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append(": ")
                        .append(f.severity().id()).append(": [").append(f.rule()).append("] ").append(f.message())
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Per engine: each step's time at each size, and how it grows. */
    public Map<String, Map<String, Growth.Estimate>> growth() {
        Map<String, Map<String, Growth.Estimate>> byEngine = new LinkedHashMap<>();
        for (Map.Entry<String, List<EngineRun>> e : sized().entrySet()) {
            List<EngineRun> sizes = e.getValue();
            Map<String, Growth.Estimate> steps = new LinkedHashMap<>();
            for (int i = 0; i < files.size(); i++) {
                final int step = i;
                if (sizes.stream().allMatch(r -> step < r.steps().size()
                        && r.steps().get(step).status() == StepResult.Status.OK)) {
                    steps.put(files.get(i), Growth.of(sizes.stream().map(EngineRun::rows).toList(),
                            sizes.stream().map(r -> r.steps().get(step).nanos()).toList()));
                }
            }
            byEngine.put(e.getKey(), steps);
        }
        return byEngine;
    }

    /** The runs with rows, by engine, smallest size first; only engines rehearsed at two sizes or more. */
    private Map<String, List<EngineRun>> sized() {
        Map<String, List<EngineRun>> byEngine = new LinkedHashMap<>();
        for (EngineRun r : runs) {
            if (r.rows() > 0) {
                byEngine.computeIfAbsent(r.label(), k -> new ArrayList<>()).add(r);
            }
        }
        byEngine.values().forEach(l -> l.sort(java.util.Comparator.comparingLong(EngineRun::rows)));
        byEngine.values().removeIf(l -> l.size() < 2);
        return byEngine;
    }

    private String growthText(int width) {
        Map<String, List<EngineRun>> sized = sized();
        if (sized.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("Time growth with the table size\n");
        for (Map.Entry<String, List<EngineRun>> e : sized.entrySet()) {
            List<EngineRun> sizes = e.getValue();
            out.append(e.getKey()).append(" (rows: ").append(String.join(", ", sizes.stream()
                    .map(r -> String.format(Locale.ROOT, "%,d", r.rows())).toList())).append(")\n");
            Map<String, Growth.Estimate> growth = growth().get(e.getKey());
            for (int i = 0; i < files.size(); i++) {
                final int step = i;
                out.append("  ").append(pad(files.get(i), width)).append("  ");
                out.append(String.join(" / ", sizes.stream().map(r -> step < r.steps().size()
                        ? cell(r.steps().get(step)) : "").toList()));
                Growth.Estimate g = growth.get(files.get(i));
                out.append(g == null ? "" : "  " + g).append('\n');
            }
        }
        return out.toString();
    }

    private static void trimEnd(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** The same as JSON: engines with their steps, errors and changes, growth, cross-check findings. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dialectic", Dialectic.version());
        root.put("migrations", files);
        List<Object> engines = new ArrayList<>();
        for (EngineRun r : runs) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("engine", r.engine().id());
            e.put("label", r.label());
            e.put("version", r.productVersion());
            e.put("rows", r.rows());
            List<Object> steps = new ArrayList<>();
            for (StepResult s : r.steps()) {
                Map<String, Object> step = new LinkedHashMap<>();
                step.put("file", s.file());
                step.put("version", s.version());
                step.put("status", s.status().id());
                step.put("millis", Math.round(s.nanos() / 1e4) / 100.0);
                if (s.error() != null) {
                    Map<String, Object> err = new LinkedHashMap<>();
                    err.put("message", s.error().message());
                    err.put("sqlState", s.error().sqlState());
                    err.put("vendorCode", s.error().vendorCode());
                    err.put("line", s.error().location().line());
                    err.put("column", s.error().location().column());
                    step.put("error", err);
                }
                List<Object> changes = new ArrayList<>();
                for (SchemaDiff.Change c : s.changes()) {
                    Map<String, Object> ch = new LinkedHashMap<>();
                    ch.put("change", c.kind().id());
                    ch.put("object", c.object());
                    ch.put("table", c.table());
                    ch.put("name", c.name());
                    ch.put("detail", c.detail());
                    changes.add(ch);
                }
                step.put("changes", changes);
                steps.add(step);
            }
            e.put("steps", steps);
            List<Object> fills = new ArrayList<>();
            for (EngineRun.Fill f : r.fills()) {
                Map<String, Object> fill = new LinkedHashMap<>();
                fill.put("table", f.table());
                fill.put("rows", f.rows());
                fill.put("millis", Math.round(f.nanos() / 1e4) / 100.0);
                fill.put("cpuMillis", Math.round(f.cpuNanos() / 1e4) / 100.0); // this process's, not a server's
                fill.put("before", f.beforeFile());
                fills.add(fill);
            }
            e.put("fills", fills);
            if (r.shown() != null) {
                e.put("show", r.shown());
            }
            engines.add(e);
        }
        root.put("engines", engines);
        List<Object> growth = new ArrayList<>();
        for (Map.Entry<String, Map<String, Growth.Estimate>> e : growth().entrySet()) {
            for (Map.Entry<String, Growth.Estimate> s : e.getValue().entrySet()) {
                growth.add(Map.of("engine", e.getKey(), "file", s.getKey(), "growth", s.getValue().kind(),
                        "exponent", Math.round(s.getValue().exponent() * 100) / 100.0));
            }
        }
        root.put("growth", growth);
        List<Object> findings = new ArrayList<>();
        for (Finding f : crossCheck) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("severity", f.severity().id());
            m.put("file", f.file());
            m.put("line", f.line());
            m.put("column", f.column());
            m.put("message", f.message());
            Map<String, String> effects = new LinkedHashMap<>();
            f.engines().forEach((k, v) -> effects.put(k.id(), v.id()));
            m.put("engines", effects);
            findings.add(m);
        }
        root.put("findings", findings);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
