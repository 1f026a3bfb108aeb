package io.github.dialectic.maven;

import io.github.dialectic.config.ProjectConfig;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Baseline;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.lint.MigrationSetsLinter;
import io.github.dialectic.source.FlywayConfig;
import io.github.dialectic.source.FlywayConfigFiles;
import io.github.dialectic.source.MigrationLayout;
import io.github.dialectic.lint.ParseCache;
import io.github.dialectic.liquibase.ChangelogLint;
import io.github.dialectic.liquibase.ChangelogOptions;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.SourceException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;

/** What the goals share: finding the migrations, configuring the rules and running the linter. */
abstract class AbstractDialecticMojo extends AbstractMojo {

    /** The baseline file used when the {@code baseline} parameter is not set, relative to the project base directory. */
    static final String DEFAULT_BASELINE = Baseline.DEFAULT_FILE;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /**
     * Where parse results and findings are kept between builds, keyed by each file's content and path, the
     * configuration and the build of Dialectic (applied migrations never change): a build over unchanged migrations
     * runs no rule, and a new migration is the only file checked. Default: the user cache directory shared with the
     * command line ({@code $XDG_CACHE_HOME/dialectic} or {@code ~/.cache/dialectic}).
     */
    @Parameter(property = "dialectic.cacheDirectory")
    protected File cacheDirectory;

    /** Neither read nor write the caches. */
    @Parameter(property = "dialectic.noCache", defaultValue = "false")
    protected boolean noCache;

