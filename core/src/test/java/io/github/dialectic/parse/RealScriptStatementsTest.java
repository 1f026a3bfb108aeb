package io.github.dialectic.parse;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.PrimaryKeyDef;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.SqlStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Valid statements from real projects' scripts (issue 11) that used to be reported as unparsed. */
class RealScriptStatementsTest {

    private static final StatementAnalyzer ANALYZER = new StatementAnalyzer(Duration.ofSeconds(5));

    private static ParsedStatement analyze(String sql) {
        SourceFile file = SourceFile.of(Path.of("V1__test.sql"), "-- test\n" + sql + ";\n");
        List<SqlStatement> statements = new SqlSplitter(file.flavor()).split(file.text());
        assertEquals(1, statements.size(), statements.toString());
        return ANALYZER.analyze(file, statements.get(0));
    }

    private static Change understood(String sql) {
        ParsedStatement p = analyze(sql);
        assertTrue(p.understood(), () -> sql + " -> " + p.problem());
        return p.change();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CREATE SEQUENCE IF NOT EXISTS s START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1 NO CYCLE | CREATE SEQUENCE",
            "CREATE SEQUENCE public.s AS bigint START 1 OWNED BY public.t.id | CREATE SEQUENCE",
            "CREATE SEQUENCE s START WITH 1 MINVALUE=1 MAXVALUE=9999 INCREMENT BY 1 CACHE 1000 NOCYCLE ENGINE=InnoDB | CREATE SEQUENCE",
            "ALTER SEQUENCE s RENAME TO s2 | ALTER SEQUENCE",
            "ALTER SEQUENCE IF EXISTS s RESTART WITH 100 | ALTER SEQUENCE",
            "TRUNCATE t RESTART IDENTITY | TRUNCATE",
            "TRUNCATE TABLE ONLY a, b CONTINUE IDENTITY CASCADE | TRUNCATE",
            "TRUNCATE TABLE t DROP STORAGE IGNORE DELETE TRIGGERS IMMEDIATE | TRUNCATE",
            "COMMENT ON INDEX ix_t_a IS 'lookup by a' | COMMENT",
            "COMMENT ON MATERIALIZED VIEW mv IS NULL | COMMENT",
            "COMMENT ON INDEX public.accounts_pkey IS 'the key' | COMMENT",
            "SET INTEGRITY FOR t OFF | SET INTEGRITY",
            "SET INTEGRITY FOR t IMMEDIATE CHECKED | SET INTEGRITY",
            "SET INTEGRITY FOR s.a, s.b ALLOW NO ACCESS IMMEDIATE CHECKED | SET INTEGRITY",
            "SET CURRENT SCHEMA x | SET SCHEMA",
            "SET CURRENT SCHEMA = 'X' | SET STATEMENT",
            "INSERT OR IGNORE INTO t (a) VALUES (1) | INSERT",
            "INSERT OR REPLACE INTO t (a) SELECT a FROM u | INSERT",
            "CREATE TABLE a1 (LIKE b INCLUDING ALL) | CREATE TABLE LIKE",
            "CREATE TABLE a1 (LIKE b) | CREATE TABLE LIKE",
            "CREATE TABLE a1 LIKE b | CREATE TABLE LIKE",
    })
    void understoodAs(String sql, String kind) {
        assertEquals(kind, assertInstanceOf(Change.Other.class, understood(sql)).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CREATE SEQUENCE s FOO BAR", "CREATE SEQUENCE", "ALTER SEQUENCE s RENAME TO",
            "COMMENT ON INDEX ix IS", "COMMENT ON INDEX ix IS 'a' 'b'", "TRUNCATE t RESTART", "TRUNCATE t, ",
            "SET INTEGRITY FOR", "SET INTEGRITY FOR t 'x'", "SET CURRENT SCHEMA a b", "CREATE SEQUENCE s ENGINE=",
            "INSERT OR INTO t (a) VALUES (1)"})
    void lookalikesStayUnparsed(String sql) {
        ParsedStatement p = analyze(sql);
        assertFalse(p.understood(), sql);
    }

    @Test
    void mysqlRenameWithoutTo() {
        Change.AlterTable at = assertInstanceOf(Change.AlterTable.class, understood("ALTER TABLE t RENAME t2"));
        assertEquals("t2", assertInstanceOf(AlterAction.RenameTo.class, at.actions().get(0)).newName().toString());
        at = assertInstanceOf(Change.AlterTable.class, understood("ALTER TABLE t RENAME AS db.t3"));
        assertEquals("db.t3", assertInstanceOf(AlterAction.RenameTo.class, at.actions().get(0)).newName().toString());
        // a column rename still reads as one
        at = assertInstanceOf(Change.AlterTable.class, understood("ALTER TABLE t RENAME a TO b"));
        assertInstanceOf(AlterAction.RenameColumn.class, at.actions().get(0));
    }

    @Test
    void mysqlAddColumnList() {
        Change.AlterTable at = assertInstanceOf(Change.AlterTable.class,
                understood("ALTER TABLE t ADD COLUMN (a INT NOT NULL DEFAULT 0, b VARCHAR(10))"));
        assertEquals(List.of("a", "b"), at.actions().stream()
                .map(a -> assertInstanceOf(AlterAction.AddColumn.class, a).column().name().toString()).toList());
        assertEquals("0", ((AlterAction.AddColumn) at.actions().get(0)).column().defaultValue());
        at = assertInstanceOf(Change.AlterTable.class, understood("ALTER TABLE t ADD (c INT), DROP COLUMN d"));
        assertEquals(2, at.actions().size());
        assertInstanceOf(AlterAction.DropColumn.class, at.actions().get(1));
    }

    @Test
    void mysqlNamedPrimaryKey() {
        Change.CreateTable ct = assertInstanceOf(Change.CreateTable.class,
                understood("CREATE TABLE p (id INT NOT NULL, PRIMARY KEY pk_name (id))"));
        PrimaryKeyDef pk = assertInstanceOf(PrimaryKeyDef.class, ct.constraints().get(0));
        assertEquals("[id]", pk.columns().toString());
    }

    @Test
    void db2ClausesWithoutCommas() {
        Change.AlterTable at = assertInstanceOf(Change.AlterTable.class,
                understood("ALTER TABLE t ADD COLUMN a INT NOT NULL DEFAULT 0 ADD COLUMN b INT ALTER COLUMN c SET DEFAULT 1 "
                        + "DROP COLUMN d"));
        assertEquals(4, at.actions().size(), at.actions().toString());
        ColumnDef a = ((AlterAction.AddColumn) at.actions().get(0)).column();
        assertEquals("0", a.defaultValue());
        assertEquals("b", ((AlterAction.AddColumn) at.actions().get(1)).column().name().toString());
        assertEquals("1", ((AlterAction.SetDefault) at.actions().get(2)).expression());
        assertInstanceOf(AlterAction.DropColumn.class, at.actions().get(3));
    }

    @Test
    void flywayPlaceholdersAreNames() {
        Change.CreateTable ct = assertInstanceOf(Change.CreateTable.class,
                understood("CREATE TABLE ${schema}.t_${suffix} (id INT, ${flyway:user}_note VARCHAR(3))"));
        assertEquals("${schema}.t_${suffix}", ct.table().toString());
        assertEquals("${flyway:user}_note", ct.columns().get(1).name().toString());
        // JSqlParser reads it too (the placeholder spelled as a name of the same length)
        assertEquals("INSERT INTO __schema_.t (a) VALUES ('__x_')",
                StatementAnalyzer.withoutPlaceholders("INSERT INTO ${schema}.t (a) VALUES ('${x}')"));
        assertEquals("SELECT", assertInstanceOf(Change.Other.class,
                understood("SELECT a FROM ${schema}.t WHERE b IN (SELECT 1)")).kind());
    }

    @Test
    void psqlMetaCommandsAreStatementsOfTheirOwn() {
        String text = "\\restrict Xk3bQ9d2pZ\nSET x = 1;\n\\connect test  \nCREATE TABLE t (a INT);\n\\unrestrict Xk3bQ9d2pZ\n";
        SourceFile file = SourceFile.of(Path.of("dump.sql"), text);
        List<SqlStatement> statements = new SqlSplitter(file.flavor()).split(text);
        assertEquals(List.of("\\restrict Xk3bQ9d2pZ", "SET x = 1", "\\connect test", "CREATE TABLE t (a INT)",
                "\\unrestrict Xk3bQ9d2pZ"), statements.stream().map(SqlStatement::text).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), statements.stream().map(SqlStatement::line).toList());
        ParsedStatement meta = ANALYZER.analyze(file, statements.get(2));
        assertEquals(StatementAnalyzer.PSQL_META_COMMAND, assertInstanceOf(Change.Other.class, meta.change()).kind());
        // a backslash inside a statement, a string or a comment is none
        assertEquals(1, new SqlSplitter(SqlFlavor.POSTGRESQL).split("SELECT 1\n\\ FROM t;").size());
        assertEquals(1, new SqlSplitter(SqlFlavor.GENERIC).split("-- x\n/* \\a */ SELECT '\n\\b';").size());
    }

    @Test
    void anUnparsedStatementPointsAtTheLastTokenWhenJSqlParserRanOutOfIt() {
        String sql = "CREATE TABLE x (a INT";
        ParsedStatement p = analyze(sql);
        assertFalse(p.understood());
        assertEquals("-- test\n".length() + sql.indexOf("INT"), p.problemOffset(), p.problem());
    }
}
