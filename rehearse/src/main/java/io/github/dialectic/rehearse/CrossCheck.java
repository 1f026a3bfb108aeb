package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.engine.Version;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.finding.Suppressions;
import io.github.dialectic.lint.Fingerprint;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.PipelineRules;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.Location;
import io.github.dialectic.source.Script;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlStatement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engines check the rules: a statement an engine refused that no rule says that engine rejects is a lint gap
 * ({@value #ENGINE_REJECTED}); a statement a reported finding says the engine rejects, which the engine took, is a
 * false alarm ({@value #ENGINE_ACCEPTED}). Only runs on empty tables count (with synthetic rows a refusal may be the
 * data's).
 *
 * <p>Both are findings like any other: {@code -- dialectic:ignore engine-rejected@postgresql} on the statement takes
 * one out (without {@code @engine}: for every engine), {@code --disable} and {@code --severity} apply, and their
 * fingerprint is the statement's and the engine's, so a baseline keeps them across edits elsewhere. A gap is judged
 * against every rule's claim, suppressed or not (a suppressed finding still said the engine rejects the statement); a
 * false alarm only against the findings the user still sees.
 */
public final class CrossCheck {

    public static final String ENGINE_REJECTED = PipelineRules.ENGINE_REJECTED;
    public static final String ENGINE_ACCEPTED = PipelineRules.ENGINE_ACCEPTED;

    /** What a suppression comment becomes in the lint of every claim: the same length, so every offset holds. */
    private static final String SUPPRESSION = "dialectic:ignore";
    private static final String MASKED = "dialectic_ignore";

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

    private CrossCheck() {
    }

    /** The lint target that stands for what ran: the engine at the version the server reported, where covered. */
    public static Target target(Engine engine, String productVersion) {
        Matcher m = VERSION.matcher(productVersion == null ? "" : productVersion);
        if (m.find()) {
            Version v = Version.parse(m.group(1) + "." + m.group(2));
            if (engine.covers(v)) {
                return new Target(engine, v);
            }
            Version major = Version.parse(m.group(1));
            if (engine.covers(major)) {
                return new Target(engine, major);
            }
        }
        return Target.latest(engine);
    }

    /**
     * Lints {@code scripts} for the engines and versions that ran (on empty tables) and checks what the rules said
     * against what the engines did; {@code options} give the rules' configuration (their targets are replaced).
     */
    public static List<Finding> check(RuleRegistry registry, LintOptions options, List<Script> scripts,
                                      List<EngineRun> runs) {
        return check(registry, options, List.of(new Rehearsed(scripts, runs)));
    }

    /** Scripts and their runs: with a folder per engine, one engine's set and its runs. */
    public record Rehearsed(List<Script> scripts, List<EngineRun> runs) {
        public Rehearsed {
            scripts = List.copyOf(scripts);
            runs = List.copyOf(runs);
        }
    }

    /**
     * As {@link #check(RuleRegistry, LintOptions, List, List)}, for sets of scripts each rehearsed on its own engines;
     * a suppression in a file several sets share is unused only if no set's findings used it.
     */
    public static List<Finding> check(RuleRegistry registry, LintOptions options, List<Rehearsed> rehearsed) {
        List<Judged> judged = new ArrayList<>();
        List<EngineRun> allEmpty = new ArrayList<>();
        Map<String, Script> scripts = new java.util.LinkedHashMap<>();
        for (Rehearsed set : rehearsed) {
            List<EngineRun> empty = set.runs().stream().filter(r -> r.rows() == 0).toList();
            judged.addAll(judge(registry, options, set.scripts(), empty));
            allEmpty.addAll(empty);
            set.scripts().forEach(s -> scripts.putIfAbsent(s.file().path().toString(), s));
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, Script> script : scripts.entrySet()) {
            List<Judged> here = judged.stream().filter(j -> j.finding().file().equals(script.getKey())).toList();
            out.addAll(unsuppressed(script.getValue(), here, allEmpty, registry, options.disabledRules()));
        }
        out.removeIf(f -> options.disabledRules().contains(f.rule()));
        out.replaceAll(f -> {
            Severity override = options.severityOverrides().get(f.rule());
            return override == null ? f : f.withSeverity(override);
        });
        out.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparing(Finding::rule));
        return out;
    }

    /** One set's gaps and false alarms, before suppressions: the rules' claims and findings against its runs. */
    private static List<Judged> judge(RuleRegistry registry, LintOptions options, List<Script> scripts,
                                      List<EngineRun> empty) {
        List<Finding> claims = new ArrayList<>();
        List<Finding> reported = new ArrayList<>();
        // one lint per batch of targets, an engine at most once in each (a server and the embedded PostgreSQL may differ)
        for (Set<Target> batch : batches(empty)) {
            LintOptions forBatch = options.withTargets(Targets.of(batch));
            try {
                claims.addAll(new Linter(registry, forBatch.withDisabled(Set.of()))
                        .lint(() -> scripts.stream().map(CrossCheck::unsuppressed).toList()).findings());
                reported.addAll(new Linter(registry, forBatch).lint(() -> scripts).findings());
            } catch (SourceException e) { // the scripts are read already, and the lint starts from an empty schema
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        Map<Location.FileRange, String> texts = new java.util.HashMap<>();
        for (Script script : scripts) {
            for (SqlStatement st : script.statements()) {
                texts.put(statementAt(script.file().path().toString(), st), st.text());
            }
        }
        return judge(claims, reported, empty, texts);
    }

    /** A cross-check finding with the engine and the statement it is about (for suppressions). */
    private record Judged(Finding finding, Engine engine, int statementLine) {
    }

    private static List<Set<Target>> batches(List<EngineRun> runs) {
        List<Set<Target>> batches = new ArrayList<>();
        for (EngineRun r : runs) {
            Target t = target(r.engine(), r.productVersion());
            Optional<Set<Target>> fits = batches.stream().filter(b -> b.contains(t)
                    || b.stream().noneMatch(o -> o.engine() == t.engine())).findFirst();
            fits.orElseGet(() -> {
                Set<Target> b = new LinkedHashSet<>();
                batches.add(b);
                return b;
            }).add(t);
        }
        return batches;
    }

    /** Where a statement is, as a rehearsal step names it. */
    static Location.FileRange statementAt(String file, SqlStatement st) {
        return new Location.FileRange(file, st.line(), st.column(), st.endLine(), st.endColumn());
    }

    private static List<Judged> judge(List<Finding> claims, List<Finding> reported, List<EngineRun> runs,
                                      Map<Location.FileRange, String> texts) {
        List<Judged> out = new ArrayList<>();
        for (EngineRun run : runs) {
            Engine engine = run.engine();
            String who = who(run);
            for (StepResult step : run.steps()) {
                for (StepResult.StatementRun st : step.statements()) {
                    if (!st.accepted() && rejections(claims, engine, st.location()).isEmpty()) {
                        out.add(new Judged(finding(ENGINE_REJECTED, Severity.ERROR, st.location(), who
                                + " rejected this statement, and no rule said it would: " + step.error().describe(),
                                Map.of(engine, Effect.REJECTED), "Change the statement so " + engine.displayName()
                                        + " takes it (its message above says why); and tell Dialectic's maintainers, "
                                        + "whose rules missed it.", engine, texts.getOrDefault(st.location(), st.location().toString())),
                                engine, st.location().line()));
                    } else if (st.accepted()) {
                        for (Finding f : rejections(reported, engine, st.location())) {
                            out.add(new Judged(finding(ENGINE_ACCEPTED, Severity.WARNING, f.location(), who
                                    + " accepted this statement, which [" + f.rule() + "] says it rejects: a false "
                                    + "alarm for this version", Map.of(), "Check the rule's claim for "
                                    + engine.displayName() + "; suppress it here if the migration only runs on this "
                                    + "version.", engine, f.rule() + " " + f.fingerprint()), engine,
                                    st.location().line()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The engine and version that ran, as messages name it: {@code SQLite 3.54.1}. */
    private static String who(EngineRun run) {
        return run.engine().displayName() + " " + run.productVersion().split("[\\s-]")[0];
    }

    private static List<Finding> rejections(List<Finding> findings, Engine engine, Location.FileRange statement) {
        return findings.stream().filter(f -> f.engines().get(engine) == Effect.REJECTED && within(f, statement)).toList();
    }

    private static boolean within(Finding f, Location.FileRange statement) {
        return f.location() instanceof Location.FileRange r && r.source().equals(statement.source())
                && r.line() >= statement.line() && r.line() <= statement.endLine();
    }

    /**
     * The findings no suppression comment of the script takes out: {@code engine-rejected} (any engine) or
     * {@code engine-rejected@sqlite} on the statement or for the file. Then, as the lint reports its own, each
     * suppression of a rehearsal's rule that took out nothing is {@code unused-suppression}; but only where an engine
     * it covers ran what it governs: one for an engine that did not run (or not that far) was never tested.
     */
    private static List<Finding> unsuppressed(Script script, List<Judged> judged, List<EngineRun> runs,
                                              RuleRegistry registry, Set<String> disabled) {
        if (!script.file().text().contains(SUPPRESSION)) {
            return judged.stream().map(Judged::finding).toList();
        }
        List<Suppressions.Directive> directives = Suppressions.scan(script.file()).directives();
        List<SqlStatement> statements = script.statements();
        Set<String> used = new HashSet<>(); // directive index ":" rule id index
        List<Finding> kept = new ArrayList<>();
        for (Judged j : judged) {
            boolean suppressed = false;
            for (int n = 0; n < directives.size(); n++) {
                Suppressions.Directive d = directives.get(n);
                if (!d.wholeFile() && statementLine(statements, d.line()) != j.statementLine()) {
                    continue;
                }
                for (int i = 0; i < d.ruleIds().size(); i++) {
                    if (d.ruleIds().get(i).equals(j.finding().rule())
                            && (d.engineName(i) == null || d.engine(i).orElse(null) == j.engine())) {
                        suppressed = true;
                        used.add(n + ":" + i);
                    }
                }
            }
            if (!suppressed) {
                kept.add(j.finding());
            }
        }
        for (int n = 0; n < directives.size(); n++) {
            Suppressions.Directive d = directives.get(n);
            for (int i = 0; i < d.ruleIds().size(); i++) {
                String id = d.ruleIds().get(i);
                // an unknown engine is the lint's unknown-suppression
                if (PipelineRules.fromRehearsal(id) && !used.contains(n + ":" + i) && !disabled.contains(id)
                        && (d.engineName(i) == null || d.engine(i).isPresent())) {
                    List<String> tested = ranGoverned(script, statements, d, d.engine(i).orElse(null), runs);
                    if (!tested.isEmpty()) {
                        kept.add(unused(registry, script, d, i, tested));
                    }
                }
            }
        }
        return kept;
    }

    /**
     * The engines ({@code SQLite 3.54.1}) among {@code only} (null: any) that ran what {@code d} governs: the
     * statement it precedes, or every statement of the file (a whole-file one, or one that governs no statement).
     */
    private static List<String> ranGoverned(Script script, List<SqlStatement> statements, Suppressions.Directive d,
                                            Engine only, List<EngineRun> runs) {
        String file = script.file().path().toString();
        int governed = d.wholeFile() ? -1 : statementLine(statements, d.line());
        Set<Integer> lines = new HashSet<>();
        for (SqlStatement st : statements) {
            if (governed < 0 || st.line() == governed) {
                lines.add(st.line());
            }
        }
        Set<String> engines = new LinkedHashSet<>();
        for (EngineRun run : runs) {
            if (only != null && run.engine() != only || lines.isEmpty()) {
                continue;
            }
            Set<Integer> ran = new HashSet<>();
            for (StepResult step : run.steps()) {
                for (StepResult.StatementRun st : step.statements()) {
                    if (st.location().source().equals(file)) {
                        ran.add(st.location().line());
                    }
                }
            }
            if (ran.containsAll(lines)) {
                engines.add(who(run));
            }
        }
        return List.copyOf(engines);
    }

    /** The lint's {@code unused-suppression}, at the rule id as written, naming the engines that tested it. */
    private static Finding unused(RuleRegistry registry, Script script, Suppressions.Directive d, int i,
                                  List<String> tested) {
        String written = d.engineName(i) == null ? d.ruleIds().get(i) : d.ruleIds().get(i) + "@" + d.engineName(i);
        RuleDescriptor rule = registry.descriptor(PipelineRules.UNUSED_SUPPRESSION).orElseThrow();
        return new Finding(rule.id(), rule.severity(), script.locate(d.idOffset(i), d.idOffset(i) + written.length()),
                "suppression of '" + written + "' matched no finding " + (d.wholeFile() ? "in this file"
                        : "on the statement it precedes") + ", which " + String.join(" and ", tested) + " ran",
                Map.of(), PipelineRules.UNUSED_SUPPRESSION_FIX, rule.docsUrl(), "");
    }

    /** The start line of the statement a line directive governs (as the linter settles it), or -1. */
    private static int statementLine(List<SqlStatement> statements, int directiveLine) {
        for (SqlStatement st : statements) {
            if (st.endLine() >= directiveLine) {
                return st.line() <= directiveLine + 1 ? st.line() : -1;
            }
        }
        return -1;
    }

    /** The script with its suppression comments made plain comments: a lint of it reports every rule's claim. */
    private static Script unsuppressed(Script script) {
        SourceFile file = script.file();
        if (!file.text().contains(SUPPRESSION)) {
            return script;
        }
        SourceFile masked = SourceFile.of(file.path(), file.text().replace(SUPPRESSION, MASKED)).withFlavor(file.flavor());
        return new Script() {
            @Override
            public SourceFile file() {
                return masked;
            }

            @Override
            public List<SqlStatement> statements() {
                return script.statements();
            }

            @Override
            public io.github.dialectic.source.ScriptTransaction transaction() {
                return script.transaction();
            }
        };
    }

    /** {@code identity}: what the fingerprint is made of besides the engine (a statement's text, a finding's). */
    private static Finding finding(String rule, Severity severity, Location location, String message,
                                   Map<Engine, Effect> engines, String fix, Engine engine, String identity) {
        return new Finding(rule, severity, location, message, engines, fix, RuleDescriptor.DOCS_BASE + rule + ".md",
                Fingerprint.of(engine.id() + " " + identity));
    }
}
