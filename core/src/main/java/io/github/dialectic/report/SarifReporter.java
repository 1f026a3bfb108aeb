package io.github.dialectic.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.dialectic.Dialectic;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.source.Location;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.rule.Claim;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.Severity;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF 2.1.0, the static-analysis format code-scanning services (GitHub, Azure DevOps, IDE viewers) read. The driver
 * lists every rule with its help; each result points at the construct with a region whose columns are UTF-16 units
 * (SARIF's default {@code columnKind}, and what our columns count), relative to {@code %SRCROOT%}.
 */
public final class SarifReporter implements Reporter {

    public static final ReportFormat FORMAT = ReportFormat.of("sarif", "dialectic.sarif",
            "SARIF 2.1.0, for code scanning (GitHub, Azure DevOps) and IDE viewers", options -> new SarifReporter());
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT_KEY = "dialectic/statement/v1";
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        // every rule the run knew, not only those that fired: a viewer can then show help for any result
        Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
        for (RuleDescriptor d : report.rules().descriptors()) {
            byId.putIfAbsent(d.id(), d);
        }
        try (JsonGenerator g = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "Dialectic");
            g.writeStringField("semanticVersion", semanticVersion(Dialectic.version()));
            g.writeStringField("version", Dialectic.version());
            g.writeStringField("informationUri", "https://github.com/dialectic/dialectic");
            g.writeArrayFieldStart("rules");
            int i = 0;
            for (RuleDescriptor d : byId.values()) {
                ruleIndex.put(d.id(), i++);
                writeRule(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Finding f : report.findings()) {
                writeResult(g, f, ruleIndex.get(f.rule()));
            }
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            g.writeArrayFieldStart("targets");
            for (var t : report.targets().asList()) {
                g.writeString(t.toString());
            }
            g.writeEndArray();
            JsonReporter.writeSets(g, report);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeRule(JsonGenerator g, RuleDescriptor d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("name", pascalCase(d.id()));
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", d.title());
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", d.summary());
        g.writeEndObject();
        StringBuilder help = new StringBuilder(d.summary());
        for (Claim c : d.claims()) {
            help.append("\n").append(c.engine().displayName()).append(": ").append(c.effect().id())
                    .append(c.versions().isEmpty() ? "" : " (" + c.versions() + ")")
                    .append(c.reference().isEmpty() ? "" : ". " + c.reference());
        }
        help.append("\nSee ").append(d.docsUrl());
        g.writeObjectFieldStart("help");
        g.writeStringField("text", help.toString());
        g.writeEndObject();
        g.writeStringField("helpUri", d.docsUrl());
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(d.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("category", d.category().title());
        g.writeArrayFieldStart("tags");
        g.writeString("portability");
        g.writeString(d.category().title());
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, Finding f, Integer ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        if (ruleIndex != null) {
            g.writeNumberField("ruleIndex", ruleIndex);
        }
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        String engines = f.enginesSummary();
        g.writeStringField("text", f.message() + (engines.isEmpty() ? "" : " (" + engines + ")"));
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        if (f.location() instanceof Location.Element e) {
            // a changeset or a live object: no text position, but a name a viewer can show
            g.writeArrayFieldStart("logicalLocations");
            g.writeStartObject();
            g.writeStringField("fullyQualifiedName", e.element());
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        String file = f.file().replace('\\', '/');
        boolean absolute = file.startsWith("/") || file.matches("[A-Za-z]:/.*");
        g.writeStringField("uri", absolute ? "file://" + (file.startsWith("/") ? "" : "/") + encode(file) : encode(file));
        if (!absolute) {
            g.writeStringField("uriBaseId", "%SRCROOT%");
        }
        g.writeEndObject();
        if (f.location() instanceof Location.FileRange) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", f.line());
            g.writeNumberField("startColumn", f.column());
            g.writeNumberField("endLine", f.endLine());
            g.writeNumberField("endColumn", f.endColumn() + 1); // SARIF's end column is the one after the last character
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, f.fingerprint());
        g.writeEndObject();
        // the fix stays a property: SARIF "fixes" need exact replacement text, which rules do not produce
        g.writeObjectFieldStart("properties");
        g.writeObjectFieldStart("engines");
        for (Map.Entry<Engine, Effect> e : f.engines().entrySet()) {
            g.writeStringField(e.getKey().id(), e.getValue().id());
        }
        g.writeEndObject();
        if (!f.fix().isEmpty()) {
            g.writeStringField("fix", f.fix());
        }
        g.writeStringField("docs", f.docs());
        g.writeEndObject();
        g.writeEndObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Percent-encodes what a URI reference may not contain (spaces, non-ASCII), keeping the slashes. */
    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("path cannot be written as a URI: " + path, e);
        }
    }

    private static String pascalCase(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
        }
        return b.toString();
    }

    private static String semanticVersion(String version) {
        return version.replaceFirst("-SNAPSHOT$", "-snapshot");
    }
}
