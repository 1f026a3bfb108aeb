package io.github.dialectic.rules.cost;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.Expression;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
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

import java.util.List;

@RuleInfo(
        id = "add-column-volatile-default-rewrites",
        title = "ADD COLUMN whose value must be computed row by row rewrites the table",
        category = Category.COST,
        severity = Severity.WARNING,
        reads = Reads.FILE_HISTORY,
        summary = "ADD COLUMN with a volatile default (random(), clock_timestamp(), gen_random_uuid(), nextval()), "
                + "a serial or identity column, or a STORED generated column: PostgreSQL rewrites the whole table; "
                + "MySQL/MariaDB rebuild it for AUTO_INCREMENT and STORED generated columns.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.COSTLY,
                        reference = "PostgreSQL 15 ALTER TABLE ADD COLUMN: 'Adding a column with a volatile DEFAULT or "
                                + "changing the type of an existing column will require the entire table and its "
                                + "indexes to be rewritten'; run here: relfilenode changes for random(), "
                                + "clock_timestamp(), gen_random_uuid(), SERIAL, IDENTITY and STORED, not for 5, now() "
                                + "or 'x' || 'y'"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.COSTLY,
                        reference = "MySQL 8.4 Online DDL: 'Adding an auto-increment column: Rebuilds Table Yes'; "
                                + "'Adding a STORED column: In Place No, Rebuilds Table Yes'"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.COSTLY,
                        reference = "Run on MariaDB 10.11: ADD COLUMN ... AUTO_INCREMENT and ADD COLUMN ... AS (...) "
                                + "STORED refuse ALGORITHM=NOCOPY")})
public final class AddColumnVolatileDefaultRewrites implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.AlterTable at)
                || !Ddl.hasAction(at, AlterAction.AddColumn.class)
                || FreshTables.createdEmptyInThisFile(ctx, at.table())) {
            return;
        }
        // the engines that fill every existing row when the new column's value is computed row by row
        List<EngineProfile> rewriting = new java.util.ArrayList<>(1); // a loop, not a stream: every ADD COLUMN
        for (EngineProfile p : ctx.profiles()) {
            if (p.supports(Feature.ADD_COLUMN_PER_ROW_DEFAULT_REWRITES)) {
                rewriting.add(p);
            }
        }
        for (AlterAction a : at.actions()) {
            if (!(a instanceof AlterAction.AddColumn add)) {
                continue;
            }
            ColumnDef c = add.column();
            String volatileCall = volatileCall(c.defaultExpression(), rewriting);
            boolean serial = c.type() != null && c.type().is("SERIAL", "BIGSERIAL", "SMALLSERIAL", "SERIAL4", "SERIAL8",
                    "SERIAL2");
            boolean stored = c.storedGenerated();
            if (volatileCall == null && !serial && !c.autoIncrement() && !stored) {
                continue; // most added columns: no message to write
            }
            String col = at.table() + "." + c.name();
            if (volatileCall != null || serial) {
                if (rewriting.isEmpty()) {
                    continue;
                }
                ctx.report(c.range(), "adding " + col + " with " + (serial ? "a serial type" : "the volatile default "
                                + volatileCall + "()") + " rewrites the whole table on " + Profiles.sentence(rewriting)
                                + " (each row gets its own value), under an ACCESS EXCLUSIVE lock")
                        .only(Profiles.engines(rewriting))
                        .fix("Add the column without a default (or with a constant one), then SET DEFAULT for new rows "
                                + "and backfill existing rows in batches.")
                        .emit();
            } else if (c.autoIncrement() || stored) {
                String what = stored ? "a STORED generated column" : "an identity/AUTO_INCREMENT column";
                ctx.report(c.range(), "adding " + col + " as " + what + " rewrites the whole table"
                                + (stored ? "" : " on PostgreSQL and rebuilds it on MySQL/MariaDB"))
                        .fix(stored ? "Use a VIRTUAL generated column if it need not be stored, or add a plain column "
                                + "and backfill it in batches."
                                : "Add the key column on a quiet table or with an online schema-change tool; on "
                                + "PostgreSQL consider a plain BIGINT column filled in batches from a sequence.")
                        .emit();
            }
        }
    }

    /** The first function the default calls, at any depth, that a rewriting engine gives each row anew, or null. */
    private static String volatileCall(Expression expression, List<EngineProfile> rewriting) {
        if (expression == null) {
            return null;
        }
        for (Expression.Call call : expression.calls()) {
            for (EngineProfile p : rewriting) {
                if (p.volatileFunction(call.lowerCaseName())) {
                    return call.lowerCaseName();
                }
            }
        }
        return null;
    }
}
