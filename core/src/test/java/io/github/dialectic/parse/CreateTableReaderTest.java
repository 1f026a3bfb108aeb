package io.github.dialectic.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.CheckDef;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ColumnDef.Nullability;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.DeferrableClause;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.change.IndexDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.PrimaryKeyDef;
import io.github.dialectic.change.ReferentialAction;
import io.github.dialectic.change.UniqueDef;
import io.github.dialectic.source.SqlFlavor;

import java.util.List;
import org.junit.jupiter.api.Test;

class CreateTableReaderTest {

    @Test
    void timingClausesWithTheConstraintTheyBelongTo() {
        Ddl d = Ddl.read("CREATE TABLE t (a INT UNIQUE NOT NULL DEFERRABLE INITIALLY DEFERRED, b INT REFERENCES p (id)"
                + " INITIALLY IMMEDIATE, c INT, CONSTRAINT ck CHECK (c > 0) NOT DEFERRABLE, PRIMARY KEY (a)"
                + " DEFERRABLE) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
        Change.CreateTable ct = d.fully(Change.CreateTable.class);
        assertEquals(List.of("UNIQUE DEFERRABLE INITIALLY DEFERRED", "FOREIGN_KEY INITIALLY IMMEDIATE",
                        "CHECK NOT DEFERRABLE", "PRIMARY_KEY DEFERRABLE"),
                ct.deferrableClauses().stream().map(c -> c.owner() + " " + d.text(c.range())).toList());
        assertEquals(List.of(true, false, true, true),
                ct.deferrableClauses().stream().map(DeferrableClause::startsWithDeferrable).toList());
        assertFalse(((Change.CreateTable) ct).columns().get(1).references().deferrable());
        assertEquals("ENGINE=InnoDB DEFAULT CHARSET=utf8mb4", d.text(ct.optionsRange()));
        assertNull(Ddl.read("CREATE TABLE t (a INT)").fully(Change.CreateTable.class).optionsRange());
    }

    private static ColumnDef column(Change.CreateTable ct, String name) {
        return ct.columns().stream().filter(c -> c.name().key().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + name + " in " + ct.columns()));
    }

    private static List<String> names(List<Name> names) {
        return names.stream().map(Name::text).toList();
    }