    /** Skips Dialectic entirely. */
    @Parameter(property = "dialectic.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Where the migrations are: folders (searched recursively) or single files. Flyway syntax is understood:
     * {@code filesystem:path} is relative to the project base directory, {@code classpath:path} is looked up under
     * the project's resource directories; a path without a prefix is relative to the project base directory. When
     * unset, the {@code locations} of the project's {@code flyway-maven-plugin} are used if it has one, else
     * {@code src/main/resources/db/migration}.
     */
    @Parameter(property = "dialectic.locations")
    protected List<String> locations;

    /**
     * The Spring profiles whose {@code application-<profile>.properties/yml} are read for {@code spring.flyway.*}
     * when the migrations are found through Spring Boot's settings. Default: {@code spring.profiles.active}.
     */
    @Parameter(property = "dialectic.profiles")
    protected List<String> profiles;

    /** Ant-style patterns, relative to each location folder, of the files to lint. Default: {@code **}{@code /*.sql}. */
    @Parameter(property = "dialectic.includes")
    protected List<String> includes;

    /** Ant-style patterns, relative to each location folder, of files to leave out. */
    @Parameter(property = "dialectic.excludes")
    protected List<String> excludes;

    /**
     * The engines the migrations must run on, as on the command line: comma-separated {@code engine[:version]}, e.g.
     * {@code db2,postgresql:15}. Engines: mysql, mariadb, postgresql, sqlite, db2. Default: the latest release of
     * each.
     */
    @Parameter(property = "dialectic.targets")
    protected String targets;

    /**
     * Per-rule configuration: <code>&lt;rule&gt;&lt;id&gt;rule-id&lt;/id&gt;&lt;severity&gt;warning&lt;/severity&gt;
     * &lt;enabled&gt;false&lt;/enabled&gt;&lt;options&gt;...&lt;/options&gt;&lt;/rule&gt;</code>. On the command line use
     * {@code dialectic.disabledRules} and {@code dialectic.ruleSeverities} instead.
     */
    // Entities, not {@code <rule>...}: that put the tags raw into the HTML descriptor, and the report stripped them.
    @Parameter
    protected List<RuleConfig> rules;

    /** Rule ids to turn off, e.g. {@code -Ddialectic.disabledRules=index-name-collision,fk-on-update-action}. */
    @Parameter(property = "dialectic.disabledRules")
    protected List<String> disabledRules;

    /**
     * New severities as {@code rule-id=severity} (error, warning or info), e.g.
     * {@code -Ddialectic.ruleSeverities=nullable-unique-key=warning}.
     */
    @Parameter(property = "dialectic.ruleSeverities")
    protected List<String> ruleSeverities;

    /**
     * The baseline file: findings listed in it are accepted, and {@code check} fails only on new ones. Relative paths
     * are resolved against the project base directory. Default: {@code dialectic-baseline.json} in the project base
     * directory, used by {@code check} only if it exists.
     */
    @Parameter(property = "dialectic.baseline")
    protected File baseline;

    /**
     * A Liquibase changelog to lint (XML, YAML, JSON or formatted SQL), with what it includes, instead of SQL
     * migrations: a path relative to the project directory or the resource directories ({@code classpath:}
     * allowed). When unset, the {@code changeLogFile} of the project's {@code liquibase-maven-plugin} is used if it
     * has one, else Spring Boot's {@code db/changelog/db.changelog-master.yaml} (.yml, .xml, .json, .sql) when the
     * project has no Flyway migrations.
     */
    @Parameter(property = "dialectic.changelog")
    protected String changelog;

    /** Liquibase contexts of the run (default: those of the liquibase-maven-plugin; none: every changeset). */
    @Parameter(property = "dialectic.contexts")
    protected String contexts;

    /** Liquibase label expression of the run (default: the liquibase-maven-plugin's labelFilter; none: every changeset). */
    @Parameter(property = "dialectic.labels")
    protected String labels;

    /**
     * The settings file shared with the command line and dialectic-junit ({@code dialectic.toml}): read when it exists;
     * the parameters above override what it says.
     */
    @Parameter(property = "dialectic.configFile", defaultValue = "${project.basedir}/dialectic.toml")
    protected File configFile;

    private ProjectConfig config;

    /** The settings file, read once; {@link ProjectConfig#NONE} when there is none. */
    protected ProjectConfig config() throws MojoExecutionException {
        if (config == null) {
            Path file = configFile == null ? basedir().resolve(ProjectConfig.FILE_NAME) : configFile.toPath();
            try {
                config = Files.isRegularFile(file)
                        ? ProjectConfig.read(file, RuleRegistry.load(getClass().getClassLoader()).ids())
                        : ProjectConfig.NONE;
            } catch (SourceException e) { // names the file and the line
                throw new MojoExecutionException("Dialectic configuration file " + e.getMessage(), e);
            }
        }
        return config;
    }

    /** The linter's result with what is needed to present it. */
    record Run(LintReport report, List<Path> files, MigrationSources.Resolved sources) {
    }

    protected Path basedir() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    /** A finding's file as stored in baselines and reports: relative to the base directory, {@code /}-separated. */
    protected String relativize(String file) {
        return Baseline.relativize(file, basedir());
    }

    /**
     * The baseline {@code check} and {@code report} apply: the configured file (which must exist), or the default
     * file if it exists; null for none.
     */
    protected Baseline readBaseline() throws MojoExecutionException {
        config();
        Path file = baselinePath();
        if (Files.exists(file)) {
            try {
                return Baseline.read(file);
            } catch (SourceException e) { // names the file and the line
                throw new MojoExecutionException("Cannot read the Dialectic baseline " + e.getMessage(), e);
            }
        } else if (baseline != null || config().baseline() != null) {
            throw new MojoExecutionException("The Dialectic baseline " + file + " does not exist; create it with "
                    + "'mvn dialectic:baseline' or remove the " + (baseline != null ? "dialectic.baseline setting"
                    : "baseline of " + config().file()));
        }
        return null;
    }

    /** The report as reports show it: only {@code findings}, every path relative to the project base directory. */
    protected LintReport shown(LintReport report, List<io.github.dialectic.finding.Finding> findings) {
        return report.withFindings(findings).withFileNames(this::relativize);
    }

    protected Path baselinePath() {
        if (baseline == null && config != null && config.baseline() != null) {
            return config.baseline();
        }
        File f = baseline != null ? baseline : new File(DEFAULT_BASELINE);
        return f.isAbsolute() ? f.toPath().normalize() : basedir().resolve(f.toPath()).normalize();
    }

    /** Lints the project's migrations, or takes the result of {@code dialectic:start}; {@code null} when there are none. */
    protected Run lint() throws MojoExecutionException, MojoFailureException {
        Prepared prepared = prepare();
        if (prepared == null) {
            return null;
        }
        Object started = getPluginContext() == null ? null : getPluginContext().remove(BACKGROUND);
        if (started instanceof Background background) {
            if (background.key().equals(prepared.key())) {
                getLog().info("Dialectic: " + prepared.description() + ": linted in the background since dialectic:start");
                return background.await();
            }
            getLog().info("Dialectic: the migrations or the configuration changed since dialectic:start");
        }
        getLog().info("Dialectic: linting " + prepared.description());
        return prepared.run();
    }

    /** The plugin-context key under which {@code dialectic:start} leaves its lint for {@code check} and {@code baseline}. */
    static final String BACKGROUND = "dialectic.background";

    /** A lint running in the background, and what it was started for. */
    record Background(String key, FutureTask<Run> task) {
        Run await() throws MojoExecutionException, MojoFailureException {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MojoExecutionException("Dialectic: interrupted while waiting for the background lint", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof MojoFailureException f) {
                    throw f;
                } else if (cause instanceof MojoExecutionException x) {
                    throw x;
                } else if (cause instanceof RuntimeException r) {
                    throw r;
                } else if (cause instanceof Error err) {
                    throw err;
                }
                throw new MojoExecutionException("Dialectic: the background lint failed: " + cause, cause);
            }
        }
    }

