package io.github.dialectic.rules.alter;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.IndexDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.parse.Expressions;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;
import io.github.dialectic.schema.Check;
import io.github.dialectic.schema.ForeignKey;
import io.github.dialectic.schema.Index;
import io.github.dialectic.schema.Key;
import io.github.dialectic.schema.Names;
import io.github.dialectic.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "sqlite-drop-column-limits",
        title = "DROP COLUMN of a column SQLite cannot drop",
        category = Category.ALTER_TABLE,
        severity = Severity.ERROR,
        reads = Reads.SCHEMA,
        summary = "ALTER TABLE ... DROP COLUMN of a column that is part of the primary key, a UNIQUE constraint, an "
                + "index (key, expression or partial-index WHERE), a table-level CHECK or a table-level FOREIGN KEY.",
        effects = @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED, versions = ">=3.35",
                reference = "SQLite ALTER TABLE DROP COLUMN restrictions; run on 3.54.1: 'cannot drop PRIMARY KEY "
                        + "column', 'cannot drop UNIQUE column', 'error in index ... after drop column', 'error in "
                        + "table ... after drop column'"))
public final class SqliteDropColumnLimits implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.AlterTable at)
                || !Ddl.hasAction(at, AlterAction.DropColumn.class)) {
            return;
        }
        Optional<Table> found = ctx.schema().table(at.table());
        if (found.isEmpty()) {
            return;
        }
        Table table = found.get();
        for (AlterAction a : at.actions()) {
            if (!(a instanceof AlterAction.DropColumn drop)) {
                continue;
            }
            List<String> uses = usesOf(table, drop.column());
            if (uses.isEmpty()) {
                continue;
            }
            ctx.report(a.range(), "SQLite cannot drop column " + at.table() + "." + drop.column() + ": it is used by "
                            + String.join(", ", uses))
                    .fix("Drop what uses " + drop.column() + " first (DROP INDEX for an index; a constraint needs the "
                            + "table rebuild: create the new table without the column, copy the rows, drop the old "
                            + "table, rename the new one).")
                    .emit();
        }
    }

    static List<String> usesOf(Table table, Name column) {
        List<String> uses = new ArrayList<>();
        Optional<Key> pk = table.primaryKey();
        if (pk.isPresent() && Names.contains(pk.get().columns(), column)) {
            uses.add("the PRIMARY KEY");
        }
        for (Key k : table.uniqueConstraints()) {
            if (Names.contains(k.columns(), column)) {
                uses.add(k.name() == null ? "a UNIQUE constraint" : "UNIQUE constraint " + k.name());
            }
        }
        for (Index ix : table.indexes()) {
            String name = ix.name() == null ? "an index" : "index " + ix.name();
            if (Names.contains(ix.columns(), column)) {
                uses.add(name);
            } else if (ix.parts().stream().map(IndexDef.KeyPart::expression).anyMatch(e -> mentions(e, column))) {
                uses.add(name + " (in an expression)");
            } else if (mentions(ix.where(), column)) {
                uses.add(name + " (in its WHERE clause)");
            }
        }
        for (Check ck : table.checks()) {
            if (ck.condition().mentions(column)) {
                uses.add(ck.name() == null ? "a table CHECK constraint" : "CHECK constraint " + ck.name());
            }
        }
        for (ForeignKey fk : table.foreignKeys()) {
            // a column-level REFERENCES goes away with its column; a table-level FOREIGN KEY makes the drop fail
            if (!fk.inline() && Names.contains(fk.columns(), column)) {
                uses.add(fk.name() == null ? "a FOREIGN KEY" : "FOREIGN KEY " + fk.name());
            }
        }
        return uses;
    }

    /**
     * Whether an index's key expression or WHERE clause (kept as text in the index model) names the column: read with
     * the expression reader, so a name inside a string literal does not count.
     */
    static boolean mentions(String expression, Name column) {
        return expression != null && Expressions.read(expression).mentions(column);
    }
}
