package io.github.dialectic.cli;

import io.github.dialectic.config.ProjectConfig;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.ParseCache;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SqlFlavor;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What decides which findings a lint makes, shared by {@code lint} and {@code baseline} so that a baseline is written
 * under the same options it is later checked with.
 */
final class LinterSettings {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--target", split = ",", paramLabel = "ENGINE[:VERSION]",
            description = "Engines to check against: mysql, mariadb, postgresql, sqlite, db2, each with an optional "
                    + ":VERSION; aliases such as postgres, pg, mysql8, sqlite3 work too (default: the latest of each).")
    List<String> targets;

    @Option(names = "--disable", split = ",", paramLabel = "RULE", description = "Rule ids to turn off.")
    List<String> disabled;

    @Option(names = "--severity", split = ",", paramLabel = "RULE=LEVEL", description = "Change a rule's severity.")
    Map<String, String> severities;

    @Option(names = "--flavor", paramLabel = "FLAVOR",
            description = "SQL flavour of the files: generic, mysql, postgresql, sqlite, db2 (default: detected per file).")
    String flavor;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where to keep parse results between runs (default: $XDG_CACHE_HOME/dialectic or ~/.cache/dialectic).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Neither read nor write the parse cache.")
    boolean noCache;

    @Option(names = "--baseline-root", paramLabel = "DIR", description = "The directory a baseline's file paths are "
            + "relative to (default: the directory of dialectic.toml if there is one, else the working directory; the "
            + "Maven plugin's are relative to the project directory).")
    Path baselineRoot;

    @Option(names = "--changelog", paramLabel = "FILE", description = "A Liquibase changelog (XML, YAML, JSON or "
            + "formatted SQL) to lint with what it includes; found without it when a PATH is a changelog or a folder "
            + "holding db.changelog-master.xml (.yaml, .yml, .json, .sql).")
    List<Path> changelogs;

    @Option(names = "--contexts", paramLabel = "EXPR",
            description = "Liquibase contexts of the run (default: every changeset, as Liquibase).")
    String contexts;

    @Option(names = "--labels", paramLabel = "EXPR",
            description = "Liquibase label expression of the run (default: every changeset).")
    String labels;

    @Option(names = "--search-path", split = ",", paramLabel = "DIR",
            description = "Folders Liquibase include paths are resolved in, after the changelog's own (default: the "
                    + "working directory and src/main/resources if present).")
    List<Path> searchPath;

    @CommandLine.Mixin
    ConfigFile configFile;

    /** The project's settings file ({@link ConfigFile#config}). */
    ProjectConfig config() {
        return configFile.config();
    }

    /** Whether the targets were asked for ({@code --target}, dialectic.toml's {@code targets}), not the default. */
    boolean targetsGiven() {
        return targets != null && !targets.isEmpty() || config().targets() != null;
    }

    /** What a baseline's paths are relative to. */
    Path baselineRoot() {
        return baselineRoot != null ? baselineRoot : config().directory() != null ? config().directory() : Path.of("");
    }

    /**
     * The linter options: the settings file's, with the command line's options in their place where given (a
     * {@code --severity} overrides the file's severity for that rule only); a mistake is a usage error naming the
     * option.
     */
    LintOptions options() {
        LintOptions options = config().applyTo(LintOptions.defaults());
        if (targets != null && !targets.isEmpty()) {
            options = options.withTargets(parse("--target", () -> Targets.parse(targets)));
        }
        RuleRegistry registry = Preload.registry();
        if (disabled != null) {
            for (String id : disabled) {
                parse("--disable", () -> requireRule(registry, id));
            }
            options = options.withDisabled(new HashSet<>(disabled));
        }
        if (severities != null) {
            Map<String, Severity> map = new LinkedHashMap<>(options.severityOverrides());
            for (Map.Entry<String, String> e : severities.entrySet()) {
                parse("--severity", () -> requireRule(registry, e.getKey()));
                map.put(e.getKey(), parse("--severity", () -> Severity.parse(e.getValue())));
            }
            options = options.withSeverities(map);
        }
        if (severities != null) { // a severity for a rule that does not run would be read and never used
            for (String id : severities.keySet()) {
                if (options.disabledRules().contains(id)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--severity " + id + ": the rule is "
                            + "disabled (" + (disabled != null && disabled.contains(id) ? "--disable"
                            : config().file() + "'s [rules] disable") + "), so it reports nothing at any severity");
                }
            }
        }
        if (flavor != null) {
            options = options.withFlavor(parse("--flavor", () -> flavor(flavor)));
        }
        if (cacheDir != null && noCache) { // one of them would be ignored
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--cache-dir and --no-cache contradict each other: give one");
        }
        if (cacheDir != null && cacheDir.toString().isBlank()) { // Path.of("") is the working directory
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--cache-dir: empty path; name a directory, or use --no-cache");
        }
        return options;
    }

    /** The flavour {@code text} names; an unknown one is an IllegalArgumentException naming the valid ones. */
    static SqlFlavor flavor(String text) {
        try {
            return SqlFlavor.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown flavor '" + text + "'" + io.github.dialectic.DidYouMean
                    .hint(text, List.of("generic", "mysql", "postgresql", "sqlite", "db2"))
                    + "; valid: generic, mysql, postgresql, sqlite, db2", e);
        }
    }

    /** The settings file's {@code locations} ({@link ConfigFile#configuredPaths}). */
    List<Path> configuredPaths() {
        return configFile.configuredPaths();
    }

    /**
     * dialectic.toml's {@code [liquibase]} where the command line says nothing: its changelog (without
     * {@code --changelog}), contexts and labels; {@code project} (null: the working directory) is where its includes
     * are looked for.
     */
    void applyConfiguredLiquibase(Path changelog, Path project) {
        ProjectConfig.Liquibase lb = config().liquibase();
        if (changelogs == null || changelogs.isEmpty()) {
            changelogs = List.of(changelog);
        }
        if (lb != null && contexts == null) {
            contexts = lb.contexts();
        }
        if (lb != null && labels == null) {
            labels = lb.labels();
        }
        if (project != null && (searchPath == null || searchPath.isEmpty())) {
            searchPath = java.util.stream.Stream.of(project, project.resolve("src/main/resources"))
                    .filter(java.nio.file.Files::isDirectory).toList();
        }
    }

    /**
     * Refuses {@code --contexts}, {@code --labels} and {@code --search-path} where no Liquibase changelog is linted:
     * they choose changesets and find includes, and would otherwise be read and ignored.
     */
    void requireNoChangelogOptions() {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        for (String option : List.of("--contexts", "--labels", "--search-path")) {
            if (parsed != null && parsed.hasMatchedOption(option)) {
                throw new CommandLine.ParameterException(spec.commandLine(), option + " is about Liquibase changesets, "
                        + "and no changelog is linted here (a changelog file, a folder holding db.changelog-master.*, "
                        + "formatted SQL, or --changelog FILE)");
            }
        }
    }

    private static String requireRule(RuleRegistry registry, String id) {
        if (!registry.knows(id)) {
            throw new IllegalArgumentException(registry.unknownRuleMessage(id, ""));
        }
        return id;
    }

    /** The parse cache to use, or null with {@code --no-cache}. */
    ParseCache cache() {
        return noCache ? null : ParseCache.at(cacheDir != null ? cacheDir : ParseCache.defaultDir());
    }

    /** The value {@code parse} makes; its IllegalArgumentException becomes a usage error naming {@code option}. */
    <T> T parse(String option, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    (option.isEmpty() ? "" : option + ": ") + e.getMessage());
        }
    }
}
