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
        // three rules ask this of every statement, one after the other on the ordered walk: made once per change
        // (a pure function of it), not three times with its labels' strings
        Added last = lastAdded;
        if (last != null && last.change == change) {
            return last.keys;
        }
        List<Key> keys = List.copyOf(compute(change));
        lastAdded = new Added(change, keys);
        return keys;
    }

    /** The last change asked about and its keys (final fields: safe to publish through a plain volatile). */
    private static final class Added {
        final Change change;
        final List<Key> keys;

        Added(Change change, List<Key> keys) {
            this.change = change;
            this.keys = keys;
        }
    }

    private static volatile Added lastAdded;

    private static List<Key> compute(Change change) {
        List<Key> keys = new ArrayList<>();
        if (change instanceof Change.CreateTable ct) {
            for (ColumnDef c : ct.columns()) {
                inline(keys, ct.table(), c);
            }
            for (ConstraintDef c : ct.constraints()) {
                constraint(keys, ct.table(), c);
            }
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

    // loops, not streams: several rules ask this of every statement
    private static void constraint(List<Key> keys, QualifiedName table, ConstraintDef c) {
        if (c instanceof PrimaryKeyDef pk) {
            keys.add(new Key(table, "PRIMARY KEY" + name(c), Kind.PRIMARY_KEY, plain(pk.columns()), c.range()));
        } else if (c instanceof UniqueDef u) {
            keys.add(new Key(table, "UNIQUE constraint" + name(c), Kind.UNIQUE, plain(u.columns()), c.range()));
        } else if (c instanceof IndexDef ix && !ix.hasExpressions()) {
            List<Part> parts = new ArrayList<>(ix.parts().size());
            for (IndexDef.KeyPart p : ix.parts()) {
                parts.add(new Part(p.column(), p.prefixLength()));
            }
            keys.add(new Key(table, (ix.unique() ? "unique index" : "index") + name(c),
                    ix.unique() ? Kind.UNIQUE : Kind.INDEX, parts, c.range()));
        }
    }

    private static String name(ConstraintDef c) {
        return c.name() == null ? "" : " " + c.name();
    }

    private static List<Part> plain(List<Name> columns) {
        List<Part> parts = new ArrayList<>(columns.size());
        for (Name n : columns) {
            parts.add(new Part(n, null));
        }
        return parts;
    }
}
