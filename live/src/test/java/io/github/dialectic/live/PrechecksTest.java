package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.live.Prechecks.PendingChange;
import io.github.dialectic.live.Prechecks.Result;
import io.github.dialectic.source.SqlFlavor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of precheck on the seeded rows ({@link Seed}) of each engine: the exact counts and sample keys. */
class PrechecksTest {

    private static final String[] PENDING = {
            "ALTER TABLE instances ALTER COLUMN uuid SET NOT NULL",
            "ALTER TABLE block_device_mapping ADD CONSTRAINT uq_bdm UNIQUE (instance_uuid, volume_id)",
            "ALTER TABLE block_device_mapping ADD CONSTRAINT fk_bdm_instance FOREIGN KEY (instance_uuid)"
                    + " REFERENCES instances (uuid)",
            "ALTER TABLE instances ALTER COLUMN host TYPE VARCHAR(1)",
            "ALTER TABLE instances ADD CONSTRAINT ck_live CHECK (deleted = 0)",
            "ALTER TABLE instances ADD CONSTRAINT uq_host_deleted UNIQUE (host, deleted)",
            "CREATE TABLE fresh (id INTEGER)",
            "ALTER TABLE fresh ADD CONSTRAINT uq_fresh UNIQUE (id)",
            "ALTER TABLE instances ADD COLUMN region VARCHAR(10)",
            "ALTER TABLE instances ALTER COLUMN region SET NOT NULL",
    };

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRESQL", "MARIADB", "SQLITE"})
    void countsSamplesAndSql(Engine engine) throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(engine)) {
            db.run(Seed.statements(engine));
            List<PendingChange> pending = new ArrayList<>();
            for (int i = 0; i < PENDING.length; i++) {
                pending.add(new PendingChange(Definitions.read(PENDING[i], SqlFlavor.POSTGRESQL, "V9__pending.sql")
                        .orElseThrow(), "V9__pending.sql:" + (i + 1)));
            }
            List<Result> results;
            try (Connection c = LiveConnections.open(db.url, null, null, LiveConnections.DEFAULT_TIMEOUT)) {
                LiveCatalog catalog = CatalogReader.read(c, engine, List.of());
                results = new Prechecks(c, catalog, LiveConnections.DEFAULT_TIMEOUT).run(pending);

                Result notNull = results.get(0);
                assertEquals("not-null", notNull.kind());
                assertEquals("V9__pending.sql:1", notNull.origin());
                assertEquals(3, notNull.count());
                assertEquals(List.of("id=2", "id=3", "id=5"), notNull.samples());
                assertEquals(3, rows(c, notNull.sql()), "the SQL shown finds the rows counted");

                Result duplicates = results.get(1);
                assertEquals("unique", duplicates.kind());
                assertEquals(1, duplicates.count(), "one duplicate group");
                assertEquals(List.of("instance_uuid=a, volume_id=v1, rows=3"), duplicates.samples());

                Result orphans = results.get(2);
                assertEquals("foreign-key", orphans.kind());
                assertEquals(2, orphans.count());
                assertEquals(List.of("id=13", "id=14"), orphans.samples());
                assertEquals(2, rows(c, orphans.sql()));

                Result narrowing = results.get(3);
                assertEquals("narrowing", narrowing.kind());
                assertEquals(5, narrowing.count(), "every host is two characters long");
                assertEquals(List.of("id=1", "id=2", "id=3", "id=4", "id=5"), narrowing.samples());

                Result check = results.get(4);
                assertEquals("check", check.kind());
                assertEquals(2, check.count());
                assertEquals(List.of("id=2", "id=5"), check.samples());

                Result clean = results.get(5);
                assertEquals(0, clean.count(), "(host, deleted) is unique already");
                assertTrue(clean.samples().isEmpty());

                Result fresh = results.get(6);
                assertNull(fresh.sql());
                assertTrue(fresh.skipped().contains("created by a pending migration"), fresh.skipped());
                Result added = results.get(7);
                assertTrue(added.skipped().contains("added by a pending migration"), added.skipped());
                assertEquals(8, results.size());
            }
        }
    }

    private static int rows(Connection c, String sql) throws Exception {
        int n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                n++;
            }
        }
        c.rollback();
        return n;
    }

    /**
     * Names that need quoting (a space, a reserved word in mixed case) are probed quoted with the database's own quote
     * string, as its catalog spells them: backticks on MariaDB, double quotes elsewhere.
     */
    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRESQL", "MARIADB", "SQLITE"})
    void identifiersAreQuotedWithTheDatabasesQuote(Engine engine) throws Exception {
        String quote = engine == Engine.MARIADB ? "`" : "\"";
        try (ScratchDatabase db = ScratchDatabase.create(engine)) {
            db.run("CREATE TABLE " + quote + "order items" + quote + " (id INTEGER NOT NULL PRIMARY KEY, " + quote
                    + "Group" + quote + " VARCHAR(10))",
                    "INSERT INTO " + quote + "order items" + quote + " (id, " + quote + "Group" + quote
                            + ") VALUES (1, 'a'), (2, NULL), (3, NULL)");
            List<PendingChange> pending = List.of(new PendingChange(Definitions.read(
                    "ALTER TABLE \"order items\" ALTER COLUMN \"Group\" SET NOT NULL", SqlFlavor.POSTGRESQL,
                    "V9__quoted.sql").orElseThrow(), "V9__quoted.sql:1"));
            try (Connection c = LiveConnections.open(db.url, null, null, LiveConnections.DEFAULT_TIMEOUT)) {
                LiveCatalog catalog = CatalogReader.read(c, engine, List.of());
                assertEquals(quote, catalog.quote());
                Result nulls = new Prechecks(c, catalog, LiveConnections.DEFAULT_TIMEOUT).run(pending).get(0);
                assertEquals(2, nulls.count(), nulls::toString);
                assertEquals(List.of("id=2", "id=3"), nulls.samples());
                assertTrue(nulls.sql().contains(quote + "order items" + quote) && nulls.sql().contains(quote + "Group"
                        + quote + " IS NULL"), nulls.sql());
            }
        }
    }
}
