package io.github.dialectic.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A forgiving SQL tokenizer: rules need to look at keywords and identifiers of statements that no
 * parser may accept, so it never rejects input and keeps every character in some token.
 */
public final class SqlLexer {

    private SqlLexer() {
    }

    /**
     * All tokens of {@code text[from, to)} in order, trivia included; never throws on content. An
     * unterminated string, comment, quoted identifier or dollar string runs to {@code to} with
     * {@code terminated == false}.
     */
    public static List<Token> tokenize(CharSequence text, int from, int to, SqlFlavor flavor) {
        return scan(text, from, to, flavor, true);
    }

    /** Same as {@link #tokenize} without WHITESPACE and COMMENT tokens. */
    public static List<Token> significant(CharSequence text, int from, int to, SqlFlavor flavor) {
        return scan(text, from, to, flavor, false);
    }

    private static List<Token> scan(CharSequence text, int from, int to, SqlFlavor flavor, boolean trivia) {
        Objects.checkFromToIndex(from, to, text.length());
        Lexer lx = new Lexer(text, to, flavor == null ? SqlFlavor.GENERIC : flavor);
        List<Token> out = new ArrayList<>();
        for (int p = from; p < to; p = lx.end) {
            lx.next(p);
            if (trivia || (lx.kind != TokenKind.WHITESPACE && lx.kind != TokenKind.COMMENT)) {
                out.add(new Token(lx.kind, p, lx.end, lx.terminated));
            }
        }
        return out;
    }
}
