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
import io.github.dialectic.source.TokenKind;

import java.util.List;

@RuleInfo(
        id = "backtick-identifiers",
        title = "Identifier quoted with backticks",
        category = Category.SYNTAX,
        severity = Severity.ERROR,
        summary = "A `name` quoted with backticks, MySQL's quoting: PostgreSQL and Db2 only know \"name\".",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "ERROR 42601: syntax error (seen on 15; ` is not a quote character)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 identifiers: delimited identifiers use double quotes; SQL0007N "
                                + "(character not valid), SQLSTATE 42601")})
public final class BacktickIdentifiers implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        List<Target> lacking = ctx.lacking(Feature.BACKTICK_IDENTIFIERS);
        if (lacking.isEmpty() || !Tokens.mayHold(ctx, '`')) {
            return; // nearly every statement: no backtick in its text
        }
        CharSequence text = ctx.fileText();
        for (Token t : ctx.tokens()) {
            if (t.kind() == TokenKind.QUOTED_IDENTIFIER && text.charAt(t.start()) == '`') {
                String name = t.identifier(text);
                ctx.report(Tokens.range(t), "identifier `" + name + "` is quoted with backticks, not accepted by "
                                + Ddl.names(lacking))
                        .only(Ddl.engines(lacking))
                        .fix("Write " + name + " unquoted (rename it if it is a reserved word), or quote it as \""
                                + name + "\" with ANSI_QUOTES set on MySQL/MariaDB.")
                        .emit();
                return; // one finding a statement: the rest are the same habit
            }
        }
    }
}
