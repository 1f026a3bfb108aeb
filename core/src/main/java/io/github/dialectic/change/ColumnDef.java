package io.github.dialectic.change;

/**
 * A column as declared in CREATE TABLE, ADD COLUMN or MySQL's MODIFY/CHANGE. Inline constraints are kept as
 * written ({@code primaryKey}, {@code unique}, {@code references}); nullability is {@link Nullability#UNSPECIFIED}
 * when neither NULL nor NOT NULL was written.
 */
public record ColumnDef(
        Name name,
        DataType type,
        Nullability nullability,
        String defaultValue,
        boolean primaryKey,
        boolean unique,
        boolean autoIncrement,
        ForeignKeyDef references,
        String check,
        SourceRange range,
        SourceRange nameRange) {

    public enum Nullability { UNSPECIFIED, NULL, NOT_NULL }

    public boolean hasDefault() {
        return defaultValue != null && !defaultValue.equalsIgnoreCase("NULL");
    }

    /** Whether NOT NULL was written (an inline PRIMARY KEY does not count: Db2 wants NOT NULL spelled out). */
    public boolean declaredNotNull() {
        return nullability == Nullability.NOT_NULL;
    }
}
