package io.github.dialectic.rules.types;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.PrimaryKeyDef;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;

@RuleInfo(
        id = "sqlite-integer-primary-key",
        title = "Single-column primary key that is not SQLite's INTEGER PRIMARY KEY",
        category = Category.TYPES,
        severity = Severity.ERROR,
        summary = "A one-column integer primary key declared INT, BIGINT or SMALLINT (not INTEGER) and not NOT "
                + "NULL: on SQLite it is no rowid alias, so it accepts NULL and is never numbered.",
        effects = @EngineEffect(engine = Engine.SQLITE, effect = Effect.DIFFERENT,
                reference = "SQLite CREATE TABLE, ROWID and the INTEGER PRIMARY KEY: only the exact type name "
                        + "INTEGER makes the column an alias of the rowid; other primary keys may hold NULL. Seen on "
                        + "3.54: INSERT without id into (id INT PRIMARY KEY) stores NULL"))
public final class SqliteIntegerPrimaryKey implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.CreateTable ct)) {
            return;
        }
        ColumnDef pk = null;
        for (ColumnDef c : ct.columns()) {
            if (c.primaryKey()) {
                pk = c;
            }
        }
        for (ConstraintDef k : ct.constraints()) {
            if (k instanceof PrimaryKeyDef p && p.columns().size() == 1) {
                for (ColumnDef c : ct.columns()) {
                    if (c.name().sameAs(p.columns().get(0))) {
                        pk = c;
                    }
                }
            }
        }
        if (pk == null || pk.type() == null || !pk.type().is("INT", "BIGINT", "SMALLINT", "MEDIUMINT", "TINYINT",
                "INT4", "INT8", "INT2")) {
            return;
        }
        if (pk.declaredNotNull() || pk.autoIncrement()) {
            return; // NOT NULL: behaves alike (only the rowid storage differs); AUTO_INCREMENT is another rule's
        }
        SourceRange at = pk.type().range();
        ctx.report(at, "primary key " + ct.table() + "." + pk.name() + " is " + pk.type().written()
                        + ", not INTEGER: on SQLite it is no rowid alias, so "
                        + "it accepts NULL and rows inserted without it get NULL instead of a number")
                .fix("Declare it INTEGER PRIMARY KEY (exactly INTEGER) for SQLite, or declare it NOT NULL and always "
                        + "supply the value.")
                .emit();
    }
}
