package io.github.dialectic.maven;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MigrationSourcesTest {

    private static MavenProject project(Path basedir, Plugin... plugins) {
        Model model = new Model();
        model.setBuild(new Build());
        Resource main = new Resource();
        main.setDirectory(basedir.resolve("src/main/resources").toString());
        model.getBuild().addResource(main);
        Resource extra = new Resource();
        extra.setDirectory("src/sql");
        extra.setTargetPath("sql");
        model.getBuild().addResource(extra);
        for (Plugin p : plugins) {
            model.getBuild().addPlugin(p);
        }
        MavenProject project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        return project;
    }

    private static Plugin flyway(String... locations) {
        Plugin p = new Plugin();
        p.setGroupId("org.flywaydb");
        p.setArtifactId("flyway-maven-plugin");
        Xpp3Dom config = new Xpp3Dom("configuration");
        Xpp3Dom locs = new Xpp3Dom("locations");
        for (String l : locations) {
            Xpp3Dom loc = new Xpp3Dom("location");
            loc.setValue(l);
            locs.addChild(loc);
        }
        config.addChild(locs);
        p.setConfiguration(config);
        return p;
    }

    private static Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "SELECT 1;\n");
        return file;
    }

    @Test
    void linkedLocationsAndSubfoldersAreFollowedAndALoopEndsTheWalk(@TempDir Path dir) throws IOException {
        Path v1 = touch(dir.resolve("shared/sql/V1__a.sql"));
        Path v2 = touch(dir.resolve("shared/more/V2__b.sql"));
        Path migration = dir.resolve("src/main/resources/db/migration");
        Files.createDirectories(migration.getParent());
        try {
            Files.createSymbolicLink(migration, dir.resolve("shared/sql")); // the location itself is a link
            Files.createSymbolicLink(dir.resolve("shared/sql/more"), Path.of("..", "more")); // and a subfolder
            Files.createSymbolicLink(dir.resolve("shared/sql/loop"), Path.of(".")); // and a loop
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "symbolic links not supported here: " + e);
        }
        MigrationSources.Resolved r = MigrationSources.resolve(null, project(dir));
        assertEquals(List.of(migration.resolve("V1__a.sql"), migration.resolve("more/V2__b.sql")),
                MigrationSources.scan(r.locations(), null, null));
        assertEquals(List.of(migration.resolve("more/V2__b.sql")),
                MigrationSources.scan(r.locations(), List.of("more/*.sql"), null), "includes see the links' names");
        assertEquals(v1.toRealPath(), migration.resolve("V1__a.sql").toRealPath());
        assertEquals(v2.toRealPath(), migration.resolve("more/V2__b.sql").toRealPath());
    }

    @Test
    void defaultLocationWhenNothingIsConfigured(@TempDir Path dir) throws IOException {
        Path v1 = touch(dir.resolve("src/main/resources/db/migration/V1__a.sql"));
        MigrationSources.Resolved r = MigrationSources.resolve(null, project(dir));
        assertEquals(MigrationSources.Origin.DEFAULT, r.origin());
        assertEquals(List.of(v1), MigrationSources.scan(r.locations(), null, null));
    }

    @Test
    void flywayLocationsFromPluginAndExecutionConfiguration(@TempDir Path dir) throws IOException {
        Path a = touch(dir.resolve("sql/V1__a.sql"));
        Path b = touch(dir.resolve("src/main/resources/db/extra/V2__b.sql"));
        Path c = touch(dir.resolve("src/sql/more/V3__c.sql"));
        touch(dir.resolve("src/main/resources/db/migration/V9__ignored.sql"));
        Plugin plugin = flyway("filesystem:sql", "classpath:db/extra");
        PluginExecution execution = new PluginExecution();
        Xpp3Dom config = new Xpp3Dom("configuration");
        Xpp3Dom locs = new Xpp3Dom("locations");
        locs.setValue("sql/more"); // no prefix: classpath, here under a resource with targetPath sql
        config.addChild(locs);
        execution.setConfiguration(config);
        plugin.addExecution(execution);

        MavenProject project = project(dir, plugin);
        assertEquals(List.of("filesystem:sql", "classpath:db/extra", "sql/more"),
                MigrationSources.flywayLocations(project));
        MigrationSources.Resolved r = MigrationSources.resolve(List.of(), project);
        assertEquals(MigrationSources.Origin.FLYWAY, r.origin());
        assertEquals(List.of(a, b, c), MigrationSources.scan(r.locations(), null, null));
    }

    @Test
    void flywayWithoutLocationsMeansFlywaysDefault(@TempDir Path dir) {
        Plugin plugin = new Plugin();
        plugin.setGroupId("org.flywaydb");
        plugin.setArtifactId("flyway-maven-plugin");
        assertEquals(List.of(), MigrationSources.flywayLocations(project(dir, plugin)));
        assertNull(MigrationSources.flywayLocations(project(dir)));
        MigrationSources.Resolved r = MigrationSources.resolve(null, project(dir, plugin));
        assertEquals("classpath:db/migration", r.locations().get(0).spec());
    }

    @Test
    void configuredLocationsWinAndIncludesExcludesFilter(@TempDir Path dir) throws IOException {
        Path keep = touch(dir.resolve("migrations/V1__a.sql"));
        Path nested = touch(dir.resolve("migrations/sub/V2__b.sql"));
        touch(dir.resolve("migrations/legacy/V0__old.sql"));
        touch(dir.resolve("migrations/notes.txt"));
        MavenProject project = project(dir, flyway("filesystem:elsewhere"));
        MigrationSources.Resolved r = MigrationSources.resolve(List.of("migrations"), project);
        assertEquals(MigrationSources.Origin.CONFIGURED, r.origin());
        assertEquals(List.of(keep, nested), MigrationSources.scan(r.locations(), null, List.of("legacy/")));
        assertEquals(List.of(nested), MigrationSources.scan(r.locations(), List.of("sub/*.sql"), null));
    }
}
