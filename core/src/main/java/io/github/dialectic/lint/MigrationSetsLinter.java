package io.github.dialectic.lint;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.parse.ParsedStatement;
import io.github.dialectic.parse.StatementAnalyzer;
import io.github.dialectic.rule.PipelineRules;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.schema.Column;
import io.github.dialectic.schema.Schema;
import io.github.dialectic.schema.SchemaBuilder;
import io.github.dialectic.schema.SchemaReplay;
import io.github.dialectic.schema.Table;
import io.github.dialectic.source.FlywayConfig;
import io.github.dialectic.source.FlywaySqlSource;
import io.github.dialectic.source.Location;
import io.github.dialectic.source.MigrationLayout;
import io.github.dialectic.source.MigrationSet;
import io.github.dialectic.source.Script;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.finding.Suppressions;
import io.github.dialectic.source.SqlStatement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Lints a project's {@link MigrationLayout}: with no folder per engine, one run over every file against every target;
 * else one run per targeted engine over the common files and that engine's own, against that engine alone, so a
 * PostgreSQL-only file is never judged by MySQL. The runs' findings are put together: a common file's finding
 * reported by several runs is one finding with every run's engines; a suppression counts as unused only if no run
 * used it. Tables and columns that exist at the end of some sets but not of others are reported as
 * {@code vendor-set-drift}.
 */
public final class MigrationSetsLinter {

    private final RuleRegistry registry;
    private final LintOptions options;
    private final ParseCache cache;

    public MigrationSetsLinter(RuleRegistry registry, LintOptions options, ParseCache cache) {
        this.registry = registry;
        this.options = options;
        this.cache = cache;
        new Linter(registry, options, cache); // checks the configuration now, as a Linter's constructor does
    }

    /** The result: the report, and the sets it is made of (for a report that shows them side by side). */
    public record Result(LintReport report, List<MigrationSet> sets) {
        /** One line per set: its name, targets, files (common and own). */
        public List<String> describeSets() {
            List<String> lines = new ArrayList<>();
            for (MigrationSet s : sets) {
                lines.add(s.name() + " (" + s.targets().asList().stream().map(Object::toString)
                        .collect(Collectors.joining(", ")) + "): " + s.files().size() + " file"
                        + (s.files().size() == 1 ? "" : "s") + (s.engine() == null ? ""
                        : ", " + s.common().size() + " common + " + s.own().size() + " own"));
            }
            return lines;
        }
    }

    public Result lint(MigrationLayout layout, FlywayConfig config) throws SourceException {
        List<MigrationSet> sets = layout.sets(options.targets(), config);
        if (sets.size() == 1 && sets.get(0).engine() == null) {
            LintReport report = new Linter(registry, options, cache)
                    .lint(new FlywaySqlSource(sets.get(0).files(), options.flavor(), config));
            return new Result(report, sets);
        }
        List<LintReport> reports = new ArrayList<>();
        for (MigrationSet set : sets) {
            reports.add(new Linter(registry, options.withTargets(set.targets()), cache)
                    .lint(new FlywaySqlSource(set.files(), options.flavor(), config)));
        }
        List<Finding> findings = merge(sets, reports);
        if (!options.disabledRules().contains(PipelineRules.VENDOR_SET_DRIFT)) {
            findings.addAll(drift(sets, config));
        }

        List<String> sources = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (LintReport r : reports) {
            for (String s : r.sources()) {
                if (seen.add(s)) {
                    sources.add(s);
                }
            }
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            order.put(sources.get(i), i);
        }
        findings.sort(Comparator.<Finding>comparingInt(f -> order.getOrDefault(f.file(), Integer.MAX_VALUE))
                .thenComparingInt(Finding::line).thenComparingInt(Finding::column));
        int statements = 0;
        int analysed = 0;
        int unparsed = 0;
        for (LintReport r : reports) { // a common file's statements are checked, and counted, once per set
            statements += r.summary().statements();
            analysed += r.summary().analysed();
            unparsed += r.summary().unparsed();
        }
        LintReport.Summary summary = new LintReport.Summary(sources.size(), statements, analysed, unparsed,
                findings.size());
        List<LintReport.EngineSet> shown = sets.stream().map(set -> new LintReport.EngineSet(set.name(), set.engine(),
                set.targets(), set.files().stream().map(Path::toString).toList(), set.common().stream()
                .map(Path::toString).collect(Collectors.toSet()))).toList();
        return new Result(new LintReport(options.targets(), summary, findings, registry, sources, shown), sets);
    }

