package io.github.dialectic.schema;

import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An engine-neutral schema: the tables a {@link SchemaSource} started from plus what the migrations did to them so far.
 * Tables are keyed by folded name; schema qualifiers are kept for messages but do not separate namespaces. Its public
 * methods only read: it is built with {@link SchemaBuilder} and changed by {@link SchemaReplay} alone, so a rule
 * holds a read-only view.
 */
public final class Schema {
    private final Map<String, Table> tables = new LinkedHashMap<>();
    /** Tables by lower-cased name, for case-insensitive questions; rebuilt on demand, null after a change. */
    private Map<String, List<Table>> byFoldedName;

    Schema() {
    }

    public Optional<Table> table(QualifiedName name) {
        return Optional.ofNullable(tables.get(name.key()));
    }

    public Optional<Table> table(String name) {
        return table(QualifiedName.of(name));
    }

    public Collection<Table> tables() {
        return Collections.unmodifiableCollection(tables.values());
    }

    /** Tables whose name equals this one ignoring case, quoted or not ("MyTable" and mytable alike). */
    public List<Table> tablesNamedIgnoringCase(String name) {
        if (byFoldedName == null) {
            Map<String, List<Table>> map = new HashMap<>();
            for (Table t : tables.values()) {
                map.computeIfAbsent(t.name().name().text().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
            }
            byFoldedName = map;
        }
        return byFoldedName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** Every table that has an index with this name (index names are per table in MySQL, per schema elsewhere). */
    public List<Table> tablesWithIndex(Name indexName) {
        List<Table> owners = new ArrayList<>();
        String folded = indexName.text().toLowerCase(Locale.ROOT); // once, not once per table
        for (Table t : tables.values()) {
            if (t.hasIndexNamedIgnoringCase(folded) && t.index(indexName).isPresent()) {
                owners.add(t);
            }
        }
        return owners;
    }

    // ---- mutation, used by SchemaBuilder and SchemaReplay ----

    private void tablesChanged() {
        byFoldedName = null;
    }

    Table create(QualifiedName name, boolean complete) {
        Table t = new Table(name, complete);
        tables.put(name.key(), t);
        tablesChanged();
        return t;
    }

    /** The table, or an incomplete placeholder for a table that existed before the migrations we see. */
    Table getOrPlaceholder(QualifiedName name) {
        return tables.computeIfAbsent(name.key(), k -> {
            tablesChanged();
            return new Table(name, false);
        });
    }

    /**
     * Drops the table and the foreign keys of other tables that point at it: a DROP TABLE that succeeded either had
     * none (engines refuse to drop a referenced table) or dropped them with it (CASCADE).
     */
    void drop(QualifiedName name) {
        tables.remove(name.key());
        tablesChanged();
        for (Table other : tables.values()) {
            other.dropForeignKeysTo(name);
        }
    }

    void rename(QualifiedName from, QualifiedName to) {
        Table t = tables.remove(from.key());
        if (t == null) {
            t = new Table(to, false);
        }
        t.rename(to);
        tables.put(to.key(), t);
        tablesChanged();
        for (Table other : tables.values()) {
            other.renameParentTable(from, to);
        }
    }
}
