package io.github.dialectic.source;

import java.util.List;
import java.util.Objects;

/** A file of SQL statements separated as its flavour separates them ({@link SqlSplitter}). */
public final class SqlScript implements Script {

    private final SourceFile file;

    /** The file's statements as the SQL splitter of its flavour splits them, on first use. */
    public SqlScript(SourceFile file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public SourceFile file() {
        return file;
    }

    @Override
    public List<SqlStatement> statements() {
        return new SqlSplitter(file.flavor()).split(file.text());
    }

    @Override
    public String toString() {
        return "SqlScript[" + file.path() + "]";
    }
}
