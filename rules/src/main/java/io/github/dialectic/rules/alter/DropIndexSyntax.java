package io.github.dialectic.rules.alter;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.SourceRange;
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
import io.github.dialectic.rules.support.Profiles;
import io.github.dialectic.schema.Table;


@RuleInfo(
        id = "drop-index-syntax",
        title = "DROP INDEX with or without ON table",
        category = Category.SYNTAX,
        severity = Severity.ERROR,
        reads = Reads.SCHEMA,
        summary = "DROP INDEX i ON t (MySQL/MariaDB's form, refused by PostgreSQL, SQLite and Db2) or DROP INDEX i "
                + "without ON (refused by MySQL/MariaDB).",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "Run on PostgreSQL 15: syntax error at or near \"on\" (42601)"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "Run on SQLite 3.54.1: near \"on\": syntax error"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 DROP statement: DROP INDEX index-name has no ON clause (SQL0104N, "
                                + "SQLSTATE 42601)"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 DROP INDEX syntax: DROP INDEX index_name ON tbl_name (ON is required; "
                                + "ERROR 1064)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "Run on MariaDB 10.11: DROP INDEX i without ON fails with ERROR 1064 (42000)")})
public final class DropIndexSyntax implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.DropIndex di)) {
            return;
        }
        if (di.table() != null) {
            SourceRange range = di.onClause();
            ctx.report(range, "DROP INDEX " + di.index() + " ON " + di.table() + ": the ON clause is MySQL/MariaDB "
                            + "syntax")
                    .only(Profiles.lacking(ctx, Feature.INDEX_NAME_PER_TABLE))
                    .fix("Keep DROP INDEX " + di.index() + " ON " + di.table() + " in a MySQL/MariaDB migration and "
                            + "write DROP INDEX " + di.index() + " for PostgreSQL, SQLite and Db2 (index names are "
                            + "per schema there).")
                    .emit();
        } else {
            String table = ctx.schema().tablesWithIndex(di.index()).stream().findFirst().map(Table::name)
                    .map(Object::toString).orElse("<table>");
            SourceRange range = di.range();
            ctx.report(range, "DROP INDEX " + di.index() + " without ON <table>: MySQL and MariaDB need the table")
                    .only(Profiles.supporting(ctx, Feature.INDEX_NAME_PER_TABLE))
                    .fix("For MySQL/MariaDB write DROP INDEX " + di.index() + " ON " + table + " (or ALTER TABLE "
                            + table + " DROP INDEX " + di.index() + "); keep DROP INDEX " + di.index()
                            + " for PostgreSQL, SQLite and Db2.")
                    .emit();
        }
    }
}
