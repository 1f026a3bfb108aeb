package io.github.dialectic.rules.foreignkeys;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.change.QualifiedName;

import java.util.List;

/** The foreign keys a CREATE TABLE or ALTER TABLE declares, inline ones with their child column filled in. */
final class DeclaredForeignKeys {
    private DeclaredForeignKeys() {
    }

    /** The child table of the change, or null when the change declares no foreign keys. */
    static QualifiedName table(Change change) {
        if (change instanceof Change.CreateTable ct) {
            return ct.table();
        }
        if (change instanceof Change.AlterTable at) {
            return at.table();
        }
        return null;
    }

    static List<ForeignKeyDef> of(Change change) {
        return change.foreignKeysAdded();
    }
}
