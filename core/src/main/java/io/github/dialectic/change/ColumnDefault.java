package io.github.dialectic.change;

/**
 * A column's DEFAULT clause (or the value of ALTER ... SET DEFAULT): {@code range} runs from the DEFAULT keyword to
 * the end of the expression. Db2's spelling, WITH DEFAULT, is
 * recorded on the column as {@link Spelling#WITH_DEFAULT}.
 */
public record ColumnDefault(Expression expression, SourceRange range) {
}
