package io.github.dialectic.schema;

import io.github.dialectic.change.Name;

/** A CHECK constraint of a replayed table: its name (null when unnamed) and its expression as written. */
public record Check(Name name, String expression) {
}
