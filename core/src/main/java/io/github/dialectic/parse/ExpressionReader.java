package io.github.dialectic.parse;

import io.github.dialectic.change.Expression;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a run of tokens (a DEFAULT value, the inside of CHECK (...), a generation expression) into an
 * {@link Expression}. Linear in the number of tokens: the matching parenthesis of every '(' is found once, with a
 * stack, and each level reads only its own tokens, jumping over the groups inside it; below
 * {@link Expression#MAX_DEPTH} levels a group is kept as text without being read.
 */
final class ExpressionReader {

    /** Words that are special registers (niladic functions) on their own. */
    private static final Set<String> REGISTERS = Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME",
            "LOCALTIME", "LOCALTIMESTAMP", "CURRENT_USER", "SESSION_USER", "SYSTEM_USER", "USER", "CURRENT_ROLE",
            "CURRENT_SCHEMA", "CURRENT_CATALOG", "CURRENT_PATH", "SYSDATE", "SYSTIMESTAMP");
    /** Db2's two-word special registers: CURRENT followed by one of these. */
    private static final Set<String> CURRENT_REGISTERS = Set.of("DATE", "TIME", "TIMESTAMP", "TIMEZONE", "SCHEMA",
            "SQLID", "SERVER", "PATH", "USER", "MEMBER", "DEGREE");

    /** Words that are operators or keywords of expressions, never names (a column so named must be quoted). */
    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "IS", "IN", "BETWEEN", "LIKE", "ILIKE",
            "GLOB", "REGEXP", "RLIKE", "MATCH", "ESCAPE", "CASE", "WHEN", "THEN", "ELSE", "END", "CAST", "AS", "COLLATE",
            "DISTINCT", "FROM", "EXISTS", "SIMILAR", "TO", "ANY", "ALL", "SOME", "ISNULL", "NOTNULL", "UNKNOWN",
            "INTERVAL", "ARRAY", "DIV", "MOD", "XOR", "BINARY", "SELECT", "WHERE", "NULLS");

    /** Of those, the words that are never a function's name, even right before '(': IN (1, 2), NOT (a > 0). */
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "IS", "IN", "BETWEEN", "LIKE", "ILIKE",
            "GLOB", "REGEXP", "RLIKE", "ESCAPE", "CASE", "WHEN", "THEN", "ELSE", "END", "AS", "FROM", "TO", "DISTINCT",
            "SELECT", "WHERE");

    private final CharSequence text;
    private final List<Token> tokens;
    /** For each '(' in the run, the index of its ')' (or the run's end when it is unbalanced); -1 elsewhere. */
    private final int[] closing;
    private final int base;
    /** Tokens looked at, for the test that the reading stays linear. */
    private long steps;

    private ExpressionReader(CharSequence text, List<Token> tokens, int from, int to) {
        this.text = text;
        this.tokens = tokens;
        this.base = from;
        this.closing = new int[to - from];
        int[] open = new int[to - from];
        int depth = 0;
        for (int i = from; i < to; i++) {
            closing[i - from] = -1;
            Token t = tokens.get(i);
            if (t.isPunct(text, "(")) {
                open[depth++] = i;
            } else if (t.isPunct(text, ")") && depth > 0) {
                closing[open[--depth] - from] = i;
            }
        }
        while (depth > 0) {
            closing[open[--depth] - from] = to; // unbalanced: the group runs to the end
        }
    }

    /** The expression of {@code tokens[from, to)}, or null when the run is empty. */
    static Expression read(CharSequence text, List<Token> tokens, int from, int to) {
        return from >= to ? null : new ExpressionReader(text, tokens, from, to).sequence(from, to, 0);
    }

    /** As {@link #read}, also returning how many token steps the reading took. */
    static long stepsToRead(CharSequence text, List<Token> tokens, int from, int to) {
        ExpressionReader r = new ExpressionReader(text, tokens, from, to);
        r.sequence(from, to, 0);
        return r.steps;
    }

    /** An empty expression at {@code offset}: CHECK () as written. */
    static Expression empty(int offset) {
        return new Expression.Other(List.of(), "", new SourceRange(offset, offset));
    }

    private Expression sequence(int from, int to, int depth) {
        List<Expression> parts = new ArrayList<>();
        boolean onlyOnePrimary = true;
        int i = from;
        while (i < to) {
            steps++;
            int next = primary(i, to, depth, i == from, parts);
            if (next < 0) {
                onlyOnePrimary = false; // an operator, keyword or name: the whole run is "other"
                i = skipToken(i, to);
            } else {
                if (i != from || next != to) {
                    onlyOnePrimary = false;
                }
                i = next;
            }
        }
        if (onlyOnePrimary && parts.size() == 1) {
            return parts.get(0);
        }
        return new Expression.Other(parts, text(from, to), range(from, to));
    }

    /** The next index after token {@code i}, jumping over a whole group when it opens one. */
    private int skipToken(int i, int to) {
        int close = closing[i - base];
        return close >= 0 ? Math.min(close + 1, to) : i + 1;
    }

    /**
     * Reads a literal, call, special register, name or parenthesised group at {@code i} into {@code out}; returns the
     * index after it, or -1 when token {@code i} starts none of them (an operator or keyword). A sign is part of a number only at the start of a run.
     */
    private int primary(int i, int to, int depth, boolean atStart, List<Expression> out) {
        Token t = tokens.get(i);
        switch (t.kind()) {
            case STRING -> {
                out.add(new Expression.Literal(Expression.Literal.Kind.STRING, text(i, i + 1), range(i, i + 1)));
                return i + 1;
            }
            case NUMBER -> {
                out.add(new Expression.Literal(Expression.Literal.Kind.NUMBER, text(i, i + 1), range(i, i + 1)));
                return i + 1;
            }
            case PUNCT -> {
                if (t.isPunct(text, "(")) {
                    int close = closing[i - base];
                    int end = Math.min(close + 1, to);
                    Expression inner = depth + 1 >= Expression.MAX_DEPTH || close >= to ? null
                            : i + 1 < close ? sequence(i + 1, close, depth + 1) : ExpressionReader.empty(t.end());
                    out.add(inner == null ? new Expression.Other(List.of(), text(i, end), range(i, end))
                            : new Expression.Parenthesised(inner, text(i, end), range(i, end)));
                    return end;
                }
                if ((t.isPunct(text, "-") || t.isPunct(text, "+")) && atStart && i + 1 < to
                        && tokens.get(i + 1).kind() == TokenKind.NUMBER) {
                    out.add(new Expression.Literal(Expression.Literal.Kind.NUMBER, text(i, i + 2), range(i, i + 2)));
                    return i + 2;
                }
                return -1;
            }
            case WORD -> {
                return word(i, to, depth, out);
            }
            case QUOTED_IDENTIFIER -> {
                out.add(new Expression.Identifier(new Name(t.identifier(text), true), text(i, i + 1), range(i, i + 1)));
                return i + 1;
            }
            default -> {
                return -1;
            }
        }
    }

    private int word(int i, int to, int depth, List<Expression> out) {
        Token t = tokens.get(i);
        String upper = t.text(text).toUpperCase(Locale.ROOT);
        boolean call = i + 1 < to && tokens.get(i + 1).isPunct(text, "(") && !OPERATORS.contains(upper);
        if (upper.equals("X") && i + 1 < to && tokens.get(i + 1).kind() == TokenKind.STRING
                && tokens.get(i + 1).start() == t.end()) {
            // X'0A': a hex (blob) literal, lexed as a word and a string
            out.add(new Expression.Literal(Expression.Literal.Kind.STRING, text(i, i + 2), range(i, i + 2)));
            return i + 2;
        }
        if (!call) {
            switch (upper) {
                case "NULL" -> {
                    out.add(new Expression.Literal(Expression.Literal.Kind.NULL, text(i, i + 1), range(i, i + 1)));
                    return i + 1;
                }
                case "TRUE", "FALSE" -> {
                    out.add(new Expression.Literal(Expression.Literal.Kind.BOOLEAN, text(i, i + 1), range(i, i + 1)));
                    return i + 1;
                }
                default -> {
                }
            }
            if (REGISTERS.contains(upper)) {
                out.add(new Expression.SpecialRegister(upper, null, text(i, i + 1), range(i, i + 1)));
                return i + 1;
            }
            if (upper.equals("CURRENT") && i + 1 < to && tokens.get(i + 1).kind() == TokenKind.WORD) {
                String second = tokens.get(i + 1).text(text).toUpperCase(Locale.ROOT);
                if (CURRENT_REGISTERS.contains(second)) {
                    out.add(new Expression.SpecialRegister("CURRENT " + second, null, text(i, i + 2), range(i, i + 2)));
                    return i + 2;
                }
            }
            if (KEYWORDS.contains(upper)) {
                return -1;
            }
            out.add(new Expression.Identifier(new Name(t.identifier(text), false), text(i, i + 1), range(i, i + 1)));
            return i + 1;
        }
        int open = i + 1;
        int close = closing[open - base];
        int end = Math.min(close + 1, to);
        if (REGISTERS.contains(upper) && close == open + 2 && tokens.get(open + 1).kind() == TokenKind.NUMBER) {
            Integer precision = precision(tokens.get(open + 1).text(text));
            if (precision != null) {
                out.add(new Expression.SpecialRegister(upper, precision, text(i, end), range(i, end)));
                return end;
            }
        }
        List<Expression> args = new ArrayList<>();
        if (close >= to || depth + 1 >= Expression.MAX_DEPTH) {
            // unbalanced, or too deep to model: the arguments are kept as text only
            out.add(new Expression.Call(t.identifier(text), List.of(), text(i, end), range(i, end)));
            return end;
        }
        int argStart = open + 1;
        int k = argStart;
        while (k < close) {
            steps++;
            if (tokens.get(k).isPunct(text, ",")) {
                args.add(argStart < k ? sequence(argStart, k, depth + 1) : empty(tokens.get(k).start()));
                argStart = k + 1;
                k++;
            } else {
                k = skipToken(k, close);
            }
        }
        if (argStart < close) {
            args.add(sequence(argStart, close, depth + 1));
        } else if (!args.isEmpty()) {
            args.add(empty(tokens.get(close).start())); // f(a,)
        }
        out.add(new Expression.Call(t.identifier(text), args, text(i, end), range(i, end)));
        return end;
    }

    private static Integer precision(String digits) {
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String text(int from, int to) {
        return text.subSequence(tokens.get(from).start(), tokens.get(to - 1).end()).toString();
    }

    private SourceRange range(int from, int to) {
        return new SourceRange(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
