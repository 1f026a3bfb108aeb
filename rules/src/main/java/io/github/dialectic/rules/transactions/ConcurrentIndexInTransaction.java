package io.github.dialectic.rules.transactions;

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
import io.github.dialectic.source.Token;

@RuleInfo(
        id = "create-index-concurrently-in-transaction",
        title = "CREATE/DROP INDEX CONCURRENTLY inside a transaction",
        category = Category.TRANSACTIONS,
        severity = Severity.ERROR,
        reads = Reads.FILE_HISTORY,
        summary = "CREATE INDEX CONCURRENTLY or DROP INDEX CONCURRENTLY after BEGIN: PostgreSQL refuses to run "
                + "them in a transaction block.",
        effects = @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                reference = "Run on PostgreSQL 15: ERROR: CREATE INDEX CONCURRENTLY cannot run inside a transaction "
                        + "block (25001); likewise DROP INDEX CONCURRENTLY"))
public final class ConcurrentIndexInTransaction implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        String verb;
        String index;
        if (change instanceof Change.CreateIndex ci && ci.concurrently()) {
            verb = "CREATE INDEX";
            index = ci.index().name() == null ? "on " + ci.table() : ci.index().name().toString();
        } else if (change instanceof Change.DropIndex di && di.concurrently()) {
            verb = "DROP INDEX";
            index = di.index().toString();
        } else {
            return;
        }
        if (!ctx.inExplicitTransaction()) {
            return;
        }
        SourceRange range = ctx.statementRange();
        for (Token t : ctx.tokens()) {
            if (t.isWord(ctx.fileText(), "CONCURRENTLY")) {
                range = new SourceRange(t.start(), t.end());
                break;
            }
        }
        ctx.report(range, verb + " CONCURRENTLY (" + index + ") inside BEGIN ... COMMIT: PostgreSQL refuses it in a "
                        + "transaction block")
                .fix("Move it out of the transaction, into a migration of its own that the migration tool runs "
                        + "without a transaction (Flyway: executeInTransaction=false; Liquibase: runInTransaction=\"false\").")
                .emit();
    }
}
