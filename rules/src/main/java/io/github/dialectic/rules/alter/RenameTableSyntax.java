package io.github.dialectic.rules.alter;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.QualifiedName;
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
import io.github.dialectic.rules.support.Ddl;
import io.github.dialectic.schema.Table;
import io.github.dialectic.source.Token;

import java.util.List;

@RuleInfo(
        id = "rename-table-syntax",
        title = "RENAME TABLE statement",
        category = Category.ALTER_TABLE,
        severity = Severity.ERROR,
        reads = Reads.SCHEMA,
        summary = "The RENAME TABLE a TO b statement: MySQL, MariaDB and Db2 have it, PostgreSQL and SQLite do not; "
                + "Db2 also refuses it for a table in a foreign key or with a schema-qualified new name.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "Run on PostgreSQL 15: syntax error at or near \"rename\" (42601); PostgreSQL uses "
                                + "ALTER TABLE a RENAME TO b"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "Run on SQLite 3.54.1: near \"rename\": syntax error; SQLite uses ALTER TABLE a "
                                + "RENAME TO b"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 RENAME statement: the source table must not be a parent or dependent "
                                + "table in a referential constraint (SQL0750N, SQLSTATE 42986); target-identifier is "
                                + "unqualified (SQL0108N, SQLSTATE 42601)")})
public final class RenameTableSyntax implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.RenameTable rt)) {
            return;
        }
        List<Token> tokens = ctx.tokens();
        SourceRange range = tokens.size() >= 2 ? new SourceRange(tokens.get(0).start(), tokens.get(1).end())
                : ctx.statementRange();
        String db2Problem = db2Problem(ctx, rt.from(), rt.to(), tokens);
        var finding = ctx.report(range, "RENAME TABLE " + rt.from() + " TO " + rt.to() + " is MySQL/MariaDB/Db2 syntax"
                        + (db2Problem == null ? "" : "; Db2 refuses this one: " + db2Problem))
                .fix("Write ALTER TABLE " + rt.from() + " RENAME TO " + rt.to() + " for PostgreSQL, SQLite and "
                        + "MySQL/MariaDB; keep RENAME TABLE only in a Db2-specific migration"
                        + (db2Problem == null ? "" : " (on Db2, drop the foreign keys, rename, re-create them)") + ".");
        if (db2Problem == null) {
            finding.only(Ddl.engines(ctx.lacking(Feature.RENAME_TABLE_STATEMENT)));
        }
        finding.emit();
    }

    private static String db2Problem(RuleContext ctx, QualifiedName from, QualifiedName to, List<Token> tokens) {
        if (to.schema() != null) {
            return "the new name must not be schema-qualified (SQL0108N)";
        }
        boolean several = tokens.stream().anyMatch(t -> t.isPunct(ctx.fileText(), ","));
        if (several) {
            return "it renames one table per statement";
        }
        Table table = ctx.schema().table(from).orElse(null);
        if (table != null && !table.foreignKeys().isEmpty()) {
            return from + " is the child of a foreign key (SQL0750N)";
        }
        List<Table> children = ctx.schema().tablesReferencing(from.key());
        if (!children.isEmpty()) {
            return from + " is the parent of a foreign key from " + children.get(0).name() + " (SQL0750N)";
        }
        return null;
    }
}
