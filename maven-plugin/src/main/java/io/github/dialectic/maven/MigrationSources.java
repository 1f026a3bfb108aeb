package io.github.dialectic.maven;

import io.github.dialectic.source.MigrationLayout;
import io.github.dialectic.source.MigrationLocator;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a project's migrations are: the {@code locations} configured for Dialectic, else those of the project's
 * {@code flyway-maven-plugin}, else {@code src/main/resources/db/migration}. Locations are Flyway-style:
 * {@code filesystem:path} (relative to the project base directory), {@code classpath:path} (under each of the
 * project's resource directories); a location without a prefix is a path for Dialectic's own parameter and a
 * classpath location for Flyway's, as Flyway reads it.
 */
final class MigrationSources {

    static final String DEFAULT_LOCATION = "src/main/resources/db/migration";
    static final String DEFAULT_INCLUDE = "**/*.sql";
    static final String FLYWAY_GROUP = "org.flywaydb";
    static final String FLYWAY_PLUGIN = "flyway-maven-plugin";

    /** Where the locations came from, for the log and for how strictly missing folders are treated. */
    enum Origin {
        CONFIGURED("the plugin configuration"),
        CONFIG_FILE("dialectic.toml"),
        FLYWAY("the flyway-maven-plugin configuration"),
        SETTINGS("the project's Flyway settings"),
        DEFAULT("the default location");

        final String description;

        Origin(String description) {
            this.description = description;
        }
    }

    /** A location as written, and the folders or files it names that exist. */
    record Location(String spec, List<Path> paths) {
    }

    record Resolved(Origin origin, List<Location> locations, String detail) {
        Resolved(Origin origin, List<Location> locations) {
            this(origin, locations, null);
        }

        /** Where the locations came from, for the log. */
        String description() {
            return detail != null ? detail : origin.description;
        }

        /** Locations read from Spring Boot's or Flyway's settings files ({@code files}, relative to the project). */
        static Resolved spring(List<String> specs, List<String> files, MavenProject project) {
            Path basedir = project.getBasedir().toPath();
            List<MigrationLayout.ClasspathRoot> resourceDirs = resourceDirectories(project);
            return new Resolved(Origin.SETTINGS, specs.stream()
                    .map(spec -> new Location(spec, resolve(spec, true, basedir, resourceDirs))).toList(),
                    "the Flyway settings in " + String.join(", ", files));
        }
    }

    /**
     * The settings of the project's Flyway Maven plugin that concern the SQL files (naming, placeholders,
     * transactions), as Flyway names them: the {@code flyway.*} project properties, then the plugin-level and
     * execution-level configuration.
     */
    static java.util.Map<String, String> flywaySettings(MavenProject project) {
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        project.getProperties().stringPropertyNames().stream().sorted().filter(k -> k.startsWith("flyway."))
                .forEach(k -> settings.put(k.substring("flyway.".length()), project.getProperties().getProperty(k)));
        for (Plugin plugin : project.getBuildPlugins()) {
            if (!FLYWAY_PLUGIN.equals(plugin.getArtifactId()) || plugin.getGroupId() == null
                    || !plugin.getGroupId().startsWith(FLYWAY_GROUP)) {
                continue;
            }
            addSettings(plugin.getConfiguration(), settings);
            for (PluginExecution execution : plugin.getExecutions()) {
                addSettings(execution.getConfiguration(), settings);
            }
        }
        settings.remove("locations"); // read by flywayLocations, with its defaults
        return settings;
    }

    private static void addSettings(Object configuration, java.util.Map<String, String> sink) {
        if (!(configuration instanceof Xpp3Dom dom)) {
            return;
        }
        for (Xpp3Dom child : dom.getChildren()) {
            if (child.getName().equals("placeholders")) {
                for (Xpp3Dom p : child.getChildren()) {
                    sink.put("placeholders." + p.getName(), p.getValue() == null ? "" : p.getValue());
                }
            } else if (child.getChildCount() > 0) { // a list: <sqlMigrationSuffixes><s>.sql</s></sqlMigrationSuffixes>
                List<String> values = new ArrayList<>();
                for (Xpp3Dom v : child.getChildren()) {
                    if (v.getValue() != null) {
                        values.add(v.getValue().trim());
                    }
                }
                sink.put(child.getName(), String.join(",", values));
            } else if (child.getValue() != null) {
                sink.put(child.getName(), child.getValue());
            }
        }
    }

    private MigrationSources() {
    }

    static Resolved resolve(List<String> configured, MavenProject project) {
        return resolve(configured, List.of(), project);
    }

    /**
     * As {@link #resolve(List, MavenProject)}, with the locations of dialectic.toml ({@code fromFile}, paths already
     * made absolute or {@code classpath:}) taken after the plugin's own and before Flyway's.
     */
    static Resolved resolve(List<String> configured, List<String> fromFile, MavenProject project) {
        Path basedir = project.getBasedir().toPath();
        List<MigrationLayout.ClasspathRoot> resourceDirs = resourceDirectories(project);
        List<String> own = clean(configured);
        if (!own.isEmpty()) {
            return new Resolved(Origin.CONFIGURED, own.stream()
                    .map(spec -> new Location(spec, resolve(spec, false, basedir, resourceDirs))).toList());
        }
        if (!fromFile.isEmpty()) {
            return new Resolved(Origin.CONFIG_FILE, fromFile.stream()
                    .map(spec -> new Location(spec, resolve(spec, false, basedir, resourceDirs))).toList());
        }
        List<String> flyway = flywayLocations(project);
        if (flyway != null) {
            if (flyway.isEmpty()) {
                flyway = List.of("classpath:db/migration"); // Flyway's own default
            }
            return new Resolved(Origin.FLYWAY, flyway.stream()
                    .map(spec -> new Location(spec, resolve(spec, true, basedir, resourceDirs))).toList());
        }
        return new Resolved(Origin.DEFAULT,
                List.of(new Location(DEFAULT_LOCATION, resolve(DEFAULT_LOCATION, false, basedir, resourceDirs))));
    }

    /**
     * The folders or files a location names that exist.
     *
     * @param classpathByDefault whether a location without a prefix is a classpath location (as in Flyway)
     */
    static List<Path> resolve(String spec, boolean classpathByDefault, Path basedir,
                              List<MigrationLayout.ClasspathRoot> resourceDirs) {
        return MigrationLayout.location(spec, spec, null, basedir, resourceDirs, classpathByDefault).paths();
    }

    /**
     * The {@code locations} of the project's Flyway Maven plugin: from its plugin-level and execution-level
     * configuration, and the {@code flyway.locations} project property; {@code null} when the project does not use
     * the plugin, empty when it uses it with Flyway's default location.
     */
    static List<String> flywayLocations(MavenProject project) {
        Set<String> found = new LinkedHashSet<>();
        boolean usesFlyway = false;
        for (Plugin plugin : project.getBuildPlugins()) {
            if (!FLYWAY_PLUGIN.equals(plugin.getArtifactId()) || plugin.getGroupId() == null
                    || !plugin.getGroupId().startsWith(FLYWAY_GROUP)) {
                continue;
            }
            usesFlyway = true;
            addLocations(plugin.getConfiguration(), found);
            for (PluginExecution execution : plugin.getExecutions()) {
                addLocations(execution.getConfiguration(), found);
            }
        }
        if (!usesFlyway) {
            return null;
        }
        String property = project.getProperties().getProperty("flyway.locations");
        if (found.isEmpty() && property != null) {
            found.addAll(split(property));
        }
        return List.copyOf(found);
    }

    private static void addLocations(Object configuration, Set<String> sink) {
        if (!(configuration instanceof Xpp3Dom dom)) {
            return;
        }
        Xpp3Dom locations = dom.getChild("locations");
        if (locations == null) {
            return;
        }
        if (locations.getChildCount() == 0) {
            if (locations.getValue() != null) {
                sink.addAll(split(locations.getValue()));
            }
            return;
        }
        for (Xpp3Dom location : locations.getChildren()) {
            if (location.getValue() != null) {
                sink.addAll(split(location.getValue()));
            }
        }
    }

    private static List<String> split(String commaSeparated) {
        List<String> result = new ArrayList<>();
        for (String piece : commaSeparated.split(",")) {
            if (!piece.isBlank()) {
                result.add(piece.trim());
            }
        }
        return result;
    }

    static List<String> clean(List<String> values) {
        List<String> result = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null) {
                    result.addAll(split(v));
                }
            }
        }
        return result;
    }

    static List<MigrationLayout.ClasspathRoot> resourceDirectories(MavenProject project) {
        Path basedir = project.getBasedir().toPath();
        List<MigrationLayout.ClasspathRoot> roots = new ArrayList<>();
        List<Resource> resources = project.getBuild() == null ? List.of() : project.getBuild().getResources();
        for (Resource r : resources) {
            if (r.getDirectory() == null) {
                continue;
            }
            Path dir = basedir.resolve(r.getDirectory()).toAbsolutePath().normalize();
            String target = r.getTargetPath() == null ? "" : r.getTargetPath().trim().replace('\\', '/');
            if (target.startsWith("/") || target.startsWith("..") || target.contains(":")) {
                continue; // copied outside the class path
            }
            target = target.replaceAll("/+$", "");
            MigrationLayout.ClasspathRoot root = new MigrationLayout.ClasspathRoot(dir, target);
            if (!roots.contains(root)) {
                roots.add(root);
            }
        }
        if (roots.isEmpty()) {
            roots.add(new MigrationLayout.ClasspathRoot(basedir.resolve("src/main/resources").toAbsolutePath().normalize(), ""));
        }
        return roots;
    }

    /**
     * Whether a file's path relative to its location folder ({@code /}-separated) matches an include (default:
     * {@value #DEFAULT_INCLUDE}) and no exclude.
     */
    static Predicate<String> filter(List<String> includes, List<String> excludes) {
        List<AntPattern> in = clean(includes).stream().map(AntPattern::compile).toList();
        List<AntPattern> out = clean(excludes).stream().map(AntPattern::compile).toList();
        List<AntPattern> include = in.isEmpty() ? List.of(AntPattern.compile(DEFAULT_INCLUDE)) : in;
        return rel -> include.stream().anyMatch(a -> a.matches(rel)) && out.stream().noneMatch(a -> a.matches(rel));
    }

    /**
     * The migration files under the given folders (and the given files themselves) whose path relative to their
     * location folder matches an include and no exclude. Symbolic links are followed, to folders as to files.
     */
    static List<Path> scan(List<Location> locations, List<String> includes, List<String> excludes) {
        Predicate<String> wanted = filter(includes, excludes);
        Set<Path> files = new LinkedHashSet<>();
        for (Location location : locations) {
            for (Path root : location.paths()) {
                if (Files.isRegularFile(root)) {
                    files.add(root);
                    continue;
                }
                Collection<Path> walked;
                try {
                    walked = MigrationLocator.files(root, name -> true).keySet(); // links followed, as on the command line
                } catch (IOException | UncheckedIOException e) {
                    throw new UncheckedIOException(new IOException("cannot list " + root + ": " + e.getMessage(), e));
                }
                for (Path p : walked) {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    if (wanted.test(rel)) {
                        files.add(p);
                    }
                }
            }
        }
        return List.copyOf(files);
    }
}
