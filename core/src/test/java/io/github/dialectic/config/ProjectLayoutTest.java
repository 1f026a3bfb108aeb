package io.github.dialectic.config;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.source.MigrationSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project's layout as the command line and dialectic-junit find it: dialectic.toml's keys over Flyway's files. */
class ProjectLayoutTest {

    @TempDir
    Path project;

    private Path file(String relative, String text) throws Exception {
        Path p = project.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private ProjectConfig config(String toml) throws Exception {
        return ProjectConfig.read(file("dialectic.toml", toml), null);
    }

    @Test
    void vendorsAndPlaceholdersOfTheFileJoinTheSpringSettings() throws Exception {
        file("src/main/resources/application.properties", "spring.flyway.locations=classpath:db/shop\n"
                + "spring.flyway.placeholders.schema=shop\nspring.flyway.placeholders.owner=spring\n");
        Path common = file("src/main/resources/db/shop/V1__t.sql", "CREATE TABLE ${schema}.t (id INT);\n");
        Path pg = file("sql/pg/V2__p.sql", "SELECT 1;\n");
        ProjectLayout found = ProjectLayout.find(project, config("""
                [vendors]
                postgres = ["sql/pg"]
                [placeholders]
                owner = "toml"
                """), List.of(), List.of());
        assertEquals(Map.of("schema", "shop", "owner", "toml"), found.flyway().placeholders());
        assertTrue(found.layout().perEngine());
        List<MigrationSet> sets = found.layout().sets(Targets.parse("postgresql,db2"), found.flyway());
        assertEquals(List.of(common, pg), sets.get(0).files());
        assertEquals(Engine.POSTGRESQL, sets.get(0).engine());
        assertEquals(List.of(common), sets.get(1).files());
        assertTrue(found.origin().startsWith(project.resolve("dialectic.toml") + " with the Flyway settings in "),
                found.origin());
    }

    @Test
    void theFilesLocationsReplaceFlywaysAndGivenLocationsReplaceBoth() throws Exception {
        file("src/main/resources/application.properties", "spring.flyway.locations=classpath:db/shop\n");
        file("src/main/resources/db/shop/V1__spring.sql", "SELECT 1;\n");
        Path mine = file("migrations/postgresql/V1__mine.sql", "SELECT 1;\n");
        Path given = file("elsewhere/V1__given.sql", "SELECT 1;\n");
        ProjectConfig config = config("locations = [\"migrations/{vendor}\"]\n[vendors]\ndb2 = [\"nowhere\"]\n");
        ProjectLayout found = ProjectLayout.find(project, config, List.of(), List.of());
        assertEquals(List.of(List.of(mine), List.of()), found.layout().sets(Targets.parse("postgresql,db2"),
                found.flyway()).stream().map(MigrationSet::files).toList());
        assertEquals(project.resolve("dialectic.toml").toString(), found.origin());

        ProjectLayout overridden = ProjectLayout.find(project, config, List.of(), List.of("elsewhere"));
        assertEquals(List.of(List.of(given)), overridden.layout().sets(Targets.parse("postgresql,db2"),
                overridden.flyway()).stream().map(MigrationSet::files).toList());
    }

    @Test
    void withoutSettingsFlywaysDefaultLocation() throws Exception {
        Path v1 = file("src/main/resources/db/migration/V1__a.sql", "SELECT 1;\n");
        ProjectLayout found = ProjectLayout.find(project, ProjectConfig.NONE, List.of(), List.of());
        assertEquals(List.of(v1), found.layout().sets(Targets.latestOfEach(), found.flyway()).get(0).files());
        assertTrue(found.origin().startsWith("Flyway's defaults"), found.origin());
        assertEquals("classpath:db/migration", found.where());
    }

    @Test
    void aLiquibaseProjectIsItsChangelog() throws Exception {
        // Spring Boot's default changelog, when no Flyway location holds anything
        Path spring = file("src/main/resources/db/changelog/db.changelog-master.yaml", "databaseChangeLog: []\n");
        ProjectLayout found = ProjectLayout.find(project, ProjectConfig.NONE, List.of(), List.of());
        assertEquals(spring, found.changelog());
        assertEquals("Spring Boot's default changelog location", found.origin());
        // dialectic.toml's [liquibase] changelog wins, relative to the file
        Path named = file("lb/main.xml", "<databaseChangeLog/>\n");
        assertEquals(named.toAbsolutePath(), ProjectLayout.find(project, config("[liquibase]\nchangelog = "
                + "\"lb/main.xml\"\n"), List.of(), List.of()).changelog());
        io.github.dialectic.source.SourceException missing = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.dialectic.source.SourceException.class, () -> ProjectLayout.find(project,
                        config("[liquibase]\nchangelog = \"nope.xml\"\n"), List.of(), List.of()));
        assertTrue(missing.getMessage().contains("[liquibase] changelog nope.xml: no such file"), missing.getMessage());
        // Flyway migrations in the default location: a Flyway project, the changelog is not guessed
        file("src/main/resources/db/migration/V1__a.sql", "SELECT 1;\n");
        assertEquals(null, ProjectLayout.find(project, ProjectConfig.NONE, List.of(), List.of()).changelog());
    }
}
