package io.github.dialectic.schema;

import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.ReferentialAction;

import java.util.List;

/** {@code inline}: declared as a column-level {@code REFERENCES} rather than a table-level FOREIGN KEY. */
public record ForeignKey(Name name, List<Name> columns, QualifiedName parentTable, List<Name> parentColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate, boolean inline) {
    public ForeignKey {
        columns = List.copyOf(columns);
        parentColumns = List.copyOf(parentColumns);
    }

    public ForeignKey(Name name, List<Name> columns, QualifiedName parentTable, List<Name> parentColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate) {
        this(name, columns, parentTable, parentColumns, onDelete, onUpdate, false);
    }
}
