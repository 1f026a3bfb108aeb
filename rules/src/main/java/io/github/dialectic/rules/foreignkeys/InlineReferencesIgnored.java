package io.github.dialectic.rules.foreignkeys;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.QualifiedName;
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
        id = "fk-inline-references-ignored",
        title = "Column-level REFERENCES, which MySQL ignores",
        category = Category.FOREIGN_KEYS,
        severity = Severity.ERROR,
        summary = "A foreign key written inline in a column definition (c INT REFERENCES p (id)): MySQL before 9.0 "
                + "parses it and creates no foreign key.",
        effects = @EngineEffect(engine = Engine.MYSQL, effect = Effect.DIFFERENT, versions = "<9.0",
                reference = "MySQL 8.4 manual, CREATE TABLE, FOREIGN KEY Constraints: MySQL parses but ignores "
                        + "\"inline REFERENCES specifications\" (as defined in the SQL standard) where the references "
                        + "are defined as part of the column specification; MySQL 9.0 release notes: now supported"))
public final class InlineReferencesIgnored implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (change instanceof Change.CreateTable ct) {
            for (ColumnDef c : ct.columns()) {
                report(ctx, ct.table(), c);
            }
        } else if (change instanceof Change.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddColumn add) {
                    report(ctx, at.table(), add.column());
                } else if (a instanceof AlterAction.ModifyColumn mc) {
                    report(ctx, at.table(), mc.column());
                }
            }
        }
    }

    private static void report(RuleContext ctx, QualifiedName table, ColumnDef c) {
        if (c.references() == null) {
            return;
        }
        String parent = c.references().parentTable() + (c.references().parentColumns().isEmpty() ? ""
                : " (" + Names.join(c.references().parentColumns()) + ")");
        ctx.report(c.references().range(), "column " + table + "." + c.name() + " references " + parent
                        + " inline: MySQL (before 9.0) accepts the clause and creates no foreign key")
                .fix("Declare the key as a table constraint: CONSTRAINT fk_" + table.name().text() + "_" + c.name().text()
                        + " FOREIGN KEY (" + c.name().text() + ") REFERENCES " + parent + " (with ALTER TABLE "
                        + table + " ADD CONSTRAINT ... for an added column).")
                .emit();
    }
}
