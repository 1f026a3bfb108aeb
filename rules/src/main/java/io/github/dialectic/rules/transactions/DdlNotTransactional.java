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

import java.util.List;
import java.util.Locale;

@RuleInfo(
        id = "ddl-not-transactional",
        title = "DDL inside an explicit transaction",
        category = Category.TRANSACTIONS,
        severity = Severity.WARNING,
        reads = Reads.FILE_HISTORY,
        summary = "A DDL statement after BEGIN / START TRANSACTION: MySQL and MariaDB commit the open transaction "
                + "before it, so ROLLBACK or a later failure cannot undo what ran.",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.DIFFERENT,
                        reference = "MySQL 8.4 manual, Statements That Cause an Implicit Commit: CREATE/ALTER/DROP/"
                                + "RENAME TABLE, CREATE/DROP INDEX, TRUNCATE ..."),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.DIFFERENT,
                        reference = "Run on MariaDB 10.11: after BEGIN; INSERT; CREATE TABLE, @@in_transaction is 0 and "
                                + "ROLLBACK keeps both the row and the table")})
public final class DdlNotTransactional implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!isDdl(change) || !ctx.inExplicitTransaction()) {
            return;
        }
        // report the first DDL statement of the transaction only
        List<Change> sofar = ctx.fileChangesSoFar();
        for (int i = sofar.size() - 2; i >= 0; i--) {
            Change earlier = sofar.get(i);
            if (earlier instanceof Change.Transaction tx && tx.kind() == Change.Transaction.Kind.BEGIN) {
                break;
            }
            if (isDdl(earlier)) {
                return;
            }
        }
        List<Token> tokens = ctx.tokens();
        SourceRange range = tokens.size() >= 2 ? new SourceRange(tokens.get(0).start(), tokens.get(1).end())
                : ctx.statementRange();
        String what = tokens.size() >= 2 ? (tokens.get(0).text(ctx.fileText()) + " " + tokens.get(1).text(ctx.fileText()))
                .toUpperCase(Locale.ROOT) : "DDL";
        ctx.report(range, what + " inside an explicit transaction: MySQL and MariaDB commit the transaction before "
                        + "it and run each DDL statement on its own, so a ROLLBACK or a failure later in this "
                        + "transaction leaves the schema half changed")
                .fix("Do not rely on the transaction on MySQL/MariaDB: one DDL change per migration, or make every "
                        + "step re-runnable (IF NOT EXISTS / IF EXISTS) so that a failed migration can be resumed.")
                .emit();
    }

    static boolean isDdl(Change change) {
        if (change instanceof Change.CreateTable || change instanceof Change.DropTable
                || change instanceof Change.RenameTable || change instanceof Change.AlterTable
                || change instanceof Change.CreateIndex || change instanceof Change.DropIndex) {
            return true;
        }
        if (change instanceof Change.Other o) {
            String k = o.kind().toUpperCase(Locale.ROOT);
            return (k.startsWith("CREATE") || k.startsWith("DROP") || k.startsWith("ALTER") || k.startsWith("TRUNCATE")
                    || k.startsWith("RENAME")) && !k.equals("CREATE TEMPORARY TABLE");
        }
        return false;
    }
}
