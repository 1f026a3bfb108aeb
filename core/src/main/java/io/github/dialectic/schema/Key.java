package io.github.dialectic.schema;

import io.github.dialectic.change.Name;

import java.util.List;

/** A PRIMARY KEY or UNIQUE constraint (a declared constraint, as opposed to a unique index). Name may be null. */
public record Key(Name name, List<Name> columns) {
    public Key {
        columns = List.copyOf(columns);
    }

    public boolean covers(List<Name> cols) {
        return Names.sameSet(columns, cols);
    }
}
