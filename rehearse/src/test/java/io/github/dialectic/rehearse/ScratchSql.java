package io.github.dialectic.rehearse;

import io.github.dialectic.live.CatalogReader;
import io.github.dialectic.live.LiveCatalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The synthetic-row tests' SQL on a scratch database: make their tables, then count what the fill left there. */
final class ScratchSql {
    private ScratchSql() {
    }

    /** Runs the DDL on the scratch database and reads its catalog back, as a rehearsal does before a fill. */
    static LiveCatalog create(Scratch scratch, String... ddl) throws SQLException {
        try (Statement s = scratch.connection().createStatement()) {
            for (String d : ddl) {
                s.execute(d);
            }
        }
        return CatalogReader.read(scratch.connection(), scratch.engine(), scratch.schemas());
    }

    /** The single number a query such as {@code SELECT COUNT(*) ...} answers. */
    static long count(Scratch scratch, String sql) throws SQLException {
        try (Statement s = scratch.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
