package io.github.dialectic.change;

import java.util.List;

/**
 * A foreign key, table-level or inline ({@code inline} = column-level {@code REFERENCES}). {@code parentColumns}
 * is empty when the parent's primary key is meant implicitly. Ranges point at the ON DELETE / ON UPDATE clauses
 * when written, for precise findings.
 */
public record ForeignKeyDef(
        Name name,
        List<Name> columns,
        QualifiedName parentTable,
        List<Name> parentColumns,
        ReferentialAction onDelete,
        ReferentialAction onUpdate,
        boolean deferrable,
        boolean inline,
        SourceRange range,
        SourceRange onDeleteRange,
        SourceRange onUpdateRange) implements ConstraintDef {
    public ForeignKeyDef {
        columns = List.copyOf(columns);
        parentColumns = List.copyOf(parentColumns);
    }

    public ForeignKeyDef withColumns(List<Name> childColumns) {
        return new ForeignKeyDef(name, childColumns, parentTable, parentColumns, onDelete, onUpdate, deferrable, inline,
                range, onDeleteRange, onUpdateRange);
    }
}
