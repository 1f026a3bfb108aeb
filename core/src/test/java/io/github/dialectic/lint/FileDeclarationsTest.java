package io.github.dialectic.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.parse.ParsedStatement;
import io.github.dialectic.parse.StatementAnalyzer;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.SqlStatement;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileDeclarationsTest {

    private final FileDeclarations declarations = new FileDeclarations();
    private String text;

    private void file(String script) {
        SourceFile file = SourceFile.of(Path.of("V1__m.sql"), script).withFlavor(SqlFlavor.MYSQL);
        text = file.text().toString();
        StatementAnalyzer analyzer = new StatementAnalyzer(Duration.ofSeconds(5));
        for (SqlStatement s : new SqlSplitter(SqlFlavor.MYSQL).split(file.text())) {
            ParsedStatement p = analyzer.analyze(file, s);
            assertTrue(p.understood(), () -> s.text() + " -> " + p.problem());
            declarations.add(p.change());
        }
    }

    private Optional<String> declared(String table, String column) {
        Optional<ColumnDef> c = declarations.latest(QualifiedName.of(table), Name.of(column));
        return c.map(d -> text.substring(d.range().start(), d.range().end()));
    }

    @Test
    void theLatestDeclarationWinsAndNamesFoldLikeTheSchema() {
        file("CREATE TABLE t (a VARCHAR(10) COLLATE utf8mb4_bin, b INT);\n"
                + "ALTER TABLE t MODIFY a VARCHAR(20) COLLATE utf8mb4_general_ci;\n"
                + "ALTER TABLE T ADD COLUMN c TEXT;\n");
        assertEquals(Optional.of("a VARCHAR(20) COLLATE utf8mb4_general_ci"), declared("t", "A"));
        assertEquals(Optional.of("b INT"), declared("T", "b"));
        assertEquals(Optional.of("c TEXT"), declared("t", "c"));
        assertEquals(Optional.empty(), declared("t", "d"));
        assertEquals(Optional.empty(), declared("other", "a"));
    }

    @Test
    void aRecreatedTableForgetsItsEarlierColumns() {
        file("CREATE TABLE t (a INT, b INT);\nDROP TABLE t;\nCREATE TABLE t (a BIGINT);\n");
        assertEquals(Optional.of("a BIGINT"), declared("t", "a"));
        assertEquals(Optional.empty(), declared("t", "b"));
    }
}
