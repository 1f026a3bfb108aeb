package io.github.dialectic.change;

/**
 * A CHECK constraint in a change: its name (null when unnamed), its condition (what is inside its parentheses) and
 * where it is.
 */
public record CheckDef(Name name, Expression condition, SourceRange range) implements ConstraintDef {

    /** The condition as written. */
    public String expression() {
        return condition.text();
    }
}
