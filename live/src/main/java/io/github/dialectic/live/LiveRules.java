package io.github.dialectic.live;

import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.RuleCatalog;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * What a check against a live database reports besides the rules' findings: data that would make a pending
 * migration fail, and applied migrations edited since. They have ids, severities and doc pages like rules.
 */
final class LiveRules {

    static final String DATA_PRECHECK = "data-precheck";
    static final String MIGRATION_EDITED = "migration-edited";

    static final List<RuleDescriptor> DESCRIPTORS = List.of(
            new RuleDescriptor(DATA_PRECHECK, "Live rows would make a pending migration fail", Category.PIPELINE,
                    Severity.ERROR, "A pending statement tightens the schema (NOT NULL, UNIQUE or PRIMARY KEY, FOREIGN "
                    + "KEY, a narrower type, CHECK) and rows in the live database violate it: the migration would "
                    + "fail there. The finding counts them, shows up to 5 keys and the SQL that finds them.", List.of()),
            new RuleDescriptor(MIGRATION_EDITED, "Applied migration was edited", Category.PIPELINE, Severity.ERROR,
                    "The database applied this migration with another checksum: the file changed after it ran, so "
                    + "the database does not have what the file says (and Flyway's validate fails).", List.of()));

    private LiveRules() {
    }

    /** The run's catalogue plus the live kinds, for reporters. */
    static RuleCatalog with(RuleCatalog base) {
        List<RuleDescriptor> all = new ArrayList<>(base.descriptors());
        all.addAll(DESCRIPTORS);
        return RuleCatalog.of(all);
    }
}
