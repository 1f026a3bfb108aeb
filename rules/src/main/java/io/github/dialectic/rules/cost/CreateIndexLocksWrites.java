package io.github.dialectic.rules.cost;

import io.github.dialectic.change.Change;
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


@RuleInfo(
        id = "create-index-locks-writes",
        title = "CREATE INDEX without CONCURRENTLY blocks writes on PostgreSQL",
        category = Category.COST,
        severity = Severity.WARNING,
        reads = Reads.FILE_HISTORY,
        summary = "CREATE INDEX on an existing table without CONCURRENTLY: PostgreSQL holds a SHARE lock, which "
                + "blocks INSERT, UPDATE and DELETE for the whole index build.",
        effects = @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.COSTLY,
                reference = "PostgreSQL 15 CREATE INDEX, Building Indexes Concurrently: 'locks out writes (but not "
                        + "reads) on the table until it's done'; run here: ShareLock held on the table"))
public final class CreateIndexLocksWrites implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.CreateIndex ci) || ci.concurrently()
                || FreshTables.createdEmptyInThisFile(ctx, ci.table())) {
            return;
        }
        SourceRange range = ci.keywordsRange();
        String name = ci.index().name() == null ? "an index" : "index " + ci.index().name();
        ctx.report(range, "building " + name + " on " + ci.table() + " without CONCURRENTLY blocks every write to "
                        + ci.table() + " on PostgreSQL until the build ends")
                .fix("On PostgreSQL use CREATE INDEX CONCURRENTLY, outside a transaction (a migration of its own that "
                        + "the tool runs without a transaction); check afterwards that the index is valid.")
                .emit();
    }
}
