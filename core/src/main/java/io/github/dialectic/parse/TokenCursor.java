package io.github.dialectic.parse;

import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.List;

/** A cursor over the significant tokens of one statement, with the helpers a hand-written DDL reader needs. */
final class TokenCursor {
    private final CharSequence text;
    private final List<Token> tokens;
    private int pos;

    TokenCursor(CharSequence text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    Token peek() {
        return atEnd() ? null : tokens.get(pos);
    }

    Token peek(int ahead) {
        int i = pos + ahead;
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    Token next() {
        if (atEnd()) {
            throw fail("unexpected end of statement");
        }
        return tokens.get(pos++);
    }

    Token previous() {
        return tokens.get(pos - 1);
    }

    String text(Token t) {
        return t.text(text);
    }

    boolean isWord(int ahead, String word) {
        Token t = peek(ahead);
        return t != null && t.isWord(text, word);
    }

    /** True if the next tokens are exactly these words. */
    boolean peekWords(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!isWord(i, words[i])) {
                return false;
            }
        }
        return true;
    }

    boolean acceptWords(String... words) {
        if (peekWords(words)) {
            pos += words.length;
            return true;
        }
        return false;
    }

    /** Accepts the words as {@link #acceptWords} does, returning the range they cover, or null. */
    SourceRange acceptWordsRange(String... words) {
        int start = pos;
        return acceptWords(words) ? rangeFrom(start) : null;
    }

    /** The statement's significant tokens (for readers working on a run of them). */
    List<Token> tokens() {
        return tokens;
    }

    CharSequence source() {
        return text;
    }

    /** Accepts one of the words, returning it upper-cased, or null. */
    String acceptAnyWord(String... words) {
        for (String w : words) {
            if (isWord(0, w)) {
                pos++;
                return w.toUpperCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    void expectWords(String... words) {
        if (!acceptWords(words)) {
            throw fail("expected " + String.join(" ", words));
        }
    }

    boolean peekPunct(String punct) {
        Token t = peek();
        return t != null && t.isPunct(text, punct);
    }

    boolean acceptPunct(String punct) {
        if (peekPunct(punct)) {
            pos++;
            return true;
        }
        return false;
    }

    void expectPunct(String punct) {
        if (!acceptPunct(punct)) {
            throw fail("expected '" + punct + "'");
        }
    }

    boolean peekIdentifier() {
        Token t = peek();
        return t != null && (t.kind() == TokenKind.WORD || t.kind() == TokenKind.QUOTED_IDENTIFIER
               );
    }

    Name identifier() {
        Token t = peek();
        if (t == null || (t.kind() != TokenKind.WORD && t.kind() != TokenKind.QUOTED_IDENTIFIER)) {
            throw fail("expected a name");
        }
        pos++;
        return new Name(t.identifier(text), t.kind() == TokenKind.QUOTED_IDENTIFIER);
    }

    SourceRange lastRange() {
        Token t = previous();
        return new SourceRange(t.start(), t.end());
    }

    /** {@code name} or {@code schema.name} (a leading catalog part is folded into the schema). */
    QualifiedName qualifiedName() {
        Name first = identifier();
        Name schema = null;
        Name name = first;
        while (acceptPunct(".")) {
            schema = name;
            name = identifier();
        }
        return new QualifiedName(schema, name);
    }

    /** Skips a balanced parenthesised group starting at '(' and returns the text inside it. */
    String parenthesised() {
        Token open = peek();
        expectPunct("(");
        int depth = 1;
        while (!atEnd()) {
            Token t = next();
            if (t.isPunct(text, "(")) {
                depth++;
            } else if (t.isPunct(text, ")")) {
                depth--;
                if (depth == 0) {
                    return text.subSequence(open.end(), t.start()).toString().trim();
                }
            }
        }
        throw fail("unbalanced parentheses");
    }

    /**
     * Skips tokens at paren depth 0 until one of the stop words, a ',' or ')' at depth 0, or the end; returns the
     * source text skipped (trimmed), or null if nothing was skipped.
     */
    String until(java.util.function.Predicate<TokenCursor> stop) {
        int startPos = pos;
        int depth = 0;
        while (!atEnd()) {
            if (depth == 0 && (peekPunct(",") || peekPunct(")") || stop.test(this))) {
                break;
            }
            Token t = next();
            if (t.isPunct(text, "(")) {
                depth++;
            } else if (t.isPunct(text, ")")) {
                depth--;
            }
        }
        if (pos == startPos) {
            return null;
        }
        return text.subSequence(tokens.get(startPos).start(), tokens.get(pos - 1).end()).toString();
    }

    SourceRange rangeFrom(int tokenIndex) {
        int endIndex = Math.max(tokenIndex, pos - 1);
        return new SourceRange(tokens.get(tokenIndex).start(), tokens.get(Math.min(endIndex, tokens.size() - 1)).end());
    }

    SourceRange range(Token t) {
        return new SourceRange(t.start(), t.end());
    }

    DdlSyntaxException fail(String message) {
        Token t = peek();
        int offset = t != null ? t.start() : (tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end());
        String near = t != null ? " near '" + shorten(text(t)) + "'" : " at end of statement";
        return new DdlSyntaxException(message + near, offset);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    static final class DdlSyntaxException extends RuntimeException {
        private final int offset;

        DdlSyntaxException(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }
}