    /** The runs' findings as one list: the same finding from several runs once, with all their engines. */
    private static List<Finding> merge(List<MigrationSet> sets, List<LintReport> reports) {
        Map<String, Finding> merged = new LinkedHashMap<>();
        Map<String, Integer> runs = new HashMap<>();
        for (LintReport r : reports) {
            for (Finding f : r.findings()) {
                String key = f.rule() + "|" + f.location() + "|" + f.message();
                runs.merge(key, 1, Integer::sum);
                Finding before = merged.get(key);
                if (before == null) {
                    merged.put(key, f);
                } else {
                    Map<Engine, Effect> engines = new EnumMap<>(Engine.class);
                    engines.putAll(before.engines());
                    engines.putAll(f.engines());
                    Severity severity = f.severity().atLeast(before.severity()) ? f.severity() : before.severity();
                    merged.put(key, new Finding(f.rule(), severity, f.location(), f.message(), engines, f.fix(),
                            f.docs(), f.fingerprint()));
                }
            }
        }
        Set<String> commonFiles = new LinkedHashSet<>();
        for (MigrationSet s : sets) {
            s.common().forEach(p -> commonFiles.add(p.toString()));
        }
        List<Finding> result = new ArrayList<>();
        for (Map.Entry<String, Finding> e : merged.entrySet()) {
            Finding f = e.getValue();
            // a suppression in a common file may be used by one engine's run only: unused means unused by every run
            // that could use it (one naming an engine: the runs of that engine, the others skip it)
            if (PipelineRules.UNUSED_SUPPRESSION.equals(f.rule()) && commonFiles.contains(f.file())
                    && runs.get(e.getKey()) < runsFor(f, sets)) {
                continue;
            }
            result.add(f);
        }
        return result;
    }

    /** How many of the runs check the suppression an unused-suppression finding is about. */
    private static int runsFor(Finding unused, List<MigrationSet> sets) {
        if (unused.location() instanceof Location.FileRange at) {
            try {
                SourceFile file = SourceFile.read(Path.of(unused.file()));
                for (Suppressions.Directive d : Suppressions.scan(file).directives()) {
                    for (int i = 0; i < d.ruleIds().size(); i++) {
                        if (file.lines().line(d.idOffset(i)) == at.line()
                                && file.lines().column(d.idOffset(i)) == at.column() && d.engine(i).isPresent()) {
                            Engine engine = d.engine(i).get();
                            return (int) sets.stream().filter(s -> s.engine() == engine).count();
                        }
                    }
                }
            } catch (SourceException e) {
                // read when it was linted; if it cannot be read now, every run counts
            }
        }
        return sets.size();
    }

    /** Where each table and column of a set's final schema was created. */
    private record SetSchema(MigrationSet set, Schema schema, Map<String, Location> tables,
                             Map<String, Location> columns) {
    }

