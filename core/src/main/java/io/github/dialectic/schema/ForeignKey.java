package io.github.dialectic.schema;

import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.ReferentialAction;

import java.util.List;

public record ForeignKey(Name name, List<Name> columns, QualifiedName parentTable, List<Name> parentColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate) {
    public ForeignKey {
        columns = List.copyOf(columns);
        parentColumns = List.copyOf(parentColumns);
    }
}
