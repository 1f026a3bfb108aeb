package io.github.dialectic.schema;

import io.github.dialectic.change.IndexDef.KeyPart;
import io.github.dialectic.change.Name;

import java.util.List;

/** An index, unique or not; {@code where} is the predicate of a partial index. */
public record Index(Name name, boolean unique, List<KeyPart> parts, String where) {
    public Index {
        parts = List.copyOf(parts);
    }

    public List<Name> columns() {
        return parts.stream().filter(p -> p.column() != null).map(KeyPart::column).toList();
    }

    public boolean partial() {
        return where != null;
    }

    public boolean hasExpressions() {
        return parts.stream().anyMatch(p -> p.column() == null);
    }
}
