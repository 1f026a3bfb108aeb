package io.github.dialectic.parse;

import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.List;
import java.util.Set;

/**
 * Recognises plain DML by its shape, so that it needs no full parse: rules see INSERT, UPDATE, DELETE and SELECT only
 * as {@code Change.Other(kind)}, and JSqlParser is by far the most expensive step of a lint.
 *
 * <p>The check is deliberately conservative: the leading keywords must name the kind unambiguously ({@code INSERT
 * [OR IGNORE|REPLACE|...] INTO name ... VALUES|SELECT|SET|DEFAULT|(}, {@code UPDATE name ... SET}, {@code DELETE FROM name}, {@code SELECT}),
 * every string and quoted identifier must be closed, parentheses balanced, no {@code ;} inside, no empty list item
 * ({@code ,,} {@code (,} {@code ,)}), and the statement must not end on a dangling keyword or operator. Anything else
 * (including {@code WITH ...}, {@code REPLACE}, {@code MERGE}, vendor forms without INTO/FROM) returns null and goes
 * through JSqlParser as before, so a statement nobody understands still becomes an {@code unparsed-statement}.
 * What this skips is JSqlParser's judgement of the expressions inside well-formed DML: an engine rejects those when
 * the migration runs, and no rule looks into them.
 */
final class DmlShape {

    /** Words a complete statement cannot end with. */
    private static final Set<String> DANGLING = Set.of("FROM", "WHERE", "SET", "AND", "OR", "NOT", "VALUES", "VALUE",
            "INTO", "BY", "ON", "JOIN", "SELECT", "UPDATE", "DELETE", "INSERT", "AS", "IN", "IS", "LIKE", "BETWEEN",
            "HAVING", "UNION", "EXCEPT", "INTERSECT", "LIMIT", "OFFSET", "CASE", "WHEN", "THEN", "ELSE", "DISTINCT",
            "ALL", "RETURNING", "USING", "WITH", "LEFT", "RIGHT", "INNER", "OUTER", "CROSS", "FULL", "ORDER", "GROUP",
            "DEFAULT", "ESCAPE", "OVER", "PARTITION", "DUPLICATE", "KEY", "CONFLICT", "DO");

    private DmlShape() {
    }

    private static boolean isConflictResolution(CharSequence text, Token t) {
        return t.isWord(text, "IGNORE") || t.isWord(text, "REPLACE") || t.isWord(text, "ABORT")
                || t.isWord(text, "FAIL") || t.isWord(text, "ROLLBACK");
    }

    /** INSERT, UPDATE, DELETE or SELECT when the statement clearly is one, else null. */
    static String kindOf(CharSequence text, List<Token> tokens) {
        int n = tokens.size();
        if (n < 2 || !wellFormed(text, tokens)) {
            return null;
        }
        Token first = tokens.get(0);
        if (first.isWord(text, "SELECT")) {
            return "SELECT";
        }
        if (first.isWord(text, "INSERT")) {
            int into = 1;
            if (tokens.get(1).isWord(text, "OR") && n > 3 && isConflictResolution(text, tokens.get(2))) {
                into = 3; // SQLite: INSERT OR IGNORE / REPLACE / ABORT / FAIL / ROLLBACK INTO
            }
            if (!tokens.get(into).isWord(text, "INTO")) {
                return null;
            }
            int i = name(text, tokens, into + 1);
            if (i < 0 || i >= n) {
                return null;
            }
            if (tokens.get(i).isPunct(text, "(") && i + 1 < n && !tokens.get(i + 1).isWord(text, "SELECT")
                    && !tokens.get(i + 1).isWord(text, "WITH")) {
                i = closing(text, tokens, i);
                if (i < 0 || i >= n) {
                    return null;
                }
            }
            Token t = tokens.get(i);
            if (t.isWord(text, "VALUES") || t.isWord(text, "VALUE")) {
                return i + 1 < n && tokens.get(i + 1).isPunct(text, "(") ? "INSERT" : null;
            }
            return t.isWord(text, "SELECT") || t.isWord(text, "SET") || t.isWord(text, "DEFAULT")
                    || t.isPunct(text, "(") ? "INSERT" : null;
        }
        if (first.isWord(text, "UPDATE")) {
            int i = name(text, tokens, 1);
            if (i < 0) {
                return null;
            }
            // optional alias: [AS] alias
            for (int k = i; k < Math.min(n, i + 3); k++) {
                if (tokens.get(k).isWord(text, "SET")) {
                    return k + 1 < n ? "UPDATE" : null;
                }
            }
            return null;
        }
        if (first.isWord(text, "DELETE")) {
            if (!tokens.get(1).isWord(text, "FROM")) {
                return null;
            }
            int i = name(text, tokens, 2);
            return i < 0 ? null : "DELETE";
        }
        return null;
    }

    /** Balanced, closed, no empty list items, no inner ';', no dangling end. */
    private static boolean wellFormed(CharSequence text, List<Token> tokens) {
        int depth = 0;
        char prev = 0; // last punctuation character, 0 after anything else
        for (Token t : tokens) {
            if (!t.terminated()) {
                return false;
            }
            if (t.kind() != TokenKind.PUNCT) {
                prev = 0;
                continue;
            }
            if (t.end() - t.start() != 1) {
                prev = '?';
                continue;
            }
            char c = text.charAt(t.start());
            switch (c) {
                case '(' -> depth++;
                case ')' -> {
                    if (--depth < 0 || prev == ',') {
                        return false;
                    }
                }
                case ',' -> {
                    if (prev == ',' || prev == '(') {
                        return false;
                    }
                }
                case ';' -> {
                    return false;
                }
                default -> { }
            }
            prev = c;
        }
        if (depth != 0) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return switch (last.kind()) {
            case NUMBER, STRING, QUOTED_IDENTIFIER -> true;
            case WORD -> !DANGLING.contains(last.text(text).toUpperCase(java.util.Locale.ROOT));
            case PUNCT -> last.isPunct(text, ")") || last.isPunct(text, "*");
            default -> false;
        };
    }

    /** Skips a possibly qualified name starting at {@code i}; the index after it, or -1. */
    private static int name(CharSequence text, List<Token> tokens, int i) {
        int n = tokens.size();
        while (true) {
            if (i >= n) {
                return -1;
            }
            TokenKind k = tokens.get(i).kind();
            if (k != TokenKind.WORD && k != TokenKind.QUOTED_IDENTIFIER) {
                return -1;
            }
            i++;
            if (i < n && tokens.get(i).isPunct(text, ".")) {
                i++;
                continue;
            }
            return i;
        }
    }

    /** The index after the parenthesis that closes the one at {@code open}, or -1. */
    private static int closing(CharSequence text, List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isPunct(text, "(")) {
                depth++;
            } else if (t.isPunct(text, ")") && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
