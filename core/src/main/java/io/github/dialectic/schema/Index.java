package io.github.dialectic.schema;

import io.github.dialectic.change.IndexDef.KeyPart;
import io.github.dialectic.change.Name;

import java.util.List;

/** An index, unique or not; {@code where} is the predicate of a partial index. */
public record Index(Name name, boolean unique, List<KeyPart> parts, String where) {
    public Index {
        parts = List.copyOf(parts);
    }

    // loops, not streams: rules ask this on every statement that touches an index, most of them cold
    public List<Name> columns() {
        Name[] out = new Name[parts.size()];
        int n = 0;
        for (int k = 0; k < out.length; k++) {
            Name c = parts.get(k).column();
            if (c != null) {
                out[n++] = c;
            }
        }
        return List.of(n == out.length ? out : java.util.Arrays.copyOf(out, n));
    }

    public boolean partial() {
        return where != null;
    }

    public boolean hasExpressions() {
        for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k).column() == null) {
                return true;
            }
        }
        return false;
    }
}
