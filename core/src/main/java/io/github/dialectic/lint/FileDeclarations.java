package io.github.dialectic.lint;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The latest declaration of each column in one file, kept up to date statement by statement, so that a rule asking
 * "how was this column declared in this file?" does not walk back over every earlier statement (quadratic in a
 * 10,000-statement file). Tables are matched by name only, as the file does not say which schema it runs in.
 */
final class FileDeclarations {

    private final Map<String, Map<String, ColumnDef>> byTable = new HashMap<>();

    /** Records what {@code change} declares; call after the rules have checked it. */
    void add(Change change) {
        if (change instanceof Change.CreateTable ct) {
            Map<String, ColumnDef> columns = new HashMap<>();
            ct.columns().forEach(c -> columns.put(c.name().key(), c));
            byTable.put(ct.table().name().key(), columns); // a re-created table starts afresh
        } else if (change instanceof Change.AlterTable at) {
            for (ColumnDef c : at.columnsDeclared()) {
                byTable.computeIfAbsent(at.table().name().key(), k -> new HashMap<>()).put(c.name().key(), c);
            }
        }
    }

    Optional<ColumnDef> latest(QualifiedName table, Name column) {
        Map<String, ColumnDef> columns = byTable.get(table.name().key());
        return columns == null ? Optional.empty() : Optional.ofNullable(columns.get(column.key()));
    }
}
