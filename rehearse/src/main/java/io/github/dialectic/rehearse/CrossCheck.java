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
        List<EngineRun> empty = runs.stream().filter(r -> r.rows() == 0).toList();
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
        List<Judged> judged = judge(claims, reported, empty, texts);
        List<Finding> out = new ArrayList<>();
        for (Script script : scripts) {
            String file = script.file().path().toString();
            List<Judged> here = judged.stream().filter(j -> j.finding().file().equals(file)).toList();
            if (!here.isEmpty()) {
                out.addAll(unsuppressed(script, here));
            }
        }
        out.removeIf(f -> options.disabledRules().contains(f.rule()));
        out.replaceAll(f -> {
            Severity override = options.severityOverrides().get(f.rule());
            return override == null ? f : f.withSeverity(override);
        });
        out.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparing(Finding::rule));
        return out;
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
            String who = engine.displayName() + " " + run.productVersion().split("[\\s-]")[0];
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

    private static List<Finding> rejections(List<Finding> findings, Engine engine, Location.FileRange statement) {
        return findings.stream().filter(f -> f.engines().get(engine) == Effect.REJECTED && within(f, statement)).toList();
    }

    private static boolean within(Finding f, Location.FileRange statement) {
        return f.location() instanceof Location.FileRange r && r.source().equals(statement.source())
                && r.line() >= statement.line() && r.line() <= statement.endLine();
    }

    /**
     * The findings no suppression comment of the script takes out: {@code engine-rejected} (any engine) or
     * {@code engine-rejected@sqlite} on the statement or for the file.
     */
    private static List<Finding> unsuppressed(Script script, List<Judged> judged) {
        Suppressions suppressions = Suppressions.scan(script.file());
        if (suppressions.directives().isEmpty()) {
            return judged.stream().map(Judged::finding).toList();
        }
        List<SqlStatement> statements = script.statements();
        List<Finding> kept = new ArrayList<>();
        for (Judged j : judged) {
            boolean suppressed = false;
            for (Suppressions.Directive d : suppressions.directives()) {
                if (!d.wholeFile() && statementLine(statements, d.line()) != j.statementLine()) {
                    continue;
                }
                for (int i = 0; i < d.ruleIds().size() && !suppressed; i++) {
                    suppressed = d.ruleIds().get(i).equals(j.finding().rule())
                            && (d.engineName(i) == null || d.engine(i).orElse(null) == j.engine());
                }
            }
            if (!suppressed) {
                kept.add(j.finding());
            }
        }
        return kept;
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
