package io.github.dialectic.rules.indexes;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.IndexDef;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.engine.Target;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.schema.Table;

import java.util.List;

@RuleInfo(
        id = "index-name-collision",
        title = "The same index name on two tables",
        category = Category.INDEXES,
        severity = Severity.ERROR,
        reads = Reads.SCHEMA,
        summary = "An index whose name is already used by an index of another table: legal where index names are "
                + "per table (MySQL, MariaDB), a name clash where they are per schema.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "ERROR 42P07: relation already exists (indexes share the schema's relation namespace)"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "SQLite CREATE INDEX: 'index ... already exists' (one namespace per schema)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "SQL0601N, SQLSTATE 42710: the name of the object to be created is identical to "
                                + "the existing name of type INDEX")})
public final class IndexNameCollision implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        QualifiedName table = change instanceof Change.CreateIndex ci ? ci.table()
                : change instanceof Change.CreateTable ct ? ct.table()
                : change instanceof Change.AlterTable at ? at.table() : null;
        for (IndexDef index : change.indexesAdded()) {
            check(ctx, table, index);
        }
    }

    private void check(RuleContext ctx, QualifiedName table, IndexDef index) {
        if (index.name() == null) {
            return;
        }
        List<Table> owners = ctx.schema().tablesWithIndex(index.name()).stream()
                .filter(t -> !t.name().name().sameAs(table.name())).toList();
        if (owners.isEmpty()) {
            return;
        }
        List<Target> perSchema = ctx.lacking(Feature.INDEX_NAME_PER_TABLE);
        if (perSchema.isEmpty()) {
            return;
        }
        SourceRange at = index.nameRange() != null ? index.nameRange() : index.range();
        ctx.report(at, "index name " + index.name() + " on " + table + " is already used by an index on "
                        + owners.get(0).name())
                .fix("Prefix index names with their table, e.g. ix_" + table.name().text() + "_"
                        + String.join("_", index.columns().stream().map(n -> n.text()).toList()) + ".")
                .emit();
    }
}