    @Test
    void mysqlTable() {
        String sql = """
                CREATE TABLE `instances` (
                  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
                  `uuid` VARCHAR(36) NOT NULL COMMENT 'public id',
                  `price` DECIMAL(10,2) DEFAULT -1.5,
                  `state` ENUM('a','b') NOT NULL DEFAULT 'a',
                  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
                  `name` VARCHAR(100) COLLATE utf8mb4_bin NULL DEFAULT NULL,
                  `parent_id` INT UNSIGNED,
                  PRIMARY KEY (`id`),
                  UNIQUE KEY `uq_uuid` (`uuid`),
                  KEY `idx_name` (`name`(10)),
                  FULLTEXT KEY `ft_name` (`name`),
                  CONSTRAINT `fk_p` FOREIGN KEY (`parent_id`) REFERENCES `p` (`id`) ON DELETE CASCADE ON UPDATE SET NULL
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""";
        Ddl d = Ddl.read(sql, SqlFlavor.MYSQL);
        Change.CreateTable ct = d.fully(Change.CreateTable.class);
        assertEquals("instances", ct.table().name().text());
        assertTrue(ct.table().name().quoted());
        assertEquals("`instances`", d.text(ct.nameRange()));
        assertEquals(List.of("id", "uuid", "price", "state", "created_at", "name", "parent_id"),
                ct.columns().stream().map(c -> c.name().text()).toList());

        ColumnDef id = column(ct, "id");
        assertEquals("INT", id.type().name());
        assertTrue(id.type().unsigned());
        assertEquals(Nullability.NOT_NULL, id.nullability());
        assertTrue(id.autoIncrement());
        assertEquals("`id` INT UNSIGNED NOT NULL AUTO_INCREMENT", d.text(id.range()));
        assertEquals("`id`", d.text(id.nameRange()));
        assertEquals("INT UNSIGNED", d.text(id.type().range()));

        ColumnDef uuid = column(ct, "uuid");
        assertEquals("VARCHAR", uuid.type().name());
        assertEquals(List.of("36"), uuid.type().arguments());
        assertEquals(36, uuid.type().length());
        assertEquals("`uuid` VARCHAR(36) NOT NULL COMMENT 'public id'", d.text(uuid.range()));

        ColumnDef price = column(ct, "price");
        assertEquals("DECIMAL", price.type().name());
        assertEquals(List.of("10", "2"), price.type().arguments());
        assertEquals("-1.5", price.defaultValue());
        assertEquals(Nullability.UNSPECIFIED, price.nullability());

        ColumnDef state = column(ct, "state");
        assertEquals("ENUM", state.type().name());
        assertEquals(List.of("'a'", "'b'"), state.type().arguments());
        assertEquals("'a'", state.defaultValue());

        ColumnDef created = column(ct, "created_at");
        assertEquals("CURRENT_TIMESTAMP", created.defaultValue());
        assertEquals("`created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP",
                d.text(created.range()));

        ColumnDef name = column(ct, "name");
        assertEquals(Nullability.NULL, name.nullability());
        assertEquals("NULL", name.defaultValue());
        assertFalse(name.hasDefault());

        List<ConstraintDef> cs = ct.constraints();
        assertEquals(5, cs.size(), cs.toString());
        PrimaryKeyDef pk = assertInstanceOf(PrimaryKeyDef.class, cs.get(0));
        assertEquals(List.of("id"), names(pk.columns()));
        assertEquals("PRIMARY KEY (`id`)", d.text(pk.range()));
        UniqueDef uq = assertInstanceOf(UniqueDef.class, cs.get(1));
        assertEquals("uq_uuid", uq.name().text());
        assertEquals(List.of("uuid"), names(uq.columns()));
        assertEquals("UNIQUE KEY `uq_uuid` (`uuid`)", d.text(uq.range()));
        IndexDef ix = assertInstanceOf(IndexDef.class, cs.get(2));
        assertEquals("idx_name", ix.name().text());
        assertFalse(ix.unique());
        assertEquals(List.of("name"), names(ix.columns()));
        assertEquals(10, ix.parts().get(0).prefixLength());
        assertEquals("KEY `idx_name` (`name`(10))", d.text(ix.range()));
        assertEquals("`idx_name`", d.text(ix.nameRange()));
        IndexDef ft = assertInstanceOf(IndexDef.class, cs.get(3));
        assertEquals("FULLTEXT", ft.method());
        assertEquals("ft_name", ft.name().text());
        ForeignKeyDef fk = assertInstanceOf(ForeignKeyDef.class, cs.get(4));
        assertEquals("fk_p", fk.name().text());
        assertEquals(List.of("parent_id"), names(fk.columns()));
        assertEquals("p", fk.parentTable().name().text());
        assertEquals(List.of("id"), names(fk.parentColumns()));
        assertEquals(ReferentialAction.CASCADE, fk.onDelete());
        assertEquals(ReferentialAction.SET_NULL, fk.onUpdate());
        assertFalse(fk.inline());
        assertEquals("CONSTRAINT `fk_p` FOREIGN KEY (`parent_id`) REFERENCES `p` (`id`) ON DELETE CASCADE ON UPDATE SET NULL",
                d.text(fk.range()));
        assertEquals("ON DELETE CASCADE", d.text(fk.onDeleteRange()));
        assertEquals("ON UPDATE SET NULL", d.text(fk.onUpdateRange()));

        assertEquals(List.of("ENGINE=INNODB", "DEFAULT CHARSET=UTF8MB4"), ct.options());
    }

