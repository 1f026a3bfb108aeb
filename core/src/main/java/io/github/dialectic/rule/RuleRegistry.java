package io.github.dialectic.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The rules of a run: those found through {@link ServiceLoader} (the rules module) plus any given directly.
 * Ids must be unique; metadata is read once here.
 */
public final class RuleRegistry {

    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Map<String, RuleDescriptor> descriptors = new TreeMap<>();

    private RuleRegistry(List<Rule> ruleList, List<RuleDescriptor> extraDescriptors) {
        for (Rule r : ruleList) {
            RuleDescriptor d = RuleDescriptor.of(r.getClass());
            if (descriptors.containsKey(d.id())) {
                throw new IllegalStateException("two rules share the id '" + d.id() + "': "
                        + rules.get(d.id()).getClass().getName() + " and " + r.getClass().getName());
            }
            rules.put(d.id(), r);
            descriptors.put(d.id(), d);
        }
        for (RuleDescriptor d : extraDescriptors) {
            if (descriptors.putIfAbsent(d.id(), d) != null) {
                throw new IllegalStateException("rule id '" + d.id() + "' is reserved by Dialectic itself");
            }
        }
    }

    /** Every rule on the class path, plus the pipeline's own finding kinds. */
    public static RuleRegistry load() {
        return load(RuleRegistry.class.getClassLoader());
    }

    public static RuleRegistry load(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(found::add);
        return new RuleRegistry(found, PipelineRules.DESCRIPTORS);
    }

    /** Exactly these rules (for tests and embedding), plus the pipeline's own finding kinds. */
    public static RuleRegistry of(Rule... ruleList) {
        return new RuleRegistry(List.of(ruleList), PipelineRules.DESCRIPTORS);
    }

    public Map<String, Rule> rules() {
        return Collections.unmodifiableMap(rules);
    }

    /** Every rule id with its metadata, sorted by id, pipeline kinds included. */
    public List<RuleDescriptor> descriptors() {
        return List.copyOf(descriptors.values());
    }

    public Optional<RuleDescriptor> descriptor(String id) {
        return Optional.ofNullable(descriptors.get(id));
    }

    public boolean knows(String id) {
        return descriptors.containsKey(id);
    }

    public String knownIds() {
        return String.join(", ", descriptors.keySet());
    }
}
