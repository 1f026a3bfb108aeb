package io.github.dialectic.rules.syntax;

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
import io.github.dialectic.rules.support.Tokens;
import io.github.dialectic.source.Token;

import java.util.ArrayList;
import java.util.List;

@RuleInfo(
        id = "truncate-forms",
        title = "TRUNCATE TABLE",
        category = Category.SYNTAX,
        severity = Severity.ERROR,
        summary = "TRUNCATE: SQLite has no TRUNCATE statement, and Db2 requires TRUNCATE TABLE t IMMEDIATE.",
        effects = {
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "'near \"truncate\": syntax error' (seen on 3.54); SQLite's DELETE FROM t "
                                + "without WHERE uses the truncate optimisation"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 TRUNCATE statement: IMMEDIATE is required (optional only for "
                                + "column-organized tables); SQL0104N, SQLSTATE 42601 without it")})
public final class TruncateForms implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        List<Token> tokens = ctx.tokens();
        CharSequence text = ctx.fileText();
        if (tokens.isEmpty() || !tokens.get(0).isWord(text, "TRUNCATE")) {
            return;
        }
        boolean immediate = tokens.stream().anyMatch(t -> t.isWord(text, "IMMEDIATE"));
        List<Target> lacking = new ArrayList<>(ctx.lacking(Feature.TRUNCATE_TABLE));
        if (!immediate) {
            ctx.lacking(Feature.TRUNCATE_WITHOUT_IMMEDIATE).stream().filter(t -> !lacking.contains(t)).forEach(lacking::add);
        }
        if (lacking.isEmpty()) {
            return;
        }
        int last = Math.min(tokens.size() - 1, tokens.size() > 2 && tokens.get(1).isWord(text, "TABLE") ? 2 : 1);
        ctx.report(Tokens.range(tokens.get(0), tokens.get(last)), "TRUNCATE is " + (immediate ? "" : "written without "
                        + "IMMEDIATE and is ") + "not accepted by " + Ddl.names(lacking))
                .only(Ddl.engines(lacking))
                .fix("Use DELETE FROM t (every engine; slower on large tables), or one migration per engine: "
                        + "TRUNCATE TABLE t IMMEDIATE on Db2 (first statement of its unit of work); SQLite: "
                        + "DELETE FROM t.")
                .emit();
    }
}
