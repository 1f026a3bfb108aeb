package io.github.dialectic.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.Claim;
import io.github.dialectic.rule.RuleCatalog;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each report format parsed back and checked field by field, on findings chosen to need escaping. */
class ReportFormatsTest {

    private static final RuleDescriptor NULLABLE_UNIQUE = new RuleDescriptor("nullable-unique-key",
            "UNIQUE key over a nullable column", Category.values()[0], Severity.ERROR,
            "A UNIQUE constraint whose columns may be NULL.",
            List.of(new Claim(Engine.DB2, Effect.REJECTED, "", "SQL0542N, SQLSTATE 42831")));
    private static final RuleDescriptor COSTLY = new RuleDescriptor("set-not-null-scans",
            "SET NOT NULL scans the table", Category.values()[0], Severity.WARNING, "Scans every row.",
            List.of(new Claim(Engine.POSTGRESQL, Effect.COSTLY, "", "ALTER TABLE docs")));

    private static final Finding REJECTED = new Finding("nullable-unique-key", Severity.ERROR,
            "db/migration dir/V2__uuid.sql", 3, 27, 3, 70,
            "UNIQUE constraint on instances includes nullable column uuid, 100% \"bad\": <here> & there",
            Map.of(Engine.DB2, Effect.REJECTED), "Declare uuid NOT NULL", "https://example.org/nullable-unique-key.md",
            "c2fbe2fba2a442e7");
    private static final Finding MULTILINE = new Finding("set-not-null-scans", Severity.INFO,
            "db/V3__x.sql", 5, 1, 7, 4, "line one\nline two, with a control \u0001 character",
            Map.of(Engine.POSTGRESQL, Effect.COSTLY, Engine.MYSQL, Effect.DIFFERENT), "", "https://example.org/s.md",
            "0123456789abcdef");

    private static LintReport report() {
        return new LintReport(Targets.latestOfEach(), new LintReport.Summary(2, 4, 4, 0, 2), List.of(REJECTED, MULTILINE),
                RuleCatalog.of(List.of(NULLABLE_UNIQUE, COSTLY)));
    }

    private static String render(Reporter reporter) throws Exception {
        StringWriter out = new StringWriter();
        reporter.write(report(), out);
        return out.toString();
    }

    @Test
    void sarifIsValidAgainstTheSarif210SchemaAndCarriesEveryField() throws Exception {
        String sarif = render(new SarifReporter());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode doc = mapper.readTree(sarif);
        JsonSchema schema;
        try (InputStream in = SarifReporter.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), () -> "SARIF schema violations: " + errors + "\n" + sarif);

        JsonNode run = doc.path("runs").path(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertEquals(2, rules.size());
        JsonNode rule = rules.path(0);
        assertEquals("nullable-unique-key", rule.path("id").asText());
        assertEquals("UNIQUE key over a nullable column", rule.path("shortDescription").path("text").asText());
        assertEquals("A UNIQUE constraint whose columns may be NULL.", rule.path("fullDescription").path("text").asText());
        assertTrue(rule.path("help").path("text").asText().contains(Engine.DB2.displayName() + ": rejected. SQL0542N, SQLSTATE 42831"),
                rule.path("help").toString());
        assertEquals(NULLABLE_UNIQUE.docsUrl(), rule.path("helpUri").asText());
        assertEquals("error", rule.path("defaultConfiguration").path("level").asText());
        assertEquals("warning", rules.path(1).path("defaultConfiguration").path("level").asText());

        JsonNode result = run.path("results").path(0);
        assertEquals("nullable-unique-key", result.path("ruleId").asText());
        assertEquals(0, result.path("ruleIndex").asInt());
        assertEquals("error", result.path("level").asText());
        assertEquals(REJECTED.message() + " (db2: rejected)", result.path("message").path("text").asText());
        JsonNode location = result.path("locations").path(0).path("physicalLocation");
        assertEquals("db/migration%20dir/V2__uuid.sql", location.path("artifactLocation").path("uri").asText());
        assertEquals("%SRCROOT%", location.path("artifactLocation").path("uriBaseId").asText());
        JsonNode region = location.path("region");
        assertEquals(3, region.path("startLine").asInt());
        assertEquals(27, region.path("startColumn").asInt());
        assertEquals(3, region.path("endLine").asInt());
        assertEquals(71, region.path("endColumn").asInt(), "SARIF's end column is exclusive");
        assertEquals("c2fbe2fba2a442e7", result.path("partialFingerprints").path(SarifReporter.FINGERPRINT_KEY).asText());
        assertEquals("rejected", result.path("properties").path("engines").path("db2").asText());
        assertEquals("Declare uuid NOT NULL", result.path("properties").path("fix").asText());

        JsonNode second = run.path("results").path(1);
        assertEquals("note", second.path("level").asText());
        assertEquals("costly", second.path("properties").path("engines").path("postgresql").asText());
        assertEquals("different", second.path("properties").path("engines").path("mysql").asText());
        assertFalse(second.path("properties").has("fix"));
    }

