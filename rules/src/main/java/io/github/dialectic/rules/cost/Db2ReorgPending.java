package io.github.dialectic.rules.cost;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.DataType;
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

import java.util.Optional;

@RuleInfo(
        id = "db2-reorg-pending",
        title = "REORG-recommended ALTER on Db2",
        category = Category.COST,
        severity = Severity.WARNING,
        reads = Reads.SCHEMA,
        summary = "DROP COLUMN, SET NOT NULL, DROP NOT NULL or SET DATA TYPE (other than lengthening a VARCHAR): Db2 "
                + "puts the table in reorg-pending state, and most statements on it then fail until REORG TABLE.",
        effects = @EngineEffect(engine = Engine.DB2, effect = Effect.COSTLY,
                reference = "Db2 11.5 ALTER TABLE, REORG-recommended operations; SQL0668N reason code 7, SQLSTATE "
                        + "57016: 'The table is in the reorg pending state'"))
public final class Db2ReorgPending implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.AlterTable at)) {
            return;
        }
        for (AlterAction a : at.actions()) {
            String what = null;
            if (a instanceof AlterAction.DropColumn dc) {
                what = "DROP COLUMN " + dc.column();
            } else if (a instanceof AlterAction.SetNotNull sn) {
                what = "SET NOT NULL on " + sn.column();
            } else if (a instanceof AlterAction.DropNotNull dn) {
                what = "DROP NOT NULL on " + dn.column();
            } else if (a instanceof AlterAction.AlterColumnType act) {
                Optional<DataType> old = ctx.schema().table(at.table()).flatMap(t -> t.column(act.column()))
                        .map(Column::type);
                if (old.isPresent() && lengthensVarchar(old.get(), act.type())) {
                    continue;
                }
                what = "SET DATA TYPE " + act.type() + " on " + act.column();
            }
            if (what == null) {
                continue;
            }
            ctx.report(a.range(), what + " is a REORG-recommended operation on Db2: " + at.table() + " goes into "
                            + "reorg-pending state and most statements on it (including further ALTERs) fail with "
                            + "SQL0668N reason 7 until it is reorganised")
                    .fix("Follow it with CALL SYSPROC.ADMIN_CMD('REORG TABLE " + at.table() + "') in the same Db2 "
                            + "migration, before anything else touches " + at.table() + " (REORG copies the table: "
                            + "plan for it on big tables).")
                    .emit();
        }
    }

    private static boolean lengthensVarchar(DataType from, DataType to) {
        return from.is("VARCHAR", "VARGRAPHIC") && to.is(from.name()) && from.length() >= 0
                && to.length() >= from.length();
    }
}
