package io.github.dialectic.maven;

import io.github.dialectic.finding.Finding;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plugin reads dialectic.toml's layout keys as the command line does ({@code [vendors]}, {@code [placeholders]},
 * {@code {vendor}} in {@code locations}), its own parameters overriding the file; includes and excludes hold when the
 * migrations are linted set by set.
 */
class ConfigFileLayoutTest {

    @TempDir
    Path dir;

    private void file(String relative, String text) throws Exception {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private CheckMojo mojo(String targets) {
        Model model = new Model();
        model.setBuild(new Build());
        Resource main = new Resource();
        main.setDirectory(dir.resolve("src/main/resources").toString());
        model.getBuild().addResource(main);
        MavenProject project = new MavenProject(model);
        project.setFile(dir.resolve("pom.xml").toFile());
        CheckMojo mojo = new CheckMojo();
        mojo.project = project;
        mojo.targets = targets;
        mojo.noCache = true;
        mojo.configFile = dir.resolve("dialectic.toml").toFile();
        return mojo;
    }

    private static List<String> findings(AbstractDialecticMojo mojo) throws Exception {
        return mojo.prepare().run().report().findings().stream()
                .map(f -> mojo.relativize(f.file()) + ":" + f.line() + " " + f.rule() + " " + f.engines().keySet())
                .toList();
    }

    /** A project with a common folder and a PostgreSQL one, MySQL's JSON default in the common file behind a placeholder. */
    private void project() throws Exception {
        file("sql/common/V1__t.sql", "CREATE TABLE ${table} (id INT NOT NULL PRIMARY KEY);\n");
        file("sql/postgresql/V2__pg.sql", "ALTER TABLE items ADD COLUMN tags TEXT[];\n");
        file("sql/postgresql/drafts/V3__draft.sql", "ALTER TABLE items ADD COLUMN wip TEXT[];\n");
        file("dialectic.toml", """
                locations = ["sql/common"]
                [vendors]
                postgresql = ["sql/postgresql"]
                [placeholders]
                table = "items"
                """);
    }

    @Test
    void theFilesVendorSetsAndPlaceholdersAreHonoured() throws Exception {
        project();
        // PostgreSQL's array column is judged by PostgreSQL alone; MySQL runs the common file only
        CheckMojo mojo = mojo("postgresql,mysql:8.4");
        AbstractDialecticMojo.Prepared prepared = mojo.prepare();
        assertTrue(prepared.description().contains("/sql/postgresql (dialectic.toml); each engine's set against that "
                + "engine: mysql (mysql:8.4): 1 file, 1 common + 0 own; postgresql (postgresql:"),
                prepared.description());
        assertTrue(prepared.description().contains("placeholders: table"), prepared.description());
        List<String> found = findings(mojo);
        assertTrue(found.stream().noneMatch(f -> f.contains("MYSQL")), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.contains("unparsed-statement")), "${table} replaced: " + found);
        assertEquals(3, prepared.files().size(), prepared.files().toString());
    }

    @Test
    void includesAndExcludesHoldInSetMode() throws Exception {
        project();
        CheckMojo mojo = mojo("postgresql,mysql:8.4");
        mojo.excludes = List.of("drafts/**");
        assertEquals(2, mojo.prepare().files().size(), "the draft is excluded");
        mojo.excludes = null;
        mojo.includes = List.of("V2__*.sql");
        assertEquals(List.of(dir.resolve("sql/postgresql/V2__pg.sql")), mojo.prepare().files());
        mojo.includes = List.of("nothing/*.sql");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::prepare);
        assertTrue(e.getMessage().contains("the includes [nothing/*.sql] and excludes [] match no migration"),
                e.getMessage());
    }

    @Test
    void thePluginsLocationsReplaceTheFilesLocationsAndSetsButItsPlaceholdersStay() throws Exception {
        project();
        CheckMojo mojo = mojo("postgresql,mysql:8.4");
        mojo.locations = List.of("sql/common");
        AbstractDialecticMojo.Prepared prepared = mojo.prepare();
        assertEquals(List.of(dir.resolve("sql/common/V1__t.sql")), prepared.files());
        List<String> found = findings(mojo);
        assertTrue(found.stream().noneMatch(f -> f.contains("unparsed-statement")), "${table} replaced: " + found);
        List<Finding> none = prepared.run().report().findings();
        assertEquals(List.of(), none);
    }
    @Test
    void theFilesLiquibaseChangelogIsLintedWhenThePluginNamesNone() throws Exception {
        file("db/main.xml", "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"/>\n");
        file("dialectic.toml", "[liquibase]\nchangelog = \"db/main.xml\"\ncontexts = \"prod\"\n");
        CheckMojo mojo = mojo("db2");
        AbstractDialecticMojo.Prepared prepared = mojo.prepare();
        assertEquals("the Liquibase changelog db/main.xml (dialectic.toml); targets: db2:12.1", prepared.description());
        // the file's contexts reach the run (its key holds the changelog options)
        assertTrue(prepared.key().contains("contexts=prod"), prepared.key());
        // the plugin's own changelog parameter wins over the file
        file("other.xml", "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"/>\n");
        mojo.changelog = "other.xml";
        assertTrue(mojo.prepare().description().startsWith("the Liquibase changelog other.xml (the plugin "
                + "configuration)"), mojo.prepare().description());
    }
}