    /**
     * Tables and columns that some engine sets end with and others do not. Only sets with files of their own take
     * part: an engine targeted without a folder of its own (Dialectic's default targets are all five) runs the common
     * files alone, and is not what the project claims to support.
     */
    private List<Finding> drift(List<MigrationSet> allSets, FlywayConfig config) throws SourceException {
        List<MigrationSet> sets = allSets.stream().filter(s -> !s.own().isEmpty()).toList();
        if (sets.size() < 2) {
            return new ArrayList<>();
        }
        StatementAnalyzer analyzer = new StatementAnalyzer(options.parseTimeout());
        List<SetSchema> schemas = new ArrayList<>();
        for (MigrationSet set : sets) {
            Schema schema = new SchemaBuilder().build();
            Map<String, Location> tables = new HashMap<>();
            Map<String, Location> columns = new HashMap<>();
            for (Script script : new FlywaySqlSource(set.files(), options.flavor(), config).scripts()) {
                for (SqlStatement st : script.statements()) {
                    ParsedStatement ps = analyzer.analyze(script.file(), st);
                    if (!ps.understood()) {
                        continue;
                    }
                    Change change = ps.change();
                    Location at = script.origin(st);
                    if (change instanceof Change.CreateTable ct) {
                        String t = key(ct.table().name().text());
                        tables.put(t, at);
                        for (ColumnDef c : ct.columns()) {
                            columns.put(t + "." + key(c.name().text()), at);
                        }
                    } else if (change instanceof Change.AlterTable at2) {
                        String t = key(at2.table().name().text());
                        for (AlterAction a : at2.actions()) {
                            if (a instanceof AlterAction.AddColumn add) {
                                columns.put(t + "." + key(add.column().name().text()), at);
                            } else if (a instanceof AlterAction.RenameColumn rc) {
                                columns.put(t + "." + key(rc.to().text()), at);
                            }
                        }
                    } else if (change instanceof Change.RenameTable rt) {
                        for (Change.RenameTable.Rename r : rt.renames()) {
                            tables.put(key(r.to().name().text()), at);
                        }
                    }
                    SchemaReplay.apply(schema, change);
                }
            }
            schemas.add(new SetSchema(set, schema, tables, columns));
        }

        // table -> set name -> its table; in the order the sets come
        Map<String, Map<String, Table>> tableSets = new TreeMap<>();
        for (SetSchema s : schemas) {
            for (Table t : s.schema().tables()) {
                tableSets.computeIfAbsent(key(t.name().name().text()), k -> new LinkedHashMap<>())
                        .put(s.set().name(), t);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Map<String, Table>> e : tableSets.entrySet()) {
            Map<String, Table> in = e.getValue();
            Table any = in.values().iterator().next();
            if (in.size() < schemas.size()) {
                List<SetSchema> having = schemas.stream().filter(s -> in.containsKey(s.set().name())).toList();
                List<SetSchema> lacking = schemas.stream().filter(s -> !in.containsKey(s.set().name())).toList();
                Location at = having.stream().map(s -> s.tables().get(e.getKey())).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(null);
                if (at != null) {
                    findings.add(drift(at, "table " + any.name() + " exists after the " + names(having)
                            + " migrations but not after the " + names(lacking) + " ones", lacking));
                }
                continue;
            }
            Map<String, List<SetSchema>> columnSets = new TreeMap<>();
            Map<String, String> spelled = new HashMap<>();
            for (SetSchema s : schemas) {
                for (Column c : in.get(s.set().name()).columns()) {
                    String k = key(c.name().text());
                    columnSets.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
                    spelled.putIfAbsent(k, c.name().text());
                }
            }
            for (Map.Entry<String, List<SetSchema>> c : columnSets.entrySet()) {
                List<SetSchema> having = c.getValue();
                if (having.size() == schemas.size()) {
                    continue;
                }
                List<SetSchema> lacking = schemas.stream().filter(s -> !having.contains(s)).toList();
                Location at = having.stream().map(s -> s.columns().get(e.getKey() + "." + c.getKey()))
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                if (at != null) {
                    findings.add(drift(at, "column " + any.name() + "." + spelled.get(c.getKey()) + " exists after the "
                            + names(having) + " migrations but not after the " + names(lacking) + " ones", lacking));
                }
            }
        }
        return findings;
    }

    private Finding drift(Location at, String message, List<SetSchema> lacking) {
        Map<Engine, Effect> engines = new EnumMap<>(Engine.class);
        for (SetSchema s : lacking) {
            if (s.set().engine() != null) {
                engines.put(s.set().engine(), Effect.DIFFERENT);
            }
        }
        Severity severity = options.severityOverrides().getOrDefault(PipelineRules.VENDOR_SET_DRIFT, Severity.WARNING);
        return new Finding(PipelineRules.VENDOR_SET_DRIFT, severity, at, message, engines,
                "Give every engine's folder the same tables and columns (each in its own dialect), or move what all "
                        + "engines share to the common location.",
                registry.descriptor(PipelineRules.VENDOR_SET_DRIFT).map(d -> d.docsUrl()).orElse(null),
                Fingerprint.of(message));
    }

    private static String names(List<SetSchema> sets) {
        return sets.stream().map(s -> s.set().name()).collect(Collectors.joining(", "));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** For tests: the files of a layout's sets. */
    static List<List<Path>> files(List<MigrationSet> sets) {
        return sets.stream().map(MigrationSet::files).toList();
    }
}
