package io.github.dialectic.rules.foreignkeys;

import io.github.dialectic.change.Change;
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
        for (ForeignKeyDef fk : change.foreignKeysAdded()) {
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
