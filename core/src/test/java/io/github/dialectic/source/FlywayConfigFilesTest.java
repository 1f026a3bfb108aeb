package io.github.dialectic.source;

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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlywayConfigFilesTest {

    @TempDir
    Path project;

    private Path resources() throws IOException {
        return Files.createDirectories(project.resolve("src/main/resources"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /**
     * A bad value in any of Flyway's settings files is an error at its file and line: before, the message named the
     * file alone ("application.yml: mixed must be true or false"), and so did a migration's own .sql.conf.
     */
    @Test
    void aBadValueIsReportedAtItsFileAndLine() throws Exception {
        Path yml = resources().resolve("application.yml");
        write(yml, "spring:\n  flyway:\n    locations: classpath:db/migration\n    mixed: perhaps\n");
        SourceException e = assertThrows(SourceException.class, () -> FlywayConfigFiles.read(project,
                List.of(resources()), List.of()));
        assertEquals(yml + ":4: mixed must be true or false, not 'perhaps'", e.getMessage());
        Files.delete(yml);

        Path properties = resources().resolve("application.properties");
        write(properties, "# shop\nspring.flyway.locations=classpath:db/migration\nspring.flyway.execute-in-transaction="
                + "sometimes\n");
        e = assertThrows(SourceException.class, () -> FlywayConfigFiles.read(project, List.of(resources()), List.of()));
        assertEquals(properties + ":3: execute-in-transaction must be true or false, not 'sometimes'", e.getMessage());
        Files.delete(properties);

        Path toml = project.resolve("flyway.toml");
        write(toml, "[flyway]\nlocations = [\"filesystem:db\"]\n\nmixed = \"x\"\n");
        e = assertThrows(SourceException.class, () -> FlywayConfigFiles.read(project, List.of(resources()), List.of()));
        assertEquals(toml + ":4: mixed must be true or false, not 'x'", e.getMessage());
        Files.delete(toml);

        Path script = project.resolve("db/V1__a.sql");
        write(script, "CREATE TABLE a (id INT);\n");
        write(project.resolve("db/V1__a.sql.conf"), "# Flyway's per-script settings\nexecuteInTransaction=maybe\n");
        e = assertThrows(SourceException.class, () -> FlywaySqlSource.transaction(script, FlywayConfig.defaults()));
        assertEquals(project.resolve("db/V1__a.sql.conf") + ":2: executeInTransaction must be true or false, not 'maybe'",
                e.getMessage());
    }

    @Test
    void springPropertiesWithRelaxedNamesIndexedListsAndReferences() throws Exception {
        write(resources().resolve("application.properties"), """
                spring.flyway.locations[0]=classpath:db/shop/common
                spring.flyway.locations[1]=classpath:db/shop/{vendor}
                spring.flyway.sql-migration-prefix=M
                spring.flyway.sqlMigrationSeparator=___
                spring.flyway.sql_migration_suffixes=.sql,.ddl
                spring.flyway.placeholders.schema=${SHOP_SCHEMA:shop}
                spring.flyway.placeholders.owner=${app.owner}
                app.owner=alice
                spring.flyway.mixed=true
                """);
        FlywayConfigFiles.Found found = FlywayConfigFiles.read(project, List.of(resources()), List.of());
        FlywayConfig c = found.config();
        assertEquals(List.of("classpath:db/shop/common", "classpath:db/shop/{vendor}"), c.locations());
        assertTrue(c.hasVendorLocations());
        assertEquals("M", c.sqlMigrationPrefix());
        assertEquals("___", c.separator());
        assertEquals(List.of(".sql", ".ddl"), c.suffixes());
        assertEquals(Map.of("schema", "shop", "owner", "alice"), c.placeholders());
        assertTrue(c.mixed());
        assertEquals(List.of(resources().resolve("application.properties")), found.read());
    }

    @Test
    void profileFilesAndYamlDocumentsOverrideTheBase() throws Exception {
        write(resources().resolve("application.yml"), """
                spring:
                  profiles:
                    active: prod
                  flyway:
                    locations:
                      - classpath:db/base
                    placeholders:
                      schema: base
                ---
                spring:
                  config:
                    activate:
                      on-profile: test
                  flyway:
                    locations: classpath:db/test-only
                """);
        write(resources().resolve("application-prod.yaml"), """
                spring.flyway.placeholders.schema: prod
                """);
        FlywayConfig c = FlywayConfigFiles.read(project, List.of(resources()), List.of()).config();
        assertEquals(List.of("classpath:db/base"), c.locations(), "the test document is for another profile");
        assertEquals("prod", c.placeholders().get("schema"));

        FlywayConfigFiles.Found test = FlywayConfigFiles.read(project, List.of(resources()), List.of("test"));
        assertEquals(List.of("classpath:db/test-only"), test.config().locations());
        assertEquals("base", test.config().placeholders().get("schema"), "prod is not active when test is asked for");
        assertEquals(List.of("test"), test.profiles());
    }

    @Test
    void flywayConfAndTomlAreReadAndSpringWinsOverThem() throws Exception {
        write(project.resolve("flyway.conf"), """
                flyway.locations=filesystem:sql
                flyway.placeholders.schema=conf
                flyway.placeholderPrefix=#[
                flyway.placeholderSuffix=]
                flyway.url=jdbc:postgresql://db/x
                """);
        write(project.resolve("conf/flyway.toml"), """
                [environments.default]
                url = "jdbc:postgresql://db/x"

                [flyway]
                locations = ["filesystem:sql", "filesystem:sql-{vendor}"]
                defaultSchema = "app"
                executeInTransaction = false

                [flyway.placeholders]
                schema = "toml"
                """);
        FlywayConfig c = FlywayConfigFiles.read(project, List.of(resources()), List.of()).config();
        assertEquals(List.of("filesystem:sql", "filesystem:sql-{vendor}"), c.locations());
        assertEquals("toml", c.placeholders().get("schema"));
        assertEquals("#[", c.placeholderPrefix());
        assertEquals("]", c.placeholderSuffix());
        assertEquals("app", c.defaultSchema());
        assertFalse(c.executeInTransaction());

        write(resources().resolve("application.properties"), "spring.flyway.placeholders.schema=spring\n");
        assertEquals("spring", FlywayConfigFiles.read(project, List.of(resources()), List.of()).config()
                .placeholders().get("schema"));
    }

    @Test
    void nothingFoundSaysWhereItLooked() throws Exception {
        FlywayConfigFiles.Found found = FlywayConfigFiles.read(project, List.of(resources()), List.of());
        assertFalse(found.any());
        assertEquals(FlywayConfig.defaults(), found.config());
        assertTrue(found.searched().contains(resources().resolve("application.yml")));
        assertTrue(found.searched().contains(project.resolve("flyway.conf")));
    }

    @Test
    void badFilesNameTheFileAndLine() throws Exception {
        write(resources().resolve("application.yml"), "spring:\n  flyway:\n    locations: [a, b\n  x: y\n");
        SourceException e = assertThrows(SourceException.class,
                () -> FlywayConfigFiles.read(project, List.of(resources()), List.of()));
        assertTrue(e.getMessage().startsWith(resources().resolve("application.yml") + ":4: not valid YAML"),
                e.getMessage());

        Files.delete(resources().resolve("application.yml"));
        write(project.resolve("flyway.toml"), "[flyway]\nlocations = [\"a\"\nmixed = true\n");
        e = assertThrows(SourceException.class, () -> FlywayConfigFiles.read(project, List.of(resources()), List.of()));
        assertTrue(e.getMessage().startsWith(project.resolve("flyway.toml") + ":3: not valid TOML"), e.getMessage());

        Files.delete(project.resolve("flyway.toml"));
        write(project.resolve("flyway.conf"), "flyway.mixed=perhaps\n");
        e = assertThrows(SourceException.class, () -> FlywayConfigFiles.read(project, List.of(resources()), List.of()));
        assertEquals(project.resolve("flyway.conf") + ":1: mixed must be true or false, not 'perhaps'", e.getMessage());
    }

    @Test
    void defaultsAreFlywaysOwn() {
        FlywayConfig d = FlywayConfig.defaults();
        assertEquals(List.of("classpath:db/migration"), d.locations());
        assertEquals("V", d.sqlMigrationPrefix());
        assertEquals("__", d.separator());
        assertTrue(d.executeInTransaction());
        assertNull(d.defaultSchema());
    }
}
