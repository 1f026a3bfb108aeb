package io.github.dialectic.rules.nulls;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.IndexDef;
import io.github.dialectic.change.Name;
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
import io.github.dialectic.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "unique-index-nulls-equal",
        title = "Unique index over nullable columns: one NULL allowed on Db2",
        category = Category.NULLS_AND_UNIQUENESS,
        severity = Severity.WARNING,
        reads = Reads.SCHEMA,
        summary = "CREATE UNIQUE INDEX over a nullable column without EXCLUDE NULL KEYS: Db2 treats NULLs as equal "
                + "in a unique index, the other engines allow any number of NULL rows.",
        effects = @EngineEffect(engine = Engine.DB2, effect = Effect.DIFFERENT,
                reference = "Db2 11.5 CREATE INDEX, UNIQUE: null values are treated as any other values, so a "
                        + "single-column key may hold one NULL; the second fails with SQL0803N, SQLSTATE 23505 "
                        + "(SQL0603N, SQLSTATE 23515 when creating the index over existing duplicates)"))
public final class UniqueIndexNullsEqual implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.CreateIndex ci) || !ci.index().unique() || ci.index().where() != null) {
            return;
        }
        if (ci.index().nullsNotDistinct()) {
            return;
        }
        Optional<Table> table = ctx.schema().table(ci.table());
        List<Name> nullable = new ArrayList<>();
        for (Name col : ci.index().columns()) {
            if (table.flatMap(t -> t.column(col)).map(Column::nullable).orElse(false)) {
                nullable.add(col);
            }
        }
        if (nullable.isEmpty()) {
            return;
        }
        IndexDef ix = ci.index();
        String what = ix.columns().size() == 1
                ? "Db2 admits one row where " + nullable.get(0) + " is NULL (SQL0803N on the second)"
                : "Db2 treats NULLs as equal, so two rows with equal non-NULL parts and NULL in " + nullable.get(0)
                        + " are duplicates (SQL0803N)";
        ctx.report(ix.range(), "unique index " + (ix.name() != null ? ix.name() + " " : "") + "on " + ci.table()
                        + " covers nullable column " + nullable.get(0) + ": PostgreSQL, MySQL, MariaDB and SQLite allow "
                        + "any number of NULLs, " + what)
                .fix(ix.columns().size() == 1
                        ? "On Db2 add EXCLUDE NULL KEYS (Db2 10.5+), which leaves NULL keys out of the index; or make "
                                + nullable.get(0) + " NOT NULL."
                        : "Make the key columns NOT NULL (use a sentinel value instead of NULL); EXCLUDE NULL KEYS on Db2 "
                                + "only skips keys that are NULL in every column.")
                .emit();
    }
}
