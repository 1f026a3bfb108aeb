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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Shared walks over the change model for rules that look at every declared column or index. */
public final class Ddl {

    private Ddl() {
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
        Set<Engine> set = new LinkedHashSet<>();
        targets.forEach(t -> set.add(t.engine()));
        return set.toArray(Engine[]::new);
    }

    /** "PostgreSQL, SQLite" for a list of targets. */
    public static String names(List<Target> targets) {
        List<String> names = new ArrayList<>();
        for (Engine e : engines(targets)) {
            names.add(e.displayName());
        }
        return String.join(", ", names);
    }
}