    /**
     * Everything about a lint but the linting: configuration checked, migrations found, and a key that changes when
     * any of it does (options, cache settings, each file's path and content; see {@link #stalenessKey}).
     */
    record Prepared(String key, String description, Linter linter, List<Path> files, MigrationSources.Resolved sources,
                    ChangelogRun changelog, Flyway flyway) {
        Prepared(String key, String description, Linter linter, List<Path> files, MigrationSources.Resolved sources) {
            this(key, description, linter, files, sources, null, null);
        }

        Run run() throws MojoFailureException {
            try {
                LintReport report = changelog != null ? changelog.lint().lint(changelog.file())
                        : flyway != null ? flyway.linter().lint(flyway.layout(), flyway.config()).report()
                        : linter.lint(files);
                return new Run(report, files, sources);
            } catch (SourceException e) {
                throw new MojoFailureException("Dialectic cannot read the migrations: " + e.getMessage(), e);
            }
        }
    }

    /** A Liquibase changelog to lint, and the lint for it. */
    record ChangelogRun(Path file, ChangelogLint lint) {
    }

    /**
     * A Flyway layout linted set by set ({@link MigrationSetsLinter}): locations with {@code {vendor}}, placeholders or
     * Flyway naming of the project's own.
     */
    record Flyway(MigrationLayout layout, FlywayConfig config, MigrationSetsLinter linter) {
    }

