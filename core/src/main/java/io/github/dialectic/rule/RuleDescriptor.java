package io.github.dialectic.rule;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule's metadata read from its {@link RuleInfo}, plus where its documentation lives. {@code reads}: what the rule
 * reads beyond its statement (empty for the pipeline's own kinds, which are no rules).
 */
public record RuleDescriptor(String id, String title, Category category, Severity severity, String summary,
                             List<Claim> claims, Set<Reads> reads) {

    /** Rule pages live in the repository, one Markdown page per rule id. */
    public static final String DOCS_BASE = "https://github.com/dialectic/dialectic/blob/main/docs/rules/";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** The id must be kebab-case. */
    public RuleDescriptor {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' is not kebab-case");
        }
        claims = List.copyOf(claims);
        reads = reads.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(reads));
    }

    /** A descriptor of something that reads only its statement (a pipeline kind, a test's rule). */
    public RuleDescriptor(String id, String title, Category category, Severity severity, String summary,
                          List<Claim> claims) {
        this(id, title, category, severity, summary, claims, Set.of());
    }

    /** Whether the rule declared that it reads {@code what}. */
    public boolean reads(Reads what) {
        return reads.contains(what);
    }

    /** The descriptor a rule class declares in its {@link RuleInfo}. */
    public static RuleDescriptor of(Class<?> ruleClass) {
        RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalArgumentException(ruleClass.getName() + " has no @RuleInfo");
        }
        return new RuleDescriptor(info.id(), info.title(), info.category(), info.severity(), info.summary(),
                Arrays.stream(info.effects()).map(Claim::of).toList(),
                info.reads().length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(info.reads())));
    }

    /** The rule's documentation page: {@code docs/rules/<id>.md} in the repository. */
    public String docsUrl() {
        return DOCS_BASE + id + ".md";
    }
}
