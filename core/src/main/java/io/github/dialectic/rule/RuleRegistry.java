package io.github.dialectic.rule;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
public final class RuleRegistry implements RuleCatalog {

    private static final String SERVICES = "META-INF/services/" + Rule.class.getName();

    /** Where ServiceLoader looks, or null when the rules were given. */
    private final ClassLoader loader;
    private final List<Rule> given;
    private final List<RuleDescriptor> extraDescriptors;
    private volatile Loaded loaded;

    /** Rules are found and their metadata read on first use, so a run answered from a cache never loads them. */
    private record Loaded(Map<String, Rule> rules, Map<String, RuleDescriptor> descriptors) {
    }

    private RuleRegistry(ClassLoader loader, List<Rule> given, List<RuleDescriptor> extraDescriptors) {
        this.loader = loader;
        this.given = given;
        this.extraDescriptors = extraDescriptors;
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    List<Rule> ruleList = given;
                    if (loader != null) {
                        List<Rule> found = new ArrayList<>();
                        ServiceLoader.load(Rule.class, loader).forEach(found::add);
                        ruleList = found;
                    }
                    l = index(ruleList, extraDescriptors);
                    loaded = l;
                }
            }
        }
        return l;
    }

    private static Loaded index(List<Rule> ruleList, List<RuleDescriptor> extraDescriptors) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Map<String, RuleDescriptor> descriptors = new TreeMap<>();
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
        return new Loaded(rules, descriptors);
    }

    /** Every rule on the class path, plus the pipeline's own finding kinds. */
    public static RuleRegistry load() {
        return load(RuleRegistry.class.getClassLoader());
    }

    public static RuleRegistry load(ClassLoader loader) {
        return new RuleRegistry(loader, List.of(), PipelineRules.DESCRIPTORS);
    }

    /** Exactly these rules (for tests and embedding), plus the pipeline's own finding kinds. */
    public static RuleRegistry of(Rule... ruleList) {
        RuleRegistry registry = new RuleRegistry(null, List.of(ruleList), PipelineRules.DESCRIPTORS);
        registry.loaded(); // given rules are checked at once
        return registry;
    }

    /**
     * The class loader the rule classes come from and their names, read from the ServiceLoader provider files
     * without loading a rule: what a cache of results must be keyed by.
     */
    public ClassLoader ruleClassLoader() {
        return loader != null ? loader : given.isEmpty() ? RuleRegistry.class.getClassLoader()
                : given.get(0).getClass().getClassLoader();
    }

    /** The ServiceLoader provider files that name the rules (none when the rules were given). */
    public List<URL> providerFiles() throws IOException {
        return loader == null ? List.of() : Collections.list(loader.getResources(SERVICES));
    }

    /** See {@link #ruleClassLoader()}; in provider-file order. */
    public List<String> ruleClassNames() throws IOException {
        if (loader == null) {
            return given.stream().map(r -> r.getClass().getName()).toList();
        }
        List<String> names = new ArrayList<>();
        for (URL url : Collections.list(loader.getResources(SERVICES))) {
            try (InputStream in = url.openStream()) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    int hash = line.indexOf('#');
                    String name = (hash >= 0 ? line.substring(0, hash) : line).trim();
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    public Map<String, Rule> rules() {
        return Collections.unmodifiableMap(loaded().rules());
    }

    /** Every rule id with its metadata, sorted by id, pipeline kinds included. */
    @Override
    public List<RuleDescriptor> descriptors() {
        return List.copyOf(loaded().descriptors().values());
    }

    @Override
    public Optional<RuleDescriptor> descriptor(String id) {
        return Optional.ofNullable(loaded().descriptors().get(id));
    }

    public boolean knows(String id) {
        return loaded().descriptors().containsKey(id);
    }

    public String knownIds() {
        return String.join(", ", loaded().descriptors().keySet());
    }

    /** Every rule id, sorted. */
    public java.util.Set<String> ids() {
        return Collections.unmodifiableSet(loaded().descriptors().keySet());
    }

    /** The error message for an id no rule has: the likely one if it looks like a typo, and what is known. */
    public String unknownRuleMessage(String id, String where) {
        return "unknown rule '" + id + "'" + (where.isEmpty() ? "" : " " + where)
                + io.github.dialectic.DidYouMean.hint(id, ids()) + "; known rules: " + knownIds();
    }
}
