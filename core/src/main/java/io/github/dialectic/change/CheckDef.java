package io.github.dialectic.change;

public record CheckDef(Name name, String expression, SourceRange range) implements ConstraintDef {
}
