package io.github.dialectic.change;

import java.util.List;

/**
 * A column as declared in CREATE TABLE, ADD COLUMN or MySQL's MODIFY/CHANGE. Inline constraints are kept as
 * written ({@code primaryKey}, {@code unique}, {@code references}, {@code check}); nullability is
 * {@link Nullability#UNSPECIFIED} when neither NULL nor NOT NULL was written. {@code collation} and
 * {@code characterSet} are the names written after COLLATE and CHARACTER SET/CHARSET (null when not written);
 * {@code onUpdate} is MySQL's ON UPDATE expression; {@code spellings} lists the dialect-specific forms written, in order.
 */
public record ColumnDef(
        Name name,
        DataType type,
        Nullability nullability,
        ColumnDefault defaultClause,
        boolean primaryKey,
        boolean unique,
        ForeignKeyDef references,
        Expression checkExpression,
        Generated generated,
        Expression onUpdate,
        String collation,
        String characterSet,
        List<Spelled> spellings,
        SourceRange range,
        SourceRange nameRange) {

    public enum Nullability { UNSPECIFIED, NULL, NOT_NULL }

    public ColumnDef {
        spellings = List.copyOf(spellings);
    }

    /** The DEFAULT expression, or null. */
    public Expression defaultExpression() {
        return defaultClause == null ? null : defaultClause.expression();
    }

    /** The DEFAULT expression as written, or null. */
    public String defaultValue() {
        return defaultClause == null ? null : defaultClause.expression().text();
    }

    /** Whether a DEFAULT other than NULL was written. */
    public boolean hasDefault() {
        Expression e = defaultExpression();
        return e != null && !(e instanceof Expression.Literal l && l.is(Expression.Literal.Kind.NULL));
    }

    /** The inline CHECK condition as written, or null. */
    public String check() {
        return checkExpression == null ? null : checkExpression.text();
    }

    /** Whether the column numbers itself: AUTO_INCREMENT, AUTOINCREMENT, IDENTITY or GENERATED ... AS IDENTITY. */
    public boolean autoIncrement() {
        for (Spelled s : spellings) {
            switch (s.spelling()) {
                case AUTO_INCREMENT, AUTOINCREMENT, IDENTITY, GENERATED_AS_IDENTITY -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** Whether this is a generated column whose value is stored (STORED or PERSISTENT written). */
    public boolean storedGenerated() {
        return generated != null && generated.stored();
    }

    /** Where {@code spelling} was first written on this column, or null. */
    public Spelled spelled(Spelling spelling) {
        for (Spelled s : spellings) {
            if (s.spelling() == spelling) {
                return s;
            }
        }
        return null;
    }

    /** Whether NOT NULL was written (an inline PRIMARY KEY does not count: Db2 wants NOT NULL spelled out). */
    public boolean declaredNotNull() {
        return nullability == Nullability.NOT_NULL;
    }
}
