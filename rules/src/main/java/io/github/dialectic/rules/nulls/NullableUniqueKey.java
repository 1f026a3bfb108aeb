package io.github.dialectic.rules.nulls;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.PrimaryKeyDef;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.change.UniqueDef;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.schema.Column;
import io.github.dialectic.schema.Key;
import io.github.dialectic.schema.Names;
import io.github.dialectic.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RuleInfo(
        id = "nullable-unique-key",
        title = "Nullable column in a PRIMARY KEY or UNIQUE constraint",
        category = Category.NULLS_AND_UNIQUENESS,
        severity = Severity.ERROR,
        reads = Reads.SCHEMA,
        summary = "A PRIMARY KEY or UNIQUE constraint over a column not declared NOT NULL, or a column of such a "
                + "constraint made nullable later.",
        effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                reference = "SQL0542N, SQLSTATE 42831: column cannot be a column of a primary key or unique key "
                        + "because it can contain null values (Db2 11.5 message reference; CREATE TABLE, "
                        + "unique-constraint)"))
public final class NullableUniqueKey implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (change instanceof Change.CreateTable ct) {
            Map<String, ColumnDef> columns = new HashMap<>();
            ct.columns().forEach(c -> columns.put(c.name().key(), c));
            for (ColumnDef c : ct.columns()) {
                if ((c.primaryKey() || c.unique()) && mayBeNull(c)) {
                    report(ctx, c.range(), ct.table().toString(), c.name(), c.primaryKey() ? "PRIMARY KEY" : "UNIQUE");
                }
            }
            for (ConstraintDef k : ct.constraints()) {
                if (k instanceof PrimaryKeyDef || k instanceof UniqueDef) {
                    for (Name col : k.columns()) {
                        ColumnDef def = columns.get(col.key());
                        if (def != null && mayBeNull(def)) {
                            report(ctx, k.range(), ct.table().toString(), col, kind(k));
                        }
                    }
                }
            }
        } else if (change instanceof Change.AlterTable at) {
            Optional<Table> table = ctx.schema().table(at.table());
            Map<String, ColumnDef> addedHere = new HashMap<>();
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddColumn add) {
                    ColumnDef c = add.column();
                    addedHere.put(c.name().key(), c);
                    if ((c.primaryKey() || c.unique()) && mayBeNull(c)) {
                        report(ctx, a.range(), at.table().toString(), c.name(), c.primaryKey() ? "PRIMARY KEY" : "UNIQUE");
                    }
                } else if (a instanceof AlterAction.AddConstraint add
                        && (add.constraint() instanceof PrimaryKeyDef || add.constraint() instanceof UniqueDef)) {
                    for (Name col : add.constraint().columns()) {
                        ColumnDef here = addedHere.get(col.key());
                        boolean nullable = here != null ? mayBeNull(here)
                                : table.flatMap(t -> t.column(col)).map(Column::nullable).orElse(false);
                        if (nullable) {
                            report(ctx, add.constraint().range(), at.table().toString(), col, kind(add.constraint()));
                        }
                    }
                } else if (madeNullable(a) != null && table.isPresent()
                        && keyColumnMadeNullable(table.get(), a) != null) {
                    Name col = keyColumnMadeNullable(table.get(), a);
                    ctx.report(a.range(), "column " + at.table() + "." + col + " belongs to a PRIMARY KEY or UNIQUE "
                                    + "constraint and is made nullable")
                            .fix("Keep " + col + " NOT NULL (restate NOT NULL in MODIFY/CHANGE), or drop the constraint "
                                    + "first and replace it with a unique index.")
                            .emit();
                }
            }
        }
    }

    /**
     * Whether a declared column can hold NULL: not declared NOT NULL, and not filled by the engine (identity,
     * auto-increment and serial columns are NOT NULL implicitly, on Db2 too).
     */
    private static boolean mayBeNull(ColumnDef c) {
        boolean generated = c.autoIncrement() || (c.type() != null && c.type().is("SERIAL", "BIGSERIAL", "SMALLSERIAL"));
        return !c.declaredNotNull() && !generated;
    }

    /** The key column an action makes nullable (DROP NOT NULL, or MySQL MODIFY without NOT NULL), or null. */
    /** The column an action makes nullable (DROP NOT NULL, a MODIFY/CHANGE without NOT NULL), or null. */
    private static Name madeNullable(AlterAction a) {
        if (a instanceof AlterAction.DropNotNull dn) {
            return dn.column();
        } else if (a instanceof AlterAction.ModifyColumn mc && !mc.column().declaredNotNull() && !mc.column().primaryKey()) {
            return mc.from();
        }
        return null;
    }

    private static Name keyColumnMadeNullable(Table table, AlterAction a) {
        Name col = madeNullable(a);
        if (col == null) {
            return null;
        }
        List<Key> keys = new ArrayList<>(table.uniqueConstraints());
        table.primaryKey().ifPresent(keys::add);
        Name target = col;
        return keys.stream().anyMatch(k -> Names.contains(k.columns(), target)) ? col : null;
    }

    private static String kind(ConstraintDef k) {
        return k instanceof PrimaryKeyDef ? "PRIMARY KEY" : "UNIQUE";
    }

    private static void report(RuleContext ctx, SourceRange range, String table, Name column, String kind) {
        ctx.report(range, kind + " constraint on " + table + " includes nullable column " + column)
                .fix("Declare " + column + " NOT NULL (first delete or fill rows where it is NULL); if NULLs must stay, "
                        + "use CREATE UNIQUE INDEX instead (on Db2 add EXCLUDE NULL KEYS), knowing that a unique "
                        + "index cannot be a foreign-key parent on Db2.")
                .emit();
    }
}
