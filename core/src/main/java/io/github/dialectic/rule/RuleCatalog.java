package io.github.dialectic.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The metadata of every rule a run knows (pipeline kinds included): what reporters show beside the findings. */
public interface RuleCatalog {

    /** Every rule's descriptor, sorted by id. */
    List<RuleDescriptor> descriptors();

    /** The descriptor of the rule with this id, if the run knows it. */
    Optional<RuleDescriptor> descriptor(String id);

    /** A catalogue of exactly these descriptors (for tests, and for reports put together by hand). */
    static RuleCatalog of(List<RuleDescriptor> descriptors) {
        List<RuleDescriptor> sorted = descriptors.stream().sorted(Comparator.comparing(RuleDescriptor::id)).toList();
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