    @Test
    void columnsNamedLikeKeywords() {
        String sql = "CREATE TABLE t (key VARCHAR(10), index INT, settings JSON, window INT NOT NULL, "
                + "`key2` INT, KEY idx_k (key), INDEX (window))";
        Ddl d = Ddl.read(sql, SqlFlavor.MYSQL);
        Change.CreateTable ct = d.fully(Change.CreateTable.class);
        assertEquals(List.of("key", "index", "settings", "window", "key2"),
                ct.columns().stream().map(c -> c.name().text()).toList());
        assertEquals("VARCHAR", column(ct, "key").type().name());
        assertEquals("key VARCHAR(10)", d.text(column(ct, "key").range()));
        assertEquals("INT", column(ct, "index").type().name());
        assertEquals(Nullability.NOT_NULL, column(ct, "window").nullability());
        assertEquals(2, ct.constraints().size());
        IndexDef k = assertInstanceOf(IndexDef.class, ct.constraints().get(0));
        assertEquals("idx_k", k.name().text());
        assertEquals(List.of("key"), names(k.columns()));
        IndexDef w = assertInstanceOf(IndexDef.class, ct.constraints().get(1));
        assertNull(w.name());
        assertEquals(List.of("window"), names(w.columns()));
    }

    @Test
    void columnNamedKeyAtTheEndOrAlone() {
        Change.CreateTable ct = Ddl.read("CREATE TABLE t (id INT, key TEXT)").fully(Change.CreateTable.class);
        assertEquals(2, ct.columns().size());
        assertEquals("TEXT", column(ct, "key").type().name());
        ct = Ddl.read("CREATE TABLE t (key INT NOT NULL)").fully(Change.CreateTable.class);
        assertEquals(Nullability.NOT_NULL, column(ct, "key").nullability());
        ct = Ddl.read("CREATE TABLE t (id INT, KEY idx USING BTREE (id))", SqlFlavor.MYSQL)
                .fully(Change.CreateTable.class);
        assertEquals(1, ct.columns().size());
        IndexDef ix = assertInstanceOf(IndexDef.class, ct.constraints().get(0));
        assertEquals("BTREE", ix.method());
        assertEquals("idx", ix.name().text());
    }

    @Test
    void postgresTable() {
        String sql = """
                CREATE TABLE IF NOT EXISTS public.orders (
                    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    serial_no SERIAL,
                    total DOUBLE PRECISION NOT NULL DEFAULT 0,
                    created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                    local_ts timestamp without time zone,
                    label TEXT DEFAULT 'x'::text COLLATE "C",
                    tags TEXT[] NOT NULL DEFAULT '{}',
                    data JSONB,
                    qty INTEGER DEFAULT (1 + 2) CHECK (qty > 0),
                    customer_id INT REFERENCES customers(id) ON DELETE CASCADE ON UPDATE SET NULL,
                    code VARCHAR(36) UNIQUE,
                    CONSTRAINT orders_uq UNIQUE (serial_no, code),
                    CONSTRAINT fk_c FOREIGN KEY (customer_id) REFERENCES customers (id) DEFERRABLE INITIALLY DEFERRED,
                    CHECK (total >= 0)
                )""";
        Ddl d = Ddl.read(sql, SqlFlavor.POSTGRESQL);
        Change.CreateTable ct = d.fully(Change.CreateTable.class);
        assertTrue(ct.ifNotExists());
        assertEquals("public", ct.table().schema().text());
        assertEquals("orders", ct.table().name().text());
        assertEquals("public.orders", d.text(ct.nameRange()));

        ColumnDef id = column(ct, "id");
        assertEquals("BIGINT", id.type().name());
        assertTrue(id.autoIncrement());
        assertTrue(id.primaryKey());
        assertEquals("id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", d.text(id.range()));
        assertEquals("SERIAL", column(ct, "serial_no").type().name());

        ColumnDef total = column(ct, "total");
        assertEquals("DOUBLE PRECISION", total.type().name());
        assertEquals("0", total.defaultValue());
        assertEquals(Nullability.NOT_NULL, total.nullability());

        ColumnDef created = column(ct, "created");
        assertEquals("TIMESTAMP WITH TIME ZONE", created.type().name());
        assertEquals("TIMESTAMP WITH TIME ZONE", d.text(created.type().range()));
        assertEquals("now()", created.defaultValue());
        assertEquals(Nullability.NOT_NULL, created.nullability());
        assertEquals("TIMESTAMP WITHOUT TIME ZONE", column(ct, "local_ts").type().name());

        ColumnDef label = column(ct, "label");
        assertEquals("'x'::text", label.defaultValue());
        assertEquals("label TEXT DEFAULT 'x'::text COLLATE \"C\"", d.text(label.range()));
        ColumnDef tags = column(ct, "tags");
        assertEquals("TEXT[]", tags.type().name());
        assertEquals("'{}'", tags.defaultValue());
        assertEquals("JSONB", column(ct, "data").type().name());

        ColumnDef qty = column(ct, "qty");
        assertEquals("(1 + 2)", qty.defaultValue());
        assertEquals("qty > 0", qty.check());

        ColumnDef customer = column(ct, "customer_id");
        ForeignKeyDef ref = customer.references();
        assertTrue(ref.inline());
        assertEquals("customers", ref.parentTable().name().text());
        assertEquals(List.of("id"), names(ref.parentColumns()));
        assertEquals(List.of("customer_id"), names(ref.columns()));
        assertEquals(ReferentialAction.CASCADE, ref.onDelete());
        assertEquals(ReferentialAction.SET_NULL, ref.onUpdate());
        assertEquals("REFERENCES customers(id) ON DELETE CASCADE ON UPDATE SET NULL", d.text(ref.range()));
        assertEquals("customer_id INT REFERENCES customers(id) ON DELETE CASCADE ON UPDATE SET NULL",
                d.text(customer.range()));

        assertTrue(column(ct, "code").unique());

        assertEquals(3, ct.constraints().size());
        UniqueDef uq = assertInstanceOf(UniqueDef.class, ct.constraints().get(0));
        assertEquals("orders_uq", uq.name().text());
        assertEquals(List.of("serial_no", "code"), names(uq.columns()));
        assertEquals("CONSTRAINT orders_uq UNIQUE (serial_no, code)", d.text(uq.range()));
        ForeignKeyDef fk = assertInstanceOf(ForeignKeyDef.class, ct.constraints().get(1));
        assertTrue(fk.deferrable());
        assertEquals("fk_c", fk.name().text());
        assertEquals(ReferentialAction.NONE, fk.onDelete());
        assertEquals("CONSTRAINT fk_c FOREIGN KEY (customer_id) REFERENCES customers (id) DEFERRABLE INITIALLY DEFERRED",
                d.text(fk.range()));
        CheckDef check = assertInstanceOf(CheckDef.class, ct.constraints().get(2));
        assertNull(check.name());
        assertEquals("total >= 0", check.expression());
        assertEquals("CHECK (total >= 0)", d.text(check.range()));
        assertEquals(List.of(), ct.options());
    }

