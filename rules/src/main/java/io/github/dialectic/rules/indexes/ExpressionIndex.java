package io.github.dialectic.rules.indexes;

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

@RuleInfo(
        id = "expression-index",
        title = "Index on an expression",
        category = Category.INDEXES,
        severity = Severity.ERROR,
        summary = "An index key part that is an expression such as lower(email): MariaDB and MySQL before 8.0.13 "
                + "have no functional indexes.",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED, versions = "<8.0.13",
                        reference = "MySQL 8.0 CREATE INDEX, Functional Key Parts: added in 8.0.13 (written "
                                + "((expr)) in double parentheses); ERROR 1064 before"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "MariaDB CREATE INDEX: key parts are columns only (index a virtual column "
                                + "instead); ERROR 1064 (42000) on 10.11 for both (lower(x)) and ((lower(x)))")})
public final class ExpressionIndex implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        for (Ddl.DeclaredIndex d : Ddl.indexes(change)) {
            if (!d.index().hasExpressions()) {
                continue;
            }
            List<Target> lacking = ctx.lacking(Feature.EXPRESSION_INDEX);
            if (lacking.isEmpty()) {
                return;
            }
            String expr = d.index().parts().stream().filter(p -> p.column() == null).findFirst()
                    .map(p -> p.expression().trim()).orElse("?");
            String name = d.index().name() == null ? "index" : "index " + d.index().name();
            ctx.report(d.index().keysRange() != null ? d.index().keysRange() : d.index().range(), name + " on " + d.table() + " has the expression key part " + expr
                            + ", which " + Ddl.names(lacking) + " cannot index")
                    .only(Ddl.engines(lacking))
                    .fix("Add a generated column holding the expression (MariaDB/MySQL: c VARCHAR(n) AS (" + expr
                            + ") VIRTUAL) and index that column, or normalise the data when writing it.")
                    .emit();
        }
    }
}
