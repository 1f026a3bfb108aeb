package io.github.dialectic.config;

import io.github.dialectic.source.FlywayConfig;
import io.github.dialectic.source.FlywayConfigFiles;
import io.github.dialectic.source.MigrationLayout;
import io.github.dialectic.source.SourceException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a project's SQL migrations are and how Flyway reads them, found one way for the command line
 * ({@code --project}, or {@code dialectic.toml}'s layout keys) and {@code dialectic-junit}; the Maven plugin applies
 * the same {@link ProjectConfig} keys to what it finds in the POM. What decides, first match winning:
 * <ol>
 * <li>locations the front end was given (the command line's PATHs), which replace the file's {@code locations} and
 * {@code [vendors]};</li>
 * <li>{@code dialectic.toml}'s {@code locations}, and its {@code [vendors]} on top of whatever the common locations
 * are;</li>
 * <li>Flyway's settings in the project ({@code spring.flyway.*} in {@code application*.properties/yml},
 * {@code flyway.conf}, {@code flyway.toml});</li>
 * <li>Flyway's default, {@code classpath:db/migration}.</li>
 * </ol>
 * Naming and transaction settings come from Flyway's files; placeholders from them with {@code [placeholders]} of
 * {@code dialectic.toml} over them. A Liquibase project is linted through its changelog instead: {@code [liquibase]
 * changelog} of {@code dialectic.toml}, else Spring Boot's default changelog when no Flyway location holds anything.
 *
 * @param flyway   the Flyway settings the files are read with
 * @param layout   the locations resolved, per engine where the project says so
 * @param origin   where the locations came from, for messages
 * @param searched  every settings file looked for, for a message when nothing is found
 * @param changelog the project's Liquibase changelog, to lint instead of the Flyway layout; null for none
 * @param projectDirectory the project's folder (where a changelog's includes are looked up, with its resources)
 */
public record ProjectLayout(FlywayConfig flyway, MigrationLayout layout, String origin, List<Path> searched,
                            Path changelog, Path projectDirectory) {

    /** Spring Boot's default changelogs ({@code spring.liquibase.change-log}), under the resources. */
    public static final List<String> SPRING_BOOT_CHANGELOGS = List.of("db/changelog/db.changelog-master.yaml",
            "db/changelog/db.changelog-master.yml", "db/changelog/db.changelog-master.xml",
            "db/changelog/db.changelog-master.json", "db/changelog/db.changelog-master.sql");

    /** The {@link #origin} of locations the front end was given. */
    public static final String GIVEN = "given";

    public ProjectLayout {
        searched = List.copyOf(searched);
    }

    /**
     * The layout of the project in {@code projectDir}, whose resources are {@code projectDir/src/main/resources}.
     *
     * @param config   its {@code dialectic.toml} ({@link ProjectConfig#NONE}: none)
     * @param profiles Spring profiles to read {@code application-<profile>.*} of (empty: {@code spring.profiles.active})
     * @param given    locations given by the front end, Flyway syntax (a plain path is relative to
     *                 {@code projectDir}); empty for none
     */
    public static ProjectLayout find(Path projectDir, ProjectConfig config, List<String> profiles, List<String> given)
            throws SourceException {
        Path resources = projectDir.resolve("src/main/resources");
        List<MigrationLayout.ClasspathRoot> classpath = List.of(new MigrationLayout.ClasspathRoot(resources, ""));
        FlywayConfigFiles.Found found = FlywayConfigFiles.read(projectDir, List.of(resources), profiles);
        FlywayConfig flyway = found.config();
        Map<io.github.dialectic.engine.Engine, List<String>> vendors = config.vendorSpecs();
        String origin;
        if (!given.isEmpty()) {
            // a plain path of the command line's is a path, not a class-path location as in Flyway's files
            flyway = flyway.withLocations(given.stream().map(l -> l.startsWith("classpath:")
                    || l.startsWith("filesystem:") ? l : "filesystem:" + l).toList());
            vendors = Map.of();
            origin = GIVEN;
        } else if (!config.locations().isEmpty() || !vendors.isEmpty()) {
            origin = config.file().toString() + (config.locations().isEmpty() ? " with "
                    + flywayOrigin(found, projectDir) : "");
            flyway = config.applyTo(flyway);
        } else {
            origin = flywayOrigin(found, projectDir);
        }
        flyway = flyway.withPlaceholders(config.placeholders());
        MigrationLayout layout = MigrationLayout.resolve(flyway.locations(), vendors, projectDir, classpath, true);
        Path changelog = null;
        if (given.isEmpty() && config.liquibase() != null) {
            changelog = config.changelog();
            if (!Files.isRegularFile(changelog)) {
                throw new SourceException(config.file(), 0, "[liquibase] changelog " + config.liquibase().changelog()
                        + ": no such file (" + changelog + ")");
            }
            origin = config.file() + " [liquibase]";
        } else if (given.isEmpty() && config.locations().isEmpty() && vendors.isEmpty()
                && layout.locations().stream().allMatch(l -> l.paths().isEmpty())) {
            for (String spring : SPRING_BOOT_CHANGELOGS) {
                if (Files.isRegularFile(resources.resolve(spring))) {
                    changelog = resources.resolve(spring);
                    origin = "Spring Boot's default changelog location";
                    break;
                }
            }
        }
        return new ProjectLayout(flyway, layout, origin, found.searched(), changelog, projectDir);
    }

    /**
     * The layout of paths a front end was given (the command line's PATHs): they replace {@code dialectic.toml}'s
     * {@code locations} and {@code [vendors]}, its {@code [placeholders]} still apply; a path with {@code {vendor}} is
     * a folder per engine.
     */
    public static ProjectLayout ofPaths(List<Path> paths, ProjectConfig config) {
        FlywayConfig flyway = FlywayConfig.defaults().withLocations(paths.stream().map(p -> "filesystem:" + p).toList())
                .withPlaceholders(config.placeholders());
        return new ProjectLayout(flyway, MigrationLayout.ofPaths(paths), GIVEN, List.of(), null, Path.of(""));
    }

    private static String flywayOrigin(FlywayConfigFiles.Found found, Path projectDir) {
        return found.any() ? "the Flyway settings in " + found.read().stream().map(Path::toString)
                .collect(Collectors.joining(", "))
                : "Flyway's defaults (no application*.properties/yml, flyway.conf or flyway.toml in " + projectDir + ")";
    }

    /** The locations as written (the changelog, for a Liquibase project), for messages. */
    public String where() {
        return changelog != null ? changelog.toString() : layout.locations().stream().map(MigrationLayout.Location::spec).distinct()
                .collect(Collectors.joining(", "));
    }
}
