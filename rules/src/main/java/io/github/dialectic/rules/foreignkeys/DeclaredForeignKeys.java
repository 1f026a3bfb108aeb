package io.github.dialectic.rules.foreignkeys;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.change.QualifiedName;

import java.util.ArrayList;
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
        List<ForeignKeyDef> fks = new ArrayList<>();
        if (change instanceof Change.CreateTable ct) {
            for (ColumnDef c : ct.columns()) {
                if (c.references() != null) {
                    fks.add(c.references().withColumns(List.of(c.name())));
                }
            }
            for (ConstraintDef k : ct.constraints()) {
                if (k instanceof ForeignKeyDef fk) {
                    fks.add(fk);
                }
            }
        } else if (change instanceof Change.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddConstraint add && add.constraint() instanceof ForeignKeyDef fk) {
                    fks.add(fk);
                } else if (a instanceof AlterAction.AddColumn add && add.column().references() != null) {
                    fks.add(add.column().references().withColumns(List.of(add.column().name())));
                }
            }
        }
        return fks;
    }
}
