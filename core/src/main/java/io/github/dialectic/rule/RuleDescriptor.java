package io.github.dialectic.rule;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** A rule's metadata read from its {@link RuleInfo}, plus where its documentation lives. */
public record RuleDescriptor(String id, String title, Category category, Severity severity, String summary,
                             List<Claim> claims) {

    /** Rule pages live in the repository, one Markdown page per rule id. */
    public static final String DOCS_BASE = "https://github.com/dialectic/dialectic/blob/main/docs/rules/";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleDescriptor {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' is not kebab-case");
        }
        claims = List.copyOf(claims);
    }

    public static RuleDescriptor of(Class<?> ruleClass) {
        RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalArgumentException(ruleClass.getName() + " has no @RuleInfo");
        }
        return new RuleDescriptor(info.id(), info.title(), info.category(), info.severity(), info.summary(),
                Arrays.stream(info.effects()).map(Claim::of).toList());
    }

    public String docsUrl() {
        return DOCS_BASE + id + ".md";
    }
}
