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
import io.github.dialectic.source.TokenKind;

import java.util.regex.Pattern;

@RuleInfo(
        id = "postgres-only-syntax",
        title = "PostgreSQL-only token: :: cast, $$ dollar quoting, E'...' string",
        category = Category.SYNTAX,
        severity = Severity.ERROR,
        summary = "A :: cast, a $$...$$ or $tag$...$tag$ dollar-quoted string, or an E'...' escape string: "
                + "PostgreSQL syntax the other engines reject or read as something else.",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 has no :: operator, dollar quoting or E'' strings: ERROR 1064 / "
                                + "ERROR 1054 (not executed here)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "seen on 10.11: '1'::integer ERROR 1064 (42000); $$hello$$ ERROR 1054 (42S22) "
                                + "Unknown column '$$hello$$'; E'it''s' ERROR 1064, E'x' alone ERROR 1054 Unknown "
                                + "column 'E'"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "seen on 3.54: :: 'unrecognized token: \":\"'; E'...' 'no such column: E' or "
                                + "syntax error; $$...$$ holding anything but letters, digits, _ and $ is a syntax "
                                + "error, while $$hello$$ is read as a parameter named $$hello$$ and yields NULL "
                                + "(different)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 has no :: cast (only under SQL_COMPAT='NPS'), no dollar-quoted or E'' "
                                + "strings: SQL0104N (SQLSTATE 42601) or SQL0206N (SQLSTATE 42703)")})
public final class PostgresOnlySyntax implements Rule {

    /** What SQLite takes for one parameter name after the $: identifier characters, $ included. */
    /**
     * Whether an E'...' string may start in the statement: a quote right after an E or e somewhere (it may be inside
     * another string or a comment: then the tokens say). Only when the statement's text is the file's as it stands is
     * a false certain; else this says true.
     */
    private static boolean escapeStringMayStart(String statement) {
        for (int q = statement.indexOf('\''); q >= 0; q = statement.indexOf('\'', q + 1)) {
            if (q > 0 && (statement.charAt(q - 1) == 'E' || statement.charAt(q - 1) == 'e')) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SQLITE_PARAMETER = Pattern.compile("\\$[A-Za-z0-9_$]*");

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!Tokens.mayHold(ctx, ':') && !Tokens.mayHold(ctx, '$') && !escapeStringMayStart(ctx.statementText())) {
            return; // nearly every statement: none of the characters its tokens start with or are made of
        }
        CharSequence text = ctx.fileText();
        for (Token t : ctx.tokens()) {
            if (t.isPunct(text, "::")) {
                ctx.report(Tokens.range(t), ":: cast is PostgreSQL syntax")
                        .fix("Write CAST(expression AS type), which every engine understands, with a type every "
                                + "target casts to (MySQL: SIGNED, CHAR(n), DECIMAL(p, s) rather than INTEGER or TEXT).")
                        .emit();
            } else if (t.kind() == TokenKind.STRING && text.charAt(t.start()) == '$') {
                String token = t.text(text);
                RuleContext.FindingBuilder finding = ctx.report(Tokens.range(t), "dollar-quoted string "
                        + abbreviate(token) + " is PostgreSQL syntax");
                if (SQLITE_PARAMETER.matcher(token).matches()) {
                    ctx.profiles().stream().filter(p -> p.supports(Feature.DOLLAR_NAMED_PARAMETERS))
                            .forEach(p -> finding.effect(p.engine(), Effect.DIFFERENT));
                }
                finding.fix("Write an ordinary '...' string literal, doubling each single quote inside it ('it''s'); "
                                + "a function or DO body written in PL/pgSQL belongs in a PostgreSQL-only migration.")
                        .emit();
            } else if (t.kind() == TokenKind.STRING && (text.charAt(t.start()) == 'E' || text.charAt(t.start()) == 'e')) {
                ctx.report(Tokens.range(t), "escape string " + abbreviate(t.text(text)) + " is PostgreSQL syntax")
                        .fix("Write a plain '...' literal without backslash escapes (a quote doubled as ''; a newline "
                                + "as CHR(10) on PostgreSQL and Db2, CHAR(10) on MySQL/MariaDB, char(10) on SQLite).")
                        .emit();
            }
        }
    }

    private static String abbreviate(String token) {
        String oneLine = token.replaceAll("\\s+", " ");
        return oneLine.length() <= 30 ? oneLine : oneLine.substring(0, 27) + "...";
    }
}
