package io.github.dialectic.rules.support;

import io.github.dialectic.change.Name;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.List;

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
        int from = firstStartingAt(tokens, range.start());
        int to = firstEndingAfter(tokens, range.end());
        return from < to ? tokens.subList(from, to) : List.of();
    }

    // two searches written out, not one taking a capturing lambda: a lambda and its object per call, and an interface
    // call per probe, for every ALTER TABLE action and table option asked about, most of them in the interpreter

    /** The index of the first token starting at or after {@code offset} (tokens are in order). */
    private static int firstStartingAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() >= offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The index of the first token ending after {@code offset}. */
    private static int firstEndingAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Whether the statement's text may hold {@code c}: false when it certainly does not, so that a rule looking for a
     * token that starts with or is made of it (a backtick, a double quote, {@code ||}, {@code ::}) can stop before
     * walking the tokens. One String.indexOf (compiled early, it is everywhere in the JDK) instead of an interface call
     * per token in the interpreter, on every statement. True when the statement's text is not the file's as it stands
     * (then the tokens alone say).
     */
    public static boolean mayHold(RuleContext ctx, char c) {
        String statement = ctx.statementText();
        SourceRange range = ctx.statementRange();
        return statement.length() != range.end() - range.start() || statement.indexOf(c) >= 0;
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