    @Test
    void checkstyleXmlGroupsFindingsByFileAndParses() throws Exception {
        String xml = render(new CheckstyleReporter());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("checkstyle", root.getTagName());
        NodeList files = root.getElementsByTagName("file");
        assertEquals(2, files.getLength());
        Element first = (Element) files.item(0);
        assertEquals("db/migration dir/V2__uuid.sql", first.getAttribute("name"));
        Element error = (Element) first.getElementsByTagName("error").item(0);
        assertEquals("3", error.getAttribute("line"));
        assertEquals("27", error.getAttribute("column"));
        assertEquals("error", error.getAttribute("severity"));
        assertEquals("dialectic.nullable-unique-key", error.getAttribute("source"));
        assertEquals(REJECTED.message() + " (db2: rejected)", error.getAttribute("message"));
        Element info = (Element) ((Element) files.item(1)).getElementsByTagName("error").item(0);
        assertEquals("info", info.getAttribute("severity"));
        assertTrue(info.getAttribute("message").contains("control \uFFFD character"),
                "a control character XML cannot carry is replaced: " + info.getAttribute("message"));
    }

    @Test
    void githubAnnotationsEscapeWhatTheRunnerSplitsOn() throws Exception {
        List<String> lines = render(new GithubReporter()).lines().toList();
        assertEquals(3, lines.size(), "two annotations and the summary");
        assertEquals("::error file=db/migration dir/V2__uuid.sql,line=3,endLine=3,col=27,endColumn=70,"
                + "title=[nullable-unique-key]::UNIQUE constraint on instances includes nullable column uuid, 100%25 "
                + "\"bad\": <here> & there (db2: rejected)%0Afix: Declare uuid NOT NULL%0Asee: "
                + "https://example.org/nullable-unique-key.md", lines.get(0));
        assertTrue(lines.get(1).startsWith("::notice file=db/V3__x.sql,line=5,endLine=7,col=1,title="), lines.get(1));
        assertTrue(lines.get(1).contains("::line one%0Aline two, with"), lines.get(1));
        assertEquals(TextReporter.summary(report()), lines.get(2));
    }

    @Test
    void githubPropertiesEscapeCommasAndColons() {
        assertEquals("a%2Cb%3Ac%25d%0Ae", GithubReporter.property("a,b:c%d\ne"));
    }

