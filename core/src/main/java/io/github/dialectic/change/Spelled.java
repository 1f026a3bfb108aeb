package io.github.dialectic.change;

/** Where a dialect-specific form was written: from its first keyword to the end of its value. */
public record Spelled(Spelling spelling, SourceRange range) {
}
