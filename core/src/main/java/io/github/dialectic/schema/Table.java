package io.github.dialectic.schema;

import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A table at one point of the replay. A table that migrations alter without having created it (it predates the
 * migrations we were given) is {@linkplain #complete() incomplete}: rules must not conclude anything from what it
 * seems to lack.
 */
public final class Table {
    /** The schema whose name indexes this table keeps up to date. */
    private final Schema schema;
    /** Its place in the schema's order of tables. */
    private long order;
    private QualifiedName name;
    private final boolean complete;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private Key primaryKey;
    private final List<Key> uniqueConstraints = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    /** Columns by lower-cased name, for case-insensitive questions; rebuilt on demand, null after a change. */
    private Map<String, List<Column>> columnsByFoldedName;
    /** Whether a column name was created quoted; known with {@link #columnsByFoldedName}. */
    private boolean quotedColumnNames;
    /** Folded names of {@link #indexes}, rebuilt on demand; null after any change to the list. */
    private Set<String> indexKeys;
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    /** Table options as written (ENGINE=..., DEFAULT CHARSET=..., COLLATE=..., WITHOUT ROWID), oldest first. */
    private final List<String> options = new ArrayList<>();
    /** The table's default character set and collation (MySQL), lower-cased, or null when none was given. */
    private String defaultCharacterSet;
    private String defaultCollation;

    Table(Schema schema, QualifiedName name, boolean complete) {
        this.schema = schema;
        this.name = name;
        this.complete = complete;
    }

    public QualifiedName name() {
        return name;
    }

    public boolean complete() {
        return complete;
    }

    public List<Column> columns() {
        return List.copyOf(columns.values());
    }

    /** How many columns it has: {@link #columns()}' size, without its copy. */
    public int columnCount() {
        return columns.size();
    }

    /** Columns whose name equals this one ignoring case, quoted or not. */
    public List<Column> columnsNamedIgnoringCase(String name) {
        if (columnsByFoldedName == null) {
            foldColumnNames();
        }
        return columnsByFoldedName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** Whether any column was created with a quoted name: where unquoted names are all, case never matters. */
    public boolean hasQuotedColumnNames() {
        if (columnsByFoldedName == null) {
            foldColumnNames();
        }
        return quotedColumnNames;
    }

    private void foldColumnNames() {
        Map<String, List<Column>> map = new HashMap<>();
        boolean quoted = false;
        for (Column c : columns.values()) {
            map.computeIfAbsent(c.name().text().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(c);
            quoted |= c.name().quoted();
        }
        quotedColumnNames = quoted;
        columnsByFoldedName = map;
    }

    public Optional<Column> column(Name column) {
        return Optional.ofNullable(columns.get(column.key()));
    }

    public Optional<Key> primaryKey() {
        return Optional.ofNullable(primaryKey);
    }

    public List<Key> uniqueConstraints() {
        return Collections.unmodifiableList(uniqueConstraints);
    }

    public List<Index> indexes() {
        return Collections.unmodifiableList(indexes);
    }

    public List<ForeignKey> foreignKeys() {
        return Collections.unmodifiableList(foreignKeys);
    }

    /** Table options from CREATE TABLE and later ALTER TABLE clauses, as written, oldest first. */
    public List<String> options() {
        return Collections.unmodifiableList(options);
    }

    /** The default character set its columns get (CREATE/ALTER TABLE ... [DEFAULT] CHARSET=), lower-cased, or null. */
    public String defaultCharacterSet() {
        return defaultCharacterSet;
    }

    /**
     * The default collation its columns get ([DEFAULT] COLLATE=, or {@code binary} for CHARSET=binary), lower-cased,
     * or null.
     */
    public String defaultCollation() {
        return defaultCollation;
    }

    public List<Check> checks() {
        return Collections.unmodifiableList(checks);
    }

    public Optional<Index> index(Name indexName) {
        if (!hasIndexNamedIgnoringCase(indexName.text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (Index i : indexes) {
            if (i.name() != null && i.name().sameAs(indexName)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an index has this lower-cased name, in any case: the quick "no" for name-scope rules, which ask every
     * table of the schema.
     */
    boolean hasIndexNamedIgnoringCase(String folded) {
        if (indexKeys == null) {
            Set<String> keys = new HashSet<>();
            for (Index i : indexes) {
                if (i.name() != null) {
                    keys.add(i.name().text().toLowerCase(Locale.ROOT));
                }
            }
            indexKeys = keys;
        }
        return indexKeys.contains(folded);
    }

    /** A PRIMARY KEY or UNIQUE constraint over exactly these columns (any order). */
    public boolean hasKeyConstraintOn(List<Name> cols) {
        return (primaryKey != null && primaryKey.covers(cols)) || uniqueConstraints.stream().anyMatch(k -> k.covers(cols));
    }

    /** A unique, non-partial, expression-free index over exactly these columns (any order). */
    public boolean hasUniqueIndexOn(List<Name> cols) {
        return indexes.stream().anyMatch(i -> i.unique() && !i.partial() && !i.hasExpressions()
                && Names.sameSet(i.columns(), cols));
    }

    /** Any index (or key) whose leftmost columns are these, in this order: what InnoDB accepts as an FK parent. */
    public boolean hasIndexWithLeftmost(List<Name> cols) {
        if (primaryKey != null && Names.isLeftmostPrefix(cols, primaryKey.columns())) {
            return true;
        }
        return uniqueConstraints.stream().anyMatch(k -> Names.isLeftmostPrefix(cols, k.columns()))
                || indexes.stream().anyMatch(i -> !i.hasExpressions() && Names.isLeftmostPrefix(cols, i.columns()));
    }

    long order() {
        return order;
    }

    // ---- mutation, used by SchemaBuilder and SchemaReplay only ----

    void setOrder(long order) {
        this.order = order;
    }

    void rename(QualifiedName newName) {
        this.name = newName;
    }

    void putColumn(Column column) {
        Column replaced = columns.put(column.name().key(), column);
        if (replaced == null && columnsByFoldedName != null) { // a new column: extend the folded map, no rebuild
            columnsByFoldedName.computeIfAbsent(column.name().text().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(column);
            quotedColumnNames |= column.name().quoted();
        } else {
            columnsByFoldedName = null;
        }
    }

    void removeColumn(Name column) {
        columns.remove(column.key());
        columnsByFoldedName = null;
        if (primaryKey != null && Names.contains(primaryKey.columns(), column)) {
            primaryKey = null;
        }
        uniqueConstraints.removeIf(k -> Names.contains(k.columns(), column));
        indexes.removeIf(i -> Names.contains(i.columns(), column));
        indexKeys = null;
        foreignKeys.removeIf(f -> Names.contains(f.columns(), column));
    }

    void renameColumn(Name from, Name to) {
        Column c = columns.get(from.key());
        if (c != null) {
            c.rename(to);
            // keep declaration order: rebuild the map with the new key in the old place
            Map<String, Column> copy = new LinkedHashMap<>(columns);
            columns.clear();
            for (Map.Entry<String, Column> e : copy.entrySet()) {
                columns.put(e.getValue() == c ? to.key() : e.getKey(), e.getValue());
            }
            columnsByFoldedName = null;
        }
        // keys and indexes are renamed even when the column is unknown (a placeholder table may have them)
        if (primaryKey != null) {
            primaryKey = new Key(primaryKey.name(), replace(primaryKey.columns(), from, to));
        }
        // loops, not lambdas: a lambda first run in a lint is a class spun at run time
        for (int k = 0; k < uniqueConstraints.size(); k++) {
            Key u = uniqueConstraints.get(k);
            uniqueConstraints.set(k, new Key(u.name(), replace(u.columns(), from, to)));
        }
        for (int k = 0; k < indexes.size(); k++) {
            Index i = indexes.get(k);
            List<io.github.dialectic.change.IndexDef.KeyPart> parts = new ArrayList<>(i.parts().size());
            for (io.github.dialectic.change.IndexDef.KeyPart p : i.parts()) {
                parts.add(p.column() != null && p.column().sameAs(from)
                        ? new io.github.dialectic.change.IndexDef.KeyPart(to, p.expression(), p.prefixLength(), p.descending())
                        : p);
            }
            indexes.set(k, new Index(i.name(), i.unique(), parts, i.where()));
        }
        for (int k = 0; k < foreignKeys.size(); k++) {
            ForeignKey f = foreignKeys.get(k);
            foreignKeys.set(k, new ForeignKey(f.name(), replace(f.columns(), from, to), f.parentTable(),
                    f.parentColumns(), f.onDelete(), f.onUpdate(), f.inline()));
        }
    }

    void renameParentColumn(QualifiedName parent, Name from, Name to) {
        foreignKeys.replaceAll(f -> f.parentTable().name().sameAs(parent.name())
                ? new ForeignKey(f.name(), f.columns(), f.parentTable(), replace(f.parentColumns(), from, to),
                f.onDelete(), f.onUpdate(), f.inline())
                : f);
    }

    void dropForeignKeysTo(QualifiedName parent) {
        foreignKeys.removeIf(f -> f.parentTable().name().sameAs(parent.name()));
    }

    void renameParentTable(QualifiedName from, QualifiedName to) {
        foreignKeys.replaceAll(f -> f.parentTable().name().sameAs(from.name())
                ? new ForeignKey(f.name(), f.columns(), to, f.parentColumns(), f.onDelete(), f.onUpdate(), f.inline())
                : f);
        schema.referencingTables.add(to.key(), this);
    }

    void setPrimaryKey(Key key) {
        this.primaryKey = key;
    }

    void addUnique(Key key) {
        uniqueConstraints.add(key);
    }

    void addIndex(Index index) {
        indexes.add(index);
        indexKeys = null;
        if (index.name() != null) {
            schema.indexOwners.add(index.name().key(), this);
        }
    }

    void addForeignKey(ForeignKey fk) {
        foreignKeys.add(fk);
        if (fk.name() != null) {
            schema.foreignKeyOwners.add(fk.name().key(), this);
        }
        schema.referencingTables.add(fk.parentTable().key(), this);
    }

    void addOption(String option) {
        options.add(option);
    }

    /**
     * Applies table options that name a character set and/or a collation (either may be null: left as it was); a
     * binary character set without a collation makes the collation binary.
     */
    void setDefaults(String characterSet, String collation) {
        if (characterSet != null) {
            defaultCharacterSet = characterSet.toLowerCase(Locale.ROOT);
        }
        if (collation != null) {
            defaultCollation = collation.toLowerCase(Locale.ROOT);
        } else if ("binary".equalsIgnoreCase(characterSet)) {
            defaultCollation = "binary";
        }
    }

    void addCheck(Check check) {
        checks.add(check);
    }

    /** Drops whatever constraint or index has this name; returns whether something was dropped. */
    boolean dropNamed(Name constraint) {
        boolean dropped = false;
        if (primaryKey != null && primaryKey.name() != null && primaryKey.name().sameAs(constraint)) {
            primaryKey = null;
            dropped = true;
        }
        dropped |= uniqueConstraints.removeIf(k -> k.name() != null && k.name().sameAs(constraint));
        dropped |= indexes.removeIf(i -> i.name() != null && i.name().sameAs(constraint));
        indexKeys = null;
        dropped |= foreignKeys.removeIf(f -> f.name() != null && f.name().sameAs(constraint));
        dropped |= checks.removeIf(c -> c.name() != null && c.name().sameAs(constraint));
        return dropped;
    }

    /** MySQL's RENAME INDEX: the name may belong to an index or to a UNIQUE key (MySQL keeps both as indexes). */
    void renameIndex(Name from, Name to) {
        indexes.replaceAll(i -> i.name() != null && i.name().sameAs(from) ? new Index(to, i.unique(), i.parts(), i.where()) : i);
        indexKeys = null;
        schema.indexOwners.add(to.key(), this);
        uniqueConstraints.replaceAll(k -> k.name() != null && k.name().sameAs(from) ? new Key(to, k.columns()) : k);
    }

    void dropPrimaryKey() {
        primaryKey = null;
    }

    private static List<Name> replace(List<Name> names, Name from, Name to) {
        Name[] out = new Name[names.size()]; // a loop, not a stream (nor a lambda spun at run time)
        for (int k = 0; k < out.length; k++) {
            Name n = names.get(k);
            out[k] = n.sameAs(from) ? to : n;
        }
        return List.of(out);
    }

    @Override
    public String toString() {
        return "Table " + name + " " + columns.values();
    }
}
