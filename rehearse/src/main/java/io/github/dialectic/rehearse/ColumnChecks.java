package io.github.dialectic.rehearse;

import io.github.dialectic.live.LiveCatalog.LiveCheck;
import io.github.dialectic.live.LiveCatalog.LiveColumn;
import io.github.dialectic.live.LiveCatalog.LiveTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CHECK constraints of a table that synthetic rows can keep: each a conjunction (AND) of simple conditions on one
 * column against constants, as the engines give them back: {@code x IN (0, 1)}, PostgreSQL's
 * {@code x = ANY (ARRAY[0, 1])}, {@code x NOT IN (...)}, {@code x = c}, {@code x <> c}, {@code x > c} (and the other
 * comparisons, also {@code c < x}), {@code x BETWEEN a AND b} (PostgreSQL's {@code x >= a AND x <= b}),
 * {@code x IS NOT NULL}. Casts ({@code 'a'::character varying}) and parentheses are dropped; MariaDB and MySQL
 * give {@code 'b''c'} back as {@code 'b\\'c'}. A check with anything
 * else (OR, two columns, a function) is not understood: the rows do not try to keep it and, should the engine
 * refuse them, the error names it.
 */
final class ColumnChecks {

    /** What the understood checks allow one column; {@code allowed} null: any value within the bounds. */
    static final class Domain {
        final List<LiveCheck> checks = new ArrayList<>();
        List<Object> allowed;
        BigDecimal low;
        boolean lowStrict;
        BigDecimal high;
        boolean highStrict;
        final List<Object> excluded = new ArrayList<>();
        /** Bounds by a constant that is no number (a date, a text): kept only through an IN list. */
        boolean textBound;

        String describe() {
            List<String> parts = new ArrayList<>();
            for (LiveCheck c : checks) {
                parts.add(ColumnChecks.describe(c));
            }
            return String.join(" and ", parts);
        }

        void bound(String op, Object value) {
            BigDecimal n = number(value);
            if (n == null) {
                textBound = true;
                return;
            }
            switch (op) {
                case ">" -> low(n, true);
                case ">=" -> low(n, false);
                case "<" -> high(n, true);
                case "<=" -> high(n, false);
                default -> throw new IllegalArgumentException(op);
            }
        }

        private void low(BigDecimal n, boolean strict) {
            int c = low == null ? 1 : n.compareTo(low);
            if (c > 0 || (c == 0 && strict)) {
                low = n;
                lowStrict = strict;
            }
        }

        private void high(BigDecimal n, boolean strict) {
            int c = high == null ? -1 : n.compareTo(high);
            if (c < 0 || (c == 0 && strict)) {
                high = n;
                highStrict = strict;
            }
        }

        void allow(List<Object> values) {
            if (allowed == null) {
                allowed = new ArrayList<>(values);
            } else {
                allowed.removeIf(a -> values.stream().noneMatch(v -> same(a, v)));
            }
        }

        /** The allowed values that are also within the bounds and not excluded. */
        List<Object> allowedValues() {
            List<Object> values = new ArrayList<>();
            for (Object a : allowed) {
                BigDecimal n = number(a);
                boolean in = excluded.stream().noneMatch(e -> same(a, e))
                        && (low == null || (n != null && (lowStrict ? n.compareTo(low) > 0 : n.compareTo(low) >= 0)))
                        && (high == null || (n != null && (highStrict ? n.compareTo(high) < 0 : n.compareTo(high) <= 0)));
                if (in && values.stream().noneMatch(v -> same(v, a))) {
                    values.add(a);
                }
            }
            return values;
        }
    }

    /** What the understood checks allow, by column; the checks not understood are added to {@code notUnderstood}. */
    static Map<String, Domain> read(LiveTable table, boolean backslashEscapes, List<LiveCheck> notUnderstood) {
        Map<String, Domain> domains = new LinkedHashMap<>();
        for (LiveCheck check : table.checks()) {
            if (check.expression() == null || jsonValid(table, check)) {
                continue; // MariaDB's JSON type: the column's values are JSON anyway
            }
            Optional<List<Condition>> conditions = parse(check.expression(), table, backslashEscapes);
            if (conditions.isEmpty()) {
                notUnderstood.add(check);
                continue;
            }
            for (Condition c : conditions.get()) {
                Domain d = domains.computeIfAbsent(c.column, k -> new Domain());
                if (!d.checks.contains(check)) {
                    d.checks.add(check);
                }
                switch (c.op) {
                    case "IN", "=" -> d.allow(c.values);
                    case "NOT IN", "<>" -> d.excluded.addAll(c.values);
                    case "NOT NULL" -> { }
                    case "BETWEEN" -> {
                        d.bound(">=", c.values.get(0));
                        d.bound("<=", c.values.get(1));
                    }
                    default -> d.bound(c.op, c.values.get(0));
                }
            }
        }
        return domains;
    }

    static String describe(LiveCheck c) {
        return (c.name() == null ? "an unnamed check" : "the check " + c.name()) + " (" + c.expression() + ")";
    }

    private static boolean jsonValid(LiveTable table, LiveCheck check) {
        String e = check.expression().replaceAll("[\\s`\"()]", "");
        return table.columns().stream().anyMatch(c -> e.equalsIgnoreCase("json_valid" + c.name()));
    }

    private record Condition(String column, String op, List<Object> values) {
    }

    private record Token(char kind, String text, Object value) { // kind: w word, i quoted identifier, l literal, o operator, c comma
    }

    private static final Set<String> KEYWORDS = Set.of("IN", "NOT", "BETWEEN", "AND", "OR", "ANY", "SOME", "ARRAY",
            "IS", "NULL", "TRUE", "FALSE");

    /** The conditions of one check, empty if it is not a conjunction of simple ones on columns of the table. */
    static Optional<List<Condition>> parse(String expression, LiveTable table, boolean backslashEscapes) {
        List<Token> tokens = tokens(expression, backslashEscapes);
        if (tokens == null) {
            return Optional.empty();
        }
        List<Condition> conditions = new ArrayList<>();
        int[] at = {0};
        while (true) {
            Condition c = condition(tokens, at, table);
            if (c == null) {
                return Optional.empty();
            }
            conditions.add(c);
            if (at[0] == tokens.size()) {
                return Optional.of(conditions);
            }
            if (!isWord(tokens.get(at[0]), "AND")) {
                return Optional.empty();
            }
            at[0]++;
        }
    }

    private static Condition condition(List<Token> tokens, int[] at, LiveTable table) {
        String column = column(tokens, at[0], table);
        if (column == null) { // c < x
            if (at[0] + 2 < tokens.size() && tokens.get(at[0]).kind == 'l' && tokens.get(at[0] + 1).kind == 'o') {
                Object value = tokens.get(at[0]).value;
                String op = tokens.get(at[0] + 1).text;
                String col = column(tokens, at[0] + 2, table);
                if (col != null && value != null) {
                    at[0] += 3;
                    return comparison(col, flipped(op), value);
                }
            }
            return null;
        }
        int i = at[0] + 1;
        if (i >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(i);
        if (isWord(t, "IS") && i + 2 < tokens.size() && isWord(tokens.get(i + 1), "NOT")
                && isWord(tokens.get(i + 2), "NULL")) {
            at[0] = i + 3;
            return new Condition(column, "NOT NULL", List.of());
        }
        boolean not = isWord(t, "NOT");
        if (not) {
            if (++i >= tokens.size()) {
                return null;
            }
            t = tokens.get(i);
        }
        if (isWord(t, "IN")) {
            List<Object> values = new ArrayList<>();
            at[0] = list(tokens, i + 1, values);
            return values.isEmpty() ? null : new Condition(column, not ? "NOT IN" : "IN", values);
        }
        if (isWord(t, "BETWEEN") && !not && i + 4 <= tokens.size() && tokens.get(i + 1).kind == 'l'
                && isWord(tokens.get(i + 2), "AND") && tokens.get(i + 3).kind == 'l') {
            Object low = tokens.get(i + 1).value;
            Object high = tokens.get(i + 3).value;
            if (low == null || high == null || number(low) == null || number(high) == null) {
                return null;
            }
            at[0] = i + 4;
            return new Condition(column, "BETWEEN", List.of(low, high));
        }
        if (not || t.kind != 'o') {
            return null;
        }
        String op = t.text.equals("!=") ? "<>" : t.text;
        if (op.equals("=") && i + 1 < tokens.size()
                && (isWord(tokens.get(i + 1), "ANY") || isWord(tokens.get(i + 1), "SOME"))) {
            int j = i + 2;
            if (j < tokens.size() && isWord(tokens.get(j), "ARRAY")) {
                j++;
            }
            List<Object> values = new ArrayList<>();
            at[0] = list(tokens, j, values);
            return values.isEmpty() ? null : new Condition(column, "IN", values);
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).kind == 'l' && tokens.get(i + 1).value != null) {
            at[0] = i + 2;
            return comparison(column, op, tokens.get(i + 1).value);
        }
        return null;
    }

    private static Condition comparison(String column, String op, Object value) {
        return switch (op) {
            case "=", "<>" -> new Condition(column, op, List.of(value));
            case "<", "<=", ">", ">=" -> new Condition(column, op, List.of(value));
            default -> null;
        };
    }

    private static String flipped(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }

    /** Literals separated by commas from {@code i}; NULLs in the list allow nothing. Returns where it ended. */
    private static int list(List<Token> tokens, int i, List<Object> values) {
        while (i < tokens.size() && tokens.get(i).kind == 'l') {
            if (tokens.get(i).value != null) {
                values.add(tokens.get(i).value);
            }
            i++;
            if (i < tokens.size() && tokens.get(i).kind == 'c') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static String column(List<Token> tokens, int i, LiveTable table) {
        if (i >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(i);
        if (t.kind == 'i' || (t.kind == 'w' && !KEYWORDS.contains(t.text.toUpperCase(Locale.ROOT)))) {
            return table.columns().stream().map(LiveColumn::name).filter(n -> n.equalsIgnoreCase(t.text))
                    .findFirst().orElse(null);
        }
        return null;
    }

    private static boolean isWord(Token t, String word) {
        return t.kind == 'w' && t.text.equalsIgnoreCase(word);
    }

    /** The tokens without parentheses, brackets and casts; null at anything not read here (a function's call). */
    private static List<Token> tokens(String text, boolean backslashEscapes) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || ch == '(' || ch == ')' || ch == '[' || ch == ']') {
                i++;
            } else if (ch == ':' && i + 1 < n && text.charAt(i + 1) == ':') {
                i += 2; // a cast: its type's words (character varying, double precision) are dropped
                i = word(text, i);
                while (true) {
                    int end = word(text, i);
                    String next = text.substring(i, end).trim().toLowerCase(Locale.ROOT);
                    if (!CAST_WORDS.contains(next)) {
                        break;
                    }
                    i = end;
                }
            } else if (ch == '\'') {
                StringBuilder s = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        return null;
                    }
                    if (backslashEscapes && text.charAt(j) == '\\' && j + 1 < n) { // MariaDB's 'b\'c'
                        s.append(text.charAt(j + 1));
                        j += 2;
                        continue;
                    }
                    if (text.charAt(j) == '\'') {
                        if (j + 1 < n && text.charAt(j + 1) == '\'') {
                            s.append('\'');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    s.append(text.charAt(j++));
                }
                tokens.add(new Token('l', s.toString(), s.toString()));
                i = j + 1;
            } else if (ch == '"' || ch == '`') {
                int j = text.indexOf(ch, i + 1);
                if (j < 0) {
                    return null;
                }
                tokens.add(new Token('i', text.substring(i + 1, j), null));
                i = j + 1;
            } else if (Character.isDigit(ch) || (ch == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))
                    || ((ch == '-' || ch == '+') && i + 1 < n && (Character.isDigit(text.charAt(i + 1)))
                    && (tokens.isEmpty() || tokens.get(tokens.size() - 1).kind == 'o'
                    || tokens.get(tokens.size() - 1).kind == 'c' || tokens.get(tokens.size() - 1).kind == 'w'))) {
                int j = i + 1;
                while (j < n && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.'
                        || text.charAt(j) == 'e' || text.charAt(j) == 'E')) {
                    j++;
                }
                try {
                    tokens.add(new Token('l', text.substring(i, j), new BigDecimal(text.substring(i, j))));
                } catch (NumberFormatException e) {
                    return null;
                }
                i = j;
            } else if (Character.isLetter(ch) || ch == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_'
                        || text.charAt(j) == '$' || text.charAt(j) == '.')) {
                    j++;
                }
                String word = text.substring(i, j);
                word = word.substring(word.lastIndexOf('.') + 1); // t.x is x
                if (word.equalsIgnoreCase("NULL")) {
                    tokens.add(new Token('l', word, null));
                } else if (word.equalsIgnoreCase("TRUE") || word.equalsIgnoreCase("FALSE")) {
                    tokens.add(new Token('l', word, Boolean.valueOf(word.toLowerCase(Locale.ROOT))));
                } else {
                    tokens.add(new Token('w', word, null));
                }
                i = j;
            } else if (ch == ',') {
                tokens.add(new Token('c', ",", null));
                i++;
            } else if ("<>=!".indexOf(ch) >= 0) {
                int j = i + 1;
                if (j < n && "<>=".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                String op = text.substring(i, j);
                if (!Set.of("=", "<", ">", "<=", ">=", "<>", "!=").contains(op)) {
                    return null;
                }
                tokens.add(new Token('o', op, null));
                i = j;
            } else {
                return null;
            }
        }
        // a word followed by what a function call had (a word before a literal, not a keyword): not understood
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind == 'w' && !KEYWORDS.contains(t.text.toUpperCase(Locale.ROOT))
                    && (tokens.get(k + 1).kind == 'w' && !KEYWORDS.contains(tokens.get(k + 1).text.toUpperCase(Locale.ROOT))
                    || tokens.get(k + 1).kind == 'i' || tokens.get(k + 1).kind == 'l')) {
                return null;
            }
        }
        return tokens;
    }

    private static final Set<String> CAST_WORDS = Set.of("varying", "precision", "without", "with", "time", "zone");

    /** Where the word after {@code i} (and the spaces before it) ends. */
    private static int word(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    /** A number, also from a text literal a cast dropped ({@code '-1'::integer}); null for other values. */
    static BigDecimal number(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static boolean same(Object a, Object b) {
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null && !(a instanceof String && b instanceof String)) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    private ColumnChecks() {
    }
}
