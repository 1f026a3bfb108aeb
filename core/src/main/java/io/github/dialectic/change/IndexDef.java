package io.github.dialectic.change;

import java.util.List;

/**
 * An index from CREATE INDEX, MySQL's inline {@code INDEX}/{@code KEY} or ALTER TABLE ... ADD INDEX.
 * {@code where} is the partial-index predicate (null if none).
 */
public record IndexDef(Name name, boolean unique, List<KeyPart> parts, String where, String method,
                       SourceRange range, SourceRange nameRange) implements ConstraintDef {
    public IndexDef {
        parts = List.copyOf(parts);
    }

    /** The plain column names, skipping expressions. */
    @Override
    public List<Name> columns() {
        return parts.stream().filter(c -> c.column() != null).map(KeyPart::column).toList();
    }

    public boolean hasExpressions() {
        return parts.stream().anyMatch(c -> c.column() == null);
    }

    public IndexDef withName(Name newName) {
        return new IndexDef(newName, unique, parts, where, method, range, nameRange);
    }

    /** One key part: a column (with an optional MySQL prefix length) or an expression. */
    public record KeyPart(Name column, String expression, Integer prefixLength, boolean descending) {
    }
}