    /** Checks the configuration and finds the migrations; {@code null} (and says so) when there are none. */
    protected Prepared prepare() throws MojoExecutionException {
        RuleRegistry registry = RuleRegistry.load(getClass().getClassLoader());
        LintOptions options = options(registry);
        Prepared liquibase = prepareChangelog(registry, options);
        if (liquibase != null) {
            return liquibase;
        }
        if (contexts != null || labels != null) { // they choose changesets, and there is no changelog
            getLog().warn("Dialectic: " + (contexts != null ? "contexts" : "labels") + " not used: no Liquibase "
                    + "changelog is linted (changelog, the liquibase-maven-plugin's changeLogFile, dialectic.toml's "
                    + "[liquibase], Spring Boot's db/changelog/db.changelog-master.*)");
        }

        ProjectConfig file = config();
        // the file's paths are relative to it; classpath: locations are looked up in the project's resources
        List<String> fileLocations = file.locationSpecs();
        MigrationSources.Resolved sources = MigrationSources.resolve(locations, fileLocations, project);
        FlywayConfig flywayConfig = null;
        List<Path> lookedIn = new java.util.ArrayList<>();
        if (sources.origin() != MigrationSources.Origin.CONFIGURED
                && sources.origin() != MigrationSources.Origin.CONFIG_FILE) { // Dialectic's own locations come first
            List<Path> resourceDirs = MigrationSources.resourceDirectories(project).stream()
                    .map(MigrationLayout.ClasspathRoot::dir).toList();
            FlywayConfigFiles.Found found;
            try {
                found = FlywayConfigFiles.read(basedir(), resourceDirs, MigrationSources.clean(profiles));
            } catch (SourceException e) { // names the file and the line
                throw new MojoExecutionException("Dialectic cannot read the Flyway settings: " + e.getMessage(), e);
            }
            lookedIn.addAll(found.searched());
            if (sources.origin() == MigrationSources.Origin.FLYWAY) {
                flywayConfig = found.config().with(MigrationSources.flywaySettings(project));
                if (!MigrationSources.flywayLocations(project).isEmpty()) {
                    flywayConfig = flywayConfig.withLocations(MigrationSources.flywayLocations(project));
                }
            } else if (found.any()) {
                flywayConfig = found.config();
                sources = MigrationSources.Resolved.spring(flywayConfig.locations(), found.read().stream()
                        .map(p -> basedir().relativize(p.toAbsolutePath().normalize()).toString()).toList(), project);
            }
        }
        if (!MigrationSources.clean(profiles).isEmpty() && (sources.origin() == MigrationSources.Origin.CONFIGURED
                || sources.origin() == MigrationSources.Origin.CONFIG_FILE)) {
            // read, and of no use: say so rather than let the build look as if they chose the migrations
            getLog().warn("Dialectic: profiles " + MigrationSources.clean(profiles) + " not used: the migrations come "
                    + "from " + sources.description() + ", not from Spring Boot's application-<profile> settings");
        }
        // dialectic.toml's engine sets and placeholders; the plugin's own locations replace its locations and sets
        boolean ownLocations = sources.origin() == MigrationSources.Origin.CONFIGURED;
        Map<io.github.dialectic.engine.Engine, List<String>> vendors = ownLocations ? Map.of() : file.vendorSpecs();
        if (!vendors.isEmpty() || !file.placeholders().isEmpty() || file.shapesLayout() && !ownLocations) {
            flywayConfig = (flywayConfig != null ? flywayConfig : FlywayConfig.defaults().withLocations(sources
                    .locations().stream().map(MigrationSources.Location::spec).toList()))
                    .withPlaceholders(file.placeholders()).readAlsoFrom(file.file().toString());
            if (sources.origin() != MigrationSources.Origin.CONFIG_FILE) {
                sources = new MigrationSources.Resolved(sources.origin(), sources.locations(), sources.description()
                        + " and " + relativize(file.file().toString()));
            }
        }
        // what only Flyway's reading of the files gets right: else includes and excludes apply, as before
        if (flywayConfig != null && (flywayConfig.hasVendorLocations() || !flywayConfig.placeholders().isEmpty()
                || !flywayConfig.namedAsByDefault() || !vendors.isEmpty())) {
            return prepareFlyway(registry, options, sources, flywayConfig, vendors, lookedIn);
        }
        List<String> missing = sources.locations().stream().filter(l -> l.paths().isEmpty())
                .map(MigrationSources.Location::spec).toList();
        if (!missing.isEmpty() && (sources.origin() == MigrationSources.Origin.CONFIGURED
                || sources.origin() == MigrationSources.Origin.CONFIG_FILE)) {
            throw new MojoExecutionException("Dialectic location" + (missing.size() == 1 ? "" : "s") + " "
                    + String.join(", ", missing) + " (from " + (sources.origin() == MigrationSources.Origin.CONFIGURED
                    ? "dialectic.locations" : file.file().toString()) + ") "
                    + (missing.size() == 1 ? "does" : "do") + " not exist in " + basedir());
        }
        if (!missing.isEmpty() && (sources.origin() == MigrationSources.Origin.FLYWAY
                || sources.origin() == MigrationSources.Origin.SETTINGS)) {
            getLog().warn("Dialectic: Flyway location" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + " not found in the project's files; skipped");
        }
        List<Path> files;
        try {
            files = MigrationSources.scan(sources.locations(), includes, excludes);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getCause().getMessage(), e.getCause());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Dialectic includes/excludes: " + e.getMessage(), e);
        }
        String where = sources.locations().stream().map(MigrationSources.Location::spec)
                .collect(Collectors.joining(", "));
        if (files.isEmpty()) {
            int present = MigrationSources.scan(sources.locations(), List.of("**"), List.of()).size();
            if (present > 0) { // includes that match nothing are a mistake, as a path without .sql files is on the command line
                throw new MojoExecutionException("Dialectic: the includes " + MigrationSources.clean(includes)
                        + " and excludes " + MigrationSources.clean(excludes) + " match no file in " + where + " ("
                        + sources.description() + ", which holds " + present + " file" + (present == 1 ? "" : "s")
                        + "); default includes: " + MigrationSources.DEFAULT_INCLUDE);
            }
            warnNothingFound(where, sources, MigrationLayout.resolve(sources.locations().stream()
                    .map(MigrationSources.Location::spec).toList(), java.util.Map.of(), basedir(),
                    MigrationSources.resourceDirectories(project),
                    sources.origin() == MigrationSources.Origin.FLYWAY
                            || sources.origin() == MigrationSources.Origin.SETTINGS).searched(), lookedIn);
            return null;
        }
        String description = files.size() + " migration file" + (files.size() == 1 ? "" : "s") + " in " + where + " ("
                + sources.description() + "); targets: "
                + options.targets().asList().stream().map(Object::toString).collect(Collectors.joining(", "));

