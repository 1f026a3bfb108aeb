package io.github.dialectic.liquibase;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.lint.PhaseClock;
import io.github.dialectic.rule.PipelineRules;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.Location;
import io.github.dialectic.source.Script;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlScript;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lints a Liquibase changelog (XML, YAML, JSON or formatted SQL, with its includes) against each target engine: the
 * changesets Liquibase would run there (its dbms, context and label filters), as the SQL it generates offline for that
 * engine and version, one linter run per target, the findings then merged (one finding per problem, with every
 * engine it concerns). Findings of generated SQL point at the changeset's line in the changelog and name it; formatted
 * SQL changesets are linted as written, with real lines and columns (the other engines' changesets blanked out).
 * Preconditions are not evaluated: each changeset that has some gets an info finding saying so. A change Liquibase
 * refuses for an engine (its validation: e.g. addUniqueConstraint on SQLite) is a finding rejected by that engine,
 * with Liquibase's message.
 */
public final class ChangelogLint {

    /** Which lexer reads each engine's generated SQL. */
    private static final Map<Engine, SqlFlavor> FLAVORS = new EnumMap<>(Map.of(Engine.MYSQL, SqlFlavor.MYSQL,
            Engine.MARIADB, SqlFlavor.MYSQL, Engine.POSTGRESQL, SqlFlavor.POSTGRESQL, Engine.SQLITE, SqlFlavor.SQLITE,
            Engine.DB2, SqlFlavor.DB2));

    private final RuleRegistry registry;
    private final LintOptions options;
    private final ChangelogOptions changelogOptions;

    public ChangelogLint(RuleRegistry registry, LintOptions options, ChangelogOptions changelogOptions) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.options = Objects.requireNonNull(options, "options");
        this.changelogOptions = Objects.requireNonNull(changelogOptions, "changelogOptions");
    }

    /**
     * Lints the changelog and what it includes. A changelog Liquibase cannot read (a missing include, bad XML) stops
     * the run with Liquibase's message, naming the file.
     */
    public LintReport lint(Path changelog) throws SourceException {
        SourceFile.read(changelog); // a missing or unreadable file named as for SQL files
        Path base = changelog.toAbsolutePath().normalize().getParent();
        Path shownBase = changelog.getParent();
        Map<Path, SourceFile> texts = new HashMap<>();
        List<Run> runs = new ArrayList<>();
        try (LiquibaseGeneration generation = new LiquibaseGeneration(changelog, changelogOptions)) {
            PhaseClock clock = new PhaseClock();
            for (Target target : options.targets()) {
                LiquibaseGeneration.Generated generated = generation.generate(target);
                clock.mark(() -> "Liquibase: SQL for " + target);
                runs.add(run(target, generated, texts, base, shownBase));
                clock.mark(() -> "lint the SQL for " + target);
            }
        }
        return merge(runs, shown(changelog, base, shownBase));
    }

    /** One target's linter run and what was live in it. */
    private record Run(Target target, LintReport report, List<Finding> notes, Set<String> liveLines, Map<String, String> changeSetAt) {
    }

    private Run run(Target target, LiquibaseGeneration.Generated generated, Map<Path, SourceFile> texts, Path base,
                    Path shownBase) throws SourceException {
        List<Script> scripts = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        Set<String> live = new HashSet<>();
        Map<String, String> changeSetAt = new HashMap<>(); // "file:line" of a generated changeset -> its name
        Map<Path, ChangeSetPositions> positions = new HashMap<>();
        GeneratedScript.Builder generatedScript = null;
        Path formattedFile = null;
        List<ChangeSetPositions.At> formattedRanges = new ArrayList<>();
        Path current = null;
        for (LiquibaseGeneration.ChangeSetRun cs : generated.changeSets()) {
            Path file = cs.file();
            String shown = file == null ? cs.logicalPath() : shown(file, base, shownBase);
            if (!Objects.equals(file, current) || (cs.formattedSql() != (formattedFile != null))) {
                flush(scripts, generatedScript, formattedFile, formattedRanges, texts, shownBase, base);
                generatedScript = null;
                formattedFile = null;
                formattedRanges = new ArrayList<>();
                current = file;
            }
            ChangeSetPositions.At at = null;
            if (file != null) {
                SourceFile text = text(texts, file);
                at = positions.computeIfAbsent(file, f -> ChangeSetPositions.of(f.getFileName().toString(),
                        text.text())).take(cs.id(), cs.author());
            }
            Location where = at == null ? new Location.Element(shown, "changeset " + cs.name())
                    : new Location.FileRange(shown, at.line(), at.column(), at.line(), at.endColumn());
            if (cs.preconditions() != null) {
                notes.add(note(PipelineRules.LIQUIBASE_PRECONDITION_SKIPPED, Severity.INFO, where,
                        "changeset " + cs.name() + ": preconditions not evaluated (" + cs.preconditions()
                                + "); linted as if they hold", Map.of(),
                        "Nothing to do if the changeset is meant to run; check the preconditions by hand otherwise.",
                        "liquibase:" + cs.name()));
            }
            if (cs.formattedSql() && at != null && at.start() >= 0) {
                formattedFile = file;
                formattedRanges.add(at);
                for (int line = at.line(); line <= text(texts, file).lines().line(Math.max(at.start(), at.end() - 1));
                     line++) {
                    live.add(shown + ":" + line);
                }
                continue;
            }
            if (generatedScript == null) {
                generatedScript = new GeneratedScript.Builder(shown, FLAVORS.get(target.engine()));
            }
            List<String> sql = new ArrayList<>();
            for (LiquibaseGeneration.Piece piece : cs.pieces()) {
                if (piece instanceof LiquibaseGeneration.GeneratedSql g) {
                    sql.addAll(g.statements());
                } else if (piece instanceof LiquibaseGeneration.Refused r) {
                    notes.add(refusal(target, cs, r, where));
                }
            }
            generatedScript.add(cs.name(), at, sql);
            if (at != null) {
                live.add(shown + ":" + at.line());
                changeSetAt.put(shown + ":" + at.line(), cs.name());
            }
        }
        flush(scripts, generatedScript, formattedFile, formattedRanges, texts, shownBase, base);
        generated.changelogPreconditions().forEach((file, described) -> notes.add(note(
                PipelineRules.LIQUIBASE_PRECONDITION_SKIPPED, Severity.INFO,
                new Location.Element(shown(file, base, shownBase), "databaseChangeLog"),
                "changelog preconditions not evaluated (" + described + "); linted as if they hold", Map.of(),
                "Nothing to do if the changelog is meant to run; check the preconditions by hand otherwise.",
                "liquibase:changelog")));

        LintOptions single = options.withTargets(Targets.of(target));
        LintReport report = new Linter(registry, single, null).lint(() -> scripts);
        return new Run(target, report, notes, live, changeSetAt);
    }

    /** Ends the current script: generated SQL, or a formatted SQL file with only these changesets left in. */
    private void flush(List<Script> scripts, GeneratedScript.Builder generated, Path formattedFile,
                       List<ChangeSetPositions.At> ranges, Map<Path, SourceFile> texts, Path shownBase, Path base)
            throws SourceException {
        if (generated != null && !generated.isEmpty()) {
            scripts.add(generated.build());
        }
        if (formattedFile != null && !ranges.isEmpty()) {
            String text = text(texts, formattedFile).text();
            char[] masked = text.toCharArray();
            boolean[] keep = new boolean[masked.length];
            for (ChangeSetPositions.At at : ranges) {
                java.util.Arrays.fill(keep, at.start(), at.end(), true);
            }
            for (int i = 0; i < masked.length; i++) {
                // other engines' changesets become blanks: offsets, lines and columns stay those of the file
                if (!keep[i] && masked[i] != '\n' && masked[i] != '\r') {
                    masked[i] = ' ';
                }
            }
            SourceFile file = SourceFile.of(Path.of(shown(formattedFile, base, shownBase)), new String(masked));
            scripts.add(new SqlScript(options.flavor() == null ? file : file.withFlavor(options.flavor())));
        }
    }

    private static SourceFile text(Map<Path, SourceFile> texts, Path file) throws SourceException {
        SourceFile f = texts.get(file);
        if (f == null) {
            f = SourceFile.read(file);
            texts.put(file, f);
        }
        return f;
    }

    /**
     * A changelog file as reports name it: under the main changelog's folder, that folder as the user gave it plus
     * the rest; else relative to the working directory when under it; else absolute.
     */
    static String shown(Path file, Path base, Path shownBase) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(base)) {
            Path rel = base.relativize(abs);
            return (shownBase == null ? rel : shownBase.resolve(rel)).toString();
        }
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    private Finding refusal(Target target, LiquibaseGeneration.ChangeSetRun cs, LiquibaseGeneration.Refused r,
                            Location where) {
        String engine = target.engine().shortName();
        if (r.validation()) {
            return note(PipelineRules.LIQUIBASE_CHANGE_REFUSED, null, where, "changeset " + cs.name() + ": Liquibase "
                            + "refuses " + r.change() + " on " + engine + ": " + r.message(),
                    Map.of(target.engine(), Effect.REJECTED), "Give " + engine + " its own changeset (dbms: "
                            + target.engine().id() + ") with a change it supports, or leave it out there with "
                            + "dbms=\"!" + target.engine().id() + "\".",
                    "liquibase:" + cs.name() + ":" + r.change());
        }
        return note(PipelineRules.LIQUIBASE_CHANGE_REFUSED, Severity.WARNING, where, "changeset " + cs.name()
                        + ": Liquibase cannot generate the SQL of " + r.change() + " for " + engine
                        + " offline, so it was not checked there: " + r.message(), Map.of(),
                "Check this change on " + engine + " by hand, or write it as <sql> for that engine.",
                "liquibase:" + cs.name() + ":" + r.change());
    }

    /** A finding of the changelog itself; {@code severity} null for the rule's own. */
    private Finding note(String rule, Severity severity, Location where, String message, Map<Engine, Effect> engines,
                         String fix, String fingerprint) {
        RuleDescriptor d = registry.descriptor(rule).orElseThrow();
        return new Finding(rule, severity == null ? d.severity() : severity, where, message, engines, fix,
                d.docsUrl(), fingerprint);
    }

    /**
     * One report from the targets' runs: a finding made by several runs once, with their engines together; an
     * unused suppression only if every run that linted its line found it unused; notes under the options' severities.
     */
    private LintReport merge(List<Run> runs, String changelog) {
        Map<List<Object>, Finding> merged = new LinkedHashMap<>();
        Map<List<Object>, Set<Engine>> reportedBy = new HashMap<>();
        List<String> sources = new ArrayList<>();
        int statements = 0;
        int analysed = 0;
        int unparsed = 0;
        for (Run run : runs) {
            for (String s : run.report().sources()) {
                if (!sources.contains(s)) {
                    sources.add(s);
                }
            }
            statements += run.report().summary().statements();
            analysed += run.report().summary().analysed();
            unparsed += run.report().summary().unparsed();
            List<Finding> all = new ArrayList<>(run.report().findings());
            for (Finding note : run.notes()) {
                if (options.disabledRules().contains(note.rule())) {
                    continue;
                }
                Severity override = options.severityOverrides().get(note.rule());
                all.add(override == null ? note : note.withSeverity(override));
            }
            for (Finding f : all) {
                String name = run.changeSetAt().get(f.file() + ":" + f.line());
                if (name != null && f.location() instanceof Location.FileRange && !f.message().contains(name)) {
                    f = new Finding(f.rule(), f.severity(), f.location(), f.message() + " (changeset " + name + ")",
                            f.engines(), f.fix(), f.docs(), f.fingerprint());
                }
                if (!sources.contains(f.file())) {
                    sources.add(f.file());
                }
                List<Object> key = java.util.Arrays.asList(f.rule(), f.location(), f.message(), f.fingerprint());
                reportedBy.computeIfAbsent(key, k -> java.util.EnumSet.noneOf(Engine.class)).add(run.target().engine());
                merged.merge(key, f, ChangelogLint::union);
            }
        }
        if (!sources.contains(changelog)) {
            sources.add(changelog); // linted, though no changeset of its own ran: a clean result, not "nothing found"
        }
        List<Finding> findings = new ArrayList<>();
        merged.forEach((key, found) -> {
            Finding f = found;
            Set<Engine> by = reportedBy.get(key);
            if (f.rule().equals(PipelineRules.UNUSED_SUPPRESSION)) {
                String line = f.file() + ":" + f.line();
                long liveIn = runs.stream().filter(r -> r.liveLines().contains(line)).count();
                if (by.size() < liveIn) {
                    return; // another engine's run used it
                }
            }
            String at = f.file() + ":" + f.line();
            if (f.engines().isEmpty() && by.size() < runs.size() && f.location() instanceof Location.FileRange
                    && runs.stream().anyMatch(r -> r.changeSetAt().containsKey(at))) {
                // found in the SQL generated for some engines only: say which
                f = new Finding(f.rule(), f.severity(), f.location(), f.message() + " (in the SQL for "
                        + String.join(", ", by.stream().map(Engine::shortName).toList()) + ")", f.engines(), f.fix(),
                        f.docs(), f.fingerprint());
            }
            findings.add(f);
        });
        findings.sort(Comparator.<Finding>comparingInt(f -> sources.indexOf(f.file())).thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column).thenComparing(Finding::rule));
        LintReport.Summary summary = new LintReport.Summary(sources.size(), statements, analysed, unparsed,
                findings.size());
        return new LintReport(options.targets(), summary, findings, registry, sources);
    }

    private static Finding union(Finding a, Finding b) {
        Map<Engine, Effect> engines = new EnumMap<>(Engine.class);
        engines.putAll(a.engines());
        engines.putAll(b.engines());
        Severity severity = b.severity().atLeast(a.severity()) ? b.severity() : a.severity();
        return new Finding(a.rule(), severity, a.location(), a.message(), engines, a.fix(), a.docs(), a.fingerprint());
    }
}
