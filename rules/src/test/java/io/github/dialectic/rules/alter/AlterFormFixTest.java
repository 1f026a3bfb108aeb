package io.github.dialectic.rules.alter;

import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fix of alter-form-unsupported names each lacking engine with the form that engine has. */
class AlterFormFixTest {

    private static String fix(String targets, String sql) {
        List<Finding> findings = new Linter(RuleRegistry.of(new AlterFormUnsupported()),
                LintOptions.defaults().withTargets(Targets.parse(targets)))
                .lintFiles(List.of(SourceFile.of(Path.of("V1__t.sql"), sql))).findings();
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0).fix();
    }

    @Test
    void db2RenamesWithItsRenameTableStatementNotARebuild() {
        assertEquals("Db2 LUW: RENAME TABLE t TO t2.",
                fix("db2", "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY);\nALTER TABLE t RENAME TO t2;\n"));
    }

    @Test
    void eachEngineGetsItsOwnForm() {
        assertEquals("MySQL: restate the whole column with MODIFY COLUMN; SQLite: rebuild the table (create the new "
                        + "table, copy the rows, drop the old one, rename the new one: SQLite's documented 12-step "
                        + "procedure).",
                fix("mysql,sqlite:3.40,postgresql", "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, n INTEGER);\n"
                        + "ALTER TABLE t ALTER COLUMN n SET NOT NULL;\n"));
        assertEquals("PostgreSQL: ALTER INDEX ix_a RENAME TO ix_b; Db2 LUW: RENAME INDEX ix_a TO ix_b.",
                fix("postgresql,db2,mysql", "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, n INTEGER);\n"
                        + "CREATE INDEX ix_a ON t (n);\nALTER TABLE t RENAME INDEX ix_a TO ix_b;\n"));
    }
}
