package io.github.dialectic.source;

/**
 * The scanning engine shared by {@link SqlLexer}, {@link SqlSplitter} and {@link SqlFlavor#detect}.
 * It reports one token at a time through mutable fields so the splitter can walk a 100 MB file
 * without allocating an object per token.
 */
final class Lexer {

    private final CharSequence s;
    private final int to;
    private final boolean mysql;
    private final boolean dollarQuotes;
    private final boolean nestedComments;

    /** Active custom terminator that words, numbers and operators must not swallow; null when none. */
    private String stop;
    private char stop0;

    TokenKind kind;
    int end;
    boolean terminated;

    Lexer(CharSequence s, int to, SqlFlavor flavor) {
        this.s = s;
        this.to = to;
        this.mysql = flavor == SqlFlavor.MYSQL;
        this.dollarQuotes = flavor == SqlFlavor.GENERIC || flavor == SqlFlavor.POSTGRESQL;
        this.nestedComments = flavor == SqlFlavor.POSTGRESQL;
    }

    /**
     * Sets a terminator that must end a word/number/operator where it begins, so that MySQL's
     * {@code END$$} splits as {@code END} + {@code $$}. Null or ";" disables the check.
     */
    void stopAt(String terminator) {
        if (terminator == null || terminator.isEmpty() || terminator.equals(";")) {
            stop = null;
        } else {
            stop = terminator;
            stop0 = terminator.charAt(0);
        }
    }

    /** Scans the token starting at {@code p} (which must be below the limit) into the fields. */
    void next(int p) {
        terminated = true;
        char c = s.charAt(p);
        if (isSpace(c)) {
            int i = p + 1;
            while (i < to && isSpace(s.charAt(i))) {
                i++;
            }
            set(TokenKind.WHITESPACE, i);
            return;
        }
        switch (c) {
            case '-':
                if (p + 1 < to && s.charAt(p + 1) == '-') {
                    lineComment(p + 2);
                    return;
                }
                break;
            case '#':
                if (mysql) {
                    lineComment(p + 1);
                    return;
                }
                break;
            case '/':
                if (p + 1 < to && s.charAt(p + 1) == '*') {
                    blockComment(p);
                    return;
                }
                break;
            case '\'':
                quoted(p + 1, '\'', mysql, TokenKind.STRING);
                return;
            case '"':
                if (mysql) {
                    quoted(p + 1, '"', true, TokenKind.STRING);
                } else {
                    quoted(p + 1, '"', false, TokenKind.QUOTED_IDENTIFIER);
                }
                return;
            case '`':
                quoted(p + 1, '`', false, TokenKind.QUOTED_IDENTIFIER);
                return;
            case '$':
                if (placeholderEnd(p) > 0) {
                    word(p);
                    return;
                }
                if (dollarQuotes && dollarQuote(p)) {
                    return;
                }
                break;
            case 'e':
            case 'E':
                if (p + 1 < to && s.charAt(p + 1) == '\'') {
                    quoted(p + 2, '\'', true, TokenKind.STRING);
                    return;
                }
                break;
            case '.':
                if (p + 1 < to && isDigit(s.charAt(p + 1))) {
                    number(p);
                    return;
                }
                break;
            default:
                break;
        }
        if (isDigit(c)) {
            number(p);
        } else if (isWordStart(c)) {
            word(p);
        } else {
            punct(p, c);
        }
    }

    /** A word from {@code p}: word characters and Flyway placeholders ({@code ${schema}}, {@code t_${suffix}}). */
    private void word(int p) {
        int i = p;
        while (i < to && !stopsAt(i)) {
            char c = s.charAt(i);
            int placeholder = c == '$' ? placeholderEnd(i) : -1;
            if (placeholder > 0) {
                i = placeholder;
            } else if (isWordPart(c) || i == p) {
                i++;
            } else {
                break;
            }
        }
        set(TokenKind.WORD, i);
    }

