package io.github.dialectic.source;

/**
 * A string, quoted identifier, dollar quote or block comment whose closing delimiter never comes: it runs to the end of
 * the file, taking every statement after it along.
 *
 * @param start     offset of its opening delimiter in the file
 * @param construct what it is, as a reader would say it: "string", "block comment", ...
 * @param opening   its opening delimiter as written: {@code '}, {@code E'}, {@code /*}, {@code $body$}, ...
 */
public record Unterminated(int start, String construct, String opening) {

    /** Describes the unterminated token {@code text[start, end)} of this kind. */
    static Unterminated of(CharSequence text, int start, int end, TokenKind kind) {
        char c = text.charAt(start);
        if (kind == TokenKind.COMMENT) {
            return new Unterminated(start, "block comment", "/*");
        }
        if (kind == TokenKind.QUOTED_IDENTIFIER) {
            return new Unterminated(start, "quoted identifier", String.valueOf(c));
        }
        if (c == '$') {
            int close = start + 1;
            while (close < end && text.charAt(close) != '$') {
                close++;
            }
            return new Unterminated(start, "dollar-quoted string", text.subSequence(start, Math.min(close + 1, end)).toString());
        }
        if (c == 'e' || c == 'E') {
            return new Unterminated(start, "string", text.subSequence(start, start + 2).toString());
        }
        return new Unterminated(start, "string", String.valueOf(c));
    }
}
