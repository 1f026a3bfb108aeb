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
        Detector detector = new Detector(text);
        for (int p = 0; p < n; p = lx.end) {
            lx.next(p);
            if (detector.accept(lx.kind, p, lx.end)) {
                break;
            }
        }
        return detector.result();
    }

    /**
     * {@link #detect}'s reading of the tokens, fed one at a time in text order as a GENERIC lexer reads them: the
     * splitter feeds it the tokens it reads anyway, so that a file is not lexed once to detect and again to split.
     */
    static final class Detector {
        private final CharSequence text;
        private boolean postgres;
        private boolean afterEngine;
        private SqlFlavor decided;

        Detector(CharSequence text) {
            this.text = text;
        }

        /** Reads the token {@code [p, end)}; true once a MySQL or DB2 cue has decided (later tokens change nothing). */
        boolean accept(TokenKind k, int p, int end) {
            if (decided != null) {
                return true;
            }
            if (k == TokenKind.WHITESPACE) {
                return false;
            }
            if (k == TokenKind.COMMENT) {
                if (SqlSplitter.db2Terminator(text, p, end) != null) {
                    decided = DB2;
                }
                return decided != null;
            }
            if (afterEngine && k == TokenKind.PUNCT && text.charAt(p) == '=' && end == p + 1) {
                decided = MYSQL;
                return true;
            }
            afterEngine = false;
            switch (k) {
                case WORD:
                    if (Lexer.wordEquals(text, p, end, "ENGINE")) {
                        afterEngine = true;
                    } else if (Lexer.wordEquals(text, p, end, "DELIMITER")
                            && SqlSplitter.atLineStart(text, p)
                            && SqlSplitter.delimiterArgument(text, end, true) != null) {
                        decided = MYSQL;
                    }
                    break;
                case QUOTED_IDENTIFIER:
                    if (text.charAt(p) == '`') {
                        decided = MYSQL;
                    }
                    break;
                case STRING:
                    postgres |= text.charAt(p) == '$';
                    break;
                case PUNCT:
                    if (text.charAt(p) == '#' && SqlSplitter.atLineStart(text, p)) {
                        // a line opened by '#' is a MySQL comment (mysql client scripts, dumps); read further as
                        // GENERIC, an apostrophe in it ("you'll") would open a string that swallows the file
                        decided = MYSQL;
                    }
                    postgres |= end == p + 2 && text.charAt(p) == ':' && text.charAt(p + 1) == ':';
                    break;
                default:
                    break;
            }
            return decided != null;
        }

        /** The flavour the tokens read so far show. */
        SqlFlavor result() {
            return decided != null ? decided : postgres ? POSTGRESQL : GENERIC;
        }
    }
}
