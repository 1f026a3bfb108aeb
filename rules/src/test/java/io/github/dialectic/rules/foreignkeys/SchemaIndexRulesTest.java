package io.github.dialectic.rules.foreignkeys;

import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rules.indexes.IndexNameCollision;
import io.github.dialectic.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rules that ask schema-wide questions (index-name-collision, fk-name-reused, fk-delete-cycle) get them answered
 * through the replay's indexes: among many unrelated tables, after renames and drops, as a walk would.
 */
class SchemaIndexRulesTest {

    /** Unrelated tables, so that an answer found by a wrong shortcut would not be the one expected. */
    private static String filler(int tables) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < tables; i++) {
            sql.append("CREATE TABLE filler_").append(i).append(" (id INTEGER NOT NULL PRIMARY KEY, up INTEGER,\n")
                    .append("    CONSTRAINT fk_filler_").append(i).append(" FOREIGN KEY (up) REFERENCES filler_")
                    .append(i).append(" (id) ON DELETE CASCADE);\n")
                    .append("CREATE INDEX ix_filler_").append(i).append(" ON filler_").append(i).append(" (up);\n");
        }
        return sql.toString();
    }

    private static List<String> lint(Rule rule, String targets, String sql) {
        List<Finding> findings = new Linter(RuleRegistry.of(rule), LintOptions.defaults().withTargets(Targets.parse(targets)))
                .lintFiles(List.of(SourceFile.of(Path.of("V1__t.sql"), sql))).findings();
        return findings.stream().map(f -> f.line() + ": " + f.message()).toList();
    }

    @Test
    void indexNameCollisionFindsTheOwnerUnderItsCurrentName() {
        String sql = filler(50) + """
                CREATE TABLE a (id INTEGER NOT NULL PRIMARY KEY, n INTEGER);
                CREATE TABLE b (id INTEGER NOT NULL PRIMARY KEY, n INTEGER);
                CREATE INDEX ix_n ON a (n);
                ALTER TABLE a RENAME TO a2;
                CREATE INDEX ix_n ON b (n);
                ALTER TABLE a2 DROP COLUMN n;
                CREATE INDEX ix_n ON b (n);
                CREATE INDEX ix_filler_7 ON b (n);
                """;
        // 150 lines of filler first; the second ix_n on b meets only b's own (a2's went with its column)
        assertEquals(List.of("155: index name ix_n on b is already used by an index on a2",
                        "158: index name ix_filler_7 on b is already used by an index on filler_7"),
                lint(new IndexNameCollision(), "postgresql", sql));
        assertEquals(List.of(), lint(new IndexNameCollision(), "mysql", sql), "per table on MySQL");
    }

    @Test
    void foreignKeyNameReusedFollowsRenamesAndDrops() {
        String sql = filler(50) + """
                CREATE TABLE p (id INTEGER NOT NULL PRIMARY KEY);
                CREATE TABLE c1 (id INTEGER NOT NULL PRIMARY KEY, p_id INTEGER,
                    CONSTRAINT fk_p FOREIGN KEY (p_id) REFERENCES p (id));
                ALTER TABLE c1 RENAME TO c1_renamed;
                CREATE TABLE c2 (id INTEGER NOT NULL PRIMARY KEY, p_id INTEGER,
                    CONSTRAINT fk_p FOREIGN KEY (p_id) REFERENCES p (id));
                ALTER TABLE c1_renamed DROP CONSTRAINT fk_p;
                ALTER TABLE c2 DROP CONSTRAINT fk_p;
                CREATE TABLE c3 (id INTEGER NOT NULL PRIMARY KEY, p_id INTEGER,
                    CONSTRAINT fk_p FOREIGN KEY (p_id) REFERENCES p (id));
                """;
        List<String> found = lint(new ForeignKeyNameReused(), "mariadb:11.8", sql);
        assertEquals(1, found.size(), found.toString());
        assertEquals("156: foreign key name fk_p on c2 is already used by a foreign key of c1_renamed: MySQL and "
                + "MariaDB (before 12.1) name foreign keys per database", found.get(0));
    }

    @Test
    void deleteCycleFoundFromTheNewEdgeThroughRenamedTables() {
        String chain = filler(50) + """
                CREATE TABLE t1 (id INTEGER NOT NULL PRIMARY KEY, t4_id INTEGER);
                CREATE TABLE t2 (id INTEGER NOT NULL PRIMARY KEY, t1_id INTEGER,
                    CONSTRAINT fk_t2 FOREIGN KEY (t1_id) REFERENCES t1 (id) ON DELETE CASCADE);
                CREATE TABLE t3 (id INTEGER NOT NULL PRIMARY KEY, t2_id INTEGER,
                    CONSTRAINT fk_t3 FOREIGN KEY (t2_id) REFERENCES t2 (id) ON DELETE CASCADE);
                CREATE TABLE t4 (id INTEGER NOT NULL PRIMARY KEY, t3_id INTEGER,
                    CONSTRAINT fk_t4 FOREIGN KEY (t3_id) REFERENCES t3 (id) ON DELETE CASCADE);
                ALTER TABLE t3 RENAME TO t3b;
                """;
        String close = "ALTER TABLE t1 ADD CONSTRAINT fk_t1 FOREIGN KEY (t4_id) REFERENCES t4 (id) ON DELETE CASCADE;\n";
        assertEquals(List.of("159: foreign key (t4_id) of t1 -> t4 ON DELETE CASCADE: Db2 rejects it, SQL0634N reason 02 "
                        + "(SQLSTATE 42915): with it, t1 and t4 form a cycle in which deletes cascade from a table back "
                        + "to itself (a cycle needs at least two relationships that are not CASCADE)"),
                lint(new ForeignKeyDeleteCycle(), "db2", chain + close));
        assertEquals(List.of(), lint(new ForeignKeyDeleteCycle(), "db2",
                chain + "ALTER TABLE t4 DROP CONSTRAINT fk_t4;\n" + close), "the dropped link breaks the cycle");
        assertEquals(List.of(), lint(new ForeignKeyDeleteCycle(), "db2",
                chain + "DROP TABLE t2 CASCADE;\n" + close), "the dropped table takes its links with it");
    }
}
