package io.github.dialectic.live;

import io.github.dialectic.change.Change;
import io.github.dialectic.parse.ParsedStatement;
import io.github.dialectic.parse.StatementAnalyzer;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.SqlStatement;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads DDL the catalog stores as text (PostgreSQL's {@code pg_get_indexdef}, SQLite's {@code sqlite_master.sql})
 * with Dialectic's own reader: index expressions, partial-index predicates, and SQLite's checks and declared types
 * are there and nowhere else.
 */
final class Definitions {

    private static final StatementAnalyzer ANALYZER = new StatementAnalyzer(Duration.ofSeconds(2));

    private Definitions() {
    }

    static Optional<Change> read(String ddl, SqlFlavor flavor, String where) {
        if (ddl == null || ddl.isBlank()) {
            return Optional.empty();
        }
        SourceFile file = SourceFile.of(Path.of(where), ddl).withFlavor(flavor);
        List<SqlStatement> statements = new SqlSplitter(flavor).split(ddl);
        if (statements.size() != 1) {
            return Optional.empty();
        }
        ParsedStatement parsed = ANALYZER.analyze(file, statements.get(0));
        return parsed.understood() ? Optional.ofNullable(parsed.change()) : Optional.empty();
    }
}
