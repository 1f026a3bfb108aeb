package io.github.dialectic.live;

import io.github.dialectic.change.IndexDef.KeyPart;
import io.github.dialectic.change.ReferentialAction;
import io.github.dialectic.engine.Engine;

import java.util.List;
import java.util.Optional;

/**
 * What a live database's catalog says about its tables, engine-neutral and already normalised ({@code int4} is
 * {@code INTEGER}, {@code 'x'::character varying} is {@code 'x'}): the plain data the crawl produces before it becomes
 * Dialectic's schema model. {@code database} names the connection in locations ({@code db:schema.table.column}).
 */
public record LiveCatalog(Engine engine, String productVersion, String quote, List<LiveTable> tables) {

    public LiveCatalog {
        tables = List.copyOf(tables);
    }

    public Optional<LiveTable> table(String schema, String name) {
        return tables.stream().filter(t -> t.name().equals(name) && (schema == null || schema.equals(t.schema())))
                .findFirst();
    }

    /** A table as the catalog has it; {@code schema} is null where the engine has none (SQLite). */
    public record LiveTable(String schema, String name, List<LiveColumn> columns, Key primaryKey,
                            List<Key> uniqueConstraints, List<LiveIndex> indexes, List<LiveForeignKey> foreignKeys,
                            List<LiveCheck> checks) {
        public LiveTable {
            columns = List.copyOf(columns);
            uniqueConstraints = List.copyOf(uniqueConstraints);
            indexes = List.copyOf(indexes);
            foreignKeys = List.copyOf(foreignKeys);
            checks = List.copyOf(checks);
        }

        public Optional<LiveColumn> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }

        /** {@code schema.table}, or {@code table} without a schema. */
        public String qualifiedName() {
            return schema == null ? name : schema + "." + name;
        }
    }

    /**
     * A column: {@code typeName} upper-cased in the standard spelling ({@code VARCHAR}, {@code INTEGER},
     * {@code TIMESTAMP WITH TIME ZONE}), {@code typeArguments} length or precision and scale where the type takes
     * them, {@code defaultValue} without the catalog's casts (null: no default).
     */
    public record LiveColumn(String name, String typeName, List<String> typeArguments, boolean unsigned,
                             boolean nullable, String defaultValue, boolean autoIncrement, boolean generated) {
        public LiveColumn {
            typeArguments = List.copyOf(typeArguments);
        }

        /** The type as DDL would spell it: {@code VARCHAR(40)}. */
        public String typeSql() {
            return typeName + (typeArguments.isEmpty() ? "" : "(" + String.join(",", typeArguments) + ")")
                    + (unsigned ? " UNSIGNED" : "");
        }
    }

    /** A PRIMARY KEY or UNIQUE constraint (a declared constraint, not a unique index). */
    public record Key(String name, List<String> columns) {
        public Key {
            columns = List.copyOf(columns);
        }
    }

    /**
     * An index that is not the backing index of a key constraint: parts are columns or expressions, {@code where} is
     * a partial index's predicate (null if none).
     */
    public record LiveIndex(String name, boolean unique, List<KeyPart> parts, String where) {
        public LiveIndex {
            parts = List.copyOf(parts);
        }
    }

    public record LiveForeignKey(String name, List<String> columns, String parentSchema, String parentTable,
                                 List<String> parentColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {
        public LiveForeignKey {
            columns = List.copyOf(columns);
            parentColumns = List.copyOf(parentColumns);
        }
    }

    public record LiveCheck(String name, String expression) {
    }
}
