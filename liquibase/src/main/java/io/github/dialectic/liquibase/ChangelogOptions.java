package io.github.dialectic.liquibase;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How Liquibase is to read a changelog: the contexts and labels of the run (Liquibase's expressions; empty: every
 * changeset, as in Liquibase), and the search path that {@code include} and {@code includeAll} paths are resolved
 * against, after the changelog's own folder.
 */
public record ChangelogOptions(String contexts, String labels, List<Path> searchPath) {

    public ChangelogOptions {
        contexts = contexts == null ? "" : contexts.strip();
        labels = labels == null ? "" : labels.strip();
        searchPath = List.copyOf(Objects.requireNonNull(searchPath, "searchPath"));
    }

    /** Every changeset, includes resolved against the changelog's folder and the working directory. */
    public static ChangelogOptions defaults() {
        return new ChangelogOptions("", "", List.of(Path.of("")));
    }

    public ChangelogOptions withContexts(String newContexts) {
        return new ChangelogOptions(newContexts, labels, searchPath);
    }

    public ChangelogOptions withLabels(String newLabels) {
        return new ChangelogOptions(contexts, newLabels, searchPath);
    }

    public ChangelogOptions withSearchPath(List<Path> newSearchPath) {
        return new ChangelogOptions(contexts, labels, newSearchPath);
    }
}
