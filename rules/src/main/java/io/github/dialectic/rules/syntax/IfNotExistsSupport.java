package io.github.dialectic.rules.syntax;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.engine.Target;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;

import java.util.List;
import java.util.stream.Collectors;

@RuleInfo(
        id = "if-not-exists-support",
        title = "IF [NOT] EXISTS where an engine has no such clause",
        category = Category.SYNTAX,
        severity = Severity.ERROR,
        summary = "CREATE INDEX IF NOT EXISTS and DROP INDEX IF EXISTS (not MySQL, not Db2 11.1), ADD/DROP COLUMN "
                + "IF [NOT] EXISTS (PostgreSQL and MariaDB only), CREATE TABLE IF NOT EXISTS and DROP TABLE IF EXISTS "
                + "(not Db2 11.1).",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 CREATE INDEX, DROP INDEX and ALTER TABLE ADD/DROP COLUMN take no IF "
                                + "[NOT] EXISTS: ERROR 1064 (not executed here)"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "seen on 3.54: ADD COLUMN IF NOT EXISTS and DROP COLUMN IF EXISTS: 'near "
                                + "\"EXISTS\": syntax error'"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.1 has no IF [NOT] EXISTS on CREATE/DROP TABLE or INDEX (IF EXISTS on "
                                + "DROP came with 11.5), and ALTER TABLE has none on 11.5 either: SQL0104N, SQLSTATE "
                                + "42601")})
public final class IfNotExistsSupport implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (change instanceof Change.CreateTable ct && ct.ifNotExists()) {
            report(ctx, ct.ifNotExistsClause(), "CREATE TABLE IF NOT EXISTS " + ct.table(),
                    Feature.CREATE_TABLE_IF_NOT_EXISTS,
                    "Drop IF NOT EXISTS: a migration tool runs each migration once, so the table does not exist yet.");
        } else if (change instanceof Change.DropTable dt && dt.ifExists()) {
            report(ctx, dt.ifExistsClause(), "DROP TABLE IF EXISTS "
                            + dt.tables().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    Feature.DROP_TABLE_IF_EXISTS,
                    "Drop IF EXISTS and drop only tables an earlier migration created.");
        } else if (change instanceof Change.CreateIndex ci && ci.ifNotExists()) {
            report(ctx, ci.ifNotExistsClause(), "CREATE INDEX IF NOT EXISTS "
                            + (ci.index().name() == null ? "" : ci.index().name() + " ") + "on " + ci.table(),
                    Feature.CREATE_INDEX_IF_NOT_EXISTS,
                    "Drop IF NOT EXISTS: in a versioned migration the index cannot exist yet.");
        } else if (change instanceof Change.DropIndex di && di.ifExists()) {
            report(ctx, di.ifExistsClause(), "DROP INDEX IF EXISTS " + di.index(),
                    Feature.DROP_INDEX_IF_EXISTS, "Drop IF EXISTS: drop an index an earlier migration created.");
        } else if (change instanceof Change.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddColumn add && add.ifNotExists()) {
                    report(ctx, add.ifNotExistsClause(), "ADD COLUMN IF NOT EXISTS " + at.table() + "."
                                    + add.column().name(), Feature.ADD_COLUMN_IF_NOT_EXISTS,
                            "Drop IF NOT EXISTS: in a versioned migration the column cannot exist yet.");
                } else if (a instanceof AlterAction.DropColumn drop && drop.ifExists()) {
                    report(ctx, drop.ifExistsClause(), "DROP COLUMN IF EXISTS " + at.table() + "." + drop.column(),
                            Feature.DROP_COLUMN_IF_EXISTS, "Drop IF EXISTS: drop a column an earlier migration created.");
                }
            }
        }
    }

    private static void report(RuleContext ctx, SourceRange at, String what, Feature feature, String fix) {
        List<Target> lacking = ctx.lacking(feature);
        if (lacking.isEmpty()) {
            return;
        }
        ctx.report(at, what + ": the IF [NOT] EXISTS clause is not understood by " + Ddl.names(lacking))
                .only(Ddl.engines(lacking))
                .fix(fix + " Where a script really must be re-runnable, check the catalog first (information_schema, "
                        + "sqlite_master, SYSCAT) in each engine's own way.")
                .emit();
    }
}
