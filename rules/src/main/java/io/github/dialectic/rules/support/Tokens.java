package io.github.dialectic.rules.support;

import io.github.dialectic.change.SourceRange;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.source.Token;

import java.util.List;

/** Token helpers for rules that point at syntax the change model does not keep. */
public final class Tokens {

    private Tokens() {
    }

    /** The statement's significant tokens that lie inside {@code range}. */
    public static List<Token> within(RuleContext ctx, SourceRange range) {
        return ctx.tokens().stream().filter(t -> t.start() >= range.start() && t.end() <= range.end()).toList();
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
}
