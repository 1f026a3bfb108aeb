package io.github.dialectic.rules.acceptance;

import io.github.dialectic.rules.acceptance.AcceptanceHarvester.UserObjects;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The harvest's labelling of errors that name a function, type, collation or module (acceptance/README.md). */
class AcceptanceLabelsTest {

    private static final UserObjects SUITES = new UserObjects(Map.of(
            "postgresql-regress", Set.of("function trigger_func", "collation case_insensitive", "function lower"),
            "mariadb-mysql-test", Set.of("function f1", "collation utf8_test_ci"),
            "sqlite-test", Set.of("function counter", "module tcl", "function randstr")),
            Set.of("lower", "group_concat"));

    @Test
    void aFunctionTheSuiteCreatesIsAMissingObjectOnEveryEngine() {
        assertEquals("missing", AcceptanceHarvester.classifyPostgresql("42883", "ERROR: function trigger_func() does not exist",
                List.of(), "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION trigger_func()", SUITES,
                "postgresql-regress").verdict());
        assertEquals("missing", AcceptanceHarvester.classifyMariadb(1305, "FUNCTION dlc_acc_1_2.f1 does not exist",
                List.of(), "CREATE VIEW v AS SELECT f1()", SUITES, "mariadb-mysql-test").verdict());
        assertEquals("missing", AcceptanceHarvester.classifyPostgresql("42883", "ERROR: function f1() does not exist",
                List.of(), "CREATE VIEW v AS SELECT f1()", SUITES, "mariadb-mysql-test").verdict());
        assertEquals("missing", AcceptanceHarvester.classifySqlite("SQLITE_ERROR", "no such function: randstr",
                List.of(), "INSERT INTO t VALUES (randstr(10, 20))", SUITES, "sqlite-test").verdict());
        assertEquals("missing", AcceptanceHarvester.classifySqlite("SQLITE_ERROR", "no such module: tcl",
                List.of(), "CREATE VIRTUAL TABLE x USING tcl(y)", SUITES, "sqlite-test").verdict());
    }

    @Test
    void collationsTheSuiteCreatesAreMissingObjectsToo() {
        assertEquals("missing", AcceptanceHarvester.classifyMariadb(1273, "Unknown collation: 'utf8_test_ci'",
                List.of(), "CREATE TABLE t (a CHAR(1) COLLATE utf8_test_ci)", SUITES, "mariadb-mysql-test").verdict());
        assertEquals("missing", AcceptanceHarvester.classifyPostgresql("42704",
                "ERROR: collation \"case_insensitive\" for encoding \"UTF8\" does not exist", List.of(),
                "CREATE TABLE t (a text COLLATE case_insensitive)", SUITES, "postgresql-regress").verdict());
    }

    @Test
    void aTypeTheSuiteCreatesIsAMissingObjectOnMariadb() {
        UserObjects types = new UserObjects(Map.of("postgresql-regress", Set.of("type dnotnull")), Set.of());
        assertEquals("missing", AcceptanceHarvester.classifyMariadb(4161, "Unknown data type: 'dnotnull'", List.of(),
                "create table nulltest (col1 dnotnull)", types, "postgresql-regress").verdict());
        assertEquals("unsupported", AcceptanceHarvester.classifyMariadb(4161, "Unknown data type: 'STRING'", List.of(),
                "CREATE TABLE t2 (b STRING)", types, "sqlite-test").verdict());
    }

    @Test
    void aBuiltinOfAnotherDialectStaysARejection() {
        assertEquals("unsupported", AcceptanceHarvester.classifyPostgresql("42883",
                "ERROR: function group_concat(integer) does not exist", List.of(),
                "CREATE VIEW v AS SELECT group_concat(a) FROM t", SUITES, "mariadb-mysql-test").verdict());
        assertEquals("unsupported", AcceptanceHarvester.classifyMariadb(1273, "Unknown collation: 'nocase'",
                List.of(), "CREATE TABLE t (a TEXT COLLATE nocase)", SUITES, "sqlite-test").verdict());
    }

    @Test
    void aSuiteDefinitionOfABuiltinNameOrOfAnotherKindDoesNotMakeAUserObject() {
        // the suite defines its own lower(), but lower is an engine's builtin: the engine's error is about the call
        assertEquals("unsupported", AcceptanceHarvester.classifySqlite("SQLITE_ERROR", "no such function: lower",
                List.of(), "INSERT INTO t VALUES (lower(1, 2))", SUITES, "postgresql-regress").verdict());
        // SQLite's harness registers a function counter; PostgreSQL lacks a type counter
        assertEquals("unsupported", AcceptanceHarvester.classifyPostgresql("42704", "ERROR: type \"counter\" does not exist",
                List.of(), "CREATE TABLE t (a counter)", SUITES, "sqlite-test").verdict());
    }

    @Test
    void whatTheCaseCreatesItselfIsMissingWithoutTheSuitesList() {
        assertEquals("missing", AcceptanceHarvester.classifyPostgresql("42704", "ERROR: type \"mood\" does not exist",
                List.of("CREATE TYPE mood AS ENUM ('a')"), "CREATE TABLE t (m mood)", UserObjects.NONE,
                "postgresql-regress").verdict());
    }
}
