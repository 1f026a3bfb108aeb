package io.github.dialectic.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.CheckDef;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.Expression;
import io.github.dialectic.change.Expression.Literal.Kind;
import io.github.dialectic.change.Name;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlLexer;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.Token;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** DEFAULT and CHECK expressions as the reader models them, and the reading's cost on hostile input. */
class ExpressionReaderTest {

    private static Ddl ddl;

    private static Expression dflt(String value) {
        ddl = Ddl.read("CREATE TABLE t (c INT DEFAULT " + value + " NOT NULL)");
        ColumnDef c = ddl.fully(Change.CreateTable.class).columns().get(0);
        assertEquals(value, c.defaultValue());
        assertEquals("DEFAULT " + value, ddl.text(c.defaultClause().range()));
        assertEquals(value, ddl.text(c.defaultExpression().range()), "range and text agree");
        return c.defaultExpression();
    }

    @Test
    void literals() {
        assertEquals(Kind.STRING, assertInstanceOf(Expression.Literal.class, dflt("'it''s'")).kind());
        assertEquals(Kind.NUMBER, assertInstanceOf(Expression.Literal.class, dflt("-1.5")).kind());
        assertEquals(Kind.NUMBER, assertInstanceOf(Expression.Literal.class, dflt("0x1F")).kind());
        assertEquals(Kind.STRING, assertInstanceOf(Expression.Literal.class, dflt("X'0A'")).kind());
        assertEquals(Kind.NULL, assertInstanceOf(Expression.Literal.class, dflt("NULL")).kind());
        assertEquals(Kind.BOOLEAN, assertInstanceOf(Expression.Literal.class, dflt("false")).kind());
        // a sign is part of a number only at the start: 1 - 2 is an expression of two numbers
        Expression.Other minus = assertInstanceOf(Expression.Other.class, dflt("1 - 2"));
        assertEquals(List.of("1", "2"), minus.parts().stream().map(Expression::text).toList());
    }

    @Test
    void callsAndSpecialRegisters() {
        Expression.Call now = assertInstanceOf(Expression.Call.class, dflt("now()"));
        assertEquals("now", now.name());
        assertEquals(List.of(), now.arguments());
        Expression.Call coalesce = assertInstanceOf(Expression.Call.class, dflt("COALESCE(a, 'b', f(1))"));
        assertEquals(List.of("a", "'b'", "f(1)"), coalesce.arguments().stream().map(Expression::text).toList());
        assertEquals("a", assertInstanceOf(Expression.Identifier.class, coalesce.arguments().get(0)).name().text());
        assertEquals(List.of("COALESCE", "f"), coalesce.calls().stream().map(Expression.Call::name).toList());

        Expression.SpecialRegister ts = assertInstanceOf(Expression.SpecialRegister.class, dflt("current_timestamp"));
        assertEquals("CURRENT_TIMESTAMP", ts.name());
        assertNull(ts.precision());
        assertEquals(6, assertInstanceOf(Expression.SpecialRegister.class, dflt("CURRENT_TIMESTAMP(6)")).precision());
        // with empty parentheses it is a call: PostgreSQL and SQLite refuse it as one
        assertEquals("current_timestamp", assertInstanceOf(Expression.Call.class, dflt("current_timestamp()")).name());
        Expression.SpecialRegister db2 = assertInstanceOf(Expression.SpecialRegister.class, dflt("CURRENT TIMESTAMP"));
        assertEquals("CURRENT TIMESTAMP", db2.name());
        assertTrue(db2.spelledWithSpace());
        assertEquals("USER", assertInstanceOf(Expression.SpecialRegister.class, dflt("USER")).name());
    }

    @Test
    void parenthesesAndOther() {
        Expression.Parenthesised p = assertInstanceOf(Expression.Parenthesised.class, dflt("(uuid())"));
        assertEquals("uuid", assertInstanceOf(Expression.Call.class, p.inner()).name());
        assertEquals("uuid()", p.unwrapped().text());

        Expression.Other other = assertInstanceOf(Expression.Other.class, dflt("now() + interval '1 day'"));
        assertEquals("now", assertInstanceOf(Expression.Call.class, other.leading()).name());
        assertEquals(2, other.parts().size()); // now() and '1 day'
        // a call that is not the first thing written does not lead
        Expression.Other cast = assertInstanceOf(Expression.Other.class, dflt("'x'::text || now()"));
        assertInstanceOf(Expression.Literal.class, cast.leading());
        assertEquals(List.of("now"), cast.calls().stream().map(Expression.Call::name).toList());
    }

    @Test
    void namesAreIdentifiersAndKeywordsAreNot() {
        ddl = Ddl.read("CREATE TABLE t (a INT, CONSTRAINT ck CHECK (\"Qty\" IS NOT NULL AND status IN ('a', 'qty')))");
        CheckDef ck = assertInstanceOf(CheckDef.class, ddl.fully(Change.CreateTable.class).constraints().get(0));
        Expression.Other o = assertInstanceOf(Expression.Other.class, ck.condition());
        Expression.Identifier qty = assertInstanceOf(Expression.Identifier.class, o.parts().get(0));
        assertEquals(new Name("Qty", true), qty.name());
        assertEquals("\"Qty\"", ddl.text(qty.range()));
        assertEquals(List.of("\"Qty\"", "NULL", "status", "('a', 'qty')"), o.parts().stream().map(Expression::text).toList());
        assertTrue(ck.condition().mentions(Name.of("status")));
        assertTrue(ck.condition().mentions(Name.of("STATUS")));
        assertTrue(ck.condition().mentions(new Name("Qty", true)));
        assertFalse(ck.condition().mentions(new Name("qty", true))); // a quoted name keeps its case
        assertFalse(ck.condition().mentions(Name.of("a"))); // inside a string: not a name
        assertInstanceOf(Expression.Identifier.class, Expressions.read("price"));
        assertEquals("price", Expressions.read(" (price) ").unwrapped().text());
    }

