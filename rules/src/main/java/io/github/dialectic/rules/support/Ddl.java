package io.github.dialectic.rules.support;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.IndexDef;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;

import java.util.ArrayList;
import java.util.List;

/** Shared walks over the change model for rules that look at every declared column or index. */
public final class Ddl {

    private Ddl() {
    }

    /**
     * Whether the ALTER TABLE has an action of one of these kinds: a loop, not a stream and a lambda, for the rules
     * that ask it of every ALTER TABLE (most of them cold, in the interpreter).
     */
    public static boolean hasAction(Change.AlterTable at, Class<? extends AlterAction> kind,
                                    Class<? extends AlterAction> orKind) {
        for (AlterAction a : at.actions()) {
            if (kind.isInstance(a) || orKind.isInstance(a)) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #hasAction(Change.AlterTable, Class, Class)}, for one kind. */
    public static boolean hasAction(Change.AlterTable at, Class<? extends AlterAction> kind) {
        return hasAction(at, kind, kind);
    }

    /** A column declared by a statement, with the table it belongs to. */
    public record DeclaredColumn(QualifiedName table, ColumnDef column) {
        public String qualified() {
            return table + "." + column.name();
        }
    }

    /** An index declared by a statement (CREATE INDEX, inline INDEX/KEY, ADD INDEX), with its table. */
    public record DeclaredIndex(QualifiedName table, IndexDef index) {
    }

    /**
     * Columns of CREATE TABLE, ALTER TABLE ... ADD COLUMN and MySQL's MODIFY/CHANGE (unmodifiable). About a dozen
     * rules ask this of each statement, one after another on one thread: the list made for the first is kept, per
     * thread, for the others (a change is immutable; issue 12).
     */
    public static List<DeclaredColumn> columns(Change change) {
        QualifiedName table = change instanceof Change.CreateTable ct ? ct.table()
                : change instanceof Change.AlterTable at ? at.table() : null;
        if (table == null) {
            return List.of();
        }
        LastColumns last = LAST_COLUMNS.get();
        if (last.change == change) {
            return last.columns;
        }
        List<ColumnDef> declared = change.columnsDeclared();
        DeclaredColumn[] out = new DeclaredColumn[declared.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = new DeclaredColumn(table, declared.get(k));
        }
        last.columns = List.of(out);
        last.change = change;
        return last.columns;
    }

    /** The change a thread last asked {@link #columns} of, and the answer. */
    private static final class LastColumns {
        Change change;
        List<DeclaredColumn> columns;
    }

    private static final ThreadLocal<LastColumns> LAST_COLUMNS = new ThreadLocal<>() {
        @Override
        protected LastColumns initialValue() {
            return new LastColumns();
        }
    };

    public static List<DeclaredIndex> indexes(Change change) {
        List<DeclaredIndex> out = new ArrayList<>();
        if (change instanceof Change.CreateIndex ci) {
            out.add(new DeclaredIndex(ci.table(), ci.index()));
        } else if (change instanceof Change.CreateTable ct) {
            for (ConstraintDef c : ct.constraints()) {
                if (c instanceof IndexDef ix) {
                    out.add(new DeclaredIndex(ct.table(), ix));
                }
            }
        } else if (change instanceof Change.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddConstraint add && add.constraint() instanceof IndexDef ix) {
                    out.add(new DeclaredIndex(at.table(), ix));
                }
            }
        }
        return out;
    }

    /** The engines of some targets, in order, without repeats. */
    public static Engine[] engines(List<Target> targets) {
        // loops over an array, no set and no lambda: every finding of a dozen rules passes here, most of them cold
        Engine[] out = new Engine[targets.size()];
        int n = 0;
        for (int k = 0; k < out.length; k++) {
            Engine e = targets.get(k).engine();
            boolean seen = false;
            for (int j = 0; j < n && !seen; j++) {
                seen = out[j] == e;
            }
            if (!seen) {
                out[n++] = e;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** "PostgreSQL, SQLite" for a list of targets. */
    public static String names(List<Target> targets) {
        Engine[] engines = engines(targets);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < engines.length; k++) {
            out.append(k == 0 ? "" : ", ").append(engines[k].displayName());
        }
        return out.toString();
    }
}
