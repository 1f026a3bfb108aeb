package io.github.dialectic.rules.indexes;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.IndexDef;
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
        id = "prefix-index",
        title = "Index on a column prefix, col(n)",
        category = Category.INDEXES,
        severity = Severity.ERROR,
        summary = "An index key part with a prefix length such as name(20): MySQL and MariaDB syntax only.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "PostgreSQL reads name(20) as a function call: ERROR 42883: function name(integer) "
                                + "does not exist"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "SQLite reads name(20) as a function call: 'no such function: name'"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 CREATE INDEX key parts are column names or expressions; a column name "
                                + "is no function: SQL0440N, SQLSTATE 42884 (no function with a compatible "
                                + "signature)")})
public final class PrefixIndex implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        for (Ddl.DeclaredIndex d : Ddl.indexes(change)) {
            for (IndexDef.KeyPart p : d.index().parts()) {
                if (p.prefixLength() == null) {
                    continue;
                }
                List<Target> lacking = ctx.lacking(Feature.INDEX_PREFIX_LENGTH);
                if (lacking.isEmpty()) {
                    return;
                }
                String name = d.index().name() == null ? "index" : "index " + d.index().name();
                ctx.report(p.range() != null ? p.range() : d.index().range(), name + " on " + d.table() + " indexes only the first "
                                + p.prefixLength() + " characters of " + p.column() + "; " + Ddl.names(lacking)
                                + (lacking.size() == 1 ? " has" : " have") + " no prefix indexes")
                        .only(Ddl.engines(lacking))
                        .fix("Index the whole column " + p.column() + " (shorten its type if it is too long for an "
                                + "index), or index a generated column holding a prefix.")
                        .emit();
            }
        }
    }
}
