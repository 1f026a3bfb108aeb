package io.github.dialectic.rules.cost;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.DataType;
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
import io.github.dialectic.schema.Column;
import io.github.dialectic.schema.Table;

import java.util.Optional;

@RuleInfo(
        id = "column-type-change-rewrites",
        title = "Changing a column's type rewrites the table",
        category = Category.COST,
        severity = Severity.WARNING,
        reads = {Reads.SCHEMA, Reads.FILE_HISTORY},
        summary = "ALTER COLUMN ... TYPE (PostgreSQL) or MODIFY/CHANGE with a new type (MySQL/MariaDB) that the "
                + "engine cannot do in place: the whole table is rewritten (PostgreSQL) or copied (MySQL/MariaDB).",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.COSTLY,
                        reference = "PostgreSQL 15 ALTER TABLE, SET DATA TYPE: 'will cause the entire table and its "
                                + "indexes to be rewritten' unless the old type is binary coercible; run here: "
                                + "relfilenode changes for INTEGER to BIGINT and VARCHAR(10) to VARCHAR(5), not for "
                                + "VARCHAR(10) to VARCHAR(20), to TEXT, or NUMERIC(10,2) to NUMERIC(12,2)"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.COSTLY,
                        reference = "MySQL 8.4 Online DDL: 'Changing the column data type: In Place No, Rebuilds "
                                + "Table Yes' (only VARCHAR growth within the same length-byte size is in place)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.COSTLY,
                        reference = "Run on MariaDB 10.11 (utf8mb4): INT to BIGINT and VARCHAR(50) to VARCHAR(100) "
                                + "refuse ALGORITHM=NOCOPY ('Cannot change column type'); VARCHAR(10) to VARCHAR(60) "
                                + "is instant")})
public final class ColumnTypeChangeRewrites implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.AlterTable at)
                || !Ddl.hasAction(at, AlterAction.AlterColumnType.class, AlterAction.ModifyColumn.class)
                || FreshTables.createdEmptyInThisFile(ctx, at.table())) {
            return;
        }
        Optional<Table> table = ctx.schema().table(at.table());
        if (table.isEmpty()) {
            return;
        }
        for (AlterAction a : at.actions()) {
            if (a instanceof AlterAction.AlterColumnType act) {
                Optional<Column> old = table.get().column(act.column());
                if (old.isEmpty() || old.get().type() == null
                        || (act.using() == null && pgInPlace(old.get().type(), act.type()))) {
                    continue;
                }
                ctx.report(a.range(), "changing " + at.table() + "." + act.column() + " from " + old.get().type()
                                + " to " + act.type() + " rewrites the whole table and its indexes on PostgreSQL, "
                                + "under an ACCESS EXCLUSIVE lock")
                        .only(Profiles.supporting(ctx, Feature.ALTER_COLUMN_TYPE))
                        .fix("On a big table add a new column of the new type, backfill it in batches, switch over "
                                + "and drop the old column; or run the change in a maintenance window.")
                        .emit();
            } else if (a instanceof AlterAction.ModifyColumn mc && mc.column().type() != null) {
                Optional<Column> old = table.get().column(mc.from());
                if (old.isEmpty() || old.get().type() == null || sameType(old.get().type(), mc.column().type())
                        || mysqlInPlace(old.get().type(), mc.column().type())) {
                    continue;
                }
                ctx.report(a.range(), "changing " + at.table() + "." + mc.from() + " from " + old.get().type() + " to "
                                + mc.column().type() + " copies the whole table on MySQL/MariaDB (ALGORITHM=COPY: "
                                + "writes are blocked while it runs)")
                        .only(Profiles.supporting(ctx, Feature.ALTER_MODIFY_COLUMN))
                        .fix("Run it with an online schema-change tool (pt-online-schema-change, gh-ost) on big tables, "
                                + "or in a maintenance window.")
                        .emit();
            }
        }
    }

    static boolean sameType(DataType a, DataType b) {
        return a.name().equals(b.name()) && a.arguments().equals(b.arguments()) && a.unsigned() == b.unsigned();
    }

    /** Binary-coercible changes PostgreSQL does without a rewrite (checked on PostgreSQL 15). */
    static boolean pgInPlace(DataType from, DataType to) {
        if (sameType(from, to)) {
            return true;
        }
        boolean fromVarchar = from.is("VARCHAR", "CHARACTER VARYING");
        boolean toVarchar = to.is("VARCHAR", "CHARACTER VARYING");
        if ((fromVarchar || from.is("TEXT")) && (to.is("TEXT") || (toVarchar && to.length() < 0))) {
            return true;
        }
        if (fromVarchar && toVarchar) {
            return from.length() >= 0 && to.length() >= from.length();
        }
        if (from.is("NUMERIC", "DECIMAL") && to.is("NUMERIC", "DECIMAL") && from.arguments().size() == 2
                && to.arguments().size() == 2) {
            return from.arguments().get(1).equals(to.arguments().get(1)) && to.length() >= from.length();
        }
        return false;
    }

    /**
     * MySQL/MariaDB change a VARCHAR's length in place while the length prefix keeps its size (1 byte up to 255 bytes);
     * with utf8mb4 (4 bytes a character) that is up to VARCHAR(63).
     */
    static boolean mysqlInPlace(DataType from, DataType to) {
        if (!from.is("VARCHAR") || !to.is("VARCHAR") || from.length() < 0 || to.length() < from.length()) {
            return false;
        }
        return to.length() * 4 <= 255 || from.length() * 4 > 255;
    }
}
