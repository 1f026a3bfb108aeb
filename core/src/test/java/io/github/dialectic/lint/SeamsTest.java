package io.github.dialectic.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.ReferentialAction;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.report.ReportFormats;
import io.github.dialectic.report.ReportOptions;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.schema.SchemaBuilder;
import io.github.dialectic.schema.SchemaSource;
import io.github.dialectic.schema.Table;
import io.github.dialectic.source.Location;
import io.github.dialectic.source.Script;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlScript;
import io.github.dialectic.source.SqlStatement;
import io.github.dialectic.source.StatementSource;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public seams: statement sources, schema sources, and the registry of report formats. */
class SeamsTest {

    /** Reports every ALTER TABLE with what the schema knows of its table: columns, keys and foreign keys. */
    @RuleInfo(id = "test-describes-table", title = "Describes the table", category = Category.SYNTAX,
            severity = Severity.ERROR, summary = "Says what the schema knows.", reads = Reads.SCHEMA,
            effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, reference = "r"))
    public static final class DescribesTable implements Rule {
        @Override
        public void check(Change change, RuleContext ctx) {
            if (change instanceof Change.AlterTable at) {
                String seen = ctx.schema().table(at.table()).map(SeamsTest::describe).orElse("unknown table");
                ctx.report(ctx.statementRange(), seen).emit();
            }
        }
    }

    static String describe(Table t) {
        return (t.complete() ? "complete " : "placeholder ") + t.name() + " columns "
                + t.columns().stream().map(c -> c.name() + " " + c.type() + (c.nullable() ? "" : " NOT NULL"))
                .collect(Collectors.joining(", "))
                + "; pk " + t.primaryKey().map(k -> k.columns().toString()).orElse("none")
                + "; fks " + t.foreignKeys().stream().map(f -> f.columns() + "->" + f.parentTable() + f.parentColumns()
                + " on delete " + f.onDelete().sql()).toList();
    }

    private static final SchemaSource ORDERS = builder -> builder.table(QualifiedName.of("orders"))
            .column(Name.of("id"), SchemaBuilder.type("BIGINT"), true)
            .column(Name.of("customer_id"), SchemaBuilder.type("DECIMAL(10, 0)"), true)
            .primaryKey(null, List.of(Name.of("id")))
            .foreignKey(Name.of("fk_customer"), List.of(Name.of("customer_id")), QualifiedName.of("customer"),
                    List.of(Name.of("id")), ReferentialAction.CASCADE, ReferentialAction.NONE);

    @Test
    void theReplayStartsFromTheSchemaTheSourceDescribes() {
        Linter linter = new Linter(RuleRegistry.of(new DescribesTable()), LintOptions.defaults(), null, ORDERS);
        LintReport report = linter.lintFiles(List.of(SourceFile.of(Path.of("V1__a.sql"),
                "ALTER TABLE orders ADD COLUMN note VARCHAR(20);\nALTER TABLE orders ADD COLUMN other INT;\n")));
        assertEquals(List.of(
                "complete orders columns id BIGINT NOT NULL, customer_id DECIMAL(10, 0); pk [id]; "
                        + "fks [[customer_id]->customer[id] on delete CASCADE]",
                "complete orders columns id BIGINT NOT NULL, customer_id DECIMAL(10, 0), note VARCHAR(20); pk [id]; "
                        + "fks [[customer_id]->customer[id] on delete CASCADE]"),
                report.findings().stream().map(Finding::message).toList());
    }

    @Test
    void eachRunStartsFromAFreshlyDescribedSchema() {
        Linter linter = new Linter(RuleRegistry.of(new DescribesTable()), LintOptions.defaults(), null, ORDERS);
        List<SourceFile> files = List.of(SourceFile.of(Path.of("V1__a.sql"), "ALTER TABLE orders DROP COLUMN id;\n"
                + "ALTER TABLE orders ADD COLUMN x INT;\n"));
        LintReport first = linter.lintFiles(files);
        assertEquals(first.findings(), linter.lintFiles(files).findings()); // the first run's DROP did not stick
        assertTrue(first.findings().get(0).message().contains("id BIGINT"));
        assertFalse(first.findings().get(1).message().contains("id BIGINT"));
    }

    @Test
    void aSchemaSourceThatFailsStopsTheRunWithItsMessage() {
        SchemaSource unreachable = builder -> {
            throw new SourceException("jdbc:postgresql://nowhere/db", "connection refused", null);
        };
        Linter linter = new Linter(RuleRegistry.of(new DescribesTable()), LintOptions.defaults(), null, unreachable);
        SourceException e = assertThrows(SourceException.class, () -> linter.lint(
                () -> List.of(new SqlScript(SourceFile.of(Path.of("V1__a.sql"), "ALTER TABLE t ADD COLUMN c INT;\n")))));
        assertEquals("jdbc:postgresql://nowhere/db: connection refused", e.getMessage());
    }

    @Test
    void typesFromACatalogueKeepTheirArgumentsAndSign() {
        var t = SchemaBuilder.type(" int unsigned ");
        assertEquals(List.of("INT", "", "true"), List.of(t.name(), String.join(",", t.arguments()),
                String.valueOf(t.unsigned())));
        var d = SchemaBuilder.type("DECIMAL( 10 , 2 )");
        assertEquals(List.of("DECIMAL", "10,2", "false"), List.of(d.name(), String.join(",", d.arguments()),
                String.valueOf(d.unsigned())));
        assertEquals("DOUBLE PRECISION", SchemaBuilder.type("double   precision").name());
    }

    /** A source whose statements come from one text, each reported as a named element: no line and column. */
    private static StatementSource changesets(String text) {
        SourceFile file = SourceFile.of(Path.of("changelog.xml"), text);
        return () -> List.of(new Script() {
            @Override
            public SourceFile file() {
                return file;
            }

            @Override
            public List<SqlStatement> statements() {
                return new SqlScript(file).statements();
            }

            @Override
            public Location locate(int start, int end) {
                return new Location.Element("changelog.xml", "changeset " + file.lines().line(start) + "::alice");
            }
        });
    }

    @Test
    void aStatementSourceDecidesWhereItsFindingsAreAndReportersSayIt() throws Exception {
        Linter linter = new Linter(RuleRegistry.of(new DescribesTable()), LintOptions.defaults());
        LintReport report = linter.lint(changesets("CREATE TABLE t (a INT);\nALTER TABLE t ADD COLUMN b INT;\n"));
        Finding f = report.findings().get(0);
        assertEquals(new Location.Element("changelog.xml", "changeset 2::alice"), f.location());
        assertEquals(List.of(0, 0), List.of(f.line(), f.column()));

        StringWriter text = new StringWriter();
        ReportFormats.load().named("text").reporter(new ReportOptions(false)).write(report, text);
        assertTrue(text.toString().startsWith("changelog.xml (changeset 2::alice): error: [test-describes-table] "
                + "complete t columns a INT; pk none"), text.toString());
        StringWriter json = new StringWriter();
        ReportFormats.load().named("json").reporter(new ReportOptions(false)).write(report, json);
        assertTrue(json.toString().contains("\"file\" : \"changelog.xml\",\n    \"element\" : \"changeset 2::alice\","),
                json.toString());
    }

    @Test
    void theFlywaySourceAndTheLinterGiveTheSameReportAsFilesReadByHand(@TempDir Path dir) throws IOException,
            SourceException {
        Files.writeString(dir.resolve("V2__b.sql"), "ALTER TABLE t ADD COLUMN b INT;\n");
        Files.writeString(dir.resolve("V1__a.sql"), "CREATE TABLE t (a INT);\n");
        Linter linter = new Linter(RuleRegistry.of(new DescribesTable()), LintOptions.defaults());
        LintReport viaSource = linter.lint(List.of(dir));
        LintReport byHand = linter.lintFiles(List.of(SourceFile.read(dir.resolve("V1__a.sql")),
                SourceFile.read(dir.resolve("V2__b.sql"))));
        assertEquals(byHand.findings(), viaSource.findings());
        assertEquals(new Location.FileRange(dir.resolve("V2__b.sql").toString(), 1, 1, 1, 30),
                viaSource.findings().get(0).location());
    }

    @Test
    void reportsCarryTheDescriptorsOfTheirRules() {
        Linter linter = new Linter(RuleRegistry.of(new DescribesTable()), LintOptions.defaults());
        LintReport report = linter.lintFiles(List.of(SourceFile.of(Path.of("V1__a.sql"), "ALTER TABLE t ADD c INT;\n")));
        var d = report.rule(report.findings().get(0));
        assertEquals(List.of("Describes the table", "Syntax only one engine accepts", "Says what the schema knows.",
                        io.github.dialectic.rule.RuleDescriptor.DOCS_BASE + "test-describes-table.md"),
                List.of(d.title(), d.category().title(), d.summary(), d.docsUrl()));
    }

    @Test
    void theFormatRegistryOffersBuiltInAndDiscoveredFormatsAndNamesTheValidOnes() throws IOException {
        ReportFormats formats = ReportFormats.load();
        assertEquals(List.of("text", "json", "sarif", "junit", "checkstyle", "github", "html", "test-rule-titles"),
                formats.ids());
        assertEquals(List.of("dialectic.txt", "dialectic.json"), List.of(formats.named("text").fileName(),
                formats.named("json").fileName()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> formats.named("xml"));
        assertEquals("unknown format 'xml'; valid formats: text, json, sarif, junit, checkstyle, github, html, "
                + "test-rule-titles", e.getMessage());

        Linter linter = new Linter(RuleRegistry.of(new DescribesTable()), LintOptions.defaults());
        LintReport report = linter.lintFiles(List.of(SourceFile.of(Path.of("V1__a.sql"), "ALTER TABLE t ADD c INT;\n")));
        StringWriter out = new StringWriter();
        formats.named("test-rule-titles").reporter(new ReportOptions(false)).write(report, out);
        assertEquals("V1__a.sql: Describes the table\n", out.toString());
    }
}
