package io.github.dialectic.rules.support;

import io.github.dialectic.change.Name;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.List;
import java.util.function.Predicate;

/** Token helpers for rules that point at syntax the change model does not keep. */
public final class Tokens {

    private Tokens() {
    }

    /**
     * The statement's significant tokens that lie inside {@code range}: a view of {@link RuleContext#tokens()} found
     * by binary search (tokens are in order and do not overlap), so that a rule asking once per column of a
     * 150,000-column table pays a logarithm per column, not the whole statement.
     */
    public static List<Token> within(RuleContext ctx, SourceRange range) {
        List<Token> tokens = ctx.tokens();
        int from = firstIndex(tokens, t -> t.start() >= range.start());
        int to = firstIndex(tokens, t -> t.end() > range.end());
        return from < to ? tokens.subList(from, to) : List.of();
    }

    /** The first index where {@code after} holds, in a list where it holds on a (possibly empty) tail. */
    private static int firstIndex(List<Token> tokens, Predicate<Token> after) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (after.test(tokens.get(mid))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    public static SourceRange range(Token t) {
        return new SourceRange(t.start(), t.end());
    }

    public static SourceRange range(Token from, Token to) {
        return new SourceRange(from.start(), to.end());
    }

    /** Index of the token closing the parenthesis opened at {@code open}, or the last index. */
    public static int closing(List<Token> tokens, CharSequence text, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct(text, "(")) {
                depth++;
            } else if (tokens.get(i).isPunct(text, ")")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size() - 1;
    }

    /** A word or a quoted identifier: a token that can name a table or column. */
    public static boolean isName(Token t) {
        return t.kind() == TokenKind.WORD || t.kind() == TokenKind.QUOTED_IDENTIFIER;
    }

    /** The name a token writes, quotes undone, and whether it was quoted. */
    public static Name name(Token t, CharSequence text) {
        return new Name(t.identifier(text), t.kind() == TokenKind.QUOTED_IDENTIFIER);
    }
}
