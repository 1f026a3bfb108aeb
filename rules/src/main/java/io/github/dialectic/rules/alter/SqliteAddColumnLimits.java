package io.github.dialectic.rules.alter;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.Expression;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;

import java.util.ArrayList;
import java.util.List;

@RuleInfo(
        id = "sqlite-add-column-limits",
        title = "ADD COLUMN with a clause SQLite refuses",
        category = Category.ALTER_TABLE,
        severity = Severity.ERROR,
        summary = "ALTER TABLE ... ADD COLUMN with PRIMARY KEY or UNIQUE, a CURRENT_* or computed default, a "
                + "REFERENCES clause with a non-NULL default, or a STORED generated column: SQLite rejects it "
                + "(the last three when the table has rows).",
        effects = @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                reference = "SQLite ALTER TABLE ADD COLUMN restrictions; run on 3.54.1: 'Cannot add a PRIMARY KEY "
                        + "column', 'Cannot add a UNIQUE column', 'Cannot add a column with non-constant default', "
                        + "'Cannot add a REFERENCES column with non-NULL default value', 'cannot add a STORED column'"))
public final class SqliteAddColumnLimits implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.AlterTable at)) {
            return;
        }
        for (AlterAction a : at.actions()) {
            if (!(a instanceof AlterAction.AddColumn add)) {
                continue;
            }
            ColumnDef c = add.column();
            String col = at.table() + "." + c.name();
            List<String> problems = new ArrayList<>();
            if (c.primaryKey()) {
                problems.add("PRIMARY KEY (always rejected: 'Cannot add a PRIMARY KEY column')");
            }
            if (c.unique()) {
                problems.add("UNIQUE (always rejected: 'Cannot add a UNIQUE column')");
            }
            String dflt = c.defaultValue();
            if (dflt != null && !storableConstant(c.defaultExpression())) {
                problems.add("the non-constant default " + dflt + " (rejected when the table has rows: "
                        + "'Cannot add a column with non-constant default')");
            }
            if (c.references() != null && c.hasDefault()) {
                problems.add("REFERENCES with the non-NULL default " + dflt + " (rejected when the table has rows "
                        + "and foreign keys are on)");
            }
            if (c.storedGenerated()) {
                problems.add("a STORED generated column (rejected when the table has rows: 'cannot add a STORED column')");
            }
            if (problems.isEmpty()) {
                continue;
            }
            ctx.report(c.range(), "SQLite cannot add column " + col + " with " + String.join("; ", problems))
                    .fix(fixFor(c))
                    .emit();
        }
    }

    private static String fixFor(ColumnDef c) {
        if (c.primaryKey() || c.unique()) {
            return "Add the column plainly, then CREATE UNIQUE INDEX on it (a new primary key needs the table rebuild: "
                    + "create the new table, copy the rows, drop the old one, rename).";
        }
        return "Add the column with a constant default (or none) and fill it with an UPDATE; for a STORED generated "
                + "column use VIRTUAL, or rebuild the table.";
    }

    /**
     * A default SQLite can store as a constant: a literal (a signed number, a string or X'..' blob, NULL, TRUE/FALSE),
     * possibly in parentheses. A string with another prefix (N'..', E'..') is none of SQLite's.
     */
    private static boolean storableConstant(Expression dflt) {
        return dflt.unwrapped() instanceof Expression.Literal l && (!l.is(Expression.Literal.Kind.STRING)
                || l.text().startsWith("'") || l.text().startsWith("x'") || l.text().startsWith("X'"));
    }
}
