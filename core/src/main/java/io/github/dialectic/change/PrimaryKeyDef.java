package io.github.dialectic.change;

import java.util.List;

public record PrimaryKeyDef(Name name, List<Name> columns, SourceRange range) implements ConstraintDef {
    public PrimaryKeyDef {
        columns = List.copyOf(columns);
    }
}
