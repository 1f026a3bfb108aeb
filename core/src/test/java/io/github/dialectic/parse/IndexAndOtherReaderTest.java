package io.github.dialectic.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.IndexDef;
import io.github.dialectic.change.IndexDef.KeyPart;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.source.SqlFlavor;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexAndOtherReaderTest {

    private static List<String> names(List<Name> names) {
        return names.stream().map(Name::text).toList();
    }

    @Test
    void postgresPartialExpressionIndex() {
        String sql = "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_users ON public.users USING btree "
                + "(a, lower(b), c DESC) INCLUDE (d) WHERE deleted_at IS NULL";
        Ddl d = Ddl.read(sql, SqlFlavor.POSTGRESQL);
        Change.CreateIndex ci = d.fully(Change.CreateIndex.class);
        assertTrue(ci.concurrently());
        assertTrue(ci.ifNotExists());
        assertEquals("users", ci.table().name().text());
        IndexDef ix = ci.index();
        assertTrue(ix.unique());
        assertEquals("ix_users", ix.name().text());
        assertEquals("ix_users", d.text(ix.nameRange()));
        assertEquals("BTREE", ix.method());
        assertEquals(3, ix.parts().size());
        assertEquals(new KeyPart(Name.of("a"), null, null, false, ix.parts().get(0).range()), ix.parts().get(0));
        assertEquals("a", d.text(ix.parts().get(0).range()));
        assertNull(ix.parts().get(1).column());
        assertEquals("lower(b)", ix.parts().get(1).expression());
        assertEquals("lower(b)", d.text(ix.parts().get(1).range()));
        assertEquals(new KeyPart(Name.of("c"), null, null, true, ix.parts().get(2).range()), ix.parts().get(2));
        assertEquals("c", d.text(ix.parts().get(2).range()));
        assertEquals("WHERE deleted_at IS NULL", d.text(ix.whereRange()));
        assertEquals("(a, lower(b), c DESC)", d.text(ix.keysRange()));
        assertEquals("CREATE UNIQUE INDEX", d.text(ci.keywordsRange()));
        assertEquals(List.of("a", "c"), names(ix.columns()));
        assertTrue(ix.hasExpressions());
        assertEquals("deleted_at IS NULL", ix.where());
        assertEquals(sql, d.text(ix.range()));
    }

    @Test
    void plainIndex() {
        Ddl d = Ddl.read("CREATE INDEX ix_a ON t (a)");
        Change.CreateIndex ci = d.fully(Change.CreateIndex.class);
        assertFalse(ci.concurrently());
        assertFalse(ci.ifNotExists());
        assertFalse(ci.index().unique());
        assertNull(ci.index().where());
        assertNull(ci.index().method());
        assertEquals("CREATE INDEX ix_a ON t (a)", d.text(ci.index().range()));
        assertEquals("t", ci.table().name().text());
    }

    @Test
    void db2ExcludeNullKeys() {
        Change.CreateIndex ci = Ddl.read("CREATE UNIQUE INDEX ix ON t (a ASC, b) EXCLUDE NULL KEYS", SqlFlavor.DB2)
                .fully(Change.CreateIndex.class);
        assertEquals("EXCLUDE NULL KEYS", ci.index().method());
        assertEquals(List.of("a", "b"), names(ci.index().columns()));
        assertFalse(ci.index().parts().get(0).descending());
    }

    @Test
    void mysqlPrefixIndex() {
        Change.CreateIndex ci = Ddl.read("CREATE INDEX ix_name ON users (name(20), `id`)", SqlFlavor.MYSQL)
                .fully(Change.CreateIndex.class);
        assertEquals(20, ci.index().parts().get(0).prefixLength());
        assertEquals(List.of("name", "id"), names(ci.index().columns()));
        assertFalse(ci.index().hasExpressions());
    }

    @Test
    void mysqlOnlineDdlClauses() {
        Change.CreateIndex ci = Ddl.read("CREATE INDEX ix ON t (a) ALGORITHM=INPLACE LOCK = NONE", SqlFlavor.MYSQL)
                .fully(Change.CreateIndex.class);
        assertEquals(List.of("a"), names(ci.index().columns()));
    }

    @Test
    void sqliteConflictClause() {
        Ddl d = Ddl.read("CREATE TABLE q (code TEXT NOT NULL ON CONFLICT FAIL UNIQUE ON CONFLICT REPLACE, x INT)",
                SqlFlavor.SQLITE);
        Change.CreateTable ct = d.fully(Change.CreateTable.class);
        assertTrue(ct.columns().get(0).unique());
        assertEquals("code TEXT NOT NULL ON CONFLICT FAIL UNIQUE ON CONFLICT REPLACE", d.text(ct.columns().get(0).range()));
        assertEquals(2, ct.columns().size());
    }

    @Test
    void dropIndex() {
        Ddl d = Ddl.read("DROP INDEX CONCURRENTLY IF EXISTS ix");
        Change.DropIndex di = d.fully(Change.DropIndex.class);
        assertTrue(di.concurrently());
        assertTrue(di.ifExists());
        assertEquals("ix", di.index().text());
        assertNull(di.table());
        assertEquals("DROP INDEX CONCURRENTLY IF EXISTS ix", d.text(di.range()));

        d = Ddl.read("DROP INDEX ix_a ON t", SqlFlavor.MYSQL);
        di = d.fully(Change.DropIndex.class);
        assertFalse(di.concurrently());
        assertFalse(di.ifExists());
        assertEquals("t", di.table().name().text());
        assertEquals("DROP INDEX ix_a ON t", d.text(di.range()));

        di = Ddl.read("DROP INDEX app.ix_a").fully(Change.DropIndex.class);
        assertEquals("ix_a", di.index().text());
    }

    @Test
    void dropTable() {
        Change.DropTable dt = Ddl.read("DROP TABLE a, s.b CASCADE").fully(Change.DropTable.class);
        assertEquals(List.of("a", "b"), dt.tables().stream().map(q -> q.name().text()).toList());
        assertFalse(dt.ifExists());
        dt = Ddl.read("DROP TABLE IF EXISTS a").fully(Change.DropTable.class);
        assertTrue(dt.ifExists());
    }

    @Test
    void renameTable() {
        Change.RenameTable rt = Ddl.read("RENAME TABLE a TO b", SqlFlavor.MYSQL).fully(Change.RenameTable.class);
        assertEquals(QualifiedName.of("a"), rt.from());
        assertEquals(QualifiedName.of("b"), rt.to());
        rt = Ddl.read("RENAME TABLE a TO b, s.c TO d", SqlFlavor.MYSQL).fully(Change.RenameTable.class);
        assertEquals(List.of(new Change.RenameTable.Rename(QualifiedName.of("a"), QualifiedName.of("b")),
                new Change.RenameTable.Rename(new QualifiedName(Name.of("s"), Name.of("c")), QualifiedName.of("d"))),
                rt.renames());
    }

    @Test
    void renameIndex() {
        Change.RenameIndex ri = Ddl.read("ALTER INDEX IF EXISTS s.ix_a RENAME TO ix_b").fully(Change.RenameIndex.class);
        assertEquals(Name.of("ix_a"), ri.from());
        assertEquals(Name.of("ix_b"), ri.to());
        assertEquals(Name.of("c"), Ddl.read("RENAME INDEX b TO c", SqlFlavor.DB2).fully(Change.RenameIndex.class).to());
        // other ALTER INDEX forms are left to the general parser
        assertEquals(null, Ddl.read("ALTER INDEX ix SET TABLESPACE fast").reading);
        assertEquals(null, Ddl.read("ALTER INDEX ALL IN TABLESPACE a SET TABLESPACE b").reading);
    }

    @Test
    void transactions() {
        assertEquals(Change.Transaction.Kind.BEGIN, Ddl.read("BEGIN").fully(Change.Transaction.class).kind());
        assertEquals(Change.Transaction.Kind.BEGIN, Ddl.read("BEGIN TRANSACTION").fully(Change.Transaction.class).kind());
        assertEquals(Change.Transaction.Kind.BEGIN, Ddl.read("START TRANSACTION").fully(Change.Transaction.class).kind());
        assertEquals(Change.Transaction.Kind.COMMIT, Ddl.read("COMMIT").fully(Change.Transaction.class).kind());
        assertEquals(Change.Transaction.Kind.COMMIT, Ddl.read("END").fully(Change.Transaction.class).kind());
        assertEquals(Change.Transaction.Kind.ROLLBACK, Ddl.read("ROLLBACK").fully(Change.Transaction.class).kind());
        assertEquals(Change.Transaction.Kind.SAVEPOINT, Ddl.read("SAVEPOINT s1").fully(Change.Transaction.class).kind());
        assertEquals(Change.Transaction.Kind.SAVEPOINT,
                Ddl.read("ROLLBACK TO SAVEPOINT s1").fully(Change.Transaction.class).kind());
    }

    @Test
    void pragma() {
        assertEquals("PRAGMA", Ddl.read("PRAGMA foreign_keys=ON", SqlFlavor.SQLITE).fully(Change.Other.class).kind());
        assertEquals("PRAGMA", Ddl.read("PRAGMA foreign_keys = ON", SqlFlavor.SQLITE).fully(Change.Other.class).kind());
    }

    @Test
    void notDdl() {
        assertNull(Ddl.read("INSERT INTO t VALUES (1)").reading);
        assertNull(Ddl.read("CREATE VIEW v AS SELECT 1").reading);
        assertNull(Ddl.read("SELECT 1").reading);
    }
}
