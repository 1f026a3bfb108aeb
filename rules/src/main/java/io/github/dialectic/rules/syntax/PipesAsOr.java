package io.github.dialectic.rules.syntax;

import io.github.dialectic.change.Change;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Tokens;
import io.github.dialectic.source.Token;

@RuleInfo(
        id = "pipes-as-or",
        title = "|| used for string concatenation",
        category = Category.SYNTAX,
        severity = Severity.ERROR,
        summary = "The || operator: concatenation in PostgreSQL, SQLite and Db2, logical OR in MySQL and MariaDB "
                + "unless sql_mode has PIPES_AS_CONCAT.",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.DIFFERENT,
                        reference = "MySQL 8.4 Logical Operators: || is a deprecated synonym for OR unless "
                                + "PIPES_AS_CONCAT is set"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.DIFFERENT,
                        reference = "MariaDB OR operator: || means OR unless sql_mode PIPES_AS_CONCAT (or ORACLE/ANSI); "
                                + "SELECT 'a' || 'b' returns 0 with 2 warnings on 10.11; in an UPDATE or INSERT, "
                                + "strict mode (the default) makes it ERROR 1292 Truncated incorrect DECIMAL value "
                                + "(rejected)")})
public final class PipesAsOr implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!Tokens.mayHold(ctx, '|')) {
            return; // nearly every statement: no | in its text, so no || token
        }
        CharSequence text = ctx.fileText();
        for (Token t : ctx.tokens()) {
            if (t.isPunct(text, "||")) {
                boolean writes = change instanceof Change.Other o
                        && (o.kind().equals("UPDATE") || o.kind().equals("INSERT") || o.kind().equals("DELETE"));
                RuleContext.FindingBuilder finding = ctx.report(Tokens.range(t), "|| concatenates in PostgreSQL, "
                        + "SQLite and Db2 but is a logical OR on MySQL and MariaDB, where the result is 0 or 1"
                        + (writes ? " (in strict mode, non-numeric strings make this " + o(change) + " fail)" : ""));
                if (writes) {
                    // STRICT_TRANS_TABLES (the default) turns the string-to-number warning into an error when writing.
                    ctx.lacking(Feature.PIPES_CONCATENATE).forEach(target -> finding.effect(target.engine(), Effect.REJECTED));
                }
                finding
                        .fix("Use CONCAT(a, b) (MySQL, MariaDB, PostgreSQL, Db2 with two arguments; SQLite from "
                                + "3.44), or set sql_mode PIPES_AS_CONCAT on MySQL/MariaDB sessions.")
                        .emit();
                return;
            }
        }
    }

    private static String o(Change change) {
        return ((Change.Other) change).kind();
    }
}
