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
import io.github.dialectic.rules.support.Tokens;
import io.github.dialectic.source.Token;

import java.util.List;

@RuleInfo(
        id = "add-not-null-column-without-default",
        title = "ADD COLUMN ... NOT NULL without a default",
        category = Category.ALTER_TABLE,
        severity = Severity.ERROR,
        reads = Reads.SCHEMA,
        summary = "Adding a NOT NULL column with no DEFAULT to an existing table: what happens to the rows already "
                + "there differs by engine.",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.DIFFERENT,
                        reference = "MySQL 8.4 manual, Data Type Default Values: existing rows get the implicit "
                                + "default (0, '', zero date) without an error"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.DIFFERENT,
                        reference = "MariaDB fills existing rows with the type's implicit default"),
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "ERROR 23502: column contains null values (when the table has rows)"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "SQLite ALTER TABLE ADD COLUMN: 'Cannot add a NOT NULL column with default value "
                                + "NULL' (when the table has rows)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "SQL0193N, SQLSTATE 42601: in an ALTER TABLE statement, the column has been "
                                + "specified as NOT NULL and the DEFAULT clause was not specified")})
public final class AddNotNullColumnWithoutDefault implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.AlterTable at)) {
            return;
        }
        for (AlterAction a : at.actions()) {
            if (!(a instanceof AlterAction.AddColumn add)) {
                continue;
            }
            ColumnDef c = add.column();
            boolean generated = c.autoIncrement() || (c.type() != null && c.type().is("SERIAL", "BIGSERIAL", "SMALLSERIAL"))
                    || computed(c, ctx);
            if (c.declaredNotNull() && !c.hasDefault() && !generated && !c.primaryKey()
                    && !(add.ifNotExists() && alreadyThere(at, c, ctx))) {
                ctx.report(c.range(), "column " + at.table() + "." + c.name() + " is added NOT NULL without a default: "
                                + "rows already in " + at.table() + " are filled with an implicit value on MySQL/MariaDB "
                                + "and make the statement fail elsewhere")
                        .fix("Add the column nullable (or with an explicit DEFAULT), fill it with an UPDATE, then make it "
                                + "NOT NULL in a later step.")
                        .emit();
            }
        }
    }

    /** A generated column ({@code GENERATED ALWAYS AS (expr)}, MySQL's {@code AS (expr)}): computed, so it needs no default. */
    private static boolean computed(ColumnDef c, RuleContext ctx) {
        List<Token> tokens = Tokens.within(ctx, c.range());
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isWord(ctx.fileText(), "AS") && tokens.get(i + 1).isPunct(ctx.fileText(), "(")) {
                return true;
            }
        }
        return false;
    }

    /** ADD COLUMN IF NOT EXISTS of a column the table already has does nothing (where the clause is understood). */
    private static boolean alreadyThere(Change.AlterTable at, ColumnDef c, RuleContext ctx) {
        return ctx.schema().table(at.table()).flatMap(t -> t.column(c.name())).isPresent();
    }
}
