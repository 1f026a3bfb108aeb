package io.github.dialectic.source;

/**
 * The SQL dialect a migration file is written for. It decides how the lexer reads double quotes,
 * backslashes, {@code #} comments and dollar quotes: MYSQL reads {@code "..."} as a string with
 * backslash escapes, backslash escapes {@code '...'} and takes {@code #} as a line comment; GENERIC
 * and POSTGRESQL recognise dollar quotes; POSTGRESQL nests block comments.
 */
public enum SqlFlavor {
    GENERIC, MYSQL, POSTGRESQL, SQLITE, DB2;

    /**
     * Guesses the flavour of a migration file from cheap lexical cues outside strings and comments: a
     * MySQL {@code DELIMITER x} line (x made of symbols, so a column named delimiter is no cue), a line that starts
     * with a {@code #} comment, backticks or {@code ENGINE=} give MYSQL; {@code $$}/{@code $tag$}
     * dollar quotes or {@code ::} casts give POSTGRESQL; a {@code --#SET TERMINATOR} line gives DB2;
     * otherwise GENERIC. The first DB2 or MySQL cue wins over any PostgreSQL cue, because
     * {@code DELIMITER $$} and MySQL bodies ending in {@code $$} look like dollar quotes.
     */
    public static SqlFlavor detect(CharSequence text) {
        int n = text.length();
        Lexer lx = new Lexer(text, n, GENERIC);
        boolean postgres = false;
        boolean afterEngine = false;
        for (int p = 0; p < n; p = lx.end) {
            lx.next(p);
            TokenKind k = lx.kind;
            if (k == TokenKind.WHITESPACE) {
                continue;
            }
            if (k == TokenKind.COMMENT) {
                if (SqlSplitter.db2Terminator(text, p, lx.end) != null) {
                    return DB2;
                }
                continue;
            }
            if (afterEngine && k == TokenKind.PUNCT && text.charAt(p) == '=' && lx.end == p + 1) {
                return MYSQL;
            }
            afterEngine = false;
            switch (k) {
                case WORD:
                    if (Lexer.wordEquals(text, p, lx.end, "ENGINE")) {
                        afterEngine = true;
                    } else if (Lexer.wordEquals(text, p, lx.end, "DELIMITER")
                            && SqlSplitter.atLineStart(text, p)
                            && SqlSplitter.delimiterArgument(text, lx.end, true) != null) {
                        return MYSQL;
                    }
                    break;
                case QUOTED_IDENTIFIER:
                    if (text.charAt(p) == '`') {
                        return MYSQL;
                    }
                    break;
                case STRING:
                    postgres |= text.charAt(p) == '$';
                    break;
                case PUNCT:
                    if (text.charAt(p) == '#' && SqlSplitter.atLineStart(text, p)) {
                        // a line opened by '#' is a MySQL comment (mysql client scripts, dumps); read further as
                        // GENERIC, an apostrophe in it ("you'll") would open a string that swallows the file
                        return MYSQL;
                    }
                    postgres |= lx.end == p + 2 && text.charAt(p) == ':' && text.charAt(p + 1) == ':';
                    break;
                default:
                    break;
            }
        }
        return postgres ? POSTGRESQL : GENERIC;
    }
}
