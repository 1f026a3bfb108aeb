package io.github.dialectic.live;

import io.github.dialectic.change.IndexDef.KeyPart;
import io.github.dialectic.change.ReferentialAction;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.live.LiveCatalog.LiveColumn;
import io.github.dialectic.live.LiveCatalog.LiveForeignKey;
import io.github.dialectic.live.LiveCatalog.LiveIndex;
import io.github.dialectic.live.LiveCatalog.LiveTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader on the seeded database ({@link Seed}) of each engine on this machine. */
class CatalogReaderTest {

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRESQL", "MARIADB", "SQLITE"})
    void readsTheSeededSchema(Engine engine) throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(engine)) {
            db.run(Seed.statements(engine));
            LiveCatalog catalog;
            try (Connection c = db.open()) {
                catalog = CatalogReader.read(c, engine, List.of());
            }
            assertEquals(Set.of("instances", "volume_usage", "block_device_mapping"),
                    catalog.tables().stream().map(LiveTable::name).collect(Collectors.toSet()));
            LiveTable instances = catalog.table(db.schema, "instances").orElseThrow();
            assertEquals(db.schema, instances.schema(), "tables are qualified with their schema");

            LiveColumn uuid = instances.column("uuid").orElseThrow();
            assertEquals("VARCHAR(36)", uuid.typeSql());
            assertTrue(uuid.nullable());
            assertNull(uuid.defaultValue(), "no default, not the text NULL");
            assertEquals("INTEGER", instances.column("id").orElseThrow().typeSql());
            assertFalse(instances.column("id").orElseThrow().nullable());
            assertEquals("'nowhere'", instances.column("host").orElseThrow().defaultValue(), "casts stripped");
            assertEquals("0", instances.column("deleted").orElseThrow().defaultValue());
            LiveColumn price = instances.column("price").orElseThrow();
            assertEquals(List.of("10", "2"), price.typeArguments());
            assertEquals("TIMESTAMP", instances.column("created_at").orElseThrow().typeName());

            assertEquals(List.of("id"), instances.primaryKey().columns());
            List<List<String>> uniqueColumns = instances.uniqueConstraints().stream().map(LiveCatalog.Key::columns).toList();
            List<String> uniqueIndexColumns = List.of("host", "deleted");
            if (engine == Engine.MARIADB) {
                // MySQL and MariaDB make no difference: CREATE UNIQUE INDEX is a UNIQUE constraint in TABLE_CONSTRAINTS
                assertEquals(List.of(List.of("uuid"), uniqueIndexColumns), uniqueColumns);
            } else {
                assertEquals(List.of(List.of("uuid")), uniqueColumns);
                LiveIndex unique = index(instances, "ux_instances_host_deleted");
                assertTrue(unique.unique());
                assertEquals(uniqueIndexColumns, unique.parts().stream().map(p -> p.column().text()).toList());
                LiveIndex expression = index(instances, "ix_instances_lower_host");
                KeyPart lower = expression.parts().get(0);
                assertNull(lower.column());
                assertTrue(lower.expression().toLowerCase().startsWith("lower("), lower.expression());
                assertTrue(expression.parts().get(1).descending());
                LiveIndex partial = index(catalog.table(db.schema, "block_device_mapping").orElseThrow(), "ix_bdm_live");
                assertEquals("deleted = 0", partial.where());
            }
            assertTrue(instances.indexes().stream().noneMatch(i -> i.name().equals(instances.primaryKey().name())),
                    "a key's backing index is the key, not an index");
            assertEquals(1, instances.checks().size(), "one CHECK; PostgreSQL's NOT NULL pseudo-checks are not checks");
            assertTrue(instances.checks().get(0).expression().replace("`", "").toLowerCase().startsWith("deleted"));

            LiveTable usage = catalog.table(db.schema, "volume_usage").orElseThrow();
            List<LiveForeignKey> toInstances = usage.foreignKeys().stream()
                    .filter(f -> f.parentColumns().equals(List.of("id"))).toList();
            assertEquals(2, toInstances.size(), "two keys between the same tables stay two (SQLite: synthesised names)");
            assertEquals(2, toInstances.stream().map(LiveForeignKey::name).distinct().count());
            LiveForeignKey cascade = toInstances.stream().filter(f -> f.columns().equals(List.of("instance_id")))
                    .findFirst().orElseThrow();
            assertEquals(ReferentialAction.CASCADE, cascade.onDelete());
            assertEquals("instances", cascade.parentTable());
            assertEquals(db.schema, cascade.parentSchema());
            LiveForeignKey setNull = toInstances.stream().filter(f -> f.columns().equals(List.of("previous_instance_id")))
                    .findFirst().orElseThrow();
            assertEquals(ReferentialAction.SET_NULL, setNull.onDelete());
            if (engine != Engine.POSTGRESQL) {
                LiveForeignKey toHost = usage.foreignKeys().stream().filter(f -> f.parentColumns().equals(List.of("host")))
                        .findFirst().orElseThrow(() -> new AssertionError("the FK to a non-unique column"));
                assertEquals(ReferentialAction.CASCADE, toHost.onUpdate());
            }
        }
    }

    private static LiveIndex index(LiveTable table, String name) {
        return table.indexes().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no index " + name + " in " + table.indexes()));
    }

    /**
     * The queries read for MySQL (no server here) on MariaDB, which has every column they use: the same catalog as
     * MariaDB's own queries read, checks and generated columns included.
     */
    @org.junit.jupiter.api.Test
    void theMySqlQueriesReadWhatMariaDbsDo() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(Engine.MARIADB)) {
            db.run(Seed.statements(Engine.MARIADB));
            db.run("CREATE TABLE generated (a INT, b INT AS (a + 1) VIRTUAL, CONSTRAINT ck_a CHECK (a > 0))");
            try (Connection c = db.open()) {
                LiveCatalog mariadb = CatalogReader.read(c, Engine.MARIADB, List.of());
                LiveCatalog mysql = CatalogReader.read(c, Engine.MYSQL, List.of());
                for (LiveTable t : mariadb.tables()) {
                    LiveTable m = mysql.table(t.schema(), t.name()).orElseThrow();
                    assertEquals(t.checks(), m.checks(), t.name());
                    assertEquals(t.uniqueConstraints(), m.uniqueConstraints(), t.name());
                    assertEquals(t.primaryKey(), m.primaryKey(), t.name());
                    assertEquals(t.foreignKeys(), m.foreignKeys(), t.name());
                    assertEquals(t.indexes(), m.indexes(), t.name());
                    assertEquals(t.columns().stream().map(col -> col.name() + " " + col.typeSql() + " " + col.nullable()
                            + " " + col.generated()).toList(), m.columns().stream().map(col -> col.name() + " "
                            + col.typeSql() + " " + col.nullable() + " " + col.generated()).toList(), t.name());
                }
                LiveTable generated = mysql.table(db.schema, "generated").orElseThrow();
                assertTrue(generated.column("b").orElseThrow().generated(), "from EXTRA, which MySQL has too");
                assertEquals(List.of("a > 0"), generated.checks().stream().map(LiveCatalog.LiveCheck::expression).toList());
            }
        }
    }

    /** The core API takes a DataSource as well as a URL: the same catalog, the same read-only session. */
    @org.junit.jupiter.api.Test
    void aDataSourceIsReadLikeAUrl() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(Engine.POSTGRESQL)) {
            db.run(Seed.statements(Engine.POSTGRESQL));
            org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
            source.setURL(db.url);
            try (LiveCheck viaSource = LiveCheck.connect(source, LiveCheck.Options.defaults());
                 LiveCheck viaUrl = LiveCheck.connect(db.url, null, null, LiveCheck.Options.defaults())) {
                assertEquals(viaUrl.catalog(), viaSource.catalog());
            }
            try (Connection c = LiveConnections.open(source, LiveConnections.DEFAULT_TIMEOUT);
                 java.sql.Statement s = c.createStatement()) {
                org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                        () -> s.executeUpdate("DELETE FROM instances"), "read-only from a DataSource too");
            }
        }
    }
}
