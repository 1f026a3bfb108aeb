package io.github.dialectic.schema;

import io.github.dialectic.change.Expression;
import io.github.dialectic.change.Name;

/**
 * A CHECK constraint of a replayed table: its name (null when unnamed) and its condition, read as an
 * {@link Expression} (ranges point into the migration that wrote it, or into the text a schema source gave).
 */
public record Check(Name name, Expression condition) {

    /** The condition as written. */
    public String expression() {
        return condition.text();
    }
}
