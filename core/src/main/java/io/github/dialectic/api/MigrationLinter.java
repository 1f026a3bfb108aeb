package io.github.dialectic.api;

import io.github.dialectic.config.ProjectLayout;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Baseline;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.lint.MigrationSetsLinter;
import io.github.dialectic.lint.ParseCache;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.StatementSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lints migrations from Java: configured once with a {@link Builder}, then {@link #lint(String...)} files and
 * directories (Flyway layout understood) or {@link #lint(StatementSource)} statements from anywhere. Immutable and safe
 * to share between threads; each call lints afresh (through the cache, if one is set).
 *
 * <pre>{@code
 * LintResult result = MigrationLinter.builder()
 *         .baseDirectory(Path.of("/path/to/project"))
 *         .targets(Engine.DB2, Engine.POSTGRESQL)
 *         .build()
 *         .lint("src/main/resources/db/migration");
 * }</pre>
 *
 * Relative paths given to the builder and to {@code lint} are resolved against the {@linkplain Builder#baseDirectory
 * base directory} (default: the working directory), and findings name files relative to it. Problems that stop a lint
 * (an unreadable file, a malformed baseline) are an unchecked {@link DialecticException} naming file and line;
 * mistakes in the configuration (an unknown rule id or target) are an {@link IllegalArgumentException} naming what is
 * valid.
 */
public final class MigrationLinter {

    private final Path baseDirectory;
    private final RuleRegistry rules;
    private final LintOptions options;
    private final Path cacheDirectory;
    private final Path baseline;

    private MigrationLinter(Builder b) {
        this.baseDirectory = b.baseDirectory;
        this.rules = b.rules != null ? b.rules : RuleRegistry.load();
        LintOptions o = LintOptions.defaults().withTargets(b.targets).withDisabled(b.disabledRules)
                .withSeverities(b.severities);
        this.options = b.flavor == null ? o : o.withFlavor(b.flavor);
        this.cacheDirectory = b.cacheDirectory;
        this.baseline = b.baseline;
        new Linter(rules, options); // checks the rule ids now, not at the first lint
    }

    /**
     * A builder with the defaults: the working directory, the latest release of every engine, no baseline, no cache.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A linter with the defaults ({@link #builder()}).
     *
     * @return the linter
     */
    public static MigrationLinter withDefaults() {
        return builder().build();
    }

    /**
     * The directory relative paths are resolved against.
     *
     * @return the base directory, absolute and normalised
     */
    public Path baseDirectory() {
        return baseDirectory;
    }

    /**
     * The options the linter runs with.
     *
     * @return targets, disabled rules, severity overrides, flavour and time bounds
     */
    public LintOptions options() {
        return options;
    }

    /**
     * The report formats {@link LintResult#write(String, java.io.Writer)} takes.
     *
     * @return their ids: {@code text, json, sarif, junit, checkstyle, github, html}, then any on the class path
     */
    public static List<String> formats() {
        return LintResult.FORMATS.ids();
    }

    /**
     * Lints the SQL migrations in these files and directories (searched recursively; Flyway names ordered as Flyway
     * runs them), relative to the base directory.
     *
     * @param paths files and directories
     * @return the findings and what to report them with
     * @throws DialecticException when a file cannot be read, or when no {@code .sql} file is found at all (a wrong
     *                            path must not look like a clean result)
     */
    public LintResult lint(String... paths) {
        return lint(Arrays.stream(paths).map(Path::of).toList());
    }

    /**
     * Lints the SQL migrations in these files and directories; see {@link #lint(String...)}.
     *
     * @param paths files and directories, relative to the base directory or absolute
     * @return the findings and what to report them with
     * @throws DialecticException when a file cannot be read, or no {@code .sql} file is found
     */
    public LintResult lint(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no migration path given");
        }
        List<Path> resolved = paths.stream().map(this::resolve).toList();
        return runLinter(linter -> {
            LintReport report = linter.lint(resolved);
            if (report.summary().files() == 0) {
                throw new SourceException(resolved.get(0), 0, "no .sql files found here"
                        + (resolved.size() > 1 ? " nor in " + resolved.subList(1, resolved.size()) : ""));
            }
            return report;
        });
    }

    /**
     * Lints the statements a source yields, in its order. Its scripts' relative file names count as relative to the
     * base directory (for the baseline and for the names findings carry).
     *
     * @param source the scripts to lint, in the order they apply
     * @return the findings and what to report them with
     * @throws DialecticException when the source cannot yield its scripts
     */
    public LintResult lint(StatementSource source) {
        Objects.requireNonNull(source, "source");
        return runLinter(linter -> linter.lint(source));
    }

    /**
     * Lints a project's migrations where its settings say they are ({@link ProjectLayout#find}: dialectic.toml, Spring
     * Boot's or Flyway's settings), as the command line's {@code lint --project} and the Maven plugin do: placeholders
     * replaced, and where the project has a folder per engine, each engine's set against that engine alone.
     *
     * @param project the layout found
     * @return the findings and what to report them with
     * @throws DialecticException when a file cannot be read, or no migration is found where the layout says
     */
    public LintResult lint(ProjectLayout project) {
        Objects.requireNonNull(project, "project");
        return run(cache -> {
            LintReport report = new MigrationSetsLinter(rules, options, cache).lint(project.layout(), project.flyway())
                    .report();
            if (report.summary().files() == 0) {
                throw new SourceException(project.where(), "no migrations found (" + project.origin()
                        + "); looked in " + project.layout().searched(), null);
            }
            return report;
        });
    }

    private interface Run {
        LintReport apply(ParseCache cache) throws SourceException;
    }

    private interface LinterRun {
        LintReport apply(Linter linter) throws SourceException;
    }

    private LintResult runLinter(LinterRun run) {
        return run(cache -> run.apply(new Linter(rules, options, cache)));
    }

    private LintResult run(Run run) {
        try {
            Baseline accepted = baseline == null ? null : Baseline.read(baseline);
            return LintResult.of(run.apply(cacheDirectory == null ? null : ParseCache.at(cacheDirectory)),
                    baseDirectory, accepted);
        } catch (SourceException e) {
            throw new DialecticException(e);
        }
    }

    private Path resolve(Path p) {
        return baseDirectory.resolve(p).normalize();
    }

    /** Configures a {@link MigrationLinter}; every setter returns the builder. Not thread-safe. */
    public static final class Builder {
        private Path baseDirectory = Path.of("").toAbsolutePath();
        private Targets targets = Targets.latestOfEach();
        private final Set<String> disabledRules = new LinkedHashSet<>();
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private SqlFlavor flavor;
        private RuleRegistry rules;
        private Path cacheDirectory;
        private Path baseline;
        private String baselineSpec;
        private String cacheSpec;

        private Builder() {
        }

        /**
         * The directory relative paths (migrations, baseline, cache, report files) are resolved against, and that
         * findings and baselines name files relative to. Default: the working directory.
         *
         * @param directory the project directory, say
         * @return this builder
         */
        public Builder baseDirectory(Path directory) {
            this.baseDirectory = directory.toAbsolutePath().normalize();
            return this;
        }

        /**
         * Checks against the latest release of each engine given.
         *
         * @param engines one or more engines
         * @return this builder
         */
        public Builder targets(Engine... engines) {
            if (engines.length == 0) {
                throw new IllegalArgumentException("no engine given; valid engines: " + Engine.validIds());
            }
            return targets(Targets.of(Arrays.stream(engines).map(Target::latest).toList()));
        }

        /**
         * Checks against engines and versions as the command line's {@code --target} takes them, comma-separated:
         * {@code "db2,postgresql:15"}.
         *
         * @param commaSeparated {@code engine[:version]} specs
         * @return this builder
         * @throws IllegalArgumentException for an unknown engine or version, naming the valid ones
         */
        public Builder targets(String commaSeparated) {
            return targets(Targets.parse(commaSeparated));
        }

        /**
         * Checks against these targets. Default: {@link Targets#latestOfEach()}.
         *
         * @param chosen the engines and versions
         * @return this builder
         */
        public Builder targets(Targets chosen) {
            this.targets = Objects.requireNonNull(chosen, "targets");
            return this;
        }

        /**
         * Turns rules off by id (see {@code dialectic rules} or {@code docs/rules/}); unknown ids fail {@link #build()}.
         *
         * @param ruleIds rule ids, e.g. {@code fk-on-update-action}
         * @return this builder
         */
        public Builder disableRules(String... ruleIds) {
            disabledRules.addAll(List.of(ruleIds));
            return this;
        }

        /**
         * Reports a rule's findings at another severity; an unknown id fails {@link #build()}.
         *
         * @param ruleId   the rule
         * @param severity its new severity
         * @return this builder
         */
        public Builder severity(String ruleId, Severity severity) {
            severities.put(ruleId, Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Splits every file as this SQL flavour. Default: detected per file.
         *
         * @param sqlFlavor the flavour, or null to detect it per file
         * @return this builder
         */
        public Builder flavor(SqlFlavor sqlFlavor) {
            this.flavor = sqlFlavor;
            return this;
        }

        /**
         * Runs these rules instead of those found on the class path ({@link RuleRegistry#load()}).
         *
         * @param registry the rules
         * @return this builder
         */
        public Builder rules(RuleRegistry registry) {
            this.rules = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Findings accepted as they are: this baseline file (written by {@link LintResult#writeBaseline},
         * {@code dialectic baseline} or {@code mvn dialectic:baseline}), relative to the base directory. Accepted
         * findings are left out of {@link LintResult#findings()} and of reports. The file must exist when linting.
         *
         * @param file the baseline file, or null for none
         * @return this builder
         */
        public Builder baseline(String file) {
            this.baselineSpec = file;
            return this;
        }

        /**
         * The baseline file; see {@link #baseline(String)}.
         *
         * @param file the baseline file, or null for none
         * @return this builder
         */
        public Builder baseline(Path file) {
            return baseline(file == null ? null : file.toString());
        }

        /**
         * Keeps parse results and findings in this directory between runs, keyed by content, so a run over unchanged
         * migrations runs no rule. Relative to the base directory. Default: no cache.
         *
         * @param directory the cache directory, or null for none
         * @return this builder
         */
        public Builder cacheDirectory(String directory) {
            this.cacheSpec = directory;
            return this;
        }

        /**
         * The cache directory; see {@link #cacheDirectory(String)}.
         *
         * @param directory the cache directory, or null for none
         * @return this builder
         */
        public Builder cacheDirectory(Path directory) {
            return cacheDirectory(directory == null ? null : directory.toString());
        }

        /**
         * Uses the cache the command line and the Maven plugin share ({@code ~/.cache/dialectic}).
         *
         * @return this builder
         */
        public Builder userCache() {
            return cacheDirectory(ParseCache.defaultDir());
        }

        /**
         * The linter.
         *
         * @return a linter with this configuration
         * @throws IllegalArgumentException when a disabled or re-graded rule id is unknown
         */
        public MigrationLinter build() {
            baseline = baselineSpec == null ? null : baseDirectory.resolve(baselineSpec).normalize();
            cacheDirectory = cacheSpec == null ? null : baseDirectory.resolve(cacheSpec).normalize();
            return new MigrationLinter(this);
        }
    }
}
