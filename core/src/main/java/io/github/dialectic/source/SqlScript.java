package io.github.dialectic.source;

import java.util.List;
import java.util.Objects;

/** A file of SQL statements separated as its flavour separates them ({@link SqlSplitter}). */
public final class SqlScript implements Script {

    private final SourceFile file;
    private final ScriptTransaction transaction;

    /** The file's statements as the SQL splitter of its flavour splits them, on first use. */
    public SqlScript(SourceFile file) {
        this(file, ScriptTransaction.NONE);
    }

    /** The same, run by a migration tool in a transaction as {@code transaction} says. */
    public SqlScript(SourceFile file, ScriptTransaction transaction) {
        this.file = Objects.requireNonNull(file, "file");
        this.transaction = Objects.requireNonNull(transaction, "transaction");
    }

    @Override
    public ScriptTransaction transaction() {
        return transaction;
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
