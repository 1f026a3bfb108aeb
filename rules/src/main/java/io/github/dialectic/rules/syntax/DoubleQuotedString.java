package io.github.dialectic.rules.syntax;

import io.github.dialectic.change.Change;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Tokens;
import io.github.dialectic.schema.Table;
import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.List;
import java.util.Set;

@RuleInfo(
        id = "double-quoted-string",
        title = "\"text\" where a string literal belongs",
        category = Category.SYNTAX,
        severity = Severity.ERROR,
        reads = Reads.SCHEMA,
        summary = "A double-quoted \"text\" after DEFAULT, inside VALUES (...), or compared with = / <> / LIKE / IN (...) "
                + "in DML: a string on MySQL and MariaDB, an identifier (a column name) on PostgreSQL and Db2.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "seen on 15: DEFAULT \"active\": ERROR 0A000 cannot use column reference in DEFAULT "
                                + "expression; VALUES (2, \"bob\") and WHERE name = \"bob\": ERROR 42703 column \"bob\" "
                                + "does not exist"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 identifiers: \"x\" is a delimited identifier, so the name is looked up "
                                + "as a column: SQL0206N, SQLSTATE 42703 (in a DEFAULT clause SQL0104N, SQLSTATE "
                                + "42601)")})
public final class DoubleQuotedString implements Rule {

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=");
    private static final Set<String> DML = Set.of("INSERT", "UPDATE", "DELETE", "SELECT");

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!Tokens.mayHold(ctx, '"')) {
            return; // most statements: no " in the text at all, no token to walk
        }
        CharSequence text = ctx.fileText();
        List<Token> tokens = ctx.tokens();
        if (!anyDoubleQuoted(tokens, text)) {
            return; // nearly every statement: only a "..." token can be reported, so the walk below is spared
        }
        boolean dml = change instanceof Change.Other o && DML.contains(o.kind());
        int valuesDepth = -1; // parenthesis depth of a VALUES list's rows, -1 outside
        int inDepth = -1;     // parenthesis depth of an IN (...) list, -1 outside
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isPunct(text, "(")) {
                depth++;
                if (i > 0 && tokens.get(i - 1).isWord(text, "IN") && dml) {
                    inDepth = depth;
                }
                continue;
            }
            if (t.isPunct(text, ")")) {
                if (depth == inDepth) {
                    inDepth = -1;
                }
                depth--;
                continue;
            }
            if (t.isWord(text, "VALUES")) {
                valuesDepth = depth + 1;
                continue;
            }
            if (t.isWord(text, "SELECT") || t.isWord(text, "ON")) {
                valuesDepth = -1; // INSERT ... SELECT, or ON CONFLICT / ON DUPLICATE KEY: not literal rows any more
            }
            if (!doubleQuoted(t, text) || qualified(tokens, i, text)) {
                continue;
            }
            Token before = i > 0 ? tokens.get(i - 1) : null;
            String where;
            if (before != null && before.isWord(text, "DEFAULT")) {
                where = "as a DEFAULT";
            } else if (valuesDepth > 0 && depth == valuesDepth) {
                where = "in VALUES";
            } else if (dml && before != null && (COMPARISONS.stream().anyMatch(p -> before.isPunct(text, p))
                    || before.isWord(text, "LIKE"))) {
                where = "in a comparison";
            } else if (dml && inDepth > 0 && depth == inDepth) {
                where = "in an IN list";
            } else {
                continue;
            }
            String value = t.kind() == TokenKind.QUOTED_IDENTIFIER ? t.identifier(text) : unquote(t.text(text));
            if (namesColumn(ctx, value)) {
                continue; // "name" may well mean the column: that is the identifier reading, and it is not ours to guess
            }
            ctx.report(Tokens.range(t), t.text(text) + " " + where + " is a string on MySQL and MariaDB but a column "
                            + "name on PostgreSQL and Db2, where no column " + t.text(text) + " exists")
                    .fix("Quote the value with single quotes: '" + value.replace("'", "''") + "'.")
                    .emit();
        }
    }

    private static boolean anyDoubleQuoted(List<Token> tokens, CharSequence text) {
        for (Token t : tokens) {
            if (doubleQuoted(t, text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean doubleQuoted(Token t, CharSequence text) {
        return (t.kind() == TokenKind.QUOTED_IDENTIFIER || t.kind() == TokenKind.STRING) && text.charAt(t.start()) == '"';
    }

    /** Part of a dotted name ("t"."c"): an identifier on every engine that reads it at all. */
    private static boolean qualified(List<Token> tokens, int i, CharSequence text) {
        return (i > 0 && tokens.get(i - 1).isPunct(text, "."))
                || (i + 1 < tokens.size() && tokens.get(i + 1).isPunct(text, "."));
    }

    private static boolean namesColumn(RuleContext ctx, String value) {
        for (Table table : ctx.schema().tables()) {
            if (table.columns().stream().anyMatch(c -> c.name().text().equalsIgnoreCase(value))) {
                return true;
            }
        }
        return false;
    }

    /** The value of a MySQL-flavoured "..." string token: quotes removed, "" and \" undone. */
    private static String unquote(String token) {
        String body = token.length() >= 2 ? token.substring(1, token.length() - 1) : token;
        return body.replace("\"\"", "\"").replace("\\\"", "\"");
    }
}
