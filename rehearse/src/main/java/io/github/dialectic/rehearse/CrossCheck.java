package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Version;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.RuleCatalog;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.Location;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engines check the rules: a statement an engine refused that no rule reported as rejected by that engine is a
 * lint gap ({@value #ENGINE_REJECTED}); a statement a rule said the engine rejects, which the engine took, is a false
 * alarm ({@value #ENGINE_ACCEPTED}). Only runs on empty tables count (with synthetic rows a refusal may be the data's).
 */
public final class CrossCheck {

    public static final String ENGINE_REJECTED = "engine-rejected";
    public static final String ENGINE_ACCEPTED = "engine-accepted";

    public static final List<RuleDescriptor> DESCRIPTORS = List.of(
            new RuleDescriptor(ENGINE_REJECTED, "An engine rejected a statement no rule flagged", Category.PIPELINE,
                    Severity.ERROR, "Rehearsed on a real engine, this statement failed, and no rule reported that the "
                    + "engine rejects it: the engine's own message says why. A gap in Dialectic's rules, found by your "
                    + "migrations.", List.of()),
            new RuleDescriptor(ENGINE_ACCEPTED, "An engine accepted a statement a rule said it rejects",
                    Category.PIPELINE, Severity.WARNING, "Rehearsed on a real engine, this statement ran, although a "
                    + "rule reported that the engine rejects it: a false alarm of that rule for the engine's version.",
                    List.of()));

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

    /** Lint gaps and false alarms of {@code staticFindings} (a lint for the rehearsed engines) against {@code runs}. */
    public static List<Finding> findings(List<Finding> staticFindings, List<EngineRun> runs) {
        List<Finding> out = new ArrayList<>();
        for (EngineRun run : runs) {
            if (run.rows() > 0) {
                continue;
            }
            Engine engine = run.engine();
            String who = engine.displayName() + " " + run.productVersion().split("[\\s-]")[0];
            for (StepResult step : run.steps()) {
                for (StepResult.StatementRun st : step.statements()) {
                    List<Finding> rejections = staticFindings.stream()
                            .filter(f -> f.engines().get(engine) == Effect.REJECTED && within(f, st.location())).toList();
                    if (!st.accepted() && rejections.isEmpty()) {
                        StepResult.EngineError e = step.error();
                        out.add(finding(ENGINE_REJECTED, Severity.ERROR, st.location(), who + " rejected this statement, "
                                + "and no rule said it would: " + e.describe(), Map.of(engine, Effect.REJECTED),
                                "Change the statement so " + engine.displayName() + " takes it (its message above "
                                        + "says why); and tell Dialectic's maintainers, whose rules missed it."));
                    } else if (st.accepted()) {
                        for (Finding f : rejections) {
                            out.add(finding(ENGINE_ACCEPTED, Severity.WARNING, f.location(), who + " accepted this "
                                    + "statement, which [" + f.rule() + "] says it rejects: a false alarm for this "
                                    + "version", Map.of(), "Check the rule's claim for " + engine.displayName()
                                    + "; suppress it here if the migration only runs on this version."));
                        }
                    }
                }
            }
        }
        out.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparing(Finding::rule));
        return out;
    }

    private static boolean within(Finding f, Location.FileRange statement) {
        return f.location() instanceof Location.FileRange r && r.source().equals(statement.source())
                && r.line() >= statement.line() && r.line() <= statement.endLine();
    }

    private static Finding finding(String rule, Severity severity, Location location, String message,
                                   Map<Engine, Effect> engines, String fix) {
        return new Finding(rule, severity, location, message, engines, fix, RuleDescriptor.DOCS_BASE + rule + ".md",
                Integer.toHexString((rule + location + message).hashCode()));
    }

    /** {@code base} plus the two cross-check kinds, for reporters. */
    public static RuleCatalog with(RuleCatalog base) {
        List<RuleDescriptor> all = new ArrayList<>(base.descriptors());
        for (RuleDescriptor d : DESCRIPTORS) {
            if (base.descriptor(d.id()).isEmpty()) {
                all.add(d);
            }
        }
        all.sort(Comparator.comparing(RuleDescriptor::id));
        List<RuleDescriptor> sorted = List.copyOf(all);
        return new RuleCatalog() {
            @Override
            public List<RuleDescriptor> descriptors() {
                return sorted;
            }

            @Override
            public Optional<RuleDescriptor> descriptor(String id) {
                return sorted.stream().filter(d -> d.id().equals(id)).findFirst();
            }
        };
    }
}
