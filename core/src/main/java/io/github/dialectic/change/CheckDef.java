package io.github.dialectic.change;

/** A CHECK constraint in a change: its name (null when unnamed), its expression as written and where it is. */
public record CheckDef(Name name, String expression, SourceRange range) implements ConstraintDef {
}
