package io.github.dialectic.rules.support;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.rule.RuleContext;

import java.util.List;

/** Small helpers for rules that report the engines whose profiles a construct exceeds. */
public final class Profiles {
    private Profiles() {
    }

    /** The engines of some profiles, in order (for {@code FindingBuilder.only}). */
    public static Engine[] engines(List<EngineProfile> profiles) {
        // loops, not streams, here and below: every finding of a run passes through these, most of them cold
        Engine[] out = new Engine[profiles.size()];
        int n = 0;
        for (EngineProfile p : profiles) {
            Engine e = p.engine();
            boolean seen = false;
            for (int k = 0; k < n && !seen; k++) {
                seen = out[k] == e;
            }
            if (!seen) {
                out[n++] = e;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** The targeted engines whose profile supports {@code feature} (for {@code FindingBuilder.only}). */
    public static Engine[] supporting(RuleContext ctx, Feature feature) {
        return engines(withFeature(ctx, feature, true));
    }

    /** The targeted engines whose profile lacks {@code feature}. */
    public static Engine[] lacking(RuleContext ctx, Feature feature) {
        return engines(withFeature(ctx, feature, false));
    }

    private static List<EngineProfile> withFeature(RuleContext ctx, Feature feature, boolean supported) {
        List<EngineProfile> out = new java.util.ArrayList<>();
        for (EngineProfile p : ctx.profiles()) {
            if (p.supports(feature) == supported) {
                out.add(p);
            }
        }
        return out;
    }

    /** "MySQL/MariaDB" for some profiles (short names), joined with {@code separator}. */
    public static String names(List<EngineProfile> profiles, String separator) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < profiles.size(); k++) {
            out.append(k == 0 ? "" : separator).append(profiles.get(k).engine().shortName());
        }
        return out.toString();
    }

    /** "MySQL", "MySQL and MariaDB", "MySQL, MariaDB and Db2" (short names); empty for no profiles. */
    public static String sentence(List<EngineProfile> profiles) {
        int n = profiles.size();
        return n == 0 ? "" : n == 1 ? names(profiles, "")
                : names(profiles.subList(0, n - 1), ", ") + " and " + profiles.get(n - 1).engine().shortName();
    }
}