    @Test
    void generatedByDefaultIdentityWithOptions() {
        Ddl d = Ddl.read("CREATE TABLE t (id INTEGER GENERATED BY DEFAULT AS IDENTITY (START WITH 1) NOT NULL, "
                + "x INT NULL)", SqlFlavor.DB2);
        Change.CreateTable ct = d.fully(Change.CreateTable.class);
        ColumnDef id = column(ct, "id");
        assertTrue(id.autoIncrement());
        assertEquals(Nullability.NOT_NULL, id.nullability());
        assertEquals("id INTEGER GENERATED BY DEFAULT AS IDENTITY (START WITH 1) NOT NULL", d.text(id.range()));
        assertEquals(Nullability.NULL, column(ct, "x").nullability());
    }

    @Test
    void sqliteTable() {
        String sql = """
                CREATE TABLE k (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    anything,
                    note DEFAULT 'n',
                    ref INTEGER NOT NULL REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED,
                    a INT, b INT,
                    CONSTRAINT pk2 PRIMARY KEY (a, b)
                ) STRICT, WITHOUT ROWID""";
        Ddl d = Ddl.read(sql, SqlFlavor.SQLITE);
        Change.CreateTable ct = d.fully(Change.CreateTable.class);
        ColumnDef id = column(ct, "id");
        assertTrue(id.primaryKey());
        assertTrue(id.autoIncrement());
        ColumnDef anything = column(ct, "anything");
        assertNull(anything.type());
        assertEquals("anything", d.text(anything.range()));
        ColumnDef note = column(ct, "note");
        assertNull(note.type());
        assertEquals("'n'", note.defaultValue());
        ColumnDef ref = column(ct, "ref");
        assertTrue(ref.references().deferrable());
        assertEquals(Nullability.NOT_NULL, ref.nullability());
        assertEquals("ref INTEGER NOT NULL REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED", d.text(ref.range()));
        PrimaryKeyDef pk = assertInstanceOf(PrimaryKeyDef.class, ct.constraints().get(0));
        assertEquals("pk2", pk.name().text());
        assertEquals(List.of("a", "b"), names(pk.columns()));
        assertEquals("CONSTRAINT pk2 PRIMARY KEY (a, b)", d.text(pk.range()));
        assertEquals(List.of("STRICT", "WITHOUT ROWID"), ct.options());
    }

