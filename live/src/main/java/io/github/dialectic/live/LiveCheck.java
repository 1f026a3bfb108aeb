package io.github.dialectic.live;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.live.Prechecks.PendingChange;
import io.github.dialectic.parse.ParsedStatement;
import io.github.dialectic.parse.StatementAnalyzer;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.schema.SchemaSource;
import io.github.dialectic.source.FlywaySqlSource;
import io.github.dialectic.source.Location;
import io.github.dialectic.source.MigrationLocator;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.SqlStatement;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Checks a live database: its schema by itself with the rules ({@link #lintSchema}), or the migrations it has not
 * applied yet against it ({@link #lintPending}): the rules on the pending statements replayed on the live schema,
 * data prechecks for every statement that tightens it, costly findings sized with the tables' real row counts, and
 * applied migrations edited since. Everything it does on the database is read-only.
 *
 * <pre>{@code
 * try (LiveCheck live = LiveCheck.connect("jdbc:postgresql://db/nova", "nova", System.getenv("PW"), LiveCheck.Options.defaults())) {
 *     LintReport report = live.lintPending(List.of(Path.of("db/migration")), RuleRegistry.load(), LintOptions.defaults());
 * }
 * }</pre>
 */
public final class LiveCheck implements AutoCloseable {

    /**
     * @param schemas        schemas to read (empty: the connection's current schema)
     * @param historyTable   Flyway's history table, {@code name} or {@code schema.name}
     * @param rowThreshold   from this many rows a costly finding is an error
     * @param timeout        the longest one catalog query or data probe may run
     */
    public record Options(List<String> schemas, String historyTable, long rowThreshold, Duration timeout) {
        public Options {
            schemas = List.copyOf(schemas);
        }

        public static Options defaults() {
            return new Options(List.of(), FlywayHistory.DEFAULT_TABLE, RowEstimates.DEFAULT_THRESHOLD,
                    LiveConnections.DEFAULT_TIMEOUT);
        }

        public Options withHistoryTable(String table) {
            return new Options(schemas, table, rowThreshold, timeout);
        }

        public Options withRowThreshold(long rows) {
            return new Options(schemas, historyTable, rows, timeout);
        }
    }

    private final Connection connection;
    private final Engine engine;
    private final Options options;
    private final LiveCatalog catalog;

    private LiveCheck(Connection connection, Options options) throws SQLException {
        this.connection = connection;
        this.engine = LiveConnections.engine(connection);
        this.options = options;
        this.catalog = CatalogReader.read(connection, engine, options.schemas());
        connection.rollback();
    }

    /** Connects read-only to {@code url}; {@code user} and {@code password} may be null. */
    public static LiveCheck connect(String url, String user, String password, Options options) throws SQLException {
        Connection c = LiveConnections.open(url, user, password, options.timeout());
        try {
            return new LiveCheck(c, options);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Takes a connection from {@code dataSource} and makes it read-only. */
    public static LiveCheck connect(DataSource dataSource, Options options) throws SQLException {
        Connection c = LiveConnections.open(dataSource, options.timeout());
        try {
            return new LiveCheck(c, options);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    public LiveCatalog catalog() {
        return catalog;
    }

    /**
     * The rules on the live schema by itself (Flyway's history table aside: it is Flyway's, not the application's);
     * findings point at live objects ({@code db (schema.table.column)}).
     */
    public LintReport lintSchema(RuleRegistry registry, LintOptions lintOptions) throws SourceException {
        String history = options.historyTable().substring(options.historyTable().indexOf('.') + 1);
        LiveCatalog application = new LiveCatalog(catalog.engine(), catalog.productVersion(), catalog.quote(),
                catalog.tables().stream().filter(t -> !t.name().equalsIgnoreCase(history)).toList());
        LintReport report = new Linter(registry, lintOptions, null, SchemaSource.EMPTY)
                .lint(() -> List.of(new LiveSchemaScript(application)));
        return new LintReport(report.targets(), report.summary(), report.findings(), LiveRules.with(report.rules()));
    }

    /**
     * The migrations under {@code inputs} the database has not applied, linted against its live schema, with data
     * prechecks, row counts on costly findings and edited applied migrations.
     */
    public LintReport lintPending(List<Path> inputs, RuleRegistry registry, LintOptions lintOptions)
            throws SourceException, SQLException, IOException {
        List<Path> files = MigrationLocator.locate(inputs);
        PendingMigrations status = PendingMigrations.of(files, FlywayHistory.read(connection, options.historyTable()));
        connection.rollback();
        LintReport report = new Linter(registry, lintOptions, null, new LiveSchemaSource(catalog))
                .lint(new FlywaySqlSource(status.pending(), lintOptions.flavor()));

        List<Located> statements = read(status.pending(), lintOptions.flavor());
        List<Finding> findings = new ArrayList<>();
        RowEstimates rows = new RowEstimates(connection, catalog, options.timeout());
        for (Finding f : report.findings()) {
            findings.add(sized(f, statements, rows));
        }
        for (PendingMigrations.Edited e : status.edited()) {
            findings.add(finding(LiveRules.MIGRATION_EDITED, Severity.ERROR,
                    new Location.FileRange(e.file().toString(), 1, 1, 1, 1),
                    "applied migration " + e.version() + " was edited: the database recorded checksum " + e.recorded()
                            + ", the file's is " + e.actual(),
                    "Restore the file as it was applied and put the change in a new migration.", "edited:" + e.version()));
        }
        List<PendingChange> changes = statements.stream()
                .filter(s -> s.change() != null).map(s -> new PendingChange(s.change(), s.origin())).toList();
        for (Prechecks.Result r : new Prechecks(connection, catalog, options.timeout()).run(changes)) {
            Located at = statements.stream().filter(s -> s.origin().equals(r.origin())).findFirst().orElseThrow();
            if (r.skipped() != null) {
                findings.add(finding(LiveRules.DATA_PRECHECK, r.sql() == null ? Severity.INFO : Severity.WARNING,
                        at.location(), r.subject() + " on " + r.table() + " not checked: " + r.skipped(),
                        r.sql() == null ? "" : "Find the rows by hand with: " + r.sql(), r.origin()));
            } else if (r.count() > 0) {
                findings.add(finding(LiveRules.DATA_PRECHECK, Severity.ERROR, at.location(), message(r),
                        "Fix or delete these rows before the upgrade; find them with: " + r.sql(), r.origin()));
            }
        }
        findings.sort(java.util.Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column).thenComparing(Finding::rule));
        LintReport.Summary s = report.summary();
        return new LintReport(report.targets(), new LintReport.Summary(s.files(), s.statements(), s.analysed(),
                s.unparsed(), findings.size()), findings, LiveRules.with(report.rules()));
    }

    private static String message(Prechecks.Result r) {
        String what = switch (r.kind()) {
            case "not-null" -> r.count() == 1 ? "row has a NULL" : "rows have a NULL";
            case "unique", "primary-key" -> r.count() == 1 ? "duplicate group" : "duplicate groups";
            case "foreign-key" -> r.count() == 1 ? "orphan row" : "orphan rows";
            case "narrowing" -> r.count() == 1 ? "value does not fit" : "values do not fit";
            default -> r.count() == 1 ? "row violates it" : "rows violate it";
        };
        return r.subject() + " on " + r.table() + ": " + r.count() + " " + what + " (" + String.join("; ", r.samples())
                + (r.count() > r.samples().size() ? "; ..." : "") + ")";
    }

    /** A costly finding with the table's real size: an error from the threshold on. */
    private Finding sized(Finding f, List<Located> statements, RowEstimates rows) throws SQLException {
        if (!f.engines().containsValue(Effect.COSTLY)) {
            return f;
        }
        for (Located s : statements) {
            if (s.location().source().equals(f.file()) && s.firstLine() <= f.line() && f.line() <= s.lastLine()) {
                QualifiedName table = table(s.change());
                if (table == null) {
                    return f;
                }
                OptionalLong estimate = rows.rows(table.name().text());
                connection.rollback();
                if (estimate.isEmpty()) {
                    return f;
                }
                long n = estimate.getAsLong();
                String message = f.message() + "; " + table.name().text() + " has about "
                        + NumberFormat.getIntegerInstance(Locale.ROOT).format(n) + " rows";
                Severity severity = n >= options.rowThreshold() ? Severity.ERROR : f.severity();
                return new Finding(f.rule(), severity, f.location(), message, f.engines(), f.fix(), f.docs(),
                        f.fingerprint());
            }
        }
        return f;
    }

    private static QualifiedName table(Change change) {
        if (change instanceof Change.AlterTable at) {
            return at.table();
        }
        if (change instanceof Change.CreateIndex ci) {
            return ci.table();
        }
        return null;
    }

    private static Finding finding(String rule, Severity severity, Location location, String message, String fix,
                                   String fingerprintSeed) {
        return new Finding(rule, severity, location, message, Map.of(), fix,
                io.github.dialectic.rule.RuleDescriptor.DOCS_BASE + rule + ".md",
                Integer.toHexString(fingerprintSeed.hashCode()));
    }

    /** A pending statement with its change (null if not understood) and where it is. */
    private record Located(Change change, String origin, Location.FileRange location) {
        int firstLine() {
            return location.line();
        }

        int lastLine() {
            return location.endLine();
        }
    }

    private static List<Located> read(List<Path> files, SqlFlavor flavor) throws SourceException {
        StatementAnalyzer analyzer = new StatementAnalyzer(LintOptions.DEFAULT_PARSE_TIMEOUT);
        List<Located> located = new ArrayList<>();
        for (Path path : files) {
            SourceFile file = SourceFile.read(path);
            if (flavor != null) {
                file = file.withFlavor(flavor);
            }
            for (SqlStatement st : new SqlSplitter(file.flavor()).split(file.text())) {
                ParsedStatement parsed = analyzer.analyze(file, st);
                located.add(new Located(parsed.understood() ? parsed.change() : null, path + ":" + st.line(),
                        new Location.FileRange(path.toString(), st.line(), st.column(), st.endLine(), st.endColumn())));
            }
        }
        return located;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
