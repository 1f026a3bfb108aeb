package io.github.dialectic.source;

/**
 * A lexical token as a range of its source text. Tokens hold offsets rather than text so that
 * lexing a large file does not copy it; ask for the text only where it is needed.
 *
 * @param terminated false when a string, comment, quoted identifier or dollar string ran into the end
 *                   of the lexed range without its closing delimiter
 */
public record Token(TokenKind kind, int start, int end, boolean terminated) {

    public Token {
        if (kind == null) {
            throw new NullPointerException("kind");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token range [" + start + ", " + end + ")");
        }
    }

    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    /** true when this is a WORD equal to {@code word}, ignoring ASCII case. */
    public boolean isWord(CharSequence source, String word) {
        return kind == TokenKind.WORD && Lexer.wordEquals(source, start, end, word);
    }

    /** true when this is PUNCT with exactly this text. */
    public boolean isPunct(CharSequence source, String punct) {
        if (kind != TokenKind.PUNCT || end - start != punct.length()) {
            return false;
        }
        for (int i = 0; i < punct.length(); i++) {
            if (source.charAt(start + i) != punct.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The identifier value: a WORD as written; a QUOTED_IDENTIFIER ({@code "x"}, {@code `x`},
     * {@code [x]}) without its quotes and with doubled closing quotes undone. Other kinds are
     * returned as written, since they name nothing.
     */
    public String identifier(CharSequence source) {
        if (kind != TokenKind.QUOTED_IDENTIFIER || end - start < 1) {
            return text(source);
        }
        char open = source.charAt(start);
        char close = open == '[' ? ']' : open;
        int contentEnd = terminated && end - start >= 2 ? end - 1 : end;
        StringBuilder sb = new StringBuilder(contentEnd - start);
        for (int i = start + 1; i < contentEnd; i++) {
            char c = source.charAt(i);
            sb.append(c);
            if (c == close && i + 1 < contentEnd && source.charAt(i + 1) == close) {
                i++;
            }
        }
        return sb.toString();
    }

    /** COMMENT or WHITESPACE: tokens that never change what a statement means. */
    public boolean isTrivia() {
        return kind == TokenKind.COMMENT || kind == TokenKind.WHITESPACE;
    }
}
