package io.github.dialectic.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dialectic.change.Name;
import io.github.dialectic.parse.ParsedStatement;
import io.github.dialectic.parse.StatementAnalyzer;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.SqlStatement;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema-wide indexes the replay keeps (index and foreign-key names, the foreign-key graph, case-folded table
 * names) answer as a walk over every table would, after creates, drops, renames and replacements, in schema order.
 */
class SchemaIndexesTest {

    private static final StatementAnalyzer ANALYZER = new StatementAnalyzer(Duration.ofSeconds(5));

    private final Schema schema = new Schema();

    private void migrate(String script) {
        SourceFile file = SourceFile.of(Path.of("V1__m.sql"), script).withFlavor(SqlFlavor.GENERIC);
        for (SqlStatement s : new SqlSplitter(SqlFlavor.GENERIC).split(file.text())) {
            ParsedStatement p = ANALYZER.analyze(file, s);
            assertTrue(p.understood(), () -> s.text() + " -> " + p.problem());
            SchemaReplay.apply(schema, p.change());
        }
    }

    private static List<String> names(List<Table> tables) {
        return tables.stream().map(t -> t.name().name().text()).toList();
    }

    private List<String> withIndex(String name) {
        return names(schema.tablesWithIndex(Name.of(name)));
    }

    private List<String> withForeignKey(String name) {
        return names(schema.tablesWithForeignKey(Name.of(name)));
    }

    @Test
    void indexNameOwnersAcrossTablesInSchemaOrder() {
        migrate("""
                CREATE TABLE a (x INT, y INT);
                CREATE TABLE b (x INT);
                CREATE TABLE c (x INT);
                CREATE INDEX ix_x ON c (x);
                CREATE INDEX ix_x ON a (x);
                CREATE INDEX IX_Y ON a (y);
                """);
        assertEquals(List.of("a", "c"), withIndex("ix_x"), "schema order, not the order the indexes came");
        assertEquals(List.of("a"), withIndex("ix_y"), "unquoted names fold");
        assertEquals(List.of(), withIndex("ix_z"));
        assertEquals(List.of(), names(schema.tablesWithIndex(new Name("IX_Y", true))), "a quoted name keeps its case");

        migrate("ALTER TABLE a DROP COLUMN x;");
        assertEquals(List.of("c"), withIndex("ix_x"), "an index goes with its column");
        migrate("ALTER INDEX ix_y RENAME TO ix_x;");
        assertEquals(List.of("a", "c"), withIndex("ix_x"));
        assertEquals(List.of(), withIndex("ix_y"));
        migrate("DROP TABLE a;");
        assertEquals(List.of("c"), withIndex("ix_x"));
        migrate("ALTER TABLE c RENAME TO d;");
        assertEquals(List.of("d"), withIndex("ix_x"), "found under the table's new name");
        migrate("DROP INDEX ix_x;");
        assertEquals(List.of(), withIndex("ix_x"));
    }

    @Test
    void aReplacedTableKeepsItsPlaceAndLosesItsIndexes() {
        migrate("""
                CREATE TABLE a (x INT);
                CREATE TABLE b (x INT);
                CREATE INDEX ix ON a (x);
                CREATE INDEX ix ON b (x);
                CREATE TABLE a (x INT);
                """);
        assertEquals(List.of("b"), withIndex("ix"));
        migrate("CREATE INDEX ix ON a (x);");
        assertEquals(List.of("a", "b"), withIndex("ix"));
        assertEquals(List.of("a", "b"), names(List.copyOf(schema.tables())));
    }

    @Test
    void foreignKeyNamesAndGraphFollowRenamesAndDrops() {
        migrate("""
                CREATE TABLE parent (id INT PRIMARY KEY);
                CREATE TABLE child (id INT PRIMARY KEY, parent_id INT,
                    CONSTRAINT fk_up FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE);
                CREATE TABLE other (id INT PRIMARY KEY, parent_id INT, up INT,
                    CONSTRAINT fk_up FOREIGN KEY (parent_id) REFERENCES parent (id),
                    CONSTRAINT fk_self FOREIGN KEY (up) REFERENCES other (id));
                """);
        assertEquals(List.of("child", "other"), withForeignKey("fk_up"));
        assertEquals(List.of("child", "other"), names(schema.tablesReferencing("parent")));
        assertEquals(List.of("other"), names(schema.tablesReferencing("other")), "a self-reference is an edge too");

        migrate("ALTER TABLE parent RENAME TO elder;");
        assertEquals(List.of(), names(schema.tablesReferencing("parent")));
        assertEquals(List.of("child", "other"), names(schema.tablesReferencing("elder")));
        assertEquals("elder", schema.table("child").orElseThrow().foreignKeys().get(0).parentTable().name().text());

        migrate("ALTER TABLE other RENAME TO others;");
        assertEquals(List.of("others"), names(schema.tablesReferencing("others")));
        assertEquals(List.of("child", "others"), withForeignKey("fk_up"));

        migrate("ALTER TABLE child DROP CONSTRAINT fk_up;");
        assertEquals(List.of("others"), withForeignKey("fk_up"));
        assertEquals(List.of("others"), names(schema.tablesReferencing("elder")));

        migrate("ALTER TABLE elder RENAME COLUMN id TO elder_id;");
        assertEquals(List.of(Name.of("elder_id")),
                schema.table("others").orElseThrow().foreignKeys().get(0).parentColumns());

        migrate("DROP TABLE elder CASCADE;");
        assertEquals(List.of(), names(schema.tablesReferencing("elder")));
        assertEquals(List.of(), withForeignKey("fk_up"), "dropping the parent drops the foreign keys to it");
        assertEquals(List.of("others"), withForeignKey("fk_self"));
    }

    @Test
    void caseFoldedTableNamesFollowCreatesRenamesAndDrops() {
        migrate("""
                CREATE TABLE "MyTable" (x INT);
                CREATE TABLE mytable (x INT);
                CREATE TABLE MYTABLE2 (x INT);
                """);
        assertEquals(List.of("MyTable", "mytable"), names(schema.tablesNamedIgnoringCase("MYTABLE")));
        migrate("ALTER TABLE mytable RENAME TO mytable2;");
        assertEquals(List.of("MyTable"), names(schema.tablesNamedIgnoringCase("mytable")));
        assertEquals(List.of("mytable2"), names(schema.tablesNamedIgnoringCase("MyTable2")),
                "the rename replaced MYTABLE2 in its place");
        migrate("DROP TABLE \"MyTable\";");
        assertEquals(List.of(), names(schema.tablesNamedIgnoringCase("mytable")));
    }
}
