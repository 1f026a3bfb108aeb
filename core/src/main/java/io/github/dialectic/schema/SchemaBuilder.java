package io.github.dialectic.schema;

import io.github.dialectic.change.DataType;
import io.github.dialectic.change.IndexDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.ReferentialAction;
import io.github.dialectic.parse.Expressions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The public way to build a {@link Schema} outside the replay: what a {@link SchemaSource} (a live database, a dump)
 * uses to describe the tables that exist before the migrations. Tables built here are complete: rules may conclude
 * from what they lack. Names are {@link Name}s, so that a source says whether an identifier was quoted (case kept) or
 * not (folded when compared).
 *
 * <pre>{@code
 * SchemaBuilder b = new SchemaBuilder();
 * b.table(QualifiedName.of("orders"))
 *         .column(Name.of("id"), SchemaBuilder.type("BIGINT"), false)
 *         .column(Name.of("customer_id"), SchemaBuilder.type("BIGINT"), true)
 *         .primaryKey(null, List.of(Name.of("id")))
 *         .foreignKey(Name.of("fk_orders_customer"), List.of(Name.of("customer_id")), QualifiedName.of("customer"),
 *                 List.of(Name.of("id")), ReferentialAction.CASCADE, ReferentialAction.NONE);
 * Schema schema = b.build();
 * }</pre>
 */
public final class SchemaBuilder {

    private final Schema schema = new Schema();

    /** Starts a complete table; a second call with the same name replaces the first table. */
    public TableBuilder table(QualifiedName name) {
        Objects.requireNonNull(name, "name");
        return new TableBuilder(schema.create(name, true));
    }

    /** The schema built so far; what is added to the builder afterwards shows in it too. */
    public Schema build() {
        return schema;
    }

    /**
     * A column type from its text as a catalogue shows it: {@code VARCHAR(255)}, {@code DECIMAL(10, 2)},
     * {@code INT UNSIGNED}, {@code DOUBLE PRECISION}. It has no source range: it was not written in a migration.
     */
    public static DataType type(String written) {
        String text = written.trim();
        boolean unsigned = text.toUpperCase(Locale.ROOT).endsWith(" UNSIGNED");
        String rest = unsigned ? text.substring(0, text.length() - " UNSIGNED".length()).trim() : text;
        int open = rest.indexOf('(');
        List<String> arguments = new ArrayList<>();
        if (open > 0 && rest.endsWith(")")) {
            for (String a : rest.substring(open + 1, rest.length() - 1).split(",")) {
                arguments.add(a.trim());
            }
            rest = rest.substring(0, open);
        }
        return new DataType(text, rest.trim().replaceAll("\\s+", " "), arguments, unsigned, null);
    }

    /** One table of the schema being built; every method returns this builder. */
    public static final class TableBuilder {
        private final Table table;

        private TableBuilder(Table table) {
            this.table = table;
        }

        /** A column without a default, not auto-incremented. */
        public TableBuilder column(Name name, DataType type, boolean nullable) {
            return column(name, type, nullable, null, false);
        }

        /**
         * A column, in declaration order. {@code defaultExpression} is the default as SQL text ({@code 0},
         * {@code 'new'}, {@code CURRENT_TIMESTAMP}) or null for none.
         */
        public TableBuilder column(Name name, DataType type, boolean nullable, String defaultExpression,
                                   boolean autoIncrement) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            table.putColumn(new Column(name, type, nullable, defaultExpression, autoIncrement));
            return this;
        }

        /** The primary key ({@code name} may be null); its columns become NOT NULL, as engines make them. */
        public TableBuilder primaryKey(Name name, List<Name> columns) {
            table.setPrimaryKey(new Key(name, columns));
            for (Name column : columns) {
                table.column(column).ifPresent(c -> c.setNullable(false));
            }
            return this;
        }

        /** A UNIQUE constraint ({@code name} may be null). */
        public TableBuilder unique(Name name, List<Name> columns) {
            table.addUnique(new Key(name, columns));
            return this;
        }

        /** An index over plain columns, ascending; {@code where} is a partial index's predicate, or null. */
        public TableBuilder index(Name name, boolean unique, List<Name> columns, String where) {
            return indexOnParts(name, unique,
                    columns.stream().map(c -> new IndexDef.KeyPart(c, null, null, false)).toList(), where);
        }

        /** An index with expression, prefix or descending parts. */
        public TableBuilder indexOnParts(Name name, boolean unique, List<IndexDef.KeyPart> parts, String where) {
            table.addIndex(new Index(name, unique, parts, where));
            return this;
        }

        /** A foreign key ({@code name} may be null); {@link ReferentialAction#NONE} for an action not set. */
        public TableBuilder foreignKey(Name name, List<Name> columns, QualifiedName parentTable,
                                       List<Name> parentColumns, ReferentialAction onDelete,
                                       ReferentialAction onUpdate) {
            table.addForeignKey(new ForeignKey(name, columns, parentTable, parentColumns, onDelete, onUpdate));
            return this;
        }

        /** A CHECK constraint ({@code name} may be null) with its expression as SQL text. */
        public TableBuilder check(Name name, String expression) {
            table.addCheck(new Check(name, Expressions.read(expression)));
            return this;
        }

        /** A table option as written, e.g. {@code ENGINE=InnoDB} or {@code WITHOUT ROWID}. */
        public TableBuilder option(String option) {
            table.addOption(option);
            return this;
        }
    }
}