    @Test
    void checkConditionsAndSetDefault() {
        ddl = Ddl.read("CREATE TABLE t (a INT CHECK (a > 0), CONSTRAINT ck CHECK (a < length('x')))");
        Change.CreateTable ct = ddl.fully(Change.CreateTable.class);
        assertEquals("a > 0", ct.columns().get(0).check());
        CheckDef ck = assertInstanceOf(CheckDef.class, ct.constraints().get(0));
        assertEquals("a < length('x')", ck.expression());
        assertEquals("a < length('x')", ddl.text(ck.condition().range()));
        assertEquals(List.of("length"), ck.condition().calls().stream().map(Expression.Call::name).toList());

        ddl = Ddl.read("ALTER TABLE t ALTER COLUMN a SET DEFAULT (random())");
        AlterAction.SetDefault sd = assertInstanceOf(AlterAction.SetDefault.class,
                ddl.fully(Change.AlterTable.class).actions().get(0));
        assertEquals("DEFAULT (random())", ddl.text(sd.defaultClause().range()));
        assertInstanceOf(Expression.Parenthesised.class, sd.value());
    }

    // ---------------------------------------------------------------- cost

    private static List<Token> lex(String text) {
        return SqlLexer.significant(text, 0, text.length(), SqlFlavor.GENERIC);
    }

    private static long steps(String text) {
        List<Token> tokens = lex(text);
        return ExpressionReader.stepsToRead(text, tokens, 0, tokens.size());
    }

    private static String nested(String open, String inner, String close, int depth) {
        return open.repeat(depth) + inner + close.repeat(depth);
    }

    /** The work counted, not timed: a few steps a token, and twice the input is at most about twice the work. */
    @Test
    void readingIsLinearInDeepNesting() {
        for (String[] shape : new String[][] {{"(", "1", ")"}, {"f(", "1", ")"}, {"coalesce(1, ", "2", ")"}}) {
            String n = nested(shape[0], shape[1], shape[2], 5_000);
            String twice = nested(shape[0], shape[1], shape[2], 10_000);
            long tokens = lex(n).size();
            long s1 = steps(n);
            long s2 = steps(twice);
            assertTrue(s1 <= 3 * tokens, shape[0] + ": " + s1 + " steps for " + tokens + " tokens");
            assertTrue(s2 <= 2.2 * s1, shape[0] + ": " + s1 + " steps, then " + s2 + " for twice the input");
        }
        String wide = "1" + " + 1".repeat(25_000); // 100,001 characters
        assertTrue(wide.length() > 100_000);
        assertTrue(steps(wide) <= 2L * lex(wide).size(), "a long flat expression");
    }

    /** Deeper than {@link Expression#MAX_DEPTH} is kept as text: memory stays linear too. */
    @Test
    void deepNestingIsKeptAsTextBelowTheModelledLevels() {
        String value = nested("f(", "1", ")", 5_000);
        Expression e = dflt(value);
        AtomicLong nodes = new AtomicLong();
        AtomicLong characters = new AtomicLong();
        e.forEach(x -> {
            nodes.incrementAndGet();
            characters.addAndGet(x.text().length());
        });
        assertEquals(Expression.MAX_DEPTH, nodes.get());
        assertTrue(characters.get() <= (Expression.MAX_DEPTH + 1L) * value.length());
        Expression deepest = e;
        while (!deepest.children().isEmpty()) {
            deepest = deepest.children().get(0);
        }
        // the innermost modelled call holds the rest of the nesting as written, arguments unread
        int outer = Expression.MAX_DEPTH - 1;
        assertEquals(value.substring(2 * outer, value.length() - outer), deepest.text());
        assertEquals(List.of(), assertInstanceOf(Expression.Call.class, deepest).arguments());
    }

    /** The whole path (splitter, lexer, DDL reader, JSqlParser gate) on hostile defaults; the bound only guards a hang. */
    @Test
    void hostileDefaultsGoThroughTheAnalyzer() {
        String deepParens = nested("(", "1", ")", 5_000);
        String deepCalls = nested("f(", "1", ")", 5_000);
        String longString = "'" + "x".repeat(100_000) + "'";
        String longSum = "1" + " + 1".repeat(25_000);
        StatementAnalyzer analyzer = new StatementAnalyzer(Duration.ofSeconds(2));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String value : List.of(deepParens, deepCalls, longString, longSum)) {
                String sql = "CREATE TABLE t (c INT DEFAULT " + value + ", d INT CHECK (d > " + value + "));\n";
                SourceFile file = SourceFile.of(Path.of("V1__hostile.sql"), sql);
                ParsedStatement parsed = analyzer.analyze(file, new SqlSplitter(file.flavor()).split(file.text()).get(0));
                Change.CreateTable ct = assertInstanceOf(Change.CreateTable.class, parsed.change(), parsed.problem());
                assertEquals(value, ct.columns().get(0).defaultValue());
                assertEquals("d > " + value, ct.columns().get(1).check());
            }
        });
    }
}
