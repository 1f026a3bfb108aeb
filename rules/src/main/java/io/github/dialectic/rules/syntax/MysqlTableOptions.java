package io.github.dialectic.rules.syntax;

import io.github.dialectic.change.Change;
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
import java.util.Set;

@RuleInfo(
        id = "mysql-table-options",
        title = "MySQL table options after CREATE TABLE",
        category = Category.SYNTAX,
        severity = Severity.ERROR,
        summary = "ENGINE=, DEFAULT CHARSET=, CHARACTER SET, COLLATE=, AUTO_INCREMENT=, ROW_FORMAT= or COMMENT= "
                + "after the column list: MySQL/MariaDB syntax only.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "ERROR 42601: syntax error at or near \"engine\" (seen on 15)"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "'near \"=\": syntax error' (seen on 3.54; SQLite only knows WITHOUT ROWID and "
                                + "STRICT)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 CREATE TABLE has no such options: SQL0104N, SQLSTATE 42601")})
public final class MysqlTableOptions implements Rule {

    private static final Set<String> MYSQL_OPTIONS = Set.of("ENGINE", "TYPE", "CHARSET", "CHARACTER", "COLLATE",
            "AUTO_INCREMENT", "ROW_FORMAT", "COMMENT", "DEFAULT", "KEY_BLOCK_SIZE", "STATS_PERSISTENT", "PACK_KEYS",
            "CHECKSUM", "AVG_ROW_LENGTH", "MAX_ROWS", "MIN_ROWS", "DELAY_KEY_WRITE", "INSERT_METHOD");

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.CreateTable ct) || ct.options().isEmpty()) {
            return;
        }
        List<String> mysql = ct.options().stream()
                .filter(o -> MYSQL_OPTIONS.contains(firstWord(o))).toList();
        if (mysql.isEmpty()) {
            return;
        }
        List<Target> lacking = ctx.lacking(Feature.MYSQL_TABLE_OPTIONS);
        if (lacking.isEmpty()) {
            return;
        }
        ctx.report(ct.optionsRange(), "table " + ct.table() + " has MySQL table options (" + String.join(", ", mysql)
                        + "), not accepted by " + Ddl.names(lacking))
                .only(Ddl.engines(lacking))
                .fix("Drop the options and set server defaults instead (default_storage_engine, character_set_server "
                        + "= utf8mb4), or keep MySQL-only DDL in a MySQL-only migration.")
                .emit();
    }

    /** The option's name: {@code ENGINE} of {@code ENGINE=INNODB}; empty for an option that is only punctuation. */
    private static String firstWord(String option) {
        for (String part : option.split("[\\s=]+")) {
            if (!part.isEmpty()) {
                return part;
            }
        }
        return "";
    }
}
