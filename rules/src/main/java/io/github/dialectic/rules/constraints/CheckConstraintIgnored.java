package io.github.dialectic.rules.constraints;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.CheckDef;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.QualifiedName;
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
        id = "check-constraint-ignored",
        title = "CHECK constraint that MySQL before 8.0.16 ignores",
        category = Category.CONSTRAINTS_AND_DEFAULTS,
        severity = Severity.ERROR,
        summary = "A CHECK constraint (column or table level): MySQL before 8.0.16 parses it and enforces nothing.",
        effects = @EngineEffect(engine = Engine.MYSQL, effect = Effect.DIFFERENT, versions = "<8.0.16",
                reference = "MySQL 8.0 manual, CHECK Constraints: 'Prior to MySQL 8.0.16, CREATE TABLE permits only "
                        + "the following limited version of table CHECK constraint syntax, which is parsed and "
                        + "ignored'; MySQL 5.7 manual, CREATE TABLE: 'The CHECK clause is parsed but ignored by all "
                        + "storage engines'"))
public final class CheckConstraintIgnored implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (change instanceof Change.CreateTable ct) {
            for (ColumnDef c : ct.columns()) {
                if (c.check() != null) {
                    report(ctx, ct.table(), c.range(), "on column " + c.name());
                }
            }
            for (ConstraintDef k : ct.constraints()) {
                if (k instanceof CheckDef check) {
                    report(ctx, ct.table(), check.range(), check.name() != null ? check.name().text() : "");
                }
            }
        } else if (change instanceof Change.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddConstraint add && add.constraint() instanceof CheckDef check) {
                    report(ctx, at.table(), check.range(), check.name() != null ? check.name().text() : "");
                } else if (a instanceof AlterAction.AddColumn add && add.column().check() != null) {
                    report(ctx, at.table(), add.column().range(), "on column " + add.column().name());
                }
            }
        }
    }

    private static void report(RuleContext ctx, QualifiedName table, SourceRange range, String which) {
        ctx.report(range, "CHECK constraint " + (which.isEmpty() ? "" : which + " ") + "of " + table
                        + " is parsed and ignored by MySQL before 8.0.16: rows that violate it are stored")
                .fix("Require MySQL 8.0.16 or later; on older servers enforce the rule in a BEFORE INSERT/UPDATE "
                        + "trigger (SIGNAL SQLSTATE '45000') or in the application.")
                .emit();
    }
}
