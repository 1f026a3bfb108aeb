package io.github.dialectic.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    private static List<String> describe(String text, SqlFlavor flavor) {
        List<String> out = new ArrayList<>();
        for (Token t : SqlLexer.significant(text, 0, text.length(), flavor)) {
            out.add(t.kind() + ":" + t.text(text) + (t.terminated() ? "" : "!"));
        }
        return out;
    }

    @Test
    void tokensCoverTheRangeContiguously() {
        String text = "SELECT a, 'b' -- c\n FROM \"t\" /* d */;";
        List<Token> tokens = SqlLexer.tokenize(text, 0, text.length(), SqlFlavor.GENERIC);
        int pos = 0;
        for (Token t : tokens) {
            assertEquals(pos, t.start());
            assertTrue(t.end() > t.start());
            pos = t.end();
        }
        assertEquals(text.length(), pos);
        assertEquals(TokenKind.COMMENT, tokens.stream().filter(t -> t.text(text).startsWith("--")).findFirst()
                .orElseThrow().kind());
    }

    @Test
    void kindsOfTokens() {
        assertEquals(List.of("WORD:SELECT", "NUMBER:1.5e3", "PUNCT:,", "NUMBER:.5", "PUNCT:,", "NUMBER:0x1F",
                "PUNCT:,", "STRING:'a''b'", "PUNCT:,", "QUOTED_IDENTIFIER:\"x\"\"y\"", "PUNCT:,",
                "QUOTED_IDENTIFIER:`z`", "PUNCT:;"),
                describe("SELECT 1.5e3, .5, 0x1F, 'a''b', \"x\"\"y\", `z`;", SqlFlavor.GENERIC));
    }

    @Test
    void multiCharPunctuation() {
        assertEquals(List.of("PUNCT:::", "PUNCT:||", "PUNCT:<=", "PUNCT:>=", "PUNCT:<>", "PUNCT:!=", "PUNCT::=",
                "PUNCT:->", "PUNCT:->>", "PUNCT:<", "PUNCT:-"),
                describe(":: || <= >= <> != := -> ->> < -", SqlFlavor.GENERIC));
    }

    @Test
    void flavourDependentQuoting() {
        assertEquals(List.of("STRING:\"a\\\"b\""), describe("\"a\\\"b\"", SqlFlavor.MYSQL));
        assertEquals(List.of("STRING:'a\\'b'"), describe("'a\\'b'", SqlFlavor.MYSQL));
        assertEquals(List.of("STRING:'a\\'", "WORD:b", "STRING:'!"), describe("'a\\'b'", SqlFlavor.GENERIC));
        assertEquals(List.of("STRING:E'a\\'b'", "STRING:e'\\\\'"), describe("E'a\\'b' e'\\\\'", SqlFlavor.SQLITE));
        assertEquals(List.of(), describe("# comment", SqlFlavor.MYSQL));
        assertEquals(List.of("PUNCT:#", "WORD:x"), describe("# x", SqlFlavor.POSTGRESQL));
    }

    @Test
    void dollarQuotesAndParameters() {
        assertEquals(List.of("STRING:$$a;'b$$", "STRING:$fn$ $$ $fn$", "PUNCT:$", "NUMBER:1"),
                describe("$$a;'b$$ $fn$ $$ $fn$ $1", SqlFlavor.POSTGRESQL));
        assertEquals(List.of("STRING:$x$ open!"), describe("$x$ open", SqlFlavor.POSTGRESQL));
        assertEquals(List.of("PUNCT:$", "PUNCT:$"), describe("$$", SqlFlavor.MYSQL));
        assertEquals(List.of("WORD:a$b"), describe("a$b", SqlFlavor.POSTGRESQL));
    }

    @Test
    void nestedBlockCommentsInPostgres() {
        assertEquals(List.of("WORD:x"), describe("/* a /* b */ c */ x", SqlFlavor.POSTGRESQL));
        assertEquals(List.of("WORD:c", "PUNCT:*", "PUNCT:/", "WORD:x"), describe("/* a /* b */ c */ x", SqlFlavor.MYSQL));
    }

    @Test
    void unterminatedTokensRunToTheLimit() {
        String text = "SELECT 'abc /* x */";
        List<Token> tokens = SqlLexer.significant(text, 0, text.length(), SqlFlavor.GENERIC);
        Token last = tokens.get(tokens.size() - 1);
        assertEquals(TokenKind.STRING, last.kind());
        assertEquals(text.length(), last.end());
        assertFalse(last.terminated());
        List<Token> comment = SqlLexer.tokenize("/* x", 0, 4, SqlFlavor.GENERIC);
        assertEquals(1, comment.size());
        assertFalse(comment.get(0).terminated());
    }

    @Test
    void subRangeIsRespected() {
        String text = "xx 'abc' yy";
        List<Token> tokens = SqlLexer.tokenize(text, 3, 6, SqlFlavor.GENERIC);
        assertEquals(1, tokens.size());
        assertEquals(new Token(TokenKind.STRING, 3, 6, false), tokens.get(0));
    }

    @Test
    void wordPunctAndIdentifierHelpers() {
        String text = "select \"a\"\"b\" `c``d` [e]";
        List<Token> t = SqlLexer.significant(text, 0, text.length(), SqlFlavor.GENERIC);
        assertTrue(t.get(0).isWord(text, "SELECT"));
        assertFalse(t.get(0).isWord(text, "SELEC"));
        assertFalse(t.get(1).isWord(text, "a"));
        assertEquals("select", t.get(0).identifier(text));
        assertEquals("a\"b", t.get(1).identifier(text));
        assertEquals("c`d", t.get(2).identifier(text));
        assertTrue(t.get(3).isPunct(text, "["));
        assertFalse(t.get(3).isPunct(text, "]"));
        assertEquals("x]y", new Token(TokenKind.QUOTED_IDENTIFIER, 0, 6, true).identifier("[x]]y]"));
        assertEquals("abc", new Token(TokenKind.QUOTED_IDENTIFIER, 0, 4, false).identifier("\"abc"));
        assertTrue(new Token(TokenKind.COMMENT, 0, 1, true).isTrivia());
        assertTrue(new Token(TokenKind.WHITESPACE, 0, 1, true).isTrivia());
        assertFalse(t.get(0).isTrivia());
    }

    @Test
    void unicodeWordsKeepSurrogatePairs() {
        String text = "café \uD83D\uDE00x";
        assertEquals(List.of("WORD:café", "WORD:\uD83D\uDE00x"), describe(text, SqlFlavor.GENERIC));
    }
}
