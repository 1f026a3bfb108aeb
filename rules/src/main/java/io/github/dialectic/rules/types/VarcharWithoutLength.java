package io.github.dialectic.rules.types;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.DataType;
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
        id = "varchar-without-length",
        title = "VARCHAR without a length",
        category = Category.TYPES,
        severity = Severity.ERROR,
        summary = "VARCHAR (or CHARACTER VARYING) with no (n): unlimited on PostgreSQL, any length on SQLite, a "
                + "syntax error on MySQL, MariaDB and Db2.",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 String Data Types: VARCHAR(M), M is required; ERROR 1064 (42000)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "ERROR 1064 (42000) near ')' (seen on 10.11)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 CREATE TABLE, data-type: VARCHAR(integer), the length is required; "
                                + "SQL0104N, SQLSTATE 42601")})
public final class VarcharWithoutLength implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        for (Ddl.DeclaredColumn c : Ddl.columns(change)) {
            DataType type = c.column().type();
            if (type != null && type.arguments().isEmpty()
                    && type.is("VARCHAR", "CHARACTER VARYING", "CHAR VARYING", "NVARCHAR", "VARBINARY")) {
                ctx.report(type.range(), "column " + c.qualified() + " is " + type.written()
                                + " without a length")
                        .fix("Give the length the data needs, e.g. VARCHAR(255); for unbounded text use TEXT "
                                + "(PostgreSQL, MySQL, SQLite) or CLOB (Db2).")
                        .emit();
            }
        }
    }
}
