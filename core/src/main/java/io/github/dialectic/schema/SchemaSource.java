package io.github.dialectic.schema;

import io.github.dialectic.source.SourceException;

/**
 * Where the replay starts: the schema that exists before the first statement of the run. Empty for a project whose
 * migrations build everything ({@link #EMPTY}); a live database's catalogue, or a schema dump, for one whose
 * migrations alter tables made elsewhere. The linter calls {@link #describe} once per run, on a fresh builder, and
 * replays the statements onto what it built; rules see the result read-only.
 */
@FunctionalInterface
public interface SchemaSource {

    /** No tables: everything the rules know comes from the statements. */
    SchemaSource EMPTY = new SchemaSource() {
        @Override
        public void describe(SchemaBuilder builder) {
        }

        @Override
        public String cacheKey() {
            return "empty";
        }
    };

    /**
     * Adds the starting schema's tables to {@code builder}. A source that cannot say what the schema is (the database
     * is unreachable, the dump is malformed) throws, naming where it looked: a lint must not quietly start from
     * nothing.
     */
    void describe(SchemaBuilder builder) throws SourceException;

    /**
     * What identifies this starting schema for the result cache, or null when it cannot be told cheaply (a live
     * database): the linter then skips the result cache for the run, as its findings depend on what the source says.
     */
    default String cacheKey() {
        return null;
    }
}
