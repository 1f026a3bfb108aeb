package io.github.dialectic.rules.syntax;

import io.github.dialectic.change.Change;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.parse.StatementAnalyzer;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;

/**
 * pg_dump writes psql meta-commands ({@code \restrict key}, {@code \connect db}) between its statements. The splitter
 * makes each line a statement of its own and the analyzer knows it as such, so it is no unparsed statement; this
 * says where it is and that only psql runs it.
 */
@RuleInfo(
        id = "psql-meta-command",
        title = "psql meta-command in a migration",
        category = Category.SYNTAX,
        severity = Severity.INFO,
        summary = "A backslash command of psql (\\connect, \\restrict, \\set ...), as pg_dump writes them: psql runs "
                + "it, but a JDBC driver or Flyway sends it to the engine as SQL, which refuses it.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "Executed on PostgreSQL 15 through JDBC: ERROR 42601 syntax error at or near "
                                + "\"\\\"; psql documentation, Meta-Commands: processed by psql itself"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "Executed on MariaDB 10.11 through JDBC: ERROR 1064 (42000)"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4: a backslash starts no statement; ER_PARSE_ERROR 1064 as MariaDB gives "
                                + "(not executed here)"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "Executed on SQLite 3.54 through sqlite-jdbc: unrecognized token: \"\\\""),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 SQL0007N: the character \"\\\" is not valid, SQLSTATE 42601 (not "
                                + "executed here)")})
public final class PsqlMetaCommand implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (change instanceof Change.Other o && o.kind().equals(StatementAnalyzer.PSQL_META_COMMAND)) {
            String command = ctx.statementText().split("\\s+", 2)[0];
            ctx.report(ctx.statementRange(), "psql meta-command " + command + " skipped: only psql runs it; a JDBC "
                            + "driver or Flyway sends it to the engine, which refuses it")
                    .fix("Remove it from the migration (pg_dump writes \\restrict/\\unrestrict and \\connect for psql), "
                            + "or run this file with psql rather than as a migration.")
                    .emit();
        }
    }
}
