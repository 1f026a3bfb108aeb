package io.github.dialectic.rules.alter;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
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
import io.github.dialectic.schema.Column;
import io.github.dialectic.schema.Names;
import io.github.dialectic.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "modify-drops-attributes",
        title = "MODIFY/CHANGE COLUMN that silently drops NOT NULL, DEFAULT or AUTO_INCREMENT",
        category = Category.ALTER_TABLE,
        severity = Severity.ERROR,
        reads = Reads.SCHEMA,
        summary = "A MySQL/MariaDB MODIFY or CHANGE COLUMN that does not restate NOT NULL, the DEFAULT or "
                + "AUTO_INCREMENT the column had: the new definition replaces the old one and the attribute is gone.",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.DIFFERENT,
                        reference = "MySQL 8.4 ALTER TABLE: 'MODIFY and CHANGE ... the column definition must include "
                                + "... attributes that should apply to the new column ... Attributes present in the "
                                + "original definition but not specified for the new definition are not carried forward'"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.DIFFERENT,
                        reference = "Run on MariaDB 10.11: after MODIFY b BIGINT, information_schema.columns shows "
                                + "IS_NULLABLE YES, no default, no comment, no auto_increment")})
public final class ModifyDropsAttributes implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.AlterTable at)
                || !Ddl.hasAction(at, AlterAction.ModifyColumn.class)) {
            return;
        }
        Optional<Table> table = ctx.schema().table(at.table());
        if (table.isEmpty()) {
            return;
        }
        for (AlterAction a : at.actions()) {
            if (!(a instanceof AlterAction.ModifyColumn mc)) {
                continue;
            }
            Optional<Column> old = table.get().column(mc.from());
            if (old.isEmpty()) {
                continue;
            }
            ColumnDef now = mc.column();
            Column was = old.get();
            boolean inPk = now.primaryKey()
                    || table.get().primaryKey().map(k -> Names.contains(k.columns(), mc.from())).orElse(false);
            List<String> dropped = new ArrayList<>();
            List<String> restate = new ArrayList<>();
            if (!was.nullable() && !inPk && now.nullability() == ColumnDef.Nullability.UNSPECIFIED) {
                dropped.add("NOT NULL");
                restate.add("NOT NULL");
            }
            if (was.defaultValue() != null && !was.defaultValue().equalsIgnoreCase("NULL") && now.defaultValue() == null
                    && !now.autoIncrement()) {
                dropped.add("DEFAULT " + was.defaultValue());
                restate.add("DEFAULT " + was.defaultValue());
            }
            if (was.autoIncrement() && !now.autoIncrement()) {
                dropped.add("AUTO_INCREMENT");
                restate.add("AUTO_INCREMENT");
            }
            if (dropped.isEmpty()) {
                continue;
            }
            String col = at.table() + "." + mc.from();
            ctx.report(a.range(), "MODIFY/CHANGE of " + col + " does not restate " + String.join(", ", dropped)
                            + ": MySQL/MariaDB replace the whole column definition, so the column loses "
                            + (dropped.size() == 1 ? "it" : "them"))
                    .fix("Restate every attribute the column keeps: " + mc.column().name() + " "
                            + (now.type() == null ? "<type>" : now.type().written()) + " " + String.join(" ", restate)
                            + " (and its COMMENT, CHARACTER SET, COLLATE, UNSIGNED if any).")
                    .emit();
        }
    }
}
