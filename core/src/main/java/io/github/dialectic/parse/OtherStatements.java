package io.github.dialectic.parse;

import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises valid statements that change no table the schema model keeps, where JSqlParser fails on them:
 * PostgreSQL's and MariaDB's {@code CREATE SEQUENCE} ({@code IF NOT EXISTS}, {@code NO CYCLE}, {@code ENGINE=}),
 * {@code ALTER SEQUENCE}, {@code COMMENT ON} any object, {@code TRUNCATE} with PostgreSQL's and Db2's clauses, and
 * Db2's {@code SET INTEGRITY} and {@code SET [CURRENT] SCHEMA}. Each is checked against its grammar (known option words,
 * names where names go), so that text which only starts like one of them is still reported as unparsed. Returns the
 * statement's kind, as {@link StatementAnalyzer#kindOf} names JSqlParser's statements, or null.
 */
final class OtherStatements {

    /** Option words of CREATE/ALTER SEQUENCE (PostgreSQL, MariaDB, Db2). */
    private static final Set<String> SEQUENCE_WORDS = Set.of("INCREMENT", "BY", "MINVALUE", "MAXVALUE", "NO", "START",
            "WITH", "CACHE", "CYCLE", "NOCYCLE", "NOCACHE", "NOMINVALUE", "NOMAXVALUE", "RESTART", "ORDER", "NOORDER",
            "LOGGED", "UNLOGGED", "OWNED", "NONE", "RENAME", "SET", "OWNER");

    /** Option words that end a clause by themselves. */
    private static final Set<String> STANDALONE_SEQUENCE_WORDS = Set.of("CYCLE", "NOCYCLE", "NOCACHE", "NOMINVALUE",
            "NOMAXVALUE", "ORDER", "NOORDER", "LOGGED", "UNLOGGED", "NONE", "RESTART");

    /** Words after which a name (a type, an owner, a table.column, an engine) follows in a sequence statement. */
    private static final Set<String> SEQUENCE_NAME_BEFORE = Set.of("AS", "BY", "ENGINE", "TO", "SCHEMA", "COMMENT");

    private OtherStatements() {
    }

    static String kindOf(CharSequence text, List<Token> tokens) {
        TokenCursor in = new TokenCursor(text, tokens);
        try {
            if (in.acceptWords("CREATE")) {
                in.acceptAnyWord("TEMPORARY", "TEMP", "UNLOGGED");
                return in.acceptWords("SEQUENCE") && sequence(text, in, true) ? "CREATE SEQUENCE" : null;
            }
            if (in.acceptWords("ALTER", "SEQUENCE")) {
                return sequence(text, in, false) ? "ALTER SEQUENCE" : null;
            }
            if (in.acceptWords("COMMENT", "ON")) {
                return commentOn(text, in) ? "COMMENT" : null;
            }
            if (in.acceptWords("TRUNCATE")) {
                return truncate(in) ? "TRUNCATE" : null;
            }
            if (in.acceptWords("SET", "INTEGRITY", "FOR")) {
                return setIntegrity(text, in) ? "SET INTEGRITY" : null;
            }
            if (in.acceptWords("SET", "CURRENT", "SCHEMA") || in.acceptWords("SET", "SCHEMA")
                    || in.acceptWords("SET", "CURRENT", "SQLID")) {
                in.acceptPunct("=");
                if (in.atEnd()) {
                    return null;
                }
                Token value = in.next();
                return in.atEnd() && value.kind() != TokenKind.PUNCT ? "SET SCHEMA" : null;
            }
        } catch (TokenCursor.DdlSyntaxException e) {
            return null;
        }
        return null;
    }