    @Test
    void junitXmlHasATestPerSourceAndEngineFailedByItsErrors() throws Exception {
        LintReport report = report().withSources(List.of("db/V1__clean.sql", "db/migration dir/V2__uuid.sql",
                "db/V3__x.sql"));
        StringWriter out = new StringWriter();
        new JunitXmlReporter().write(report, out);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("15", root.getAttribute("tests"), "3 sources x 5 targets");
        assertEquals("1", root.getAttribute("failures"), "only V2 on db2 has an error");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertEquals(3, suites.getLength());
        assertEquals("db/V1__clean.sql", ((Element) suites.item(0)).getAttribute("name"), "a clean file is a suite too");
        NodeList v2 = ((Element) suites.item(1)).getElementsByTagName("testcase");
        assertEquals(5, v2.getLength());
        Element db2 = (Element) v2.item(4);
        assertEquals("db2:12.1", db2.getAttribute("name"));
        assertEquals("db/migration dir/V2__uuid.sql", db2.getAttribute("classname"));
        Element failure = (Element) db2.getElementsByTagName("failure").item(0);
        assertEquals("nullable-unique-key", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("db/migration dir/V2__uuid.sql:3:27: error: [nullable-unique-key]"),
                failure.getTextContent());
        assertEquals(0, ((Element) v2.item(0)).getElementsByTagName("failure").getLength(), "mysql passes V2");
        Element v3postgres = (Element) ((Element) suites.item(2)).getElementsByTagName("testcase").item(2);
        assertEquals("postgresql:18", v3postgres.getAttribute("name"));
        assertEquals(0, v3postgres.getElementsByTagName("failure").getLength(), "an info finding does not fail");
        assertTrue(v3postgres.getElementsByTagName("system-out").item(0).getTextContent().contains("[set-not-null-scans]"));
    }

    @Test
    void htmlIsOnePageWithAMatrixCellPerSourceAndEngine() throws Exception {
        LintReport report = report().withSources(List.of("db/V1__clean.sql", "db/migration dir/V2__uuid.sql",
                "db/V3__x.sql"));
        StringWriter out = new StringWriter();
        new HtmlReporter().write(report, out);
        String html = out.toString();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script src") || html.contains("<link "), "nothing fetched");
        assertTrue(html.contains("<td class=\"cell rejected\"><a href=\"#c1-db2\">1</a></td>"), html);
        assertTrue(html.contains("<td class=\"cell costly\"><a href=\"#c2-postgresql\">1</a></td>"), html);
        assertTrue(html.contains("<td class=\"cell different\"><a href=\"#c2-mysql\">1</a></td>"), html);
        assertTrue(html.contains("<section class=\"panel\" id=\"c1-db2\">"), html);
        assertTrue(html.contains("100% &quot;bad&quot;: &lt;here&gt; &amp; there"), "escaped: " + html);
        assertEquals(3, html.split("<tr><th class=\"file\"", -1).length - 1, "a row per source, the clean one too");
    }

    /**
     * Engine sets side by side: a common file, a Db2 folder (the nullable UNIQUE key, Db2's) and a PostgreSQL folder
     * (the costly SET NOT NULL), and drift the Db2 set lacks a column by.
     */
    @Test
    void engineSetsStandSideBySideInTextJsonAndHtml() throws Exception {
        LintReport report = setsReport();
        StringWriter text = new StringWriter();
        new TextReporter(false, false).write(report, text);
        List<String> lines = text.toString().lines().toList();
        assertEquals(List.of("set postgresql (postgresql:15): 2 files, 1 common + 1 own; 1 finding (0 errors, 0 warnings, "
                        + "1 info)", "set db2 (db2:11.5): 2 files, 1 common + 1 own; 2 findings (1 error, 1 warning, 0 info)"),
                lines.subList(3, 5), "the drift counts for the set that lacks the column");
        assertTrue(lines.get(5).startsWith("3 findings"), "the summary stays last: " + lines);

        StringWriter json = new StringWriter();
        new JsonReporter().write(report, json);
        com.fasterxml.jackson.databind.JsonNode sets = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.toString()).get("sets");
        assertEquals(2, sets.size());
        assertEquals("db2", sets.get(1).get("engine").asText());
        assertEquals("[\"db2:11.5\"]", sets.get(1).get("targets").toString());
        assertEquals(2, sets.get(1).get("files").asInt());
        assertEquals(1, sets.get(1).get("common").asInt());
        assertEquals("[\"db/db2/V2__u.sql\"]", sets.get(1).get("own").toString());
        assertEquals("{\"error\":1,\"warning\":1,\"info\":0}", sets.get(1).get("findings").toString());
        StringWriter plain = new StringWriter();
        new JsonReporter().write(report().withSources(List.of()), plain);
        assertFalse(plain.toString().contains("\"sets\""), "no sets, no field: the shape stays for plain runs");

