package io.github.dialectic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** 10,000 statements in 1,000 files, the shape of bench/gen.py's corpus, all understood. */
class BenchShapeCorpusTest {

    static List<SourceFile> corpus(int files, int perFile) {
        SplittableRandom r = new SplittableRandom(42);
        List<SourceFile> out = new ArrayList<>();
        int tables = 0;
        int indexes = 0;
        for (int f = 1; f <= files; f++) {
            StringBuilder sb = new StringBuilder("-- migration " + f + "\n");
            for (int k = 0; k < perFile; k++) {
                int t = tables == 0 ? 0 : r.nextInt(tables);
                double roll = r.nextDouble();
                if (tables == 0 || (roll < 0.14 && tables < 300)) {
                    sb.append("CREATE TABLE t").append(tables++).append(" (id BIGSERIAL PRIMARY KEY, name VARCHAR(255) "
                            + "NOT NULL, status INTEGER, created_at TIMESTAMPTZ, amount NUMERIC(12,2));\n");
                } else if (roll < 0.27) {
                    sb.append("ALTER TABLE t").append(t).append(" ADD COLUMN c").append(f).append('_').append(k)
                            .append(" TEXT;\n");
                } else if (roll < 0.4) {
                    sb.append("CREATE INDEX ix_").append(indexes++).append(" ON t").append(t).append(" (status);\n");
                } else if (roll < 0.7) {
                    sb.append("INSERT INTO t").append(t).append(" (name, status) VALUES ('n").append(k)
                            .append("', 1), ('m', 2);\n");
                } else if (roll < 0.9) {
                    sb.append("UPDATE t").append(t).append(" SET status = 3 WHERE name = 'n").append(k).append("';\n");
                } else {
                    sb.append("DELETE FROM t").append(t).append(" WHERE status = ").append(k).append(";\n");
                }
            }
            out.add(SourceFile.of(Path.of("V" + f + "__m.sql"), sb.toString()));
        }
        return out;
    }

    @Test
    void tenThousandStatementsOfTheBenchShapeAreAllUnderstood() {
        // Speed is bench/'s business (bench/run, BenchHarness's warm section), not a unit test's: a timed assertion
        // fails on a loaded machine and proves nothing on a quiet one.
        LintReport report = new Linter(RuleRegistry.load(), LintOptions.defaults()).lintFiles(corpus(1000, 10));
        assertEquals(10_000, report.summary().statements());
        assertEquals(0, report.summary().unparsed());
    }
}
