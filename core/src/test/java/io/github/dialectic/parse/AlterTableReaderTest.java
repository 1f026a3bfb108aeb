package io.github.dialectic.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.AlterAction.DropConstraint.Kind;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.CheckDef;
import io.github.dialectic.change.ColumnDef.Nullability;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.change.IndexDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.PrimaryKeyDef;
import io.github.dialectic.change.ReferentialAction;
import io.github.dialectic.change.UniqueDef;
import io.github.dialectic.source.SqlFlavor;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlterTableReaderTest {

    private static List<String> names(List<Name> names) {
        return names.stream().map(Name::text).toList();
    }

    /** Reads an ALTER TABLE with one action, checks nothing was skipped and that the action's range is its text. */
    private static <T extends AlterAction> T single(String sql, String actionText, Class<T> type) {
        return single(sql, actionText, type, SqlFlavor.GENERIC);
    }

    private static <T extends AlterAction> T single(String sql, String actionText, Class<T> type, SqlFlavor flavor) {
        Ddl d = Ddl.read(sql, flavor);
        Change.AlterTable at = d.fully(Change.AlterTable.class);
        assertEquals(1, at.actions().size(), at.actions().toString());
        AlterAction a = at.actions().get(0);
        assertEquals(actionText, d.text(a.range()));
        return assertInstanceOf(type, a);
    }

    @Test
    void tableNameAndRange() {
        Ddl d = Ddl.read("ALTER TABLE IF EXISTS ONLY app.instances ADD x INT");
        Change.AlterTable at = d.fully(Change.AlterTable.class);
        assertEquals("instances", at.table().name().text());
        assertEquals("app", at.table().schema().text());
        assertEquals("app.instances", d.text(at.nameRange()));
    }

    @Test
    void separatorsBetweenActionsAreRecordedAsWritten() {
        Ddl d = Ddl.read("ALTER TABLE t ADD COLUMN a INT, ADD (b INT, c INT) DROP COLUMN d , ADD COLUMN e INT");
        Change.AlterTable at = d.fully(Change.AlterTable.class);
        assertEquals(5, at.actions().size(), at.actions().toString());
        List<Change.AlterTable.Separator> separators = at.separators();
        assertEquals(List.of(Change.AlterTable.Separator.Kind.COMMA, Change.AlterTable.Separator.Kind.IN_COLUMN_LIST,
                        Change.AlterTable.Separator.Kind.NONE, Change.AlterTable.Separator.Kind.COMMA),
                separators.stream().map(Change.AlterTable.Separator::kind).toList());
        assertEquals(",", d.text(separators.get(0).range()));
        assertEquals(d.file.indexOf(", ADD (") , separators.get(0).range().start());
        assertEquals(d.file.indexOf(", c INT"), separators.get(1).range().start());
        assertEquals("", d.text(separators.get(2).range()));
        assertEquals(d.file.indexOf("DROP COLUMN d"), separators.get(2).range().start());
        assertEquals(d.file.indexOf(" , ADD COLUMN e") + 1, separators.get(3).range().start());
        assertEquals(List.of(), Ddl.read("ALTER TABLE t DROP COLUMN d").fully(Change.AlterTable.class).separators());
    }

    @Test
    void addColumn() {
        AlterAction.AddColumn a = single("ALTER TABLE t ADD COLUMN IF NOT EXISTS c VARCHAR(36) NOT NULL DEFAULT 'x'",
                "ADD COLUMN IF NOT EXISTS c VARCHAR(36) NOT NULL DEFAULT 'x'", AlterAction.AddColumn.class);
        assertTrue(a.ifNotExists());
        assertEquals("c", a.column().name().text());
        assertEquals(Nullability.NOT_NULL, a.column().nullability());
        assertEquals("'x'", a.column().defaultValue());
        assertEquals(36, a.column().type().length());

        a = single("ALTER TABLE t ADD c INT AFTER b", "ADD c INT AFTER b", AlterAction.AddColumn.class, SqlFlavor.MYSQL);
        assertFalse(a.ifNotExists());
        assertEquals("c INT AFTER b", Ddl.read("ALTER TABLE t ADD c INT AFTER b").text(a.column().range()));

        a = single("ALTER TABLE t ADD IF NOT EXISTS c INT", "ADD IF NOT EXISTS c INT", AlterAction.AddColumn.class);
        assertTrue(a.ifNotExists());
        a = single("ALTER TABLE t ADD key VARCHAR(10)", "ADD key VARCHAR(10)", AlterAction.AddColumn.class);
        assertEquals("key", a.column().name().text());
    }

    @Test
    void addConstraints() {
        AlterAction.AddConstraint a = single("ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES p(id) NOT VALID",
                "ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES p(id) NOT VALID", AlterAction.AddConstraint.class);
        assertTrue(a.notValid());
        ForeignKeyDef fk = assertInstanceOf(ForeignKeyDef.class, a.constraint());
        assertEquals("fk", fk.name().text());
        assertEquals(List.of("a"), names(fk.columns()));
        assertEquals(List.of("id"), names(fk.parentColumns()));

        a = single("ALTER TABLE t ADD CONSTRAINT u UNIQUE (uuid)", "ADD CONSTRAINT u UNIQUE (uuid)",
                AlterAction.AddConstraint.class);
        assertFalse(a.notValid());
        UniqueDef u = assertInstanceOf(UniqueDef.class, a.constraint());
        assertEquals("u", u.name().text());
        assertEquals(List.of("uuid"), names(u.columns()));

        a = single("ALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY (a, b)", "ADD CONSTRAINT t_pk PRIMARY KEY (a, b)",
                AlterAction.AddConstraint.class);
        PrimaryKeyDef pk = assertInstanceOf(PrimaryKeyDef.class, a.constraint());
        assertEquals(List.of("a", "b"), names(pk.columns()));

        a = single("ALTER TABLE t ADD CONSTRAINT c CHECK (x > 0) NOT VALID", "ADD CONSTRAINT c CHECK (x > 0) NOT VALID",
                AlterAction.AddConstraint.class);
        assertTrue(a.notValid());
        assertEquals("x > 0", assertInstanceOf(CheckDef.class, a.constraint()).expression());

        a = single("ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p (id) ON DELETE RESTRICT",
                "ADD FOREIGN KEY (a) REFERENCES p (id) ON DELETE RESTRICT", AlterAction.AddConstraint.class);
        fk = assertInstanceOf(ForeignKeyDef.class, a.constraint());
        assertNull(fk.name());
        assertEquals(ReferentialAction.RESTRICT, fk.onDelete());

        a = single("ALTER TABLE t ADD UNIQUE INDEX uq_a (a)", "ADD UNIQUE INDEX uq_a (a)",
                AlterAction.AddConstraint.class, SqlFlavor.MYSQL);
        assertEquals("uq_a", assertInstanceOf(UniqueDef.class, a.constraint()).name().text());
    }

    @Test
    void addIndex() {
        AlterAction.AddConstraint a = single("ALTER TABLE t ADD INDEX idx_a (a, b(20))", "ADD INDEX idx_a (a, b(20))",
                AlterAction.AddConstraint.class, SqlFlavor.MYSQL);
        IndexDef ix = assertInstanceOf(IndexDef.class, a.constraint());
        assertEquals("idx_a", ix.name().text());
        assertEquals(List.of("a", "b"), names(ix.columns()));
        assertEquals(20, ix.parts().get(1).prefixLength());
        a = single("ALTER TABLE t ADD KEY (a)", "ADD KEY (a)", AlterAction.AddConstraint.class, SqlFlavor.MYSQL);
        assertNull(assertInstanceOf(IndexDef.class, a.constraint()).name());
    }

    @Test
    void dropColumn() {
        AlterAction.DropColumn a = single("ALTER TABLE t DROP COLUMN IF EXISTS c CASCADE", "DROP COLUMN IF EXISTS c CASCADE",
                AlterAction.DropColumn.class);
        assertTrue(a.ifExists());
        assertTrue(a.cascade());
        assertEquals("c", a.column().text());
        a = single("ALTER TABLE t DROP c", "DROP c", AlterAction.DropColumn.class);
        assertFalse(a.ifExists());
        assertFalse(a.cascade());
    }

    @Test
    void dropConstraints() {
        AlterAction.DropConstraint a = single("ALTER TABLE t DROP CONSTRAINT IF EXISTS fk_x", "DROP CONSTRAINT IF EXISTS fk_x",
                AlterAction.DropConstraint.class);
        assertEquals(Kind.CONSTRAINT, a.kind());
        assertTrue(a.ifExists());
        assertEquals("fk_x", a.name().text());
        a = single("ALTER TABLE t DROP FOREIGN KEY fk_x", "DROP FOREIGN KEY fk_x", AlterAction.DropConstraint.class,
                SqlFlavor.MYSQL);
        assertEquals(Kind.FOREIGN_KEY, a.kind());
        assertEquals("fk_x", a.name().text());
        a = single("ALTER TABLE t DROP PRIMARY KEY", "DROP PRIMARY KEY", AlterAction.DropConstraint.class);
        assertEquals(Kind.PRIMARY_KEY, a.kind());
        assertNull(a.name());
        a = single("ALTER TABLE t DROP INDEX idx_a", "DROP INDEX idx_a", AlterAction.DropConstraint.class);
        assertEquals(Kind.INDEX, a.kind());
        assertEquals("idx_a", a.name().text());
        a = single("ALTER TABLE t DROP KEY `k`", "DROP KEY `k`", AlterAction.DropConstraint.class, SqlFlavor.MYSQL);
        assertEquals(Kind.INDEX, a.kind());
        a = single("ALTER TABLE t DROP CHECK chk", "DROP CHECK chk", AlterAction.DropConstraint.class);
        assertEquals(Kind.CHECK, a.kind());
    }

    @Test
    void renames() {
        AlterAction.RenameColumn rc = single("ALTER TABLE t RENAME COLUMN a TO b", "RENAME COLUMN a TO b",
                AlterAction.RenameColumn.class);
        assertEquals("a", rc.from().text());
        assertEquals("b", rc.to().text());
        rc = single("ALTER TABLE t RENAME a TO b", "RENAME a TO b", AlterAction.RenameColumn.class);
        assertEquals("b", rc.to().text());
        AlterAction.RenameTo rt = single("ALTER TABLE t RENAME TO u", "RENAME TO u", AlterAction.RenameTo.class);
        assertEquals("u", rt.newName().name().text());
        AlterAction.RenameIndex ri = single("ALTER TABLE t RENAME INDEX i1 TO i2", "RENAME INDEX i1 TO i2",
                AlterAction.RenameIndex.class);
        assertEquals("i1", ri.from().text());
        assertEquals("i2", ri.to().text());
    }

    @Test
    void alterColumn() {
        assertEquals("c", single("ALTER TABLE t ALTER COLUMN c SET NOT NULL", "ALTER COLUMN c SET NOT NULL",
                AlterAction.SetNotNull.class).column().text());
        assertEquals("c", single("ALTER TABLE t ALTER c DROP NOT NULL", "ALTER c DROP NOT NULL",
                AlterAction.DropNotNull.class).column().text());
        AlterAction.SetDefault sd = single("ALTER TABLE t ALTER COLUMN c SET DEFAULT -1", "ALTER COLUMN c SET DEFAULT -1",
                AlterAction.SetDefault.class);
        assertEquals("-1", sd.expression());
        single("ALTER TABLE t ALTER COLUMN c DROP DEFAULT", "ALTER COLUMN c DROP DEFAULT", AlterAction.DropDefault.class);

        AlterAction.AlterColumnType ty = single("ALTER TABLE t ALTER COLUMN c TYPE BIGINT USING c::bigint",
                "ALTER COLUMN c TYPE BIGINT USING c::bigint", AlterAction.AlterColumnType.class, SqlFlavor.POSTGRESQL);
        assertEquals("BIGINT", ty.type().name());
        assertEquals("c::bigint", ty.using());
        ty = single("ALTER TABLE t ALTER COLUMN c SET DATA TYPE VARCHAR(64)", "ALTER COLUMN c SET DATA TYPE VARCHAR(64)",
                AlterAction.AlterColumnType.class, SqlFlavor.DB2);
        assertEquals("VARCHAR", ty.type().name());
        assertEquals(64, ty.type().length());
        assertNull(ty.using());
        ty = single("ALTER TABLE t ALTER c TYPE timestamp with time zone", "ALTER c TYPE timestamp with time zone",
                AlterAction.AlterColumnType.class);
        assertEquals("TIMESTAMP WITH TIME ZONE", ty.type().name());
    }

    @Test
    void modifyAndChange() {
        AlterAction.ModifyColumn m = single("ALTER TABLE instances MODIFY uuid VARCHAR(36) NOT NULL",
                "MODIFY uuid VARCHAR(36) NOT NULL", AlterAction.ModifyColumn.class, SqlFlavor.MYSQL);
        assertEquals("uuid", m.from().text());
        assertEquals("uuid", m.column().name().text());
        assertEquals(Nullability.NOT_NULL, m.column().nullability());
        m = single("ALTER TABLE t MODIFY COLUMN `key` INT NULL", "MODIFY COLUMN `key` INT NULL",
                AlterAction.ModifyColumn.class, SqlFlavor.MYSQL);
        assertEquals("key", m.from().text());
        m = single("ALTER TABLE t CHANGE COLUMN old_name new_name BIGINT UNSIGNED NOT NULL",
                "CHANGE COLUMN old_name new_name BIGINT UNSIGNED NOT NULL", AlterAction.ModifyColumn.class, SqlFlavor.MYSQL);
        assertEquals("old_name", m.from().text());
        assertEquals("new_name", m.column().name().text());
        assertTrue(m.column().type().unsigned());
        m = single("ALTER TABLE t CHANGE a b INT", "CHANGE a b INT", AlterAction.ModifyColumn.class, SqlFlavor.MYSQL);
        assertEquals("a", m.from().text());
        assertEquals("b", m.column().name().text());
    }

    @Test
    void severalActionsWithOptions() {
        String sql = "ALTER TABLE t ADD COLUMN a INT, DROP COLUMN b, ALTER COLUMN c SET DEFAULT 'x', "
                + "MODIFY d TEXT, ALGORITHM=INPLACE, LOCK=NONE";
        Ddl d = Ddl.read(sql, SqlFlavor.MYSQL);
        Change.AlterTable at = d.fully(Change.AlterTable.class);
        List<String> texts = at.actions().stream().map(a -> d.text(a.range())).toList();
        assertEquals(List.of("ADD COLUMN a INT", "DROP COLUMN b", "ALTER COLUMN c SET DEFAULT 'x'", "MODIFY d TEXT",
                "ALGORITHM=INPLACE", "LOCK=NONE"), texts);
        assertInstanceOf(AlterAction.AddColumn.class, at.actions().get(0));
        assertInstanceOf(AlterAction.DropColumn.class, at.actions().get(1));
        assertEquals("'x'", assertInstanceOf(AlterAction.SetDefault.class, at.actions().get(2)).expression());
        assertInstanceOf(AlterAction.ModifyColumn.class, at.actions().get(3));
        assertEquals("ALGORITHM=INPLACE", assertInstanceOf(AlterAction.OtherAction.class, at.actions().get(4)).text());
        assertEquals("LOCK=NONE", assertInstanceOf(AlterAction.OtherAction.class, at.actions().get(5)).text());
    }

    @Test
    void validateConstraint() {
        AlterAction.ValidateConstraint v = single("ALTER TABLE t VALIDATE CONSTRAINT \"Fk\"", "VALIDATE CONSTRAINT \"Fk\"",
                AlterAction.ValidateConstraint.class);
        assertEquals(new Name("Fk", true), v.name());
    }

    @Test
    void badAlterThrows() {
        assertThrowsSyntax("ALTER TABLE t RENAME COLUMN a");
        assertThrowsSyntax("ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES");
    }

    private static void assertThrowsSyntax(String sql) {
        org.junit.jupiter.api.Assertions.assertThrows(TokenCursor.DdlSyntaxException.class, () -> Ddl.read(sql));
    }
}
