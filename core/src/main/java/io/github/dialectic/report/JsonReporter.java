package io.github.dialectic.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.dialectic.Dialectic;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.Location;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** The JSON report; its shape is documented in the README and kept stable. */
public final class JsonReporter implements Reporter {

    public static final ReportFormat FORMAT = ReportFormat.of("json", "dialectic.json",
            "every finding with its position, engines, fix and doc link (shape in the README)", options -> new JsonReporter());

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("dialectic", Dialectic.version());
            g.writeArrayFieldStart("targets");
            for (Target t : report.targets()) {
                g.writeString(t.toString());
            }
            g.writeEndArray();
            LintReport.Summary s = report.summary();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", s.files());
            g.writeNumberField("statements", s.statements());
            g.writeNumberField("analysed", s.analysed());
            g.writeNumberField("unparsed", s.unparsed());
            g.writeNumberField("findings", s.findings());
            g.writeEndObject();
            writeSets(g, report);
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                g.writeStartObject();
                g.writeStringField("rule", f.rule());
                g.writeStringField("severity", f.severity().id());
                writeLocation(g, f.location());
                g.writeStringField("message", f.message());
                g.writeObjectFieldStart("engines");
                for (Map.Entry<Engine, Effect> e : f.engines().entrySet()) {
                    g.writeStringField(e.getKey().id(), e.getValue().id());
                }
                g.writeEndObject();
                g.writeStringField("fix", f.fix());
                g.writeStringField("docs", f.docs());
                g.writeStringField("fingerprint", f.fingerprint());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** A file position as {@code file, line, column, endLine, endColumn}; an element as {@code file, element}. */
    private static void writeLocation(JsonGenerator g, Location location) throws IOException {
        g.writeStringField("file", location.source());
        if (location instanceof Location.FileRange r) {
            g.writeNumberField("line", r.line());
            g.writeNumberField("column", r.column());
            g.writeNumberField("endLine", r.endLine());
            g.writeNumberField("endColumn", r.endColumn());
        } else {
            g.writeStringField("element", ((Location.Element) location).element());
        }
    }

    /**
     * The engine sets side by side, a {@code sets} field (name, engine, targets, files, common, own, findings by
     * severity), present only when the layout has sets; SARIF writes the same into its run's properties.
     */
    static void writeSets(JsonGenerator g, LintReport report) throws IOException {
        if (!report.sets().isEmpty()) { // engine sets, side by side: present only when the layout has them
            g.writeArrayFieldStart("sets");
            for (LintReport.EngineSet set : report.sets()) {
                g.writeStartObject();
                g.writeStringField("name", set.name());
                g.writeStringField("engine", set.engine() == null ? null : set.engine().id());
                g.writeArrayFieldStart("targets");
                for (Target t : set.targets()) {
                    g.writeString(t.toString());
                }
                g.writeEndArray();
                g.writeNumberField("files", set.files().size());
                g.writeNumberField("common", set.common().size());
                g.writeArrayFieldStart("own");
                for (String f : set.own()) {
                    g.writeString(f);
                }
                g.writeEndArray();
                List<Finding> findings = report.findingsOf(set);
                g.writeObjectFieldStart("findings");
                for (Severity severity : Severity.values()) {
                    g.writeNumberField(severity.id(), findings.stream().filter(f -> f.severity() == severity).count());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }
}
