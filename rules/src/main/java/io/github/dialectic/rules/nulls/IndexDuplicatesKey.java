package io.github.dialectic.rules.nulls;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.IndexDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.schema.Index;
import io.github.dialectic.schema.Key;
import io.github.dialectic.schema.Names;
import io.github.dialectic.schema.Table;

import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "index-duplicates-key",
        title = "Index with the same columns as an existing key or index",
        category = Category.NULLS_AND_UNIQUENESS,
        severity = Severity.WARNING,
        reads = Reads.SCHEMA,
        summary = "CREATE INDEX over exactly the columns (same order) of the table's PRIMARY KEY, a UNIQUE constraint "
                + "or a unique index: Db2 creates nothing and only warns, so the index name does not exist there.",
        effects = @EngineEffect(engine = Engine.DB2, effect = Effect.DIFFERENT,
                reference = "Db2 11.5 message SQL0605W, SQLSTATE 01550: the index was not created because an index "
                        + "with a matching description already exists; a later DROP INDEX of that name fails with "
                        + "SQL0204N, SQLSTATE 42704"))
public final class IndexDuplicatesKey implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.CreateIndex ci)) {
            return;
        }
        IndexDef ix = ci.index();
        if (ix.hasExpressions() || ix.where() != null || ix.parts().stream().anyMatch(IndexDef.KeyPart::descending)) {
            return;
        }
        Optional<Table> table = ctx.schema().table(ci.table());
        if (table.isEmpty()) {
            return;
        }
        String existing = existing(table.get(), ix);
        if (existing == null) {
            return;
        }
        SourceRange at = ix.nameRange() != null ? ix.nameRange() : ix.range();
        ctx.report(at, "index " + (ix.name() != null ? ix.name() + " " : "") + "on " + ci.table() + " ("
                        + Names.join(ix.columns()) + ") duplicates " + existing + ": Db2 answers SQL0605W and creates "
                        + "no index, so a later DROP INDEX " + (ix.name() != null ? ix.name() + " " : "") + "fails there")
                .fix("Drop this CREATE INDEX: " + existing + " already provides the index on every engine.")
                .emit();
    }

    private static String existing(Table t, IndexDef ix) {
        List<Name> cols = ix.columns();
        if (t.primaryKey().map(k -> sameOrder(k.columns(), cols)).orElse(false)) {
            return "the primary key of " + t.name();
        }
        for (Key k : t.uniqueConstraints()) {
            if (sameOrder(k.columns(), cols)) {
                return "UNIQUE constraint " + (k.name() != null ? k.name() : "(" + Names.join(cols) + ")");
            }
        }
        for (Index i : t.indexes()) {
            if (!i.hasExpressions() && !i.partial() && (i.unique() || !ix.unique()) && sameOrder(i.columns(), cols)
                    && i.parts().stream().noneMatch(IndexDef.KeyPart::descending)) {
                return (i.unique() ? "unique index " : "index ") + (i.name() != null ? i.name() : "");
            }
        }
        return null;
    }

    private static boolean sameOrder(List<Name> a, List<Name> b) {
        return a.size() == b.size() && Names.isLeftmostPrefix(a, b);
    }
}
