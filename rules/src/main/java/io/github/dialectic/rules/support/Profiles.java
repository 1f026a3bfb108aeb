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
        return profiles.stream().map(EngineProfile::engine).distinct().toArray(Engine[]::new);
    }

    /** The targeted engines whose profile supports {@code feature} (for {@code FindingBuilder.only}). */
    public static Engine[] supporting(RuleContext ctx, Feature feature) {
        return engines(ctx.profiles().stream().filter(p -> p.supports(feature)).toList());
    }

    /** The targeted engines whose profile lacks {@code feature}. */
    public static Engine[] lacking(RuleContext ctx, Feature feature) {
        return engines(ctx.profiles().stream().filter(p -> !p.supports(feature)).toList());
    }

    /** "MySQL/MariaDB" for some profiles (short names), joined with {@code separator}. */
    public static String names(List<EngineProfile> profiles, String separator) {
        return String.join(separator, profiles.stream().map(p -> p.engine().shortName()).toList());
    }

    /** "MySQL", "MySQL and MariaDB", "MySQL, MariaDB and Db2" (short names); empty for no profiles. */
    public static String sentence(List<EngineProfile> profiles) {
        int n = profiles.size();
        return n == 0 ? "" : n == 1 ? names(profiles, "")
                : names(profiles.subList(0, n - 1), ", ") + " and " + profiles.get(n - 1).engine().shortName();
    }
}
