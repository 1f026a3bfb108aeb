package io.github.dialectic.source;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationLayoutTest {

    @TempDir
    Path project;

    private Path file(String relative) throws IOException {
        Path p = project.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "SELECT 1;\n");
        return p;
    }

    private List<MigrationLayout.ClasspathRoot> classpath() {
        return List.of(new MigrationLayout.ClasspathRoot(project.resolve("src/main/resources"), ""));
    }

    @Test
    void vendorFoldersMakeOneSetPerTargetedEngineWithTheCommonFilesInFlywayOrder() throws Exception {
        Path v1 = file("src/main/resources/db/shop/common/V1__customers.sql");
        Path v3 = file("src/main/resources/db/shop/common/V3__audit.sql");
        Path pg2 = file("src/main/resources/db/shop/postgresql/V2__orders.sql");
        Path my2 = file("src/main/resources/db/shop/mysql/V2__orders.sql");
        MigrationLayout layout = MigrationLayout.resolve(
                List.of("classpath:db/shop/common", "classpath:db/shop/{vendor}"), Map.of(), project, classpath(), true);
        assertTrue(layout.perEngine());
        List<MigrationSet> sets = layout.sets(Targets.parse("postgresql:15,mysql,sqlite"), FlywayConfig.defaults());
        assertEquals(List.of("mysql", "postgresql", "sqlite"), sets.stream().map(MigrationSet::name).toList());
        MigrationSet pg = sets.get(1);
        assertEquals(Engine.POSTGRESQL, pg.engine());
        assertEquals("postgresql:15", pg.targets().toString().replaceAll("[\\[\\]]", ""));
        assertEquals(List.of(v1, pg2, v3), pg.files(), "the versions interleave, as Flyway runs them");
        assertEquals(List.of(pg2), pg.own());
        assertEquals(List.of(v1, my2, v3), sets.get(0).files());
        assertEquals(List.of(v1, v3), sets.get(2).files(), "no folder of its own: the common files alone");
        assertTrue(layout.searched().contains(project.resolve("src/main/resources/db/shop/db2")));
    }

    @Test
    void withoutVendorFoldersOneSetForEveryTarget() throws Exception {
        Path a = file("sql/V1__a.sql");
        Path b = file("src/main/resources/db/extra/V2__b.sql");
        MigrationLayout layout = MigrationLayout.resolve(List.of("filesystem:sql", "db/extra"), Map.of(), project,
                classpath(), true);
        assertFalse(layout.perEngine());
        List<MigrationSet> sets = layout.sets(Targets.latestOfEach(), FlywayConfig.defaults());
        assertEquals(1, sets.size());
        assertNull(sets.get(0).engine());
        assertEquals(List.of(a, b), sets.get(0).files());
        assertEquals(List.of(), layout.missingCommon());
    }

    @Test
    void explicitPerEngineLocationsAndResourceTargetPaths() throws Exception {
        Path common = file("res/db/V1__a.sql");
        Path db2 = file("db2-only/V2__b.sql");
        MigrationLayout layout = MigrationLayout.resolve(List.of("classpath:META-INF/db", "classpath:missing"),
                Map.of(Engine.DB2, List.of("filesystem:db2-only")), project,
                List.of(new MigrationLayout.ClasspathRoot(project.resolve("res"), "META-INF/")), true);
        assertEquals(List.of("classpath:missing"), layout.missingCommon());
        List<MigrationSet> sets = layout.sets(Targets.parse("db2,mariadb"), FlywayConfig.defaults());
        assertEquals(List.of(common, db2), sets.stream().filter(s -> s.engine() == Engine.DB2).findFirst()
                .orElseThrow().files());
        assertEquals(List.of(common), sets.stream().filter(s -> s.engine() == Engine.MARIADB).findFirst()
                .orElseThrow().files());
    }

    @Test
    void flywayNamingFromTheSettings() throws Exception {
        Path m2 = file("sql/M2___second.ddl");
        Path m10 = file("sql/M10___tenth.ddl");
        file("sql/V1__ignored_suffix.txt");
        Path r = file("sql/S___view.ddl");
        FlywayConfig naming = FlywayConfig.defaults().with(Map.of("sqlMigrationPrefix", "M", "sqlMigrationSeparator",
                "___", "sqlMigrationSuffixes", ".ddl", "repeatableSqlMigrationPrefix", "S"));
        assertEquals(List.of(m2, m10, r), MigrationLocator.locate(List.of(project.resolve("sql")), naming));
    }

    @Test
    void aFilterKeepsOnlyTheFilesItAcceptsRelativeToTheirLocation() throws Exception {
        Path v1 = file("db/common/V1__a.sql");
        file("db/common/old/V0__legacy.sql");
        Path pg = file("db/postgresql/V2__b.sql");
        file("db/postgresql/V3__draft.sql");
        MigrationLayout layout = MigrationLayout.resolve(List.of("filesystem:db/common", "filesystem:db/{vendor}"),
                Map.of(), project, List.of(), false).filtered(rel -> !rel.startsWith("old/") && !rel.contains("draft"));
        List<MigrationSet> sets = layout.sets(Targets.parse("postgresql,sqlite"), FlywayConfig.defaults());
        assertEquals(List.of(v1, pg), sets.get(0).files());
        assertEquals(List.of(v1), sets.get(1).files());
        assertEquals(List.of(v1), List.copyOf(sets.get(0).common()));
    }
}
