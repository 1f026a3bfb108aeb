package io.github.dialectic.rules.cost;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.CheckDef;
import io.github.dialectic.change.Expression;
import io.github.dialectic.change.Name;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;
import io.github.dialectic.rules.support.Profiles;
import io.github.dialectic.schema.Check;
import io.github.dialectic.schema.Column;
import io.github.dialectic.schema.Table;

import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "set-not-null-scans",
        title = "Making an existing column NOT NULL scans or rebuilds the table",
        category = Category.COST,
        severity = Severity.WARNING,
        reads = {Reads.SCHEMA, Reads.FILE_HISTORY},
        summary = "ALTER COLUMN ... SET NOT NULL (PostgreSQL: a full scan under an ACCESS EXCLUSIVE lock) or "
                + "MODIFY/CHANGE making a nullable column NOT NULL (MySQL/MariaDB: a table rebuild).",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.COSTLY,
                        reference = "PostgreSQL 15 ALTER TABLE SET NOT NULL: 'the entire table will be scanned', "
                                + "ACCESS EXCLUSIVE lock; skipped when a valid CHECK (c IS NOT NULL) proves it (12+); "
                                + "run here: AccessExclusiveLock held, DEBUG 'verifying table'"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.COSTLY,
                        reference = "MySQL 8.4 Online DDL, column operations: 'Making a column NOT NULL: In Place Yes, "
                                + "Rebuilds Table Yes'"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.COSTLY,
                        reference = "Run on MariaDB 10.11: MODIFY c INT NOT NULL, ALGORITHM=NOCOPY fails with "
                                + "ERROR 1845 (the table must be rebuilt); ALGORITHM=INPLACE works")})
public final class SetNotNullScans implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.AlterTable at)
                || !Ddl.hasAction(at, AlterAction.SetNotNull.class, AlterAction.ModifyColumn.class)
                || FreshTables.createdEmptyInThisFile(ctx, at.table())) {
            return;
        }
        Optional<Table> table = ctx.schema().table(at.table());
        for (AlterAction a : at.actions()) {
            String col = null;
            if (a instanceof AlterAction.SetNotNull sn) {
                if (table.isPresent() && provenNotNull(ctx, table.get(), sn.column())) {
                    continue;
                }
                ctx.report(a.range(), "SET NOT NULL on " + at.table() + "." + sn.column() + " scans the whole table "
                                + "under an ACCESS EXCLUSIVE lock on PostgreSQL: reads and writes wait for the scan")
                        .only(Profiles.supporting(ctx, Feature.ALTER_COLUMN_NULLABILITY))
                        .fix("On PostgreSQL 12+: ALTER TABLE " + at.table() + " ADD CONSTRAINT " + sn.column()
                                + "_not_null CHECK (" + sn.column() + " IS NOT NULL) NOT VALID; then VALIDATE "
                                + "CONSTRAINT " + sn.column() + "_not_null (no write lock); then SET NOT NULL (no "
                                + "scan); then drop the CHECK.")
                        .emit();
            } else if (a instanceof AlterAction.ModifyColumn mc && mc.column().declaredNotNull() && table.isPresent()) {
                Optional<Column> old = table.get().column(mc.from());
                if (old.isEmpty() || !old.get().nullable()) {
                    continue;
                }
                col = at.table() + "." + mc.from();
                ctx.report(a.range(), "MODIFY/CHANGE makes " + col + " NOT NULL: MySQL and MariaDB rebuild the whole "
                                + "table to do it")
                        .only(Profiles.supporting(ctx, Feature.ALTER_MODIFY_COLUMN))
                        .fix("Run it in a maintenance window or with an online schema-change tool (pt-online-schema-"
                                + "change, gh-ost) on big tables; add ALGORITHM=INPLACE, LOCK=NONE to fail fast instead "
                                + "of blocking writes.")
                        .emit();
            }
        }
    }

    /** A CHECK (c IS NOT NULL) that is in the schema and was not left NOT VALID in this file. */
    private static boolean provenNotNull(RuleContext ctx, Table table, Name column) {
        for (Check ck : table.checks()) {
            if (isNotNullTest(ck.condition().unwrapped(), column) && !leftNotValid(ctx.fileChangesSoFar(), ck.name())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the condition is {@code column IS NOT NULL} and nothing else: the name, the words IS NOT, NULL. */
    private static boolean isNotNullTest(Expression condition, Name column) {
        if (!(condition instanceof Expression.Other o) || o.parts().size() != 2
                || !(o.parts().get(0) instanceof Expression.Identifier id) || !id.names(column)
                || !(o.parts().get(1) instanceof Expression.Literal nul) || !nul.is(Expression.Literal.Kind.NULL)
                || id.range().start() != o.range().start() || nul.range().end() != o.range().end()) {
            return false;
        }
        String between = o.text().substring(id.range().end() - o.range().start(), nul.range().start() - o.range().start());
        return between.strip().replaceAll("\\s+", " ").equalsIgnoreCase("IS NOT");
    }

    private static boolean leftNotValid(List<Change> changes, Name check) {
        boolean notValid = false;
        for (Change c : changes) {
            if (!(c instanceof Change.AlterTable at)) {
                continue;
            }
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddConstraint ac && ac.constraint() instanceof CheckDef cd
                        && check != null && check.sameAs(cd.name())) {
                    notValid = ac.notValid();
                } else if (a instanceof AlterAction.ValidateConstraint vc && check != null
                        && vc.name().text().equalsIgnoreCase(check.text())) {
                    notValid = false;
                }
            }
        }
        return notValid;
    }
}
