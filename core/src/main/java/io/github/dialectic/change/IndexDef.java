package io.github.dialectic.change;

import java.util.List;

/**
 * An index from CREATE INDEX, MySQL's inline {@code INDEX}/{@code KEY} or ALTER TABLE ... ADD INDEX.
 * {@code where} is the partial-index predicate (null if none) and {@code whereRange} where it is written, from the
 * WHERE keyword; {@code keysRange} is the parenthesised key list; {@code nullsNotDistinct} says whether Db2's EXCLUDE
 * NULL KEYS or PostgreSQL's NULLS NOT DISTINCT was written (the index decides how NULL keys count). The ranges are
 * null for an index a schema source describes.
 */
public record IndexDef(Name name, boolean unique, List<KeyPart> parts, String where, String method,
                       SourceRange range, SourceRange nameRange, SourceRange keysRange, SourceRange whereRange,
                       boolean nullsNotDistinct) implements ConstraintDef {
    public IndexDef {
        parts = List.copyOf(parts);
    }

    /** The plain column names, skipping expressions. */
    @Override
    public List<Name> columns() {
        return parts.stream().filter(c -> c.column() != null).map(KeyPart::column).toList();
    }

    public boolean hasExpressions() {
        for (KeyPart c : parts) { // a loop, not a stream: asked of every index by several rules and the replay
            if (c.column() == null) {
                return true;
            }
        }
        return false;
    }

    public IndexDef withName(Name newName) {
        return new IndexDef(newName, unique, parts, where, method, range, nameRange, keysRange, whereRange,
                nullsNotDistinct);
    }

    /**
     * One key part: a column (with an optional MySQL prefix length) or an expression; {@code range} covers the column
     * with its prefix length, or the expression (not ASC/DESC, COLLATE or an operator class), null when not read from
     * a file.
     */
    public record KeyPart(Name column, String expression, Integer prefixLength, boolean descending, SourceRange range) {
        public KeyPart(Name column, String expression, Integer prefixLength, boolean descending) {
            this(column, expression, prefixLength, descending, null);
        }
    }
}
