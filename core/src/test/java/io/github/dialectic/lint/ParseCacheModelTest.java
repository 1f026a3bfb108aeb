package io.github.dialectic.lint;

import io.github.dialectic.parse.ParsedStatement;
import io.github.dialectic.parse.StatementAnalyzer;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The parse cache keeps the whole change model: expressions, generated columns, spellings, clause ranges. */
class ParseCacheModelTest {

    @Test
    void aCachedFileReadsBackTheSameModel(@TempDir Path dir) {
        String sql = """
                CREATE TABLE IF NOT EXISTS t (
                  id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
                  n INTEGER NOT NULL WITH DEFAULT -1,
                  at TIMESTAMP DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE now(),
                  s VARCHAR(10) CHARACTER SET latin1 COLLATE latin1_bin COMMENT 'x' CHECK (s <> lower(s)),
                  g INTEGER AS ((n + 1) * coalesce(n, 0)) PERSISTENT
                ) DEFAULT CHARSET=utf8mb4;
                ALTER TABLE t ALTER COLUMN n SET DEFAULT (random());
                """;
        SourceFile file = SourceFile.of(Path.of("V1__model.sql"), sql);
        StatementAnalyzer analyzer = new StatementAnalyzer(Duration.ofSeconds(5));
        List<ParsedStatement> parsed = new SqlSplitter(file.flavor()).split(sql).stream()
                .map(st -> analyzer.analyze(file, st)).toList();
        parsed.forEach(p -> assertNull(p.problem()));
        ParseCache cache = ParseCache.at(dir);
        cache.store(file, parsed);
        List<ParsedStatement> back = cache.load(file);
        assertNotNull(back, "a miss: some part of the model cannot be cached");
        assertEquals(parsed, back);
    }

    @Test
    void deepNestingIsCachedWithinTheCacheDepth(@TempDir Path dir) {
        String sql = "CREATE TABLE t (c INT DEFAULT " + "f(".repeat(5_000) + "1" + ")".repeat(5_000) + ");\n";
        SourceFile file = SourceFile.of(Path.of("V1__deep.sql"), sql);
        StatementAnalyzer analyzer = new StatementAnalyzer(Duration.ofSeconds(5));
        List<ParsedStatement> parsed = List.of(analyzer.analyze(file, new SqlSplitter(file.flavor()).split(sql).get(0)));
        ParseCache cache = ParseCache.at(dir);
        cache.store(file, parsed);
        assertEquals(parsed, cache.load(file)); // the expression model stops at 16 levels: well within the cache's
    }
}