    /**
     * The end of a Flyway placeholder {@code ${name}} starting at {@code p} ({@code name} of letters, digits and
     * {@code _ . : -}, e.g. {@code ${flyway:defaultSchema}}), or -1. Flyway replaces it before the engine sees the
     * SQL; Dialectic has no configured values, so the placeholder stands for a name.
     */
    int placeholderEnd(int p) {
        if (p + 3 >= to || s.charAt(p) != '$' || s.charAt(p + 1) != '{') {
            return -1;
        }
        int i = p + 2;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '}') {
                return i > p + 2 ? i + 1 : -1;
            }
            if (!isWordStart(c) && !isDigit(c) && c != '.' && c != ':' && c != '-') {
                return -1;
            }
            i++;
        }
        return -1;
    }

    private void set(TokenKind k, int e) {
        kind = k;
        end = e;
    }

    private void lineComment(int i) {
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        set(TokenKind.COMMENT, i);
    }

    private void blockComment(int p) {
        int depth = 1;
        int i = p + 2;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '*' && i + 1 < to && s.charAt(i + 1) == '/') {
                i += 2;
                if (--depth == 0) {
                    set(TokenKind.COMMENT, i);
                    return;
                }
            } else if (nestedComments && c == '/' && i + 1 < to && s.charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else {
                i++;
            }
        }
        terminated = false;
        set(TokenKind.COMMENT, to);
    }

    /** Body of a quoted token after its opening quote; a doubled quote is an escape, so is a backslash if allowed. */
    private void quoted(int i, char q, boolean backslash, TokenKind k) {
        while (i < to) {
            char c = s.charAt(i);
            if (c == q) {
                if (i + 1 < to && s.charAt(i + 1) == q) {
                    i += 2;
                } else {
                    set(k, i + 1);
                    return;
                }
            } else if (backslash && c == '\\') {
                i += 2;
            } else {
                i++;
            }
        }
        terminated = false;
        set(k, to);
    }

    /** PostgreSQL {@code $$...$$} or {@code $tag$...$tag$}; false (nothing consumed) for {@code $1} and the like. */
    private boolean dollarQuote(int p) {
        int i = p + 1;
        if (i >= to) {
            return false;
        }
        char c = s.charAt(i);
        if (c != '$') {
            if (!isWordStart(c)) {
                return false;
            }
            i++;
            while (i < to && (c = s.charAt(i)) != '$') {
                if (!isWordStart(c) && !isDigit(c)) {
                    return false;
                }
                i++;
            }
            if (i >= to) {
                return false;
            }
        }
        int len = i + 1 - p;
        for (int j = i + 1; j + len <= to; j++) {
            if (s.charAt(j) == '$' && regionEquals(j, p, len)) {
                set(TokenKind.STRING, j + len);
                return true;
            }
        }
        terminated = false;
        set(TokenKind.STRING, to);
        return true;
    }

    private boolean regionEquals(int a, int b, int len) {
        for (int k = 1; k < len; k++) {
            if (s.charAt(a + k) != s.charAt(b + k)) {
                return false;
            }
        }
        return true;
    }

    private void number(int p) {
        int i = p;
        if (s.charAt(p) == '0' && p + 2 < to && (s.charAt(p + 1) | 0x20) == 'x' && isHex(s.charAt(p + 2))) {
            i = p + 3;
            while (i < to && isHex(s.charAt(i)) && !stopsAt(i)) {
                i++;
            }
            set(TokenKind.NUMBER, i);
            return;
        }
        i = digits(i);
        if (i < to && s.charAt(i) == '.' && !stopsAt(i)) {
            i = digits(i + 1);
        }
        if (i < to && (s.charAt(i) | 0x20) == 'e' && !stopsAt(i)) {
            int j = i + 1;
            if (j < to && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < to && isDigit(s.charAt(j))) {
                i = digits(j);
            }
        }
        set(TokenKind.NUMBER, i);
    }

    private int digits(int i) {
        while (i < to && isDigit(s.charAt(i)) && !stopsAt(i)) {
            i++;
        }
        return i;
    }

    private void punct(int p, char c) {
        int len = 1;
        if (p + 1 < to && !stopsAt(p + 1)) {
            char d = s.charAt(p + 1);
            switch (c) {
                case ':':
                    len = d == ':' || d == '=' ? 2 : 1;
                    break;
                case '|':
                    len = d == '|' ? 2 : 1;
                    break;
                case '<':
                    len = d == '=' || d == '>' ? 2 : 1;
                    break;
                case '>':
                case '!':
                case '=': // == is SQLite's equality, one token so that a construct can be keyed on it
                    len = d == '=' ? 2 : 1;
                    break;
                case '-':
                    if (d == '>') {
                        len = p + 2 < to && s.charAt(p + 2) == '>' && !stopsAt(p + 2) ? 3 : 2;
                    }
                    break;
                default:
                    break;
            }
        }
        set(TokenKind.PUNCT, p + len);
    }

    private boolean stopsAt(int i) {
        if (stop == null || s.charAt(i) != stop0) {
            return false;
        }
        return startsWith(s, to, i, stop);
    }

    static boolean startsWith(CharSequence s, int limit, int at, String prefix) {
        int n = prefix.length();
        if (at + n > limit) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (s.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** ASCII-case-insensitive comparison of {@code s[start, end)} with {@code word}. */
    static boolean wordEquals(CharSequence s, int start, int end, String word) {
        if (end - start != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (upper(s.charAt(start + k)) != upper(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B;
        }
        return c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    }

    /** Letters, underscore, and any non-space non-ASCII char (which keeps surrogate pairs together). */
    private static boolean isWordStart(char c) {
        if (c < 0x80) {
            int l = c | 0x20;
            return (l >= 'a' && l <= 'z') || c == '_';
        }
        return !isSpace(c);
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || isDigit(c) || c == '$';
    }
}
