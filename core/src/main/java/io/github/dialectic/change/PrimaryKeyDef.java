package io.github.dialectic.change;

import java.util.List;

/** A PRIMARY KEY constraint in a change: its name (null when unnamed), its columns in order and where it is. */
public record PrimaryKeyDef(Name name, List<Name> columns, SourceRange range) implements ConstraintDef {
    public PrimaryKeyDef {
        columns = List.copyOf(columns);
    }
}
