package io.github.dialectic.rules.support;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.IndexDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.PrimaryKeyDef;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.change.UniqueDef;

import java.util.ArrayList;
import java.util.List;

/**
 * Every key a change adds (primary keys, unique constraints, indexes; inline forms included) with its key parts and
 * prefix lengths: what rules about key sizes and key column types read. Indexes with expression parts are left out
 * (their parts are sized by the expressions, not by columns).
 */
public final class Keys {

    public enum Kind { PRIMARY_KEY, UNIQUE, INDEX }

    /** One key part: a column and its prefix length (MySQL {@code col(10)}), or null for the whole column. */
    public record Part(Name column, Integer prefix) {
    }

    /** A key; {@code label} names it for messages ("PRIMARY KEY", "unique index ux_a"). */
    public record Key(QualifiedName table, String label, Kind kind, List<Part> parts, SourceRange range) {
    }

    private Keys() {
    }

    public static List<Key> added(Change change) {
        List<Key> keys = new ArrayList<>();
        if (change instanceof Change.CreateTable ct) {
            ct.columns().forEach(c -> inline(keys, ct.table(), c));
            ct.constraints().forEach(c -> constraint(keys, ct.table(), c));
        } else if (change instanceof Change.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddColumn add) {
                    inline(keys, at.table(), add.column());
                } else if (a instanceof AlterAction.AddConstraint add) {
                    constraint(keys, at.table(), add.constraint());
                }
            }
        } else if (change instanceof Change.CreateIndex ci) {
            constraint(keys, ci.table(), ci.index());
        }
        return keys;
    }

    private static void inline(List<Key> keys, QualifiedName table, ColumnDef c) {
        if (c.primaryKey()) {
            keys.add(new Key(table, "PRIMARY KEY", Kind.PRIMARY_KEY, List.of(new Part(c.name(), null)), c.range()));
        } else if (c.unique()) {
            keys.add(new Key(table, "UNIQUE key " + c.name(), Kind.UNIQUE, List.of(new Part(c.name(), null)), c.range()));
        }
    }

    private static void constraint(List<Key> keys, QualifiedName table, ConstraintDef c) {
        String name = c.name() == null ? "" : " " + c.name();
        if (c instanceof PrimaryKeyDef pk) {
            keys.add(new Key(table, "PRIMARY KEY" + name, Kind.PRIMARY_KEY, plain(pk.columns()), c.range()));
        } else if (c instanceof UniqueDef u) {
            keys.add(new Key(table, "UNIQUE constraint" + name, Kind.UNIQUE, plain(u.columns()), c.range()));
        } else if (c instanceof IndexDef ix && !ix.hasExpressions()) {
            keys.add(new Key(table, (ix.unique() ? "unique index" : "index") + name,
                    ix.unique() ? Kind.UNIQUE : Kind.INDEX,
                    ix.parts().stream().map(p -> new Part(p.column(), p.prefixLength())).toList(), c.range()));
        }
    }

    private static List<Part> plain(List<Name> columns) {
        return columns.stream().map(n -> new Part(n, null)).toList();
    }
}
