package io.github.dialectic.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dialectic.change.Name;
import io.github.dialectic.change.ReferentialAction;
import io.github.dialectic.parse.ParsedStatement;
import io.github.dialectic.parse.StatementAnalyzer;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.SqlStatement;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaReplayTest {

    private static final StatementAnalyzer ANALYZER = new StatementAnalyzer(Duration.ofSeconds(5));

    private final Schema schema = new Schema();

    /** Parses a migration script and replays every statement into {@link #schema}; each must be understood. */
    private void migrate(String script) {
        migrate(script, SqlFlavor.GENERIC);
    }

    private void migrate(String script, SqlFlavor flavor) {
        SourceFile file = SourceFile.of(Path.of("V1__m.sql"), script).withFlavor(flavor);
        for (SqlStatement s : new SqlSplitter(flavor).split(file.text())) {
            ParsedStatement p = ANALYZER.analyze(file, s);
            assertTrue(p.understood(), () -> s.text() + " -> " + p.problem());
            SchemaReplay.apply(schema, p.change());
        }
    }

    private Table table(String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static List<Name> cols(String... names) {
        return Arrays.stream(names).map(Name::of).toList();
    }

    private static List<String> texts(List<Name> names) {
        return names.stream().map(Name::text).toList();
    }

    private Column column(String table, String column) {
        return table(table).column(Name.of(column)).orElseThrow(() -> new AssertionError("no column " + column));
    }

    @Test
    void modifyMakesColumnNotNullAndUniqueConstraintCounts() {
        migrate("CREATE TABLE instances (id INT PRIMARY KEY, uuid VARCHAR(36));", SqlFlavor.MYSQL);
        Table t = table("instances");
        assertTrue(t.complete());
        assertTrue(column("instances", "uuid").nullable());
        assertFalse(column("instances", "id").nullable());
        assertEquals(cols("id"), t.primaryKey().orElseThrow().columns());

        migrate("ALTER TABLE instances MODIFY uuid VARCHAR(36) NOT NULL;", SqlFlavor.MYSQL);
        assertFalse(column("instances", "uuid").nullable());
        assertEquals(36, column("instances", "uuid").type().length());
        assertFalse(t.hasKeyConstraintOn(cols("uuid")));

        migrate("ALTER TABLE instances ADD CONSTRAINT uq_uuid UNIQUE (uuid);", SqlFlavor.MYSQL);
        assertTrue(t.hasKeyConstraintOn(cols("uuid")));
        assertTrue(t.hasKeyConstraintOn(cols("ID")));
        assertFalse(t.hasUniqueIndexOn(cols("uuid")));
    }

    @Test
    void uniqueIndexIsNotAKeyConstraint() {
        migrate("""
                CREATE TABLE instances (id INT PRIMARY KEY, uuid VARCHAR(36), deleted_at TIMESTAMP);
                CREATE UNIQUE INDEX ix_uuid ON instances (uuid);
                CREATE UNIQUE INDEX ix_partial ON instances (id, uuid) WHERE deleted_at IS NULL;
                CREATE INDEX ix_plain ON instances (deleted_at);
                """);
        Table t = table("instances");
        assertTrue(t.hasUniqueIndexOn(cols("uuid")));
        assertFalse(t.hasKeyConstraintOn(cols("uuid")));
        assertFalse(t.hasUniqueIndexOn(cols("id", "uuid")), "a partial index does not count");
        assertFalse(t.hasUniqueIndexOn(cols("deleted_at")));
        assertTrue(t.hasIndexWithLeftmost(cols("deleted_at")));
        assertEquals(3, t.indexes().size());

        migrate("DROP INDEX ix_uuid;");
        assertFalse(t.hasUniqueIndexOn(cols("uuid")));
        assertTrue(t.index(Name.of("ix_uuid")).isEmpty());
        migrate("DROP INDEX ix_plain ON instances;", SqlFlavor.MYSQL);
        assertEquals(1, t.indexes().size());
    }

    @Test
    void columnRenameKeepsConstraintsAndReferences() {
        migrate("""
                CREATE TABLE p (id INT NOT NULL, code VARCHAR(10), CONSTRAINT p_pk PRIMARY KEY (id), UNIQUE (code));
                CREATE TABLE c (id INT PRIMARY KEY, p_id INT, p_code VARCHAR(10),
                    CONSTRAINT fk_p FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE);
                CREATE INDEX ix_c ON c (p_id, p_code);
                ALTER TABLE p RENAME COLUMN id TO p_key;
                ALTER TABLE c RENAME COLUMN p_id TO parent_id;
                """);
        Table p = table("p");
        assertEquals(List.of("p_key", "code"), p.columns().stream().map(c -> c.name().text()).toList(),
                "a rename keeps the column's position");
        assertEquals(cols("p_key"), p.primaryKey().orElseThrow().columns());
        assertFalse(column("p", "p_key").nullable());
        Table c = table("c");
        ForeignKey fk = c.foreignKeys().get(0);
        assertEquals(List.of("parent_id"), texts(fk.columns()));
        assertEquals(List.of("p_key"), texts(fk.parentColumns()));
        assertEquals(ReferentialAction.CASCADE, fk.onDelete());
        assertEquals(List.of("parent_id", "p_code"), texts(c.indexes().get(0).columns()));
        assertEquals(List.of("id", "parent_id", "p_code"), c.columns().stream().map(x -> x.name().text()).toList());
    }

    @Test
    void mysqlChangeColumnRenamesAndUpdatesReferences() {
        migrate("""
                CREATE TABLE p (id INT PRIMARY KEY, name VARCHAR(10));
                CREATE TABLE c (id INT PRIMARY KEY, p_id INT, KEY ix_p (p_id),
                    CONSTRAINT fk_p FOREIGN KEY (p_id) REFERENCES p (id));
                ALTER TABLE p CHANGE COLUMN id pid BIGINT NOT NULL;
                ALTER TABLE c CHANGE p_id parent_id BIGINT NULL;
                """, SqlFlavor.MYSQL);
        assertEquals(List.of("pid", "name"), table("p").columns().stream().map(x -> x.name().text()).toList());
        assertEquals(cols("pid"), table("p").primaryKey().orElseThrow().columns());
        assertEquals("BIGINT", column("p", "pid").type().name());
        ForeignKey fk = table("c").foreignKeys().get(0);
        assertEquals(List.of("parent_id"), texts(fk.columns()));
        assertEquals(List.of("pid"), texts(fk.parentColumns()));
        assertEquals(List.of("parent_id"), texts(table("c").index(Name.of("ix_p")).orElseThrow().columns()));
        assertTrue(column("c", "parent_id").nullable());
    }

    @Test
    void tableRenamesKeepParentReferences() {
        migrate("""
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE c (id INT PRIMARY KEY, p_id INT REFERENCES p (id));
                CREATE TABLE self (id INT PRIMARY KEY, parent INT REFERENCES self (id));
                ALTER TABLE p RENAME TO parents;
                RENAME TABLE c TO children;
                ALTER TABLE self RENAME TO tree;
                """, SqlFlavor.MYSQL);
        assertTrue(schema.table("p").isEmpty());
        assertTrue(schema.table("c").isEmpty());
        assertTrue(table("parents").complete());
        assertEquals("parents", table("parents").name().name().text());
        ForeignKey fk = table("children").foreignKeys().get(0);
        assertEquals("parents", fk.parentTable().name().text());
        assertEquals(List.of("p_id"), texts(fk.columns()));
        assertEquals("tree", table("tree").foreignKeys().get(0).parentTable().name().text());
        assertEquals(cols("id"), table("children").primaryKey().orElseThrow().columns());
    }

    @Test
    void renameTableWithSeveralPairsRenamesInOrderSoASwapWorks() {
        migrate("""
                CREATE TABLE a (only_in_a INT);
                CREATE TABLE b (only_in_b INT);
                RENAME TABLE a TO tmp, b TO a, tmp TO b;
                """, SqlFlavor.MYSQL);
        assertTrue(schema.table("tmp").isEmpty());
        assertTrue(table("a").column(io.github.dialectic.change.Name.of("only_in_b")).isPresent());
        assertTrue(table("b").column(io.github.dialectic.change.Name.of("only_in_a")).isPresent());
    }

    @Test
    void droppingAParentDropsTheForeignKeysThatPointedAtIt() {
        migrate("""
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE other (id INT PRIMARY KEY);
                CREATE TABLE c (id INT PRIMARY KEY, p_id INT REFERENCES p (id), o_id INT REFERENCES other (id));
                DROP TABLE p CASCADE;
                """);
        assertEquals(List.of("other"), table("c").foreignKeys().stream().map(f -> f.parentTable().name().text()).toList());
    }

    @Test
    void renamedIndexIsFoundUnderItsNewName() {
        migrate("""
                CREATE TABLE t (a INT, b INT);
                CREATE INDEX ix_old ON t (a);
                ALTER INDEX ix_old RENAME TO ix_new;
                """);
        assertTrue(table("t").index(io.github.dialectic.change.Name.of("ix_old")).isEmpty());
        assertEquals(List.of("t"), schema.tablesWithIndex(io.github.dialectic.change.Name.of("ix_new")).stream()
                .map(x -> x.name().name().text()).toList());
    }

    @Test
    void renameThenFurtherActionsInOneStatement() {
        migrate("CREATE TABLE a (id INT);\nALTER TABLE a RENAME TO b, ADD COLUMN x INT;");
        assertTrue(schema.table("a").isEmpty());
        assertEquals(2, table("b").columns().size());
    }

    @Test
    void alterOfUnknownTableCreatesPlaceholder() {
        migrate("ALTER TABLE legacy ADD COLUMN x INT NOT NULL;");
        Table t = table("legacy");
        assertFalse(t.complete());
        assertFalse(column("legacy", "x").nullable());
        migrate("CREATE INDEX ix_other ON other (a);");
        assertFalse(table("other").complete());
        assertEquals(1, table("other").indexes().size());
    }

    @Test
    void createIfNotExistsLeavesExistingTable() {
        migrate("CREATE TABLE t (a INT);\nCREATE TABLE IF NOT EXISTS t (a INT, b INT);");
        assertEquals(1, table("t").columns().size());
    }

    @Test
    void dropColumnRemovesWhatUsedIt() {
        migrate("""
                CREATE TABLE t (id INT, a INT, b INT, c INT, CONSTRAINT t_pk PRIMARY KEY (id, a),
                    CONSTRAINT uq_b UNIQUE (b), CONSTRAINT fk_c FOREIGN KEY (c) REFERENCES p (id));
                CREATE INDEX ix_ab ON t (a, b);
                CREATE INDEX ix_c ON t (c);
                ALTER TABLE t DROP COLUMN a;
                """);
        Table t = table("t");
        assertTrue(t.column(Name.of("a")).isEmpty());
        assertTrue(t.primaryKey().isEmpty());
        assertTrue(t.index(Name.of("ix_ab")).isEmpty());
        assertTrue(t.index(Name.of("ix_c")).isPresent());
        assertEquals(1, t.uniqueConstraints().size());
        migrate("ALTER TABLE t DROP COLUMN b, DROP COLUMN c;");
        assertTrue(t.uniqueConstraints().isEmpty());
        assertTrue(t.foreignKeys().isEmpty());
        assertTrue(t.indexes().isEmpty());
        assertEquals(List.of("id"), t.columns().stream().map(x -> x.name().text()).toList());
    }

    @Test
    void alterColumnActions() {
        migrate("""
                CREATE TABLE t (a INT, b VARCHAR(10) NOT NULL DEFAULT 'x');
                ALTER TABLE t ALTER COLUMN a SET NOT NULL;
                ALTER TABLE t ALTER COLUMN b DROP NOT NULL;
                ALTER TABLE t ALTER COLUMN a SET DEFAULT 5;
                ALTER TABLE t ALTER COLUMN b DROP DEFAULT;
                ALTER TABLE t ALTER COLUMN b TYPE TEXT;
                """, SqlFlavor.POSTGRESQL);
        assertFalse(column("t", "a").nullable());
        assertEquals("5", column("t", "a").defaultValue());
        assertTrue(column("t", "b").nullable());
        assertEquals(null, column("t", "b").defaultValue());
        assertEquals("TEXT", column("t", "b").type().name());
    }

    @Test
    void constraintsAddedAndDropped() {
        migrate("""
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE t (id INT, p_id INT, CONSTRAINT t_pk PRIMARY KEY (id), CHECK (id > 0));
                ALTER TABLE t ADD CONSTRAINT fk_p FOREIGN KEY (p_id) REFERENCES p(id) NOT VALID;
                ALTER TABLE t ADD INDEX ix_p (p_id);
                ALTER TABLE t ADD CONSTRAINT uq UNIQUE (p_id);
                """, SqlFlavor.MYSQL);
        Table t = table("t");
        assertEquals(1, t.foreignKeys().size());
        assertEquals(1, t.checks().size());
        assertTrue(t.hasIndexWithLeftmost(cols("p_id")));
        assertTrue(t.hasKeyConstraintOn(cols("p_id")));
        migrate("""
                ALTER TABLE t DROP FOREIGN KEY fk_p;
                ALTER TABLE t DROP INDEX ix_p;
                ALTER TABLE t DROP INDEX uq;
                ALTER TABLE t DROP PRIMARY KEY;
                """, SqlFlavor.MYSQL);
        assertTrue(t.foreignKeys().isEmpty());
        assertTrue(t.indexes().isEmpty());
        assertTrue(t.uniqueConstraints().isEmpty());
        assertTrue(t.primaryKey().isEmpty());
        migrate("ALTER TABLE t ADD CONSTRAINT t_pk2 PRIMARY KEY (p_id);\nALTER TABLE t DROP CONSTRAINT t_pk2;");
        assertTrue(t.primaryKey().isEmpty());
        assertFalse(column("t", "p_id").nullable(), "a primary key left its columns NOT NULL");
    }

    @Test
    void renameIndexRenamesIndexesAndUniqueKeys() {
        migrate("""
                CREATE TABLE t (a INT, b INT, KEY ix_a (a), UNIQUE KEY uq_b (b));
                ALTER TABLE t RENAME INDEX ix_a TO ix_a2;
                ALTER TABLE t RENAME INDEX uq_b TO uq_b2;
                """, SqlFlavor.MYSQL);
        Table t = table("t");
        assertTrue(t.index(Name.of("ix_a2")).isPresent());
        assertTrue(t.index(Name.of("ix_a")).isEmpty());
        assertEquals("uq_b2", t.uniqueConstraints().get(0).name().text());
    }

    @Test
    void dropTable() {
        migrate("CREATE TABLE a (id INT);\nCREATE TABLE b (id INT);\nDROP TABLE a, b CASCADE;");
        assertTrue(schema.tables().isEmpty());
    }

    @Test
    void otherStatementsChangeNothing() {
        migrate("CREATE TABLE a (id INT);\nBEGIN;\nINSERT INTO a VALUES (1);\nCOMMIT;");
        assertEquals(1, schema.tables().size());
        assertNotNull(table("a"));
    }
}
