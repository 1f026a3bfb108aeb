package io.github.dialectic.rules.verdicts;

import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A statement's shape for SQLite's parser: its text with the names that carry a digit or an underscore
 * ({@code job_707}, {@code uq_job_707_flag}) written as {@code _d0_}, {@code _d1_}, ... (the same name, compared as
 * SQLite compares names, the same placeholder). A history of thousands of tables repeats a few shapes with new names,
 * so SQLite is asked once per shape rather than once per statement (issue 12).
 *
 * <p>Why the verdict carries over: to SQLite's grammar every name is the same token (TK_ID), and no SQLite keyword has
 * a digit, nor an underscore but CURRENT_DATE/TIME/TIMESTAMP. The names whose text SQLite does look at while it
 * compiles a statement on an empty database are kept: a function's (followed by a parenthesis, but for a table's
 * column list after TABLE, INTO or REFERENCES), a collation's (after COLLATE), a module's (after USING), SQLite's own
 * objects ({@code sqlite_}, {@code pragma_}, {@code json_} tables, {@code _rowid_}), and all of a PRAGMA. Equal names stay equal, so a duplicate column is still one. A verdict whose
 * message names a placeholder is not used: the statement is then asked as written.
 * {@code SqliteShapesTest} compares the two verdicts on every statement of the acceptance corpus.
 */
final class SqliteShapes {

    private SqliteShapes() {
    }

    /**
     * SQLite's verdict on the statement {@code written}, which is {@code [start, end)} of {@code text}, through its
     * shape when it has one whose verdict carries over.
     */
    static Optional<BundledSqlite.Rejection> judge(String written, CharSequence text, int start, int end,
                                                   List<Token> tokens, List<String> upperWords) {
        String shape = written.length() == end - start ? of(text, start, end, tokens, upperWords) : null;
        if (shape == null) {
            return BundledSqlite.judge(written);
        }
        Optional<BundledSqlite.Rejection> verdict = BundledSqlite.judge(shape);
        String message = verdict.isPresent() ? verdict.get().message() : null;
        if (message != null && holdsPlaceholder(message, 0, message.length())) {
            return BundledSqlite.judge(written); // it names a renamed token: only the statement as written says which
        }
        return verdict;
    }

    /** The statement's shape, or null when no name is replaced or a placeholder might be taken for a name in it. */
    static String of(CharSequence text, int start, int end, List<Token> tokens, List<String> upperWords) {
        if (tokens.isEmpty() || "PRAGMA".equals(upperWords.get(0))) {
            return null;
        }
        StringBuilder out = null;
        Map<String, String> placeholders = null;
        int copied = start;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            // the text itself, not a copy of each word: most words are keywords or names left as they are
            if (holdsPlaceholder(text, t.start(), t.end())) {
                return null;
            }
            if (!renamable(text, t, tokens, upperWords, i)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(end - start + 16);
                placeholders = new HashMap<>();
            }
            String name = text.subSequence(t.start(), t.end()).toString().toLowerCase(Locale.ROOT);
            String placeholder = placeholders.get(name);
            if (placeholder == null) {
                placeholder = "_d" + placeholders.size() + "_";
                placeholders.put(name, placeholder);
            }
            out.append(text, copied, t.start()).append(placeholder);
            copied = t.end();
        }
        if (out == null) {
            return null;
        }
        return out.append(text, copied, end).toString();
    }

    /**
     * Whether {@code [from, to)} of the text holds a placeholder's pattern ({@code _d[0-9]+_}, any case), read by
     * hand: it runs on every word, and on every verdict.
     */
    private static boolean holdsPlaceholder(CharSequence text, int from, int to) {
        for (int k = from; k + 3 < to; k++) {
            if (text.charAt(k) != '_' || (text.charAt(k + 1) | 0x20) != 'd') {
                continue;
            }
            int digits = k + 2;
            while (digits < to && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
                digits++;
            }
            if (digits > k + 2 && digits < to && text.charAt(digits) == '_') {
                return true;
            }
        }
        return false;
    }

    private static boolean renamable(CharSequence text, Token t, List<Token> tokens, List<String> upperWords, int i) {
        boolean marked = false; // a digit or an underscore: no SQLite keyword but CURRENT_*
        for (int k = t.start(); k < t.end(); k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9' || c == '_') {
                marked = true;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false; // SQLite's names take any byte over 0x7F and '$' too: ours may be cut elsewhere
            }
        }
        char first = text.charAt(t.start());
        if (!marked || first >= '0' && first <= '9') {
            return false;
        }
        // the same token to SQLite: nothing that continues a name, a number or a parameter on either side
        if (t.start() > 0 && joins(text.charAt(t.start() - 1)) || t.end() < text.length() && joins(text.charAt(t.end()))) {
            return false;
        }
        if (startsWith(text, t, "CURRENT_") || startsWith(text, t, "SQLITE_") || startsWith(text, t, "PRAGMA_")
                || startsWith(text, t, "JSON_") || t.end() - t.start() == 7 && startsWith(text, t, "_ROWID_")) {
            return false;
        }
        String before = i > 0 ? upperWords.get(i - 1) : null;
        if (i + 1 < tokens.size() && tokens.get(i + 1).isPunct(text, "(") && (before == null || !TABLE_BEFORE.contains(before))) {
            return false; // a function, or a table-valued one
        }
        return !"COLLATE".equals(before) && !"USING".equals(before);
    }

    /**
     * The words after which a name followed by a parenthesis is a table and the parenthesis opens its column list
     * (CREATE TABLE t_1 (, INSERT INTO t_1 (, REFERENCES t_1 (): never a function, whose name SQLite would look up.
     */
    private static final java.util.Set<String> TABLE_BEFORE = java.util.Set.of("TABLE", "INTO", "REFERENCES");

    /** Whether the token starts with {@code upper}, in any case. */
    private static boolean startsWith(CharSequence text, Token t, String upper) {
        if (t.end() - t.start() < upper.length()) {
            return false;
        }
        for (int k = 0; k < upper.length(); k++) {
            char c = text.charAt(t.start() + k);
            if ((c >= 'a' && c <= 'z' ? (char) (c - 32) : c) != upper.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean joins(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$'
                || c == '@' || c == ':' || c == '?' || c == '#' || c > 0x7F;
    }
}