        Path cache = noCache ? null : cacheDirectory != null ? cacheDirectory.toPath() : ParseCache.defaultDir();
        Linter linter;
        try {
            linter = new Linter(registry, options, cache == null ? null : ParseCache.at(cache));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Dialectic configuration: " + e.getMessage(), e);
        }
        String configuration = options.targets() + "|" + new java.util.TreeSet<>(options.disabledRules()) + "|"
                + new java.util.TreeMap<>(options.severityOverrides()) + "|" + options.flavor() + "|"
                + options.parseTimeout() + "|" + cache;
        return new Prepared(stalenessKey(configuration, files), description, linter, files, sources);
    }

    /**
     * No migrations: a project whose migrations are elsewhere must not pass as clean, so this is a warning that says
     * where Dialectic looked for migrations and for Flyway's settings.
     */
    private void warnNothingFound(String where, MigrationSources.Resolved sources, List<Path> folders,
                                  List<Path> settingsFiles) {
        getLog().warn("Dialectic: no migrations found in " + where + " (" + sources.description()
                + "); nothing was linted. Looked in: " + folders.stream().map(p -> relativize(p.toString())).distinct()
                .collect(Collectors.joining(", ")) + (settingsFiles.isEmpty() ? "" : "; for Flyway settings in: "
                + settingsFiles.stream().map(p -> relativize(p.toString())).distinct()
                .collect(Collectors.joining(", "))) + ". Set dialectic.locations, or Flyway's locations "
                + "(spring.flyway.locations, flyway.conf, flyway.toml, flyway-maven-plugin)");
    }

    /** {@link #prepare} for a Flyway layout linted set by set: {@code {vendor}} folders, placeholders. */
    private Prepared prepareFlyway(RuleRegistry registry, LintOptions options, MigrationSources.Resolved sources,
                                   FlywayConfig config, Map<io.github.dialectic.engine.Engine, List<String>> vendors,
                                   List<Path> lookedIn) throws MojoExecutionException {
        // a plain location is a class-path one in Flyway's settings, a path in the plugin's own
        boolean plainIsClasspath = sources.origin() == MigrationSources.Origin.FLYWAY
                || sources.origin() == MigrationSources.Origin.SETTINGS;
        MigrationLayout layout = MigrationLayout.resolve(config.locations(), vendors, basedir(),
                MigrationSources.resourceDirectories(project), plainIsClasspath);
        if (!MigrationSources.clean(includes).isEmpty() || !MigrationSources.clean(excludes).isEmpty()) {
            try {
                layout = layout.filtered(MigrationSources.filter(includes, excludes));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("Dialectic includes/excludes: " + e.getMessage(), e);
            }
        }
        String where = layout.locations().stream().map(MigrationLayout.Location::spec).distinct()
                .collect(Collectors.joining(", "));
        List<String> missing = layout.missingCommon();
        if (!missing.isEmpty()) {
            getLog().warn("Dialectic: Flyway location" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + " not found in the project's files; skipped");
        }
        List<io.github.dialectic.source.MigrationSet> sets;
        try {
            sets = layout.sets(options.targets(), config);
        } catch (SourceException e) {
            throw new MojoExecutionException("Dialectic cannot read the migrations: " + e.getMessage(), e);
        }
        java.util.Set<Path> all = new LinkedHashSet<>();
        sets.forEach(set -> all.addAll(set.files()));
        List<Path> files = List.copyOf(all);
        if (files.isEmpty()) {
            if (!MigrationSources.clean(includes).isEmpty() || !MigrationSources.clean(excludes).isEmpty()) {
                throw new MojoExecutionException("Dialectic: the includes " + MigrationSources.clean(includes)
                        + " and excludes " + MigrationSources.clean(excludes) + " match no migration in " + where
                        + " (" + sources.description() + "); default includes: " + MigrationSources.DEFAULT_INCLUDE);
            }
            warnNothingFound(where, sources, layout.searched(), lookedIn);
            return null;
        }
        Path cache = noCache ? null : cacheDirectory != null ? cacheDirectory.toPath() : ParseCache.defaultDir();
        MigrationSetsLinter linter;
        try {
            linter = new MigrationSetsLinter(registry, options, cache == null ? null : ParseCache.at(cache));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Dialectic configuration: " + e.getMessage(), e);
        }
        StringBuilder description = new StringBuilder(files.size() + " migration file" + (files.size() == 1 ? "" : "s")
                + " in " + where + " (" + sources.description() + ")");
        if (layout.perEngine()) {
            description.append("; each engine's set against that engine: ");
            description.append(new MigrationSetsLinter.Result(null, sets).describeSets().stream()
                    .collect(Collectors.joining("; ")));
        } else {
            description.append("; targets: ").append(options.targets().asList().stream().map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        if (!config.placeholders().isEmpty()) {
            description.append("; placeholders: ").append(String.join(", ", new java.util.TreeSet<>(config.placeholders().keySet())));
        }
        String configuration = options.targets() + "|" + new java.util.TreeSet<>(options.disabledRules()) + "|"
                + new java.util.TreeMap<>(options.severityOverrides()) + "|" + options.flavor() + "|"
                + options.parseTimeout() + "|" + cache + "|" + config + "|" + vendors + "|" + includes + "|" + excludes;
        return new Prepared(stalenessKey(configuration, files), description.toString(), null, files, sources,
                null, new Flyway(layout, config, linter));
    }

    /**
     * The project's Liquibase changelog, prepared for linting: Dialectic's {@code changelog} parameter, else (without
     * Dialectic {@code locations}) the liquibase-maven-plugin's {@code changeLogFile}, else Spring Boot's default
     * changelog when there is no Flyway configuration or folder; null when none of them applies.
     */
    private Prepared prepareChangelog(RuleRegistry registry, LintOptions options) throws MojoExecutionException {
        LiquibaseChangelog.Setting setting = null;
        ProjectConfig.Liquibase fromFile = config().liquibase();
        if (changelog != null && !changelog.isBlank()) {
            setting = new LiquibaseChangelog.Setting(changelog.trim(), null, null, List.of(),
                    "the plugin configuration");
        } else if (fromFile != null && MigrationSources.clean(locations).isEmpty()) {
            // a classpath: changelog is looked up in the project's resources; any other is relative to the file
            setting = new LiquibaseChangelog.Setting(fromFile.changelog().startsWith("classpath:")
                    ? fromFile.changelog() : config().changelog().toString(), fromFile.contexts(), fromFile.labels(),
                    List.of(), relativize(config().file().toString()));
        } else if (MigrationSources.clean(locations).isEmpty()) {
            setting = LiquibaseChangelog.fromLiquibasePlugin(project);
            if (setting == null && MigrationSources.flywayLocations(project) == null
                    && config().locations().isEmpty() && config().vendorSets().isEmpty()
                    && !Files.isDirectory(basedir().resolve(MigrationSources.DEFAULT_LOCATION))) {
                setting = LiquibaseChangelog.springBootDefault(project);
            }
        }
        if (setting == null) {
            return null;
        }
        List<Path> found = LiquibaseChangelog.resolve(setting.changeLogFile(), project);
        if (found.isEmpty()) {
            throw new MojoExecutionException("Dialectic: the Liquibase changelog " + setting.changeLogFile() + " (from "
                    + setting.origin() + ") is neither in " + basedir() + " nor in the resource directories");
        }
        Path file = found.get(0);
        ChangelogOptions changelogOptions = new ChangelogOptions(contexts != null ? contexts : setting.contexts(),
                labels != null ? labels : setting.labels(), LiquibaseChangelog.searchPath(setting, project));
        List<Path> files; // every file beside and under the changelog: what a change to the changelog may touch
        try (java.util.stream.Stream<Path> walk = Files.walk(file.getParent())) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("Dialectic: cannot list " + file.getParent() + ": " + e.getMessage(), e);
        }
        String description = "the Liquibase changelog " + relativize(file.toString()) + " (" + setting.origin()
                + "); targets: " + options.targets().asList().stream().map(Object::toString)
                .collect(Collectors.joining(", "));
        String configuration = options.targets() + "|" + new java.util.TreeSet<>(options.disabledRules()) + "|"
                + new java.util.TreeMap<>(options.severityOverrides()) + "|" + options.flavor() + "|"
                + changelogOptions;
        return new Prepared(stalenessKey(configuration, files), description, null, List.of(file), null,
                new ChangelogRun(file, new ChangelogLint(registry, options, changelogOptions)), null);
    }

    /**
     * What {@code check} compares with the key {@code start} made: the configuration, and each file's path and a
     * SHA-256 of its content. Size and modification time were not enough: a file rewritten within the same second
     * (or with its time set back) to the same size looked unchanged, and check reported the old content's findings.
     */
    static String stalenessKey(String configuration, List<Path> files) {
        StringBuilder key = new StringBuilder(configuration).append('|');
        HexFormat hex = HexFormat.of();
        for (Path f : files) {
            key.append(f).append('@');
            try {
                key.append(hex.formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            } catch (IOException e) {
                key.append("unreadable"); // linting reports it
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e); // every Java has SHA-256
            }
            key.append('|');
        }
        return key.toString();
    }

    /** Checks and turns the parameters into linter options; every mistake names what is valid. */
    LintOptions options(RuleRegistry registry) throws MojoExecutionException {
        LintOptions options = config().applyTo(LintOptions.defaults());
        if (targets != null && !targets.isBlank()) {
            try {
                options = options.withTargets(Targets.parse(targets));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("Invalid dialectic.targets '" + targets + "': " + e.getMessage()
                        + " (syntax: comma-separated engine[:version], e.g. db2,postgresql:15)", e);
            }
        }

        Set<String> disabled = new LinkedHashSet<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (String id : MigrationSources.clean(disabledRules)) {
            disabled.add(requireRule(registry, id, "dialectic.disabledRules"));
        }
        for (String entry : MigrationSources.clean(ruleSeverities)) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new MojoExecutionException("Invalid dialectic.ruleSeverities entry '" + entry
                        + "': write rule-id=severity, e.g. nullable-unique-key=warning");
            }
            String id = requireRule(registry, entry.substring(0, eq).trim(), "dialectic.ruleSeverities");
            severities.put(id, severity(entry.substring(eq + 1), "dialectic.ruleSeverities for rule '" + id + "'"));
        }
        if (rules != null) {
            for (RuleConfig rule : rules) {
                if (rule == null || rule.getId() == null || rule.getId().isBlank()) {
                    throw new MojoExecutionException("A <rule> in the Dialectic configuration has no <id>; known rules: "
                            + registry.knownIds());
                }
                String id = requireRule(registry, rule.getId().trim(), "<rules>");
                if (!rule.isEnabled()) {
                    disabled.add(id);
                }
                if (rule.getSeverity() != null && !rule.getSeverity().isBlank()) {
                    severities.put(id, severity(rule.getSeverity(), "<severity> of rule '" + id + "'"));
                }
                if (!rule.getOptions().isEmpty()) {
                    // The core's rule API has no options yet: no rule declares any, so every name is unknown.
                    throw new MojoExecutionException("Unknown option" + (rule.getOptions().size() == 1 ? " " : "s ")
                            + String.join(", ", rule.getOptions().keySet()) + " for rule '" + id
                            + "'; valid options: none (no Dialectic rule takes options yet)");
                }
            }
        }
        // parameters override the file: a list of disabled rules replaces its list, a severity its severity for that rule
        if (!disabled.isEmpty() || disabledRules != null && !MigrationSources.clean(disabledRules).isEmpty()) {
            options = options.withDisabled(disabled);
        }
        Map<String, Severity> allSeverities = new LinkedHashMap<>(options.severityOverrides());
        allSeverities.putAll(severities);
        return options.withSeverities(allSeverities);
    }

    private static String requireRule(RuleRegistry registry, String id, String where) throws MojoExecutionException {
        if (!registry.knows(id)) {
            throw new MojoExecutionException("Unknown rule '" + id + "' in " + where
                    + io.github.dialectic.DidYouMean.hint(id, registry.ids()) + "; known rules: " + registry.knownIds());
        }
        return id;
    }

    private static Severity severity(String text, String where) throws MojoExecutionException {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid " + where + ": " + e.getMessage(), e);
        }
    }
}
