package io.github.dialectic.rules.types;

import io.github.dialectic.change.Change;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
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
        id = "timestamp-auto-update",
        title = "ON UPDATE CURRENT_TIMESTAMP on a column",
        category = Category.TYPES,
        severity = Severity.ERROR,
        summary = "A column attribute ON UPDATE CURRENT_TIMESTAMP (or NOW(), LOCALTIMESTAMP): MySQL and MariaDB only.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "Verified on PostgreSQL 15: ERROR 42601 syntax error at or near \"ON\""),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "Verified on SQLite 3.54: near \"ON\": syntax error"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 CREATE TABLE: no ON UPDATE column attribute (the Db2 form is "
                                + "GENERATED ALWAYS FOR EACH ROW ON UPDATE AS ROW CHANGE TIMESTAMP): SQL0104N, "
                                + "SQLSTATE 42601")})
public final class TimestampAutoUpdate implements Rule {

    private static final List<String> NOW = List.of("CURRENT_TIMESTAMP", "NOW", "LOCALTIMESTAMP", "LOCALTIME",
            "CURRENT_TIME");

    private static boolean isNow(CharSequence text, Token t) {
        return NOW.stream().anyMatch(w -> t.isWord(text, w));
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        CharSequence text = ctx.fileText();
        for (Ddl.DeclaredColumn d : Ddl.columns(change)) {
            List<Token> tokens = Tokens.within(ctx, d.column().range());
            for (int i = 0; i + 2 < tokens.size(); i++) {
                if (tokens.get(i).isWord(text, "ON") && tokens.get(i + 1).isWord(text, "UPDATE")
                        && isNow(text, tokens.get(i + 2))) {
                    int end = i + 2;
                    if (end + 1 < tokens.size() && tokens.get(end + 1).isPunct(text, "(")) {
                        end = Tokens.closing(tokens, text, end + 1);
                    }
                    ctx.report(Tokens.range(tokens.get(i), tokens.get(end)), "column " + d.qualified()
                                    + " is declared ON UPDATE "
                                    + text.subSequence(tokens.get(i + 2).start(), tokens.get(end).end())
                                    + ": a MySQL/MariaDB attribute that other engines do not parse")
                            .fix("Drop ON UPDATE ... and set " + d.column().name() + " in the application's UPDATE "
                                    + "statements, or use a trigger (PostgreSQL: BEFORE UPDATE trigger; Db2: GENERATED "
                                    + "ALWAYS FOR EACH ROW ON UPDATE AS ROW CHANGE TIMESTAMP).")
                            .emit();
                    break;
                }
            }
        }
    }
}