    @Test
    void withoutRowidAlone() {
        Change.CreateTable ct = Ddl.read("CREATE TABLE k (id INTEGER PRIMARY KEY) WITHOUT ROWID", SqlFlavor.SQLITE)
                .fully(Change.CreateTable.class);
        assertEquals(List.of("WITHOUT ROWID"), ct.options());
    }

    @Test
    void db2Table() {
        String sql = """
                CREATE TABLE app.b (
                    id INTEGER NOT NULL GENERATED ALWAYS AS IDENTITY,
                    x VARCHAR(16) FOR BIT DATA,
                    amount DECIMAL(10, 2) WITH DEFAULT 0,
                    PRIMARY KEY (id)
                ) IN userspace1""";
        Ddl d = Ddl.read(sql, SqlFlavor.DB2);
        Change.CreateTable ct = d.fully(Change.CreateTable.class);
        ColumnDef x = column(ct, "x");
        assertEquals("VARCHAR FOR BIT DATA", x.type().name());
        assertEquals(List.of("16"), x.type().arguments());
        assertEquals("VARCHAR(16) FOR BIT DATA", x.type().written());
        assertEquals("x VARCHAR(16) FOR BIT DATA", d.text(x.range()));
        assertTrue(column(ct, "id").autoIncrement());
        assertEquals("0", column(ct, "amount").defaultValue());
        assertEquals(List.of("10", "2"), column(ct, "amount").type().arguments());
        assertEquals(List.of("IN USERSPACE1"), ct.options());
    }

    @Test
    void inlineConstraintsAndNegativeDefaults() {
        Ddl d = Ddl.read("CREATE TABLE c (id INT CONSTRAINT c_pk PRIMARY KEY, n INT DEFAULT -1 NOT NULL, "
                + "m INT DEFAULT NULL, p INT REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED)");
        Change.CreateTable ct = d.fully(Change.CreateTable.class);
        assertTrue(column(ct, "id").primaryKey());
        assertEquals("id INT CONSTRAINT c_pk PRIMARY KEY", d.text(column(ct, "id").range()));
        assertEquals("-1", column(ct, "n").defaultValue());
        assertEquals(Nullability.NOT_NULL, column(ct, "n").nullability());
        assertEquals("NULL", column(ct, "m").defaultValue());
        assertFalse(column(ct, "m").hasDefault());
        assertTrue(column(ct, "p").references().deferrable());
        assertEquals("p INT REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED", d.text(column(ct, "p").range()));
    }

    @Test
    void referencesWithoutParentColumns() {
        Change.CreateTable ct = Ddl.read("CREATE TABLE c (p INT REFERENCES parent ON DELETE SET DEFAULT)")
                .fully(Change.CreateTable.class);
        ForeignKeyDef fk = column(ct, "p").references();
        assertEquals(List.of(), fk.parentColumns());
        assertEquals(ReferentialAction.SET_DEFAULT, fk.onDelete());
    }

    @Test
    void tableNamedLikeKeywords() {
        assertEquals("settings", Ddl.read("CREATE TABLE settings (id INT)").fully(Change.CreateTable.class)
                .table().name().text());
        assertEquals("window", Ddl.read("CREATE TABLE window (id INT)").fully(Change.CreateTable.class)
                .table().name().text());
    }

    @Test
    void createTableAsIsOther() {
        Ddl d = Ddl.read("CREATE TABLE t2 AS SELECT * FROM t1");
        assertEquals("CREATE TABLE AS", d.change(Change.Other.class).kind());
    }
}
