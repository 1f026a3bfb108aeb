package io.github.dialectic.rules.verdicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dialectic.engine.Constructs;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlLexer;
import io.github.dialectic.source.Token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SQLite is asked about a statement's shape; its verdict must be the one on the statement as written. */
class SqliteShapesTest {

    private static String shape(String sql) {
        List<Token> tokens = SqlLexer.significant(sql, 0, sql.length(), SqlFlavor.detect(sql));
        return SqliteShapes.of(sql, 0, sql.length(), tokens, Constructs.upperWords(sql, tokens));
    }

    private static Optional<BundledSqlite.Rejection> judged(String sql) {
        List<Token> tokens = SqlLexer.significant(sql, 0, sql.length(), SqlFlavor.detect(sql));
        return SqliteShapes.judge(sql, sql, 0, sql.length(), tokens, Constructs.upperWords(sql, tokens));
    }

    @Test
    void namesWithDigitsOrUnderscoresBecomePlaceholdersAndEqualNamesStayEqual() {
        assertEquals("ALTER TABLE _d0_ ADD CONSTRAINT _d1_ UNIQUE (flag)",
                shape("ALTER TABLE job_707 ADD CONSTRAINT uq_job_707_flag UNIQUE (flag)"));
        assertEquals("CREATE TABLE t (_d0_ INT, _d0_ INT)", shape("CREATE TABLE t (col_1 INT, COL_1 INT)"));
        // what SQLite reads by its text stays: functions, collations, modules, its own objects, keywords, PRAGMA
        assertEquals("SELECT log_2(_d0_) COLLATE utf8mb4_bin FROM sqlite_master, json_each, _d1_",
                shape("SELECT log_2(a_1) COLLATE utf8mb4_bin FROM sqlite_master, json_each, t_2"));
        assertNull(shape("SELECT CURRENT_TIMESTAMP, _rowid_ FROM t"));
        assertNull(shape("CREATE VIRTUAL TABLE t USING fts_5"));
        assertNull(shape("PRAGMA cache_size = 10"));
        assertNull(shape("SELECT a FROM t"), "nothing to rename");
        assertNull(shape("SELECT _d3_, b_1 FROM t"), "a placeholder already in the text");
        assertNull(shape("SELECT :p_1, $v_2, \"q_1\" FROM t"), "parameters and quoted names stay");
    }

    @Test
    void aTableBeforeItsColumnListIsRenamedAFunctionIsNot() {
        // the history's foreign keys share one shape, whatever table they reference (issue 12)
        assertEquals("ALTER TABLE _d0_ ADD CONSTRAINT _d1_ FOREIGN KEY (_d2_) REFERENCES _d3_ (id)",
                shape("ALTER TABLE job_7 ADD CONSTRAINT fk_job_7 FOREIGN KEY (parent_id) REFERENCES order_8 (id)"));
        assertEquals("INSERT INTO _d0_ (a) VALUES (1)", shape("INSERT INTO t_1 (a) VALUES (1)"));
        assertEquals("CREATE TABLE _d0_ (a INT)", shape("CREATE TABLE t_1 (a INT)"));
        assertEquals("SELECT f_1(a) FROM _d0_", shape("SELECT f_1(a) FROM t_2"));
        assertEquals(Optional.of(new BundledSqlite.Rejection("near \"FOREIGN\": syntax error", "FOREIGN")),
                judged("ALTER TABLE job_7 ADD CONSTRAINT fk_job_7 FOREIGN KEY (parent_id) REFERENCES order_8 (id)"));
    }

    @Test
    void aVerdictNamingARenamedTokenIsTakenFromTheStatementAsWritten() {
        // SQLite stops at b_2: the shape's message would say _d1_
        assertEquals(Optional.of(new BundledSqlite.Rejection("near \"b_2\": syntax error", "b_2")),
                judged("SELECT 1 FROM t WHERE a_1 b_2"));
        assertEquals(Optional.of(new BundledSqlite.Rejection("near \"UNIQUE\": syntax error", "UNIQUE")),
                judged("ALTER TABLE job_707 ADD CONSTRAINT uq_job_707_flag UNIQUE (flag)"));
    }

    /**
     * Every statement of the acceptance corpus (PostgreSQL's, MariaDB's and SQLite's own tests, each dialect) that
     * has a shape gets from SQLite, through it, the verdict it gets as written.
     */
    @Test
    void theShapesVerdictIsTheStatementsOnTheWholeCorpus() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> wrong = new ArrayList<>();
        int shaped = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/acceptance/corpus.jsonl"))) {
            String sql = json.readTree(line).path("sql").asText(null);
            if (sql == null) {
                continue;
            }
            List<Token> tokens = SqlLexer.significant(sql, 0, sql.length(), SqlFlavor.detect(sql));
            if (SqliteShapes.of(sql, 0, sql.length(), tokens, Constructs.upperWords(sql, tokens)) == null) {
                continue;
            }
            shaped++;
            Optional<BundledSqlite.Rejection> written = BundledSqlite.judge(sql);
            Optional<BundledSqlite.Rejection> throughShape = judged(sql);
            if (!written.equals(throughShape)) {
                wrong.add(sql + " -> " + throughShape + ", as written " + written);
            }
        }
        assertTrue(shaped > 1000, "only " + shaped + " statements of the corpus have a shape");
        assertEquals(List.of(), wrong);
    }
}
