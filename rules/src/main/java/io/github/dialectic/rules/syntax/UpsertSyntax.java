package io.github.dialectic.rules.syntax;

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
import io.github.dialectic.rules.support.Tokens;
import io.github.dialectic.source.Token;

import java.util.List;

@RuleInfo(
        id = "upsert-syntax",
        title = "Upsert in one engine's syntax",
        category = Category.SYNTAX,
        severity = Severity.ERROR,
        summary = "INSERT ... ON DUPLICATE KEY UPDATE, INSERT IGNORE, REPLACE INTO (MySQL/MariaDB), INSERT ... ON "
                + "CONFLICT (PostgreSQL, SQLite), INSERT OR REPLACE/IGNORE (SQLite), MERGE (Db2, PostgreSQL 15+).",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "ON DUPLICATE KEY, INSERT OR REPLACE, REPLACE INTO: ERROR 42601 syntax error (seen "
                                + "on 15); MERGE from 15"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 has no ON CONFLICT, INSERT OR ..., MERGE: ERROR 1064"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "ON CONFLICT, INSERT OR REPLACE, MERGE: ERROR 1064 (42000) (seen on 10.11)"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "ON DUPLICATE KEY and MERGE: 'syntax error' (seen on 3.54)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 INSERT has no ON DUPLICATE KEY / ON CONFLICT / OR REPLACE, and there "
                                + "is no REPLACE statement (use MERGE): SQL0104N, SQLSTATE 42601")})
public final class UpsertSyntax implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        List<Token> tokens = ctx.tokens();
        CharSequence text = ctx.fileText();
        if (tokens.size() < 2) {
            return;
        }
        Token first = tokens.get(0);
        if (first.isWord(text, "REPLACE") && tokens.get(1).isWord(text, "INTO")) {
            report(ctx, Tokens.range(first, tokens.get(1)), "REPLACE INTO", Feature.REPLACE_INTO);
            return;
        }
        if (first.isWord(text, "MERGE") && tokens.get(1).isWord(text, "INTO")) {
            report(ctx, Tokens.range(first, tokens.get(1)), "MERGE", Feature.MERGE_STATEMENT);
            return;
        }
        if (!first.isWord(text, "INSERT")) {
            return;
        }
        if (tokens.get(1).isWord(text, "OR") && tokens.size() > 2) {
            report(ctx, Tokens.range(first, tokens.get(2)), "INSERT OR " + tokens.get(2).text(text).toUpperCase(),
                    Feature.INSERT_OR_CONFLICT_CLAUSE);
            return;
        }
        if (tokens.get(1).isWord(text, "IGNORE")) {
            report(ctx, Tokens.range(first, tokens.get(1)), "INSERT IGNORE", Feature.INSERT_IGNORE);
            return;
        }
        if (!ctx.upperWords().contains("ON")) {
            return; // most INSERTs, however many rows: no ON DUPLICATE KEY or ON CONFLICT to find
        }
        int depth = 0;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isPunct(text, "(")) {
                depth++;
            } else if (t.isPunct(text, ")")) {
                depth--;
            } else if (depth == 0 && t.isWord(text, "ON")) {
                if (tokens.get(i + 1).isWord(text, "DUPLICATE") && i + 3 < tokens.size()) {
                    report(ctx, Tokens.range(t, tokens.get(i + 3)), "ON DUPLICATE KEY UPDATE",
                            Feature.UPSERT_ON_DUPLICATE_KEY);
                    return;
                }
                if (tokens.get(i + 1).isWord(text, "CONFLICT")) {
                    report(ctx, Tokens.range(t, tokens.get(i + 1)), "ON CONFLICT", Feature.UPSERT_ON_CONFLICT);
                    return;
                }
            }
        }
    }

    private static void report(RuleContext ctx, SourceRange at, String form, Feature feature) {
        List<Target> lacking = ctx.lacking(feature);
        if (lacking.isEmpty()) {
            return;
        }
        ctx.report(at, form + " is not understood by " + Ddl.names(lacking))
                .only(Ddl.engines(lacking))
                .fix("In a migration, prefer a plain INSERT guarded by NOT EXISTS (INSERT INTO t (...) SELECT ... "
                        + "WHERE NOT EXISTS (SELECT 1 FROM t WHERE key = ...)), which every engine runs; otherwise "
                        + "write one migration per engine.")
                .emit();
    }
}
