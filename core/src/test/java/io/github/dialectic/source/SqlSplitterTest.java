package io.github.dialectic.source;

import static io.github.dialectic.source.SplitChecks.split;
import static io.github.dialectic.source.SplitChecks.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SqlSplitterTest {

    private static final SqlFlavor G = SqlFlavor.GENERIC;
    private static final SqlFlavor MY = SqlFlavor.MYSQL;
    private static final SqlFlavor PG = SqlFlavor.POSTGRESQL;

    @Test
    void splitsOnSemicolons() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), texts(G, "SELECT 1; SELECT 2;"));
        assertEquals(List.of("SELECT 1", "SELECT 2"), texts(G, "SELECT 1;\nSELECT 2"));
    }

    @Test
    void semicolonsInCommentsDoNotSplit() {
        assertEquals(List.of("SELECT 1 -- a;b\n + 2", "SELECT /* x; y */ 3"),
                texts(G, "SELECT 1 -- a;b\n + 2; SELECT /* x; y */ 3;"));
    }

    @Test
    void statementStartsAfterLeadingCommentsAndEndsAtLastToken() {
        List<SqlStatement> st = split(G, "-- header;\n/* c; */  CREATE TABLE t (a int) -- trailing;\n;\n");
        assertEquals(1, st.size());
        assertEquals("CREATE TABLE t (a int)", st.get(0).text());
        assertEquals(2, st.get(0).line());
        assertEquals(11, st.get(0).column());
    }

    @Test
    void singleQuotedStringsWithDoubledQuotes() {
        assertEquals(List.of("INSERT INTO t VALUES ('it''s; here')", "SELECT 2"),
                texts(G, "INSERT INTO t VALUES ('it''s; here'); SELECT 2"));
    }

    @Test
    void backslashEscapesOnlyInMysql() {
        String sql = "INSERT INTO t VALUES ('it\\'s;'); SELECT 2;";
        assertEquals(List.of("INSERT INTO t VALUES ('it\\'s;')", "SELECT 2"), texts(MY, sql));
        // elsewhere the backslash is an ordinary character, so the string ends at \' and a new one opens later
        assertEquals(List.of("INSERT INTO t VALUES ('it\\'s", "'); SELECT 2;"), texts(G, sql));
    }

    @Test
    void doubleQuotesAreStringsInMysqlAndIdentifiersElsewhere() {
        assertEquals(List.of("SELECT \"a\\\"b;c\"", "SELECT 2"), texts(MY, "SELECT \"a\\\"b;c\"; SELECT 2"));
        assertEquals(List.of("SELECT \"a\"\"b;c\"", "SELECT 2"), texts(PG, "SELECT \"a\"\"b;c\"; SELECT 2"));
        // in PostgreSQL a backslash does not escape the quote: the identifier is "a\"
        assertEquals(List.of("SELECT \"a\\\"", "b"), texts(PG, "SELECT \"a\\\"; b"));
    }

    @Test
    void backticksInAllFlavours() {
        for (SqlFlavor f : SqlFlavor.values()) {
            assertEquals(List.of("SELECT `a;``b`", "SELECT 2"), texts(f, "SELECT `a;``b`; SELECT 2"), f.name());
        }
    }

    @Test
    void dollarQuotes() {
        String fn = "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql";
        assertEquals(List.of(fn, "SELECT 2"), texts(PG, fn + ";\nSELECT 2;"));
        String tagged = "DO $body$ BEGIN PERFORM '$$;'; END $body$";
        assertEquals(List.of(tagged, "SELECT 2"), texts(PG, tagged + "; SELECT 2"));
        assertEquals(List.of("SELECT $1", "SELECT $2"), texts(PG, "SELECT $1; SELECT $2"));
    }

    @Test
    void escapeStringsInAnyFlavour() {
        for (SqlFlavor f : SqlFlavor.values()) {
            assertEquals(List.of("SELECT E'a\\';b'", "SELECT e'\\\\'", "SELECT 3"),
                    texts(f, "SELECT E'a\\';b'; SELECT e'\\\\'; SELECT 3"), f.name());
        }
    }

    @Test
    void pgFunctionBodyInSingleQuotesIsJustAString() {
        String fn = "CREATE FUNCTION f() RETURNS trigger AS 'BEGIN NEW.x := 1; RETURN NEW; END;' LANGUAGE plpgsql";
        assertEquals(List.of(fn, "SELECT 1"), texts(PG, fn + "; SELECT 1;"));
    }

    @Test
    void mysqlProcedureWithoutDelimiterKeepsBody() {
        String proc = "CREATE DEFINER=`root`@`localhost` PROCEDURE p()\nBEGIN\n  DECLARE x INT;\n"
                + "  IF x > 0 THEN SET x = 1; ELSE SET x = 2; END IF;\n"
                + "  WHILE x < 10 DO SET x = x + 1; END WHILE;\n"
                + "  lbl: LOOP LEAVE lbl; END LOOP;\n"
                + "  REPEAT SET x = x - 1; UNTIL x = 0 END REPEAT;\n"
                + "  CASE x WHEN 1 THEN SELECT 1; ELSE BEGIN SELECT 2; END; END CASE;\n"
                + "  SET x = CASE WHEN x THEN 1 ELSE 2 END;\n"
                + "END";
        assertEquals(List.of(proc, "SELECT 1"), texts(MY, proc + ";\nSELECT 1;"));
    }

    @Test
    void headerVariants() {
        String[] heads = {
            "CREATE TRIGGER t AFTER INSERT ON x FOR EACH ROW",
            "CREATE OR REPLACE TRIGGER t AFTER INSERT ON x FOR EACH ROW",
            "create definer = 'root'@'%' trigger t after insert on x for each row",
            "CREATE DEFINER=CURRENT_USER() PROCEDURE p()",
            "CREATE DEFINER=CURRENT_USER FUNCTION f() RETURNS INT",
            "CREATE TEMP TRIGGER t AFTER INSERT ON x",
            "CREATE TEMPORARY TRIGGER IF NOT EXISTS t AFTER INSERT ON x",
            "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO",
            "CREATE OR REPLACE PROCEDURE p() LANGUAGE SQL",
        };
        for (String head : heads) {
            String stmt = head + " BEGIN UPDATE y SET a = 1; DELETE FROM z; END";
            assertEquals(List.of(stmt, "SELECT 1"), texts(G, stmt + "; SELECT 1;"), head);
        }
    }

    @Test
    void sqliteTriggerWithCaseExpression() {
        String trg = "CREATE TRIGGER t BEFORE INSERT ON x BEGIN\n"
                + "  SELECT CASE WHEN NEW.a IS NULL THEN RAISE(ABORT, 'a;') END;\n"
                + "  INSERT INTO log VALUES (1);\nEND";
        assertEquals(List.of(trg, "INSERT INTO x VALUES (1)"),
                texts(SqlFlavor.SQLITE, trg + ";\nINSERT INTO x VALUES (1);"));
    }

    @Test
    void transactionBeginIsAStatement() {
        assertEquals(List.of("BEGIN", "INSERT INTO t VALUES (1)", "COMMIT"),
                texts(G, "BEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;"));
        assertEquals(List.of("BEGIN TRANSACTION", "UPDATE t SET a = 1", "END"),
                texts(G, "BEGIN TRANSACTION; UPDATE t SET a = 1; END;"));
        assertEquals(List.of("BEGIN WORK", "SELECT CASE WHEN a THEN 1 END FROM t", "COMMIT WORK"),
                texts(G, "BEGIN WORK; SELECT CASE WHEN a THEN 1 END FROM t; COMMIT WORK;"));
    }

    @Test
    void compoundBlocksAtTopLevel() {
        String db2 = "BEGIN ATOMIC DECLARE x INT; SET x = 1; END";
        assertEquals(List.of(db2, "SELECT 1"), texts(SqlFlavor.DB2, db2 + "; SELECT 1"));
        String maria = "BEGIN NOT ATOMIC SELECT 1; SELECT 2; END";
        assertEquals(List.of(maria, "SELECT 3"), texts(MY, maria + "; SELECT 3"));
    }

    @Test
    void delimiterDirective() {
        String sql = "DELIMITER //\n"
                + "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND //\n"
                + "DELIMITER ;\n"
                + "CALL p();\n";
        List<SqlStatement> st = split(MY, sql);
        assertEquals(List.of("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND", "CALL p()"),
                st.stream().map(SqlStatement::text).toList());
        assertEquals(2, st.get(0).line());
        assertEquals(5, st.get(0).endLine());
        assertEquals(3, st.get(0).endColumn());
        assertEquals(7, st.get(1).line());
    }

    @Test
    void delimiterIsCaseInsensitiveMultiCharAndCutsWords() {
        String sql = "delimiter $$\nCREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END$$\n"
                + "SELECT 1$$\n  Delimiter ;\nSELECT 2;";
        for (SqlFlavor f : SqlFlavor.values()) {
            assertEquals(List.of("CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END",
                    "SELECT 1", "SELECT 2"), texts(f, sql), f.name());
        }
    }

    @Test
    void customTerminatorEndsStatementEvenInsideUnbalancedBlock() {
        // the block tracking would keep this open (IF without END IF), but // is authoritative
        String sql = "DELIMITER //\nCREATE PROCEDURE p() BEGIN IF x THEN SELECT 1; END //\nSELECT 2 //";
        assertEquals(List.of("CREATE PROCEDURE p() BEGIN IF x THEN SELECT 1; END", "SELECT 2"), texts(MY, sql));
    }

    @Test
    void delimiterWordInsideStatementIsAColumnName() {
        String sql = "CREATE TABLE t (\n  delimiter VARCHAR(3),\n  b INT\n);\nSELECT 1;";
        assertEquals(List.of("CREATE TABLE t (\n  delimiter VARCHAR(3),\n  b INT\n)", "SELECT 1"), texts(MY, sql));
    }

    @Test
    void delimiterLineAloneEndsAnUnterminatedStatement() {
        String sql = "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END\nDELIMITER ;\nSELECT 2;";
        assertEquals(List.of("CREATE PROCEDURE p() BEGIN SELECT 1; END", "SELECT 2"), texts(MY, sql));
    }

    @Test
    void delimiterWithoutArgumentIsNotADirective() {
        assertEquals(List.of("DELIMITER", "SELECT 1"), texts(MY, "DELIMITER\n;SELECT 1;"));
        assertEquals(List.of("SELECT 1 DELIMITER //"), texts(MY, "SELECT 1 DELIMITER //"));
    }

    @Test
    void db2TerminatorComment() {
        String sql = "--#SET TERMINATOR @\n"
                + "CREATE TRIGGER t AFTER INSERT ON x FOR EACH ROW BEGIN ATOMIC UPDATE y SET a = 1; END@\n"
                + "SELECT 1 FROM sysibm.sysdummy1@\n"
                + "--#SET TERMINATOR ;\n"
                + "SELECT 2 FROM sysibm.sysdummy1;";
        for (SqlFlavor f : SqlFlavor.values()) {
            assertEquals(List.of("CREATE TRIGGER t AFTER INSERT ON x FOR EACH ROW BEGIN ATOMIC UPDATE y SET a = 1; END",
                    "SELECT 1 FROM sysibm.sysdummy1", "SELECT 2 FROM sysibm.sysdummy1"), texts(f, sql), f.name());
        }
    }

    @Test
    void crlfLoneCrAndTabsKeepPositions() {
        String sql = "SELECT 1;\r\n\tSELECT\r\n 2;\r\r\t\tSELECT 3";
        List<SqlStatement> st = split(G, sql);
        assertEquals(3, st.size());
        assertEquals(List.of(1, 1), List.of(st.get(0).line(), st.get(0).column()));
        assertEquals(List.of(2, 2), List.of(st.get(1).line(), st.get(1).column()));
        assertEquals(List.of(3, 2), List.of(st.get(1).endLine(), st.get(1).endColumn()));
        assertEquals(List.of(5, 3), List.of(st.get(2).line(), st.get(2).column()));
        assertEquals("SELECT\r\n 2", st.get(1).text());
    }

    @Test
    void emptyStatementsYieldNothing() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), texts(G, ";;SELECT 1;;; -- c\n; /* d */ ;SELECT 2;;"));
        assertEquals(List.of(), texts(G, "-- only a comment;\n/* and; another */\n  \t\r\n"));
        assertEquals(List.of(), texts(G, ""));
        assertEquals(List.of(), texts(MY, "# mysql comment; here\n"));
    }

    @Test
    void finalStatementWithoutTerminator() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), texts(G, "SELECT 1; SELECT 2 -- x"));
        assertEquals(List.of("SELECT 1", "SELECT 2"), texts(G, "SELECT 1; SELECT 2\n\n"));
    }

    @Test
    void unterminatedTokensRunToTheEnd() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(List.of("SELECT 1", "SELECT 'abc; def\n"), texts(G, "SELECT 1; SELECT 'abc; def\n"));
            assertEquals(List.of("SELECT 1", "SELECT 2 /* oops; SELECT 3;"), texts(G, "SELECT 1; SELECT 2 /* oops; SELECT 3;"));
            assertEquals(List.of("SELECT $$ x; y"), texts(PG, "SELECT $$ x; y"));
            assertEquals(List.of("SELECT $a$ x; $b$"), texts(PG, "SELECT $a$ x; $b$"));
            assertEquals(List.of("SELECT \"x; y"), texts(PG, "SELECT \"x; y"));
            assertEquals(List.of("SELECT `x; y"), texts(MY, "SELECT `x; y"));
            assertEquals(List.of("SELECT 'x\\"), texts(MY, "SELECT 'x\\"));
            assertEquals(List.of(), texts(G, "/* never closed; "));
            assertEquals(List.of("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2;"),
                    texts(G, "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2;"));
        });
    }

    /** "offset construct opening" of the unterminated construct that splitChecked reports, or "none". */
    private static String unterminated(SqlFlavor flavor, String sql) {
        Unterminated u = new SqlSplitter(flavor).splitChecked(sql).unterminated();
        return u == null ? "none" : u.start() + " " + u.construct() + " " + u.opening();
    }

    @Test
    void theUnterminatedConstructIsReportedAtItsOpening() {
        assertEquals("17 string '", unterminated(G, "SELECT 1; SELECT 'abc; def\n"));
        assertEquals("19 block comment /*", unterminated(G, "SELECT 1; SELECT 2 /* oops; SELECT 3;"));
        assertEquals("10 block comment /*", unterminated(G, "SELECT 1;\n/* never closed;\nSELECT 2;\n"));
        assertEquals("7 dollar-quoted string $body$", unterminated(PG, "SELECT $body$ x; y"));
        assertEquals("7 dollar-quoted string $$", unterminated(PG, "SELECT $$ x; y"));
        assertEquals("7 string E'", unterminated(PG, "SELECT E'x\\'; y"));
        assertEquals("7 quoted identifier \"", unterminated(PG, "SELECT \"x; y"));
        assertEquals("7 string \"", unterminated(MY, "SELECT \"x; y"));
        assertEquals("7 quoted identifier `", unterminated(MY, "SELECT `x; y"));
        assertEquals("7 string '", unterminated(MY, "SELECT 'it\\'s; y"));
        assertEquals("0 block comment /*", unterminated(PG, "/*/* nested */ still open"));
        // closed ones are not reported, and neither are $1 or a nested comment closed twice
        assertEquals("none", unterminated(PG, "SELECT 'it''s', E'\\'', $a$ $ $a$, \"x\"\"y\", $1; /* a /* b */ */"));
        assertEquals("none", unterminated(MY, "SELECT 'it\\'s', `a``b`; # it's a comment\n-- and it's another\n"));
        assertEquals("none", unterminated(G, ""));
    }

    @Test
    void multiCharOperatorsDoNotConfuseSplitting() {
        assertEquals(List.of("SELECT a::int || 'x' FROM t WHERE a <= 1 AND b <> 2 AND c != 3 AND d >= 4",
                "SELECT j->'a', j->>'b'", "SET @x := 1"),
                texts(G, "SELECT a::int || 'x' FROM t WHERE a <= 1 AND b <> 2 AND c != 3 AND d >= 4;"
                        + "SELECT j->'a', j->>'b';SET @x := 1;"));
    }

    @Test
    void keptTokensServeOnlyTheTextAndFlavourThatWereSplit() {
        String sql = "SELECT \"a;b\" FROM t";
        SqlStatement st = split(MY, sql).get(0);
        assertEquals(TokenKind.STRING, st.significantTokens(sql, MY).get(1).kind());
        // read as another flavour, or another text at the same offsets, the statement is lexed again
        assertEquals(TokenKind.QUOTED_IDENTIFIER, st.significantTokens(sql, G).get(1).kind());
        String other = "SELECT ab_c  FROM t";
        assertEquals(List.of("SELECT", "ab_c", "FROM", "t"),
                st.significantTokens(other, MY).stream().map(t -> t.text(other)).toList());
    }

    @Test
    void aStatementOfTooManyTokensKeepsNone() {
        int rows = PackedTokens.MAX_TOKENS / 4 + 1;
        String sql = "INSERT INTO t VALUES " + "(1),".repeat(rows) + "(1);\nSELECT 1";
        List<SqlStatement> st = split(PG, sql);
        assertNull(st.get(0).tokens());
        assertEquals(4 + 4 * rows + 3, st.get(0).significantTokens(sql, PG).size()); // lexed when asked
        assertEquals(2, st.get(1).tokens().size());
    }

    @Test
    void tenThousandStatements() {
        StringBuilder sb = new StringBuilder();
        List<String> expected = new ArrayList<>();
        Random r = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            String stmt;
            switch (i % 6) {
                case 0 -> stmt = "CREATE TABLE t" + i + " (\n  id INT PRIMARY KEY,\n  name VARCHAR(20) DEFAULT 'a;b'\n)";
                case 1 -> stmt = "ALTER TABLE t" + (i - 1) + " ADD COLUMN /* inline; comment */ c" + i + " TEXT";
                case 2 -> stmt = "INSERT INTO t VALUES (" + i + ", 'it''s; \"quoted\"', \"x;y\")";
                case 3 -> stmt = "CREATE FUNCTION f" + i + "() RETURNS trigger AS '\n  BEGIN\n    NEW.a := ''x;'';\n"
                        + "    RETURN NEW;\n  END;\n' LANGUAGE plpgsql";
                case 4 -> stmt = "UPDATE t SET a = E'\\';' WHERE id = " + i;
                default -> stmt = "DROP TABLE IF EXISTS t" + i;
            }
            expected.add(stmt);
            if (r.nextInt(4) == 0) {
                sb.append("-- comment; with ; semicolons\n");
            }
            if (r.nextInt(5) == 0) {
                sb.append("/* block; ; */ ");
            }
            sb.append(stmt).append(r.nextBoolean() ? ";\n" : " ;\r\n\n");
            if (r.nextInt(10) == 0) {
                sb.append(";\n");
            }
        }
        String text = sb.toString();
        List<SqlStatement> st = split(G, text);
        for (int i = 0; i < Math.min(st.size(), expected.size()); i++) {
            assertEquals(expected.get(i), st.get(i).text(), "statement " + i);
        }
        assertEquals(10_000, st.size());
        assertEquals(10_000, new SqlSplitter(PG).split(text).size());
    }

    private static final String[] FRAGMENTS = {
        "SELECT 1", " ", "\n", "\r\n", "\r", "\t", ";", ";;", "'a;b'", "'it''s'", "'x\\'y'", "\"q;\"", "\"a\"\"b\"",
        "`b;t`", "-- c;\n", "# h;\n", "/* b; */", "/* /* n */ */", "$$ d; $$", "$t$ x;$ $t$", "$1", "E'\\';'",
        "BEGIN", "END", "END IF", "CASE", "CREATE PROCEDURE p() ", "CREATE TRIGGER t ", "BEGIN ATOMIC", "IF",
        "\nDELIMITER //\n", "\nDELIMITER ;\n", "//", "\n--#SET TERMINATOR @\n", "@", "'", "\"", "`", "/*", "$$",
        "$a$", "é", "\uD83D\uDE00", "\u00A0", "::", "->>", "0x1F", "1.5e3", ".5", "x", "DELIMITER", "--", "-",
    };

    @ParameterizedTest
    @EnumSource(SqlFlavor.class)
    void randomCorpusKeepsInvariants(SqlFlavor flavor) {
        Random r = new Random(flavor.ordinal() * 7919L + 1);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int doc = 0; doc < 3000; doc++) {
                StringBuilder sb = new StringBuilder();
                int pieces = r.nextInt(40);
                for (int i = 0; i < pieces; i++) {
                    sb.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
                    if (r.nextInt(3) == 0) {
                        sb.append(' ');
                    }
                }
                split(flavor, sb.toString());
            }
        });
    }

    /** Characters that open and close every construct the splitter knows, for random texts. */
    private static final String RANDOM_CHARS = "ab1;'\"`$-/*#\\\n\r\t ()EeDELIMITR@BGNDCASF:";

    @Test
    void splittingAFileDetectsItsFlavourInTheSamePassWithTheSameResult() {
        Random r = new Random(5);
        for (int doc = 0; doc < 6000; doc++) {
            StringBuilder sb = new StringBuilder();
            int pieces = r.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                sb.append(doc % 2 == 0 ? FRAGMENTS[r.nextInt(FRAGMENTS.length)]
                        : RANDOM_CHARS.charAt(r.nextInt(RANDOM_CHARS.length())));
            }
            String text = sb.toString();
            SqlFlavor flavor = SqlFlavor.detect(text);
            SqlSplitter.Split expected = new SqlSplitter(flavor).splitChecked(text);
            SourceFile file = SourceFile.of(Path.of("V1__x.sql"), text);
            SqlSplitter.Split split = SqlSplitter.split(file);
            assertEquals(flavor, file.flavor(), text);
            assertEquals(expected, split, text);
            for (int i = 0; i < split.statements().size(); i++) {
                PackedTokens tokens = split.statements().get(i).tokens();
                assertEquals(expected.statements().get(i).tokens() == null, tokens == null, text);
                if (tokens != null) {
                    assertTrue(tokens.readFrom(text, flavor), text);
                    assertEquals(expected.statements().get(i).tokens().unpack(), tokens.unpack(), text);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SqlFlavor.class)
    void randomCharsKeepInvariants(SqlFlavor flavor) {
        Random r = new Random(99 + flavor.ordinal());
        for (int doc = 0; doc < 3000; doc++) {
            char[] cs = new char[r.nextInt(60)];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = RANDOM_CHARS.charAt(r.nextInt(RANDOM_CHARS.length()));
            }
            split(flavor, new String(cs));
        }
    }
}
