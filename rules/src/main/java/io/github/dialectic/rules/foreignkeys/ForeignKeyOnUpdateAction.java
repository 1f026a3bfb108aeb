package io.github.dialectic.rules.foreignkeys;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.change.ReferentialAction;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.schema.Names;

import java.util.ArrayList;
import java.util.List;

@RuleInfo(
        id = "fk-on-update-action",
        title = "ON UPDATE CASCADE, SET NULL or SET DEFAULT in a foreign key",
        category = Category.FOREIGN_KEYS,
        severity = Severity.ERROR,
        summary = "A foreign key with an ON UPDATE action other than NO ACTION or RESTRICT.",
        effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                reference = "Db2 11.5 CREATE TABLE, references-clause: ON UPDATE accepts only NO ACTION or RESTRICT; "
                        + "anything else is a syntax error, SQL0104N, SQLSTATE 42601"))
public final class ForeignKeyOnUpdateAction implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        List<ForeignKeyDef> fks = new ArrayList<>();
        if (change instanceof Change.CreateTable ct) {
            for (ColumnDef c : ct.columns()) {
                if (c.references() != null) {
                    fks.add(c.references().withColumns(List.of(c.name())));
                }
            }
            for (ConstraintDef k : ct.constraints()) {
                if (k instanceof ForeignKeyDef fk) {
                    fks.add(fk);
                }
            }
        } else if (change instanceof Change.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddConstraint add && add.constraint() instanceof ForeignKeyDef fk) {
                    fks.add(fk);
                } else if (a instanceof AlterAction.AddColumn add && add.column().references() != null) {
                    fks.add(add.column().references().withColumns(List.of(add.column().name())));
                }
            }
        }
        for (ForeignKeyDef fk : fks) {
            ReferentialAction action = fk.onUpdate();
            if (action == ReferentialAction.CASCADE || action == ReferentialAction.SET_NULL
                    || action == ReferentialAction.SET_DEFAULT) {
                ctx.report(fk.onUpdateRange() != null ? fk.onUpdateRange() : fk.range(),
                                "foreign key (" + Names.join(fk.columns()) + ") -> " + fk.parentTable() + " uses ON UPDATE "
                                        + action.sql())
                        .fix("Use ON UPDATE NO ACTION (the default) and never update key values: reference an "
                                + "immutable surrogate key, or update children in the application.")
                        .emit();
            }
        }
    }
}
