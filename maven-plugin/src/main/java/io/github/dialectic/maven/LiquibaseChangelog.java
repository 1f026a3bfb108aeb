package io.github.dialectic.maven;

import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Where a project's Liquibase changelog is: Dialectic's own {@code changelog} parameter, else the
 * {@code changeLogFile} of the project's {@code liquibase-maven-plugin} (its configuration, the execution's, the
 * {@code liquibase.changeLogFile} property or its {@code propertyFile}), else Spring Boot's default
 * {@code db/changelog/db.changelog-master.yaml} (or .xml, .json, .sql) in the resources, when the project has no
 * Flyway migrations. The file is looked up as the Liquibase plugin does: under the project directory, then under the
 * resource directories (the class path).
 */
final class LiquibaseChangelog {

    static final String LIQUIBASE_GROUP = "org.liquibase";
    static final String LIQUIBASE_PLUGIN = "liquibase-maven-plugin";
    static final List<String> SPRING_BOOT_DEFAULTS = io.github.dialectic.config.ProjectLayout.SPRING_BOOT_CHANGELOGS;

    /** A changelog as configured: the path as written, contexts and labels, extra search folders, and whence. */
    record Setting(String changeLogFile, String contexts, String labels, List<String> searchPath, String origin) {
    }

    private LiquibaseChangelog() {
    }

    /** The settings of the project's liquibase-maven-plugin, or null when it has none with a changeLogFile. */
    static Setting fromLiquibasePlugin(MavenProject project) {
        String file = null;
        String contexts = null;
        String labels = null;
        String propertyFile = null;
        List<String> searchPath = new ArrayList<>();
        boolean uses = false;
        for (Plugin plugin : project.getBuildPlugins()) {
            if (!LIQUIBASE_PLUGIN.equals(plugin.getArtifactId()) || !LIQUIBASE_GROUP.equals(plugin.getGroupId())) {
                continue;
            }
            uses = true;
            List<Object> configurations = new ArrayList<>();
            configurations.add(plugin.getConfiguration());
            for (PluginExecution execution : plugin.getExecutions()) {
                configurations.add(execution.getConfiguration());
            }
            for (Object c : configurations) {
                file = first(file, value(c, "changeLogFile"));
                contexts = first(contexts, value(c, "contexts"));
                labels = first(labels, first(value(c, "labelFilter"), value(c, "labels")));
                propertyFile = first(propertyFile, value(c, "propertyFile"));
                String search = value(c, "searchPath");
                if (search != null) {
                    searchPath.addAll(MigrationSources.clean(List.of(search)));
                }
            }
        }
        if (!uses) {
            return null;
        }
        Properties props = project.getProperties();
        file = first(file, props.getProperty("liquibase.changeLogFile"));
        contexts = first(contexts, props.getProperty("liquibase.contexts"));
        labels = first(labels, props.getProperty("liquibase.labelFilter"));
        String origin = "the liquibase-maven-plugin configuration";
        if (propertyFile != null) {
            Properties fromFile = propertyFile(project.getBasedir().toPath().resolve(propertyFile));
            file = first(file, fromFile.getProperty("changeLogFile"));
            contexts = first(contexts, fromFile.getProperty("contexts"));
            labels = first(labels, first(fromFile.getProperty("labelFilter"), fromFile.getProperty("labels")));
        }
        return file == null ? null : new Setting(file, contexts, labels, searchPath, origin);
    }

    /** Spring Boot's default changelog when one exists in the resources, or null. */
    static Setting springBootDefault(MavenProject project) {
        for (String spec : SPRING_BOOT_DEFAULTS) {
            if (!resolve(spec, project).isEmpty()) {
                return new Setting(spec, null, null, List.of(), "Spring Boot's default changelog location");
            }
        }
        return null;
    }

    /** The files {@code spec} names: under the project directory, else under the resource directories. */
    static List<Path> resolve(String spec, MavenProject project) {
        Path basedir = project.getBasedir().toPath();
        List<io.github.dialectic.source.MigrationLayout.ClasspathRoot> roots = MigrationSources.resourceDirectories(project);
        List<Path> found = spec.startsWith("classpath:") ? List.of()
                : MigrationSources.resolve(spec, false, basedir, roots);
        if (found.isEmpty()) {
            found = MigrationSources.resolve(spec.startsWith("classpath:") ? spec : "classpath:" + spec, true,
                    basedir, roots);
        }
        return found.stream().filter(Files::isRegularFile).toList();
    }

    /**
     * Where Liquibase looks for included files, after the changelog's folder: the configured search path (relative
     * to the project directory), the project directory and the resource directories, as the Liquibase plugin's class
     * path.
     */
    static List<Path> searchPath(Setting setting, MavenProject project) {
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        List<Path> path = new ArrayList<>();
        for (String s : setting.searchPath()) {
            Path p = basedir.resolve(s).normalize();
            if (Files.isDirectory(p)) {
                path.add(p);
            }
        }
        path.add(basedir);
        for (io.github.dialectic.source.MigrationLayout.ClasspathRoot root : MigrationSources.resourceDirectories(project)) {
            if (root.targetPath().isEmpty() && Files.isDirectory(root.dir()) && !path.contains(root.dir())) {
                path.add(root.dir());
            }
        }
        return path;
    }

    private static Properties propertyFile(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                // the Liquibase plugin reports an unreadable property file; Dialectic falls back to the rest
            }
        }
        return p;
    }

    private static String value(Object configuration, String name) {
        if (configuration instanceof Xpp3Dom dom) {
            Xpp3Dom child = dom.getChild(name);
            if (child != null && child.getValue() != null && !child.getValue().isBlank()) {
                return child.getValue().trim();
            }
        }
        return null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
