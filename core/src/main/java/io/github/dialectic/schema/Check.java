package io.github.dialectic.schema;

import io.github.dialectic.change.Name;

public record Check(Name name, String expression) {
}
