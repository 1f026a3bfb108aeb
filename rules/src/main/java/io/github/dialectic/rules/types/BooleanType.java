package io.github.dialectic.rules.types;

import io.github.dialectic.change.Change;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;

@RuleInfo(
        id = "boolean-type",
        title = "BOOLEAN column",
        category = Category.TYPES,
        severity = Severity.WARNING,
        summary = "A BOOLEAN or BOOL column: a real boolean only on PostgreSQL (and Db2 from 11.1.1.1); a TINYINT(1) "
                + "on MySQL and MariaDB, a column with numeric affinity on SQLite, so values other than 0 and 1 go in.",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.DIFFERENT,
                        reference = "MySQL 8.4 Numeric Type Overview: BOOL, BOOLEAN are synonyms for TINYINT(1) "
                                + "(not executed here)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.DIFFERENT,
                        reference = "seen on 10.11: the column is tinyint(1); INSERT of 2 succeeds and reads back 2, "
                                + "and flag = TRUE is then false"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.DIFFERENT,
                        reference = "seen on 3.54: no boolean type, NUMERIC affinity (SQLite Datatypes 3.1); 'yes' "
                                + "and 'true' are stored as text, 2 as 2, and flag = TRUE is false for them"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, versions = "<11.1.1.1",
                        reference = "Db2 accepts BOOLEAN as a column type from 11.1.1.1 (Mod Pack 1 Fix Pack 1; "
                                + "Liquibase PR #4754); before, BOOLEAN is not a built-in column type, so the "
                                + "name is looked up as a user-defined type: SQL0204N, SQLSTATE 42704")})
public final class BooleanType implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        for (Ddl.DeclaredColumn dc : Ddl.columns(change)) {
            if (dc.column().type() == null || !dc.column().type().is("BOOLEAN", "BOOL")) {
                continue;
            }
            ctx.report(dc.column().type().range(), dc.qualified() + " is declared " + dc.column().type().written()
                            + ": MySQL and MariaDB make it TINYINT(1) and SQLite a plain number column, so values "
                            + "such as 2 or 'yes' are stored as they are and no longer compare equal to TRUE; Db2 "
                            + "before 11.1.1.1 has no BOOLEAN column type (SQL0204N)")
                    .fix("Keep BOOLEAN if PostgreSQL (and Db2 11.1.1.1 or later) are the targets that matter, and "
                            + "add CHECK (" + dc.column().name() + " IN (0, 1)) where the others run; or declare "
                            + "SMALLINT NOT NULL CHECK (" + dc.column().name() + " IN (0, 1)) everywhere and write "
                            + "0 and 1.")
                    .emit();
        }
    }
}
