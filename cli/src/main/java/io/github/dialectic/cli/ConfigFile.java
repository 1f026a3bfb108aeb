package io.github.dialectic.cli;

import io.github.dialectic.config.ProjectConfig;
import io.github.dialectic.config.ProjectLayout;
import io.github.dialectic.source.SourceException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/**
 * Which {@value ProjectConfig#FILE_NAME} a command reads ({@code --config}, {@code --no-config}), shared by every
 * command that reads one ({@code lint}, {@code baseline}, {@code rehearse}), so that none ignores what the file says.
 */
final class ConfigFile {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "The settings file to read (default: "
            + ProjectConfig.FILE_NAME + " in the working directory or the nearest parent, up to the checkout's root). "
            + "Options given here override its settings.")
    Path file;

    @Option(names = "--no-config", description = "Read no " + ProjectConfig.FILE_NAME + ".")
    boolean none;

    /** {@code lint --project DIR}: where dialectic.toml is looked for when the working directory has none. */
    Path projectDirectory;

    private ProjectConfig config;

    /**
     * The project's settings file, read once: {@code --config FILE}, else the {@value ProjectConfig#FILE_NAME} found
     * from the working directory; {@link ProjectConfig#NONE} with {@code --no-config}. A mistake in it is a usage
     * error naming the file and line.
     */
    ProjectConfig config() {
        if (config == null) {
            if (none && file != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--config and --no-config contradict each other");
            }
            try {
                config = none ? ProjectConfig.NONE : file != null
                        ? ProjectConfig.read(file, Preload.registry().ids())
                        : projectDirectory != null && ProjectConfig.find(Path.of("")).isEmpty()
                        ? ProjectConfig.load(projectDirectory, Preload.registry().ids())
                        : ProjectConfig.load(Path.of(""), Preload.registry().ids());
            } catch (SourceException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return config;
    }

    /**
     * The migrations to lint when the command line names none: the settings file's {@code locations}, resolved against
     * its directory; empty when it has none. (Engine sets and placeholders of the file are linted as a layout:
     * {@code ProjectLayout}.)
     */
    List<Path> configuredPaths() {
        ProjectConfig c = config();
        return c.locations().stream().map(c::resolve).toList();
    }

    /**
     * The migrations as the lint finds them: {@code paths} when given (the file's {@code [placeholders]} still
     * apply), else the file's layout when it shapes one ({@code [vendors]}, {@code {vendor}}, placeholders,
     * {@code [liquibase]}; {@code profiles}: the Spring profiles read there), else its {@code locations} as paths;
     * null when neither names any.
     */
    ProjectLayout layout(List<Path> paths, List<String> profiles) throws SourceException {
        ProjectConfig c = config();
        if (paths.isEmpty() && (c.shapesLayout() || c.liquibase() != null)) {
            return ProjectLayout.find(c.directory(), c, profiles, List.of());
        }
        List<Path> named = paths.isEmpty() ? configuredPaths() : paths;
        return named.isEmpty() ? null : ProjectLayout.ofPaths(named, c);
    }
}
