package io.github.dialectic.rules.indexes;

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

@RuleInfo(
        id = "partial-index",
        title = "Partial index (CREATE INDEX ... WHERE)",
        category = Category.INDEXES,
        severity = Severity.ERROR,
        summary = "An index with a WHERE predicate: only PostgreSQL and SQLite have partial indexes.",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 CREATE INDEX syntax has no WHERE clause: ERROR 1064 (42000)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "MariaDB CREATE INDEX syntax has no WHERE clause: ERROR 1064 (42000), seen on 10.11"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 CREATE INDEX syntax has no WHERE clause: SQL0104N, SQLSTATE 42601")})
public final class PartialIndex implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.CreateIndex ci) || ci.index().where() == null) {
            return;
        }
        List<Target> lacking = ctx.lacking(Feature.PARTIAL_INDEX);
        if (lacking.isEmpty()) {
            return;
        }
        SourceRange at = ci.index().whereRange() != null ? ci.index().whereRange() : ci.index().range();
        String name = ci.index().name() == null ? "index" : "index " + ci.index().name();
        ctx.report(at, name + " on " + ci.table() + " is partial (WHERE " + ci.index().where().trim() + "); "
                        + Ddl.names(lacking) + " cannot create partial indexes")
                .only(Ddl.engines(lacking))
                .fix("Index the whole column set instead; for a unique partial index, use a unique index over the "
                        + "columns plus a column that is NULL for excluded rows, or enforce it in the application.")
                .emit();
    }
}