    /** [IF [NOT] EXISTS] name, then option words, numbers and the names they take. */
    private static boolean sequence(CharSequence text, TokenCursor in, boolean create) {
        if (create) {
            in.acceptWords("IF", "NOT", "EXISTS");
        } else {
            in.acceptWords("IF", "EXISTS");
        }
        in.qualifiedName();
        Token previous = null;
        while (!in.atEnd()) {
            Token t = in.next();
            String word = t.kind() == TokenKind.WORD ? in.text(t).toUpperCase(Locale.ROOT) : null;
            boolean nameHere = isName(text, previous, in);
            boolean ok = t.kind() == TokenKind.NUMBER
                    || t.isPunct(text, "-") || t.isPunct(text, "+") || t.isPunct(text, "=") || t.isPunct(text, ".")
                    || (word != null && (SEQUENCE_WORDS.contains(word) || SEQUENCE_NAME_BEFORE.contains(word)))
                    || (nameHere && (t.kind() == TokenKind.WORD || t.kind() == TokenKind.QUOTED_IDENTIFIER
                    || t.kind() == TokenKind.STRING));
            if (!ok) {
                return false;
            }
            previous = t;
        }
        // a statement cannot end where a name or value must follow (RENAME TO, START WITH, ENGINE=)
        return previous == null || previous.kind() != TokenKind.WORD && previous.kind() != TokenKind.PUNCT
                || previous.kind() == TokenKind.WORD && (STANDALONE_SEQUENCE_WORDS.contains(
                in.text(previous).toUpperCase(Locale.ROOT)) || isName(text, in.peek(-2), in));
    }

    /** Whether the word after {@code before} is a name (an engine, an owner, a type), not a keyword. */
    private static boolean isName(CharSequence text, Token before, TokenCursor in) {
        return before != null && (before.isPunct(text, "=") || before.isPunct(text, ".")
                || (before.kind() == TokenKind.WORD
                && SEQUENCE_NAME_BEFORE.contains(in.text(before).toUpperCase(Locale.ROOT))));
    }

    /** COMMENT ON object-kind name IS 'text' | NULL (PostgreSQL, Db2; COLUMN t.c, INDEX, SEQUENCE, ...). */
    private static boolean commentOn(CharSequence text, TokenCursor in) {
        int words = 0;
        while (!in.atEnd() && in.peek().kind() == TokenKind.WORD && !in.isWord(1, "IS")
                && !(in.peek(1) != null && in.peek(1).isPunct(text, ".")) && words < 3) {
            in.next(); // TABLE, COLUMN, INDEX, MATERIALIZED VIEW, FOREIGN TABLE, ...
            words++;
        }
        if (words == 0) {
            return false;
        }
        in.qualifiedName();
        in.expectWords("IS");
        if (in.atEnd()) {
            return false;
        }
        Token value = in.next();
        return in.atEnd() && (value.kind() == TokenKind.STRING || value.isWord(text, "NULL"));
    }

    /**
     * TRUNCATE [TABLE] [ONLY] name [*] [, ...] then PostgreSQL's RESTART|CONTINUE IDENTITY, CASCADE|RESTRICT, and
     * Db2's DROP|REUSE STORAGE, IGNORE|RESTRICT WHEN DELETE TRIGGERS, IMMEDIATE.
     */
    private static boolean truncate(TokenCursor in) {
        in.acceptWords("TABLE");
        do {
            in.acceptWords("ONLY");
            in.qualifiedName();
            in.acceptPunct("*");
        } while (in.acceptPunct(","));
        while (!in.atEnd()) {
            if (!(in.acceptWords("RESTART", "IDENTITY") || in.acceptWords("CONTINUE", "IDENTITY")
                    || in.acceptAnyWord("CASCADE", "IMMEDIATE") != null
                    || in.acceptWords("DROP", "STORAGE") || in.acceptWords("REUSE", "STORAGE")
                    || in.acceptWords("IGNORE", "DELETE", "TRIGGERS")
                    || in.acceptWords("RESTRICT", "WHEN", "DELETE", "TRIGGERS") || in.acceptWords("RESTRICT"))) {
                return false;
            }
        }
        return true;
    }

    /** Db2: SET INTEGRITY FOR t [, t2] OFF | IMMEDIATE CHECKED | IMMEDIATE UNCHECKED | FULL ACCESS | ... */
    private static boolean setIntegrity(CharSequence text, TokenCursor in) {
        do {
            in.qualifiedName();
        } while (in.acceptPunct(","));
        if (in.atEnd()) {
            return false;
        }
        // OFF, IMMEDIATE CHECKED, IMMEDIATE UNCHECKED, FULL ACCESS, PRUNE, ... and their options: words only
        while (!in.atEnd()) {
            Token t = in.next();
            if (t.kind() != TokenKind.WORD && !t.isPunct(text, ",") && !t.isPunct(text, "(") && !t.isPunct(text, ")")
                    && !t.isPunct(text, ".")) {
                return false;
            }
        }
        return true;
    }
}
