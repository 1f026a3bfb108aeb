package io.github.dialectic.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The tables of a {@link Schema} by a key (an index name, a foreign key's name, a parent table), so that a question
 * about the whole schema costs what its answer holds, not a walk over every table. The replay adds a table under a key
 * when it gives the table something with that key; it does not report removals (a dropped index, column or table):
 * a question checks each candidate against the schema as it stands and forgets those that no longer hold.
 */
final class NameIndex {
    private final Schema schema;
    private final Map<String, Set<Table>> candidates = new HashMap<>();

    NameIndex(Schema schema) {
        this.schema = schema;
    }

    void add(String key, Table table) {
        candidates.computeIfAbsent(key, k -> new LinkedHashSet<>(2)).add(table);
    }

    /** The schema's tables under this key for which {@code has} holds now, in schema order. */
    List<Table> tables(String key, Predicate<Table> has) {
        Set<Table> found = candidates.get(key);
        if (found == null) {
            return List.of();
        }
        found.removeIf(t -> !schema.holds(t) || !has.test(t));
        if (found.isEmpty()) {
            candidates.remove(key);
            return List.of();
        }
        List<Table> owners = new ArrayList<>(found);
        if (owners.size() > 1) {
            owners.sort(Comparator.comparingLong(Table::order));
        }
        return owners;
    }
}
