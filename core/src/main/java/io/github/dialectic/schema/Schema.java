package io.github.dialectic.schema;

import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
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
    /** Tables by lower-cased name, for case-insensitive questions; kept up to date by every change to {@link #tables}. */
    private final Map<String, List<Table>> byFoldedName = new HashMap<>();
    /** Tables by the keys of their index names (per schema outside MySQL: a name's owners, found without a walk). */
    final NameIndex indexOwners = new NameIndex(this);
    /** Tables by the keys of their foreign keys' names. */
    final NameIndex foreignKeyOwners = new NameIndex(this);
    /** Tables by the keys of the tables their foreign keys point at: the foreign-key graph, parent to children. */
    final NameIndex referencingTables = new NameIndex(this);
    /** The position the next new table takes in {@link #tables}' order. */
    private long nextOrder;

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

    /** Tables whose name equals this one ignoring case, quoted or not ("MyTable" and mytable alike), in schema order. */
    public List<Table> tablesNamedIgnoringCase(String name) {
        return Collections.unmodifiableList(byFoldedName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()));
    }

    /**
     * Every table that has an index with this name, in schema order: index names are per table in MySQL, per schema
     * elsewhere, so a rule asks the engine profile which of the owners clash.
     */
    public List<Table> tablesWithIndex(Name indexName) {
        return indexOwners.tables(indexName.key(), t -> t.index(indexName).isPresent());
    }

    /** Every table that has a foreign key with this name, in schema order (MySQL names foreign keys per database). */
    public List<Table> tablesWithForeignKey(Name foreignKeyName) {
        return foreignKeyOwners.tables(foreignKeyName.key(), t -> t.foreignKeys().stream()
                .anyMatch(f -> f.name() != null && f.name().sameAs(foreignKeyName)));
    }

    /**
     * Every table with a foreign key to the table of this {@linkplain QualifiedName#key() key} (known or not), in
     * schema order, itself included when it references itself: the foreign-key graph walked from parent to child.
     */
    public List<Table> tablesReferencing(String parentKey) {
        return referencingTables.tables(parentKey, t -> references(t, parentKey));
    }

    private static boolean references(Table t, String parentKey) {
        for (ForeignKey f : t.foreignKeys()) {
            if (f.parentTable().key().equals(parentKey)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the table is one of this schema's now (not dropped, replaced or renamed away). */
    boolean holds(Table t) {
        return tables.get(t.name().key()) == t;
    }

    // ---- mutation, used by SchemaBuilder and SchemaReplay ----

    /** Puts the table under its key: it takes the place of the table it replaces, or the end of the order. */
    private void put(Table t) {
        String key = t.name().key();
        Table replaced = tables.get(key);
        t.setOrder(replaced != null ? replaced.order() : nextOrder++);
        tables.put(key, t);
        if (replaced != null) {
            unfold(replaced);
        }
        List<Table> sameFolded = byFoldedName.computeIfAbsent(folded(t), k -> new ArrayList<>(1));
        sameFolded.add(t);
        if (sameFolded.size() > 1) {
            sameFolded.sort(Comparator.comparingLong(Table::order));
        }
    }

    private void unfold(Table t) {
        String folded = folded(t);
        List<Table> sameFolded = byFoldedName.get(folded);
        if (sameFolded != null) {
            sameFolded.removeIf(x -> x == t);
            if (sameFolded.isEmpty()) {
                byFoldedName.remove(folded);
            }
        }
    }

    private static String folded(Table t) {
        return t.name().name().text().toLowerCase(Locale.ROOT);
    }

    Table create(QualifiedName name, boolean complete) {
        Table t = new Table(this, name, complete);
        put(t);
        return t;
    }

    /** The table, or an incomplete placeholder for a table that existed before the migrations we see. */
    Table getOrPlaceholder(QualifiedName name) {
        Table t = tables.get(name.key());
        return t != null ? t : create(name, false);
    }

    /**
     * Drops the table and the foreign keys of other tables that point at it: a DROP TABLE that succeeded either had
     * none (engines refuse to drop a referenced table) or dropped them with it (CASCADE).
     */
    void drop(QualifiedName name) {
        Table t = tables.remove(name.key());
        if (t != null) {
            unfold(t);
        }
        for (Table other : tablesReferencing(name.key())) {
            other.dropForeignKeysTo(name);
        }
    }

    void rename(QualifiedName from, QualifiedName to) {
        Table t = tables.remove(from.key());
        if (t == null) {
            t = new Table(this, to, false);
        } else {
            unfold(t);
        }
        t.rename(to);
        put(t);
        for (Table other : tablesReferencing(from.key())) {
            other.renameParentTable(from, to);
        }
    }
}