        StringWriter html = new StringWriter();
        new HtmlReporter().write(report, html);
        String page = html.toString();
        assertTrue(page.contains("<tr><th>db2</th><td>db2:11.5</td><td>2</td><td>1</td><td>1</td><td>1</td><td>1</td>"
                + "<td>0</td></tr>"), page);
        // the Db2 file is not run on PostgreSQL: its cell says so; the PostgreSQL file's drift still shows for Db2
        assertTrue(page.contains("<td class=\"cell skipped\" title=\"not in the postgresql set\">&ndash;</td>"), page);
        assertTrue(page.contains("<a href=\"#c2-db2\">1</a>"), page);
    }

    /** The engine sets of {@link #engineSetsStandSideBySideInTextJsonAndHtml}'s doc. */
    private static LintReport setsReport() {
        Finding db2 = new Finding("nullable-unique-key", Severity.ERROR, "db/db2/V2__u.sql", 1, 1, 1, 5, "db2 only",
                Map.of(Engine.DB2, Effect.REJECTED), "", "d", "f1");
        Finding pg = new Finding("set-not-null-scans", Severity.INFO, "db/postgresql/V2__p.sql", 1, 1, 1, 5, "pg",
                Map.of(Engine.POSTGRESQL, Effect.COSTLY), "", "d", "f2");
        Finding drift = new Finding("vendor-set-drift", Severity.WARNING, "db/postgresql/V2__p.sql", 2, 1, 2, 5,
                "column t.c exists after the postgresql migrations but not after the db2 ones",
                Map.of(Engine.DB2, Effect.DIFFERENT), "", "d", "f3");
        RuleDescriptor driftRule = new RuleDescriptor("vendor-set-drift", "drift", Category.values()[0],
                Severity.WARNING, "s", List.of());
        return new LintReport(Targets.parse("postgresql:15,db2"), new LintReport.Summary(3, 3, 3, 0, 3),
                List.of(db2, pg, drift), RuleCatalog.of(List.of(NULLABLE_UNIQUE, COSTLY, driftRule)),
                List.of("db/V1__t.sql", "db/db2/V2__u.sql", "db/postgresql/V2__p.sql"), List.of(
                new LintReport.EngineSet("postgresql", Engine.POSTGRESQL, Targets.parse("postgresql:15"),
                        List.of("db/V1__t.sql", "db/postgresql/V2__p.sql"), java.util.Set.of("db/V1__t.sql")),
                new LintReport.EngineSet("db2", Engine.DB2, Targets.parse("db2:11.5"),
                        List.of("db/V1__t.sql", "db/db2/V2__u.sql"), java.util.Set.of("db/V1__t.sql"))));

    }

    @Test
    void engineSetsAreInSarifJunitXmlAndGithubToo() throws Exception {
        LintReport report = setsReport();
        StringWriter sarif = new StringWriter();
        new SarifReporter().write(report, sarif);
        com.fasterxml.jackson.databind.JsonNode sets = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(sarif.toString()).get("runs").get(0).get("properties").get("sets");
        assertEquals(2, sets.size());
        assertEquals("[\"db/db2/V2__u.sql\"]", sets.get(1).get("own").toString());
        assertEquals("{\"error\":1,\"warning\":1,\"info\":0}", sets.get(1).get("findings").toString());

        // a test per file and engine that runs it: the PostgreSQL folder's file is no test on Db2 but for its drift
        StringWriter junit = new StringWriter();
        new JunitXmlReporter().write(report, junit);
        String xml = junit.toString();
        assertTrue(xml.contains("<testsuites name=\"dialectic\" tests=\"5\" failures=\"1\">"), xml);
        assertTrue(xml.contains("<testsuite name=\"db/db2/V2__u.sql\" tests=\"1\""), xml);
        assertFalse(xml.contains("classname=\"db/db2/V2__u.sql\" name=\"postgresql:15\""), xml);
        assertTrue(xml.contains("classname=\"db/postgresql/V2__p.sql\" name=\"db2:12.1\""), xml);

        StringWriter github = new StringWriter();
        new GithubReporter().write(report, github);
        List<String> lines = github.toString().lines().toList();
        assertEquals(List.of("set postgresql (postgresql:15): 2 files, 1 common + 1 own; 1 finding (0 errors, 0 "
                        + "warnings, 1 info)", "set db2 (db2:11.5): 2 files, 1 common + 1 own; 2 findings (1 error, 1 "
                        + "warning, 0 info)"), lines.subList(3, 5));
        assertTrue(lines.get(5).startsWith("3 findings"), lines.toString());
    }

    @Test
    void aFindingWithoutTextPositionIsReportedAtItsElement() throws Exception {
        Finding live = REJECTED.withLocation(new io.github.dialectic.source.Location.Element("db:test",
                "public.instances.uuid"));
        LintReport report = new LintReport(Targets.latestOfEach(), new LintReport.Summary(1, 1, 1, 0, 1), List.of(live),
                RuleCatalog.of(List.of(NULLABLE_UNIQUE)));
        StringWriter sarif = new StringWriter();
        new SarifReporter().write(report, sarif);
        JsonNode doc = new ObjectMapper().readTree(sarif.toString());
        JsonSchema schema;
        try (InputStream in = SarifReporter.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        assertTrue(schema.validate(doc).isEmpty(), () -> schema.validate(doc).toString());
        JsonNode location = doc.path("runs").path(0).path("results").path(0).path("locations").path(0);
        assertEquals("public.instances.uuid", location.path("logicalLocations").path(0).path("fullyQualifiedName").asText());
        assertFalse(location.path("physicalLocation").has("region"));
        StringWriter github = new StringWriter();
        new GithubReporter().write(report, github);
        assertTrue(github.toString().startsWith("::error file=db%3Atest,title="), github.toString());
    }

    @Test
    void everyFormatIsOfferedByTheRegistry() {
        assertEquals(List.of("text", "json", "sarif", "junit", "checkstyle", "github", "html"),
                ReportFormats.load().ids().subList(0, 7));
        assertEquals("dialectic.sarif", ReportFormats.load().named("sarif").fileName());
    }

    @Test
    void textIsOneFindingALineWhateverAPathOrMessageHolds() {
        Finding odd = new Finding("nullable-unique-key", Severity.ERROR, "db/odd\nname.sql", 1, 1, 1, 5,
                "column \"a\\b\nc\" is odd", Map.of(Engine.DB2, Effect.REJECTED), "", "https://example.org/x.md",
                "0123456789abcdef");
        String line = TextReporter.line(odd);
        assertFalse(line.contains("\n") || line.contains("\r"), line);
        assertEquals("db/odd\\nname.sql:1:1: error: [nullable-unique-key] column \"a\\\\b\\nc\" is odd (db2: rejected)",
                line);
    }

    @Test
    void aHugeMessageIsCutOnceForEveryReport() {
        String literal = "x".repeat(5_000_000);
        Finding f = new Finding("nullable-unique-key", Severity.ERROR, "a.sql", 1, 1, 1, 2, "literal '" + literal + "'",
                Map.of(), "", "https://example.org/x.md", "0123456789abcdef");
        assertTrue(f.message().length() < 10_100, "kept " + f.message().length() + " characters");
        assertTrue(f.message().endsWith("... (4990010 more characters)"), f.message().substring(9990));
    }
}
