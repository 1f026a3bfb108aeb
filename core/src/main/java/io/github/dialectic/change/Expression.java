package io.github.dialectic.change;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A DEFAULT, CHECK or generation expression, read into the few shapes rules decide on: a literal, a function call, a
 * special register (CURRENT_TIMESTAMP, Db2's CURRENT DATE, USER, ...), a name, a parenthesised expression, or anything
 * else kept as written with the shapes found inside it. Every node keeps its text as written and its range in the file.
 *
 * <p>The reader nests at most {@link #MAX_DEPTH} levels; what lies deeper is one {@link Other} holding its text only,
 * so a pathological default of thousands of nested calls costs linear time and memory.
 */
public sealed interface Expression {

    /** Levels of nesting the reader models; deeper parts are kept as text. */
    int MAX_DEPTH = 16;

    /** The expression as written (from its first token to its last). */
    String text();

    SourceRange range();

    /** The expressions directly inside this one, in source order. */
    default List<Expression> children() {
        return List.of();
    }

    /** This expression with any parentheses around it removed: {@code (('x'))} is {@code 'x'}. */
    default Expression unwrapped() {
        Expression e = this;
        while (e instanceof Parenthesised p) {
            e = p.inner();
        }
        return e;
    }

    /**
     * What this expression starts with: itself, or for an {@link Other} its first part when nothing is written before
     * it ({@code now() + 1} starts with the call {@code now()}, {@code 1 - now()} with nothing it modelled).
     */
    default Expression leading() {
        Expression e = this;
        while (e instanceof Other o && !o.parts().isEmpty() && o.parts().get(0).range().start() == o.range().start()) {
            e = o.parts().get(0);
        }
        return e;
    }

    /** Visits this expression and every expression inside it, outermost first, in source order (no recursion). */
    default void forEach(Consumer<Expression> visitor) {
        Deque<Expression> todo = new ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            Expression e = todo.pop();
            visitor.accept(e);
            List<Expression> children = e.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
    }

    /** Every function call in this expression, outermost and leftmost first. */
    default List<Call> calls() {
        List<Call> calls = new java.util.ArrayList<>();
        forEach(e -> {
            if (e instanceof Call c) {
                calls.add(c);
            }
        });
        return calls;
    }

    /** A string, number (with its sign), boolean or NULL literal. */
    record Literal(Kind kind, String text, SourceRange range) implements Expression {
        public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

        public boolean is(Kind k) {
            return kind == k;
        }
    }

    /**
     * A function call {@code name(arguments)}; {@code name} as written without quotes. A special register written with
     * empty parentheses, {@code current_timestamp()}, is a call too: the engines that read it as a keyword refuse it.
     */
    record Call(String name, List<Expression> arguments, String text, SourceRange range) implements Expression {
        public Call {
            arguments = List.copyOf(arguments);
        }

        public String lowerCaseName() {
            return name.toLowerCase(Locale.ROOT);
        }

        @Override
        public List<Expression> children() {
            return arguments;
        }
    }

    /**
     * A special register or niladic function: {@code name} upper-cased with single spaces as spelled, so that Db2's
     * {@code CURRENT TIMESTAMP} and the standard {@code CURRENT_TIMESTAMP} stay apart; {@code precision} is the
     * fractional-seconds digits of {@code CURRENT_TIMESTAMP(6)}, or null.
     */
    record SpecialRegister(String name, Integer precision, String text, SourceRange range) implements Expression {
        /** Whether this is the two-word Db2 spelling ({@code CURRENT DATE}, {@code CURRENT TIMESTAMP}, ...). */
        public boolean spelledWithSpace() {
            return name.indexOf(' ') >= 0;
        }
    }

    /**
     * A name that is not a keyword of expressions: a column (the usual case in a CHECK or generation expression), or
     * a type or qualifier word the reader cannot tell from one ({@code text} in {@code 'x'::text}, {@code t} in
     * {@code t.c}). {@code name} is unquoted, with {@code quoted} said.
     */
    record Identifier(Name name, String text, SourceRange range) implements Expression {
        /** Whether this names {@code column}: case-insensitively unless the column's name was quoted. */
        public boolean names(Name column) {
            return column.quoted() ? name.text().equals(column.text()) : name.text().equalsIgnoreCase(column.text());
        }
    }

    /** Whether a name in this expression, at any depth, is {@code column} (see {@link Identifier#names}). */
    default boolean mentions(Name column) {
        boolean[] found = {false};
        forEach(e -> found[0] |= e instanceof Identifier id && id.names(column));
        return found[0];
    }

    record Parenthesised(Expression inner, String text, SourceRange range) implements Expression {
        @Override
        public List<Expression> children() {
            return List.of(inner);
        }
    }

    /**
     * Anything else (operators, casts, CASE, deeper nesting than {@link #MAX_DEPTH}), kept as written; {@code parts}
     * are the literals, calls, special registers, names and parenthesised expressions found at its own level.
     */
    record Other(List<Expression> parts, String text, SourceRange range) implements Expression {
        public Other {
            parts = List.copyOf(parts);
        }

        @Override
        public List<Expression> children() {
            return parts;
        }
    }
}
