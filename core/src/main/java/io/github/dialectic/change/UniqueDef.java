package io.github.dialectic.change;

import java.util.List;

/** A UNIQUE constraint (MySQL's {@code UNIQUE KEY}/{@code UNIQUE INDEX} inside CREATE TABLE is one too). */
public record UniqueDef(Name name, List<Name> columns, SourceRange range) implements ConstraintDef {
    public UniqueDef {
        columns = List.copyOf(columns);
    }
}
