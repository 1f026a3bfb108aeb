package io.github.dialectic.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SqlFlavorTest {

    @Test
    void mysqlCues() {
        assertEquals(SqlFlavor.MYSQL, SqlFlavor.detect("DELIMITER //\nCREATE PROCEDURE p() BEGIN END //"));
        assertEquals(SqlFlavor.MYSQL, SqlFlavor.detect("CREATE TABLE `t` (a int);"));
        assertEquals(SqlFlavor.MYSQL, SqlFlavor.detect("CREATE TABLE t (a int) ENGINE=InnoDB;"));
        assertEquals(SqlFlavor.MYSQL, SqlFlavor.detect("CREATE TABLE t (a int) engine = InnoDB;"));
        assertEquals(SqlFlavor.MYSQL, SqlFlavor.detect("delimiter $$\nCREATE PROCEDURE p() BEGIN END$$"));
    }

    @Test
    void aLineOpenedByAHashCommentIsAMysqlCue() {
        // an apostrophe in the comment must not open a string that hides every later cue (Quartz's MySQL scripts)
        assertEquals(SqlFlavor.MYSQL, SqlFlavor.detect("#\n# you'll need to set the delegate\n#\nDROP TABLE t;\n"));
        assertEquals(SqlFlavor.MYSQL, SqlFlavor.detect("  # header\nCREATE TABLE t (a int);"));
        assertEquals(SqlFlavor.MYSQL, SqlFlavor.detect("SELECT 1;\n# later\nSELECT $$x$$;"));
        // '#' inside a line is PostgreSQL's XOR operator, not a comment
        assertEquals(SqlFlavor.POSTGRESQL, SqlFlavor.detect("SELECT 5 # 3, '1'::int;"));
        assertEquals(SqlFlavor.GENERIC, SqlFlavor.detect("SELECT '#x'\n, 1; -- # y\n"));
    }

    @Test
    void postgresCues() {
        assertEquals(SqlFlavor.POSTGRESQL, SqlFlavor.detect("CREATE FUNCTION f() AS $$ SELECT 1 $$ LANGUAGE sql;"));
        assertEquals(SqlFlavor.POSTGRESQL, SqlFlavor.detect("DO $body$ BEGIN END $body$;"));
        assertEquals(SqlFlavor.POSTGRESQL, SqlFlavor.detect("SELECT '1'::int;"));
    }

    @Test
    void db2Cue() {
        assertEquals(SqlFlavor.DB2, SqlFlavor.detect("--#SET TERMINATOR @\nSELECT 1 FROM sysibm.sysdummy1@"));
    }

    @Test
    void cuesInsideStringsAndCommentsDoNotCount() {
        assertEquals(SqlFlavor.GENERIC, SqlFlavor.detect("-- `x` ENGINE= $$ ::\nSELECT '`a` $$ ::' /* DELIMITER // */;"));
        assertEquals(SqlFlavor.GENERIC, SqlFlavor.detect("SELECT engine FROM t; SELECT $1;"));
        assertEquals(SqlFlavor.GENERIC, SqlFlavor.detect("CREATE TABLE t (delimiter INT);"));
        assertEquals(SqlFlavor.GENERIC, SqlFlavor.detect("CREATE TABLE t (\n  delimiter VARCHAR(3),\n  b INT\n);"));
        assertEquals(SqlFlavor.GENERIC, SqlFlavor.detect(""));
    }

    @Test
    void mysqlDelimiterBeatsDollarQuoteLookalike() {
        assertEquals(SqlFlavor.MYSQL, SqlFlavor.detect("SELECT 1;\nDELIMITER $$\nCREATE PROCEDURE p() BEGIN END$$"));
    }
}
