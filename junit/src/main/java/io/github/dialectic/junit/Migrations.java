package io.github.dialectic.junit;

import io.github.dialectic.api.DialecticException;
import io.github.dialectic.api.MigrationLinter;
import io.github.dialectic.config.ProjectConfig;
import io.github.dialectic.config.ProjectLayout;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.MigrationLocator;
import io.github.dialectic.source.MigrationSet;
import io.github.dialectic.source.SourceException;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Migration files to lint from a test, with the engines to check them against: the one object behind
 * {@link DialecticAssertions#assertThatMigrations}, the AssertJ flavour and the {@code @TestFactory} tree. Immutable;
 * each {@code on}/{@code without...} returns a copy. The lint runs once per test run for each distinct set of files
 * and options, however many assertions and dynamic tests ask for it.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> migrations() {
 *     return Migrations.at("src/main/resources/db/migration").on(Engine.DB2, Engine.POSTGRESQL).dynamicTests();
 * }
 * }</pre>
 */
public final class Migrations {

    /** Lints done in this JVM, by configuration: a test run lints each configuration once. */
    private static final Map<Key, LintReport> SHARED = new ConcurrentHashMap<>();

    private final List<Path> paths;
    private final ProjectLayout layout;
    private final ProjectConfig.Liquibase liquibase;
    private final Targets targets;
    private final Set<String> disabledRules;
    private final Map<String, Severity> severities;
    private final Severity failAt;
    private final Function<Key, LintReport> memo;

    private Migrations(List<Path> paths, ProjectLayout layout, ProjectConfig.Liquibase liquibase, Targets targets,
                       Set<String> disabledRules, Map<String, Severity> severities, Severity failAt,
                       Function<Key, LintReport> memo) {
        this.paths = List.copyOf(paths);
        this.layout = layout;
        this.liquibase = liquibase;
        this.targets = targets;
        this.disabledRules = Set.copyOf(disabledRules);
        this.severities = Map.copyOf(severities);
        this.failAt = failAt;
        this.memo = memo;
    }

    /** The working directory's dialectic.toml, read once per test run (a test JVM keeps one working directory). */
    private static volatile ProjectConfig workingDirectoryConfig;

    private static ProjectConfig workingDirectoryConfig() {
        ProjectConfig c = workingDirectoryConfig;
        if (c == null) {
            try {
                c = ProjectConfig.load(Path.of(""), RuleRegistry.load().ids());
            } catch (SourceException e) {
                throw new IllegalStateException("dialectic: " + e.getMessage(), e);
            }
            workingDirectoryConfig = c;
        }
        return c;
    }

    /**
     * The migrations and settings of {@code dialectic.toml} in the working directory (or the nearest parent, up to the
     * checkout's root), the file the command line and the Maven plugin read: its targets, disabled rules, severities
     * and fail-on, and the migrations where the project keeps them, found as {@code dialectic lint --project} finds
     * them ({@link ProjectLayout}): the file's {@code locations} and {@code [vendors]}, else Spring Boot's or Flyway's
     * settings in the file's directory, else {@code src/main/resources/db/migration}; placeholders replaced, and each
     * engine's own folder checked against that engine only.
     *
     * @throws IllegalStateException when there is no such file, no migrations are found, or the file has a mistake
     *                               (the message names the file and line)
     */
    public static Migrations configured() {
        return configured(workingDirectoryConfig());
    }

    /** As {@link #configured()}, from the given settings file. */
    public static Migrations configured(Path configFile) {
        try {
            return configured(ProjectConfig.read(configFile, RuleRegistry.load().ids()));
        } catch (SourceException e) {
            throw new IllegalStateException("dialectic: " + e.getMessage(), e);
        }
    }

    private static Migrations configured(ProjectConfig config) {
        if (config.file() == null) {
            throw new IllegalStateException("dialectic: no " + ProjectConfig.FILE_NAME + " in "
                    + Path.of("").toAbsolutePath() + " or its parents; use Migrations.at(path) or Migrations.project()");
        }
        return project(config.directory(), config);
    }

    /**
     * The migrations of the project in the working directory (the module's, under Maven and Gradle), where its
     * settings say they are, as {@link #configured()} finds them; {@code dialectic.toml} is read if there is one.
     */
    public static Migrations project() {
        return project(Path.of(""), workingDirectoryConfig());
    }

    /** As {@link #project()}, for the project in {@code directory} and the {@code dialectic.toml} governing it. */
    public static Migrations project(Path directory) {
        try {
            return project(directory, ProjectConfig.load(directory, RuleRegistry.load().ids()));
        } catch (SourceException e) {
            throw new IllegalStateException("dialectic: " + e.getMessage(), e);
        }
    }

    private static Migrations project(Path directory, ProjectConfig config) {
        ProjectLayout layout;
        try {
            layout = ProjectLayout.find(directory, config, List.of(), List.of());
        } catch (SourceException e) {
            throw new IllegalStateException("dialectic: " + e.getMessage(), e);
        }
        List<Path> found = layout.changelog() != null ? List.of(layout.changelog())
                : layout.layout().locations().stream().flatMap(l -> l.paths().stream()).distinct().toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("dialectic: no migrations found in " + layout.where() + " ("
                    + (config.file() != null && config.locations().isEmpty() && config.vendorSets().isEmpty()
                    ? config.file() + " has no locations; " : "") + layout.origin() + "); looked in "
                    + layout.layout().searched() + "; add locations = [...] to " + ProjectConfig.FILE_NAME
                    + " or use Migrations.at(path)");
        }
        return of(found, layout, config);
    }

    /**
     * Migration files and directories (Flyway layout understood), relative to the working directory, which Maven and
     * Gradle set to the module's directory when they run tests.
     */
    public static Migrations at(String first, String... more) {
        List<Path> list = new ArrayList<>();
        list.add(Path.of(first));
        Arrays.stream(more).map(Path::of).forEach(list::add);
        return at(list);
    }

    /**
     * Migration files and directories, with the settings of {@code dialectic.toml} in the working directory if there is
     * one (targets, disabled rules, severities, fail-on), else the latest release of each engine.
     */
    public static Migrations at(Collection<Path> paths) {
        return at(paths, workingDirectoryConfig());
    }

    static Migrations at(Collection<Path> paths, ProjectConfig config) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no migration path given");
        }
        return of(paths, null, config);
    }

    private static Migrations of(Collection<Path> paths, ProjectLayout layout, ProjectConfig config) {
        Severity failAt = config.failOn() == null ? Severity.ERROR
                : config.failOn().equals("never") ? null : Severity.parse(config.failOn());
        return new Migrations(List.copyOf(paths), layout, config.liquibase(),
                config.targets() != null ? config.targets() : Targets.latestOfEach(),
                Set.copyOf(config.disabledRules()), config.severities(), failAt,
                key -> SHARED.computeIfAbsent(key, Migrations::lint));
    }

    /** Checks against the latest release of each engine given. */
    public Migrations on(Engine... engines) {
        if (engines.length == 0) {
            throw new IllegalArgumentException("no engine given; valid engines: " + Engine.validIds());
        }
        return withTargets(Targets.of(Arrays.stream(engines).map(Target::latest).toList()));
    }

    /** Checks against engines and versions as the command line's {@code --target} takes them: {@code "mysql:8.0"}. */
    public Migrations on(String... targetSpecs) {
        return withTargets(Targets.parse(List.of(targetSpecs)));
    }

    /** Turns rules off by id. */
    public Migrations withoutRules(String... ruleIds) {
        Set<String> set = new TreeSet<>(disabledRules);
        set.addAll(List.of(ruleIds));
        return new Migrations(paths, layout, liquibase, targets, set, severities, failAt, memo);
    }

    /**
     * The lowest severity that turns a {@link #dynamicTests() dynamic test} red (default: fail-on of dialectic.toml,
     * else error).
     */
    public Migrations failingAt(Severity severity) {
        return new Migrations(paths, layout, liquibase, targets, disabledRules, severities, severity, memo);
    }

    Migrations sharedThrough(Function<Key, LintReport> store) {
        return new Migrations(paths, layout, liquibase, targets, disabledRules, severities, failAt, store);
    }

    private Migrations withTargets(Targets newTargets) {
        return new Migrations(paths, layout, liquibase, newTargets, disabledRules, severities, failAt, memo);
    }

    public List<Path> paths() {
        return paths;
    }

    public Targets targets() {
        return targets;
    }

    /** The lint's result: every finding, in file and position order. */
    public LintReport report() {
        return memo.apply(key());
    }

    /** Findings that a targeted engine rejects (the {@code rejected} effect). */
    public List<Finding> rejections() {
        return report().findings().stream()
                .filter(f -> f.engines().entrySet().stream()
                        .anyMatch(e -> e.getValue() == Effect.REJECTED && targets.includes(e.getKey())))
                .toList();
    }

    /** Findings at or above a severity. */
    public List<Finding> findingsAtOrAbove(Severity severity) {
        return report().findings().stream().filter(f -> f.severity().atLeast(severity)).toList();
    }

    Key key() {
        return new Key(paths.stream().map(Path::normalize).toList(), layout, liquibase, targets.asList(),
                new TreeSet<>(disabledRules), new java.util.TreeMap<>(severities));
    }

    /**
     * A {@code DynamicContainer} per migration file, in migration order, holding a {@code DynamicTest} per target
     * engine: red when a finding at or above {@link #failingAt the threshold} concerns that engine (a finding that
     * names no engine, such as an unparsed statement, concerns every engine). Each node's source is the file, and a
     * red test's source is the line and column of its first finding, so an IDE opens it with a click.
     */
    public Stream<DynamicNode> dynamicTests() {
        // each file with the targets it runs on: all of them, or in a layout with engine folders its set's engines
        Map<Path, List<Target>> files = new java.util.LinkedHashMap<>();
        try {
            if (layout == null) {
                MigrationLocator.locate(paths).forEach(f -> files.put(f, targets.asList()));
            } else if (layout.changelog() != null) { // the changelog and the files it includes, as linted
                report().sources().forEach(f -> files.put(Path.of(f), targets.asList()));
            } else {
                for (MigrationSet set : layout.layout().sets(targets, layout.flyway())) {
                    for (Path f : set.files()) {
                        files.computeIfAbsent(f, k -> new ArrayList<>()).addAll(set.targets().asList());
                    }
                }
            }
        } catch (SourceException e) {
            throw new IllegalStateException("dialectic: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("dialectic: no .sql files found in " + paths);
        }
        LintReport report = report();
        return files.entrySet().stream().map(entry -> {
            Path file = entry.getKey();
            String shown = file.toString();
            Path absolute = file.toAbsolutePath().normalize();
            List<Finding> inFile = report.findings().stream()
                    .filter(f -> Path.of(f.file()).toAbsolutePath().normalize().equals(absolute)).toList();
            List<DynamicNode> perEngine = new ArrayList<>();
            for (Target target : targets) {
                if (!entry.getValue().contains(target)) {
                    continue; // another engine's folder
                }
                List<Finding> failing = inFile.stream()
                        .filter(f -> failAt != null && f.severity().atLeast(failAt))
                        .filter(f -> f.engines().isEmpty() || f.engines().containsKey(target.engine()))
                        .toList();
                URI source = failing.isEmpty() ? file.toUri() : position(file, failing.get(0));
                perEngine.add(DynamicTest.dynamicTest(target.toString(), source,
                        () -> Failures.throwIfAny(shown + " on " + target, failing)));
            }
            return DynamicContainer.dynamicContainer(file.getFileName().toString(), file.toUri(), perEngine.stream());
        });
    }

    private static String asGiven(String file) {
        Path p = Path.of(file);
        return p.isAbsolute() ? Path.of("").toAbsolutePath().relativize(p).normalize().toString() : file;
    }

    /** A {@code file:} URI with the line and column JUnit's {@code FileSource} reads from the query. */
    static URI position(Path file, Finding f) {
        return URI.create(file.toUri() + "?line=" + f.line() + "&column=" + f.column());
    }

    /** One lint through {@link MigrationLinter}, the pipeline the command line and the Maven plugin run. */
    static LintReport lint(Key key) {
        MigrationLinter.Builder builder = MigrationLinter.builder().targets(Targets.of(key.targets()))
                .disableRules(key.disabledRules().toArray(String[]::new));
        key.severities().forEach(builder::severity);
        try {
            MigrationLinter linter = builder.build();
            LintReport report = key.layout() == null ? linter.lint(key.paths()).report()
                    : key.layout().changelog() == null ? linter.lint(key.layout()).report()
                    : ChangelogLinting.lint(key.layout().changelog(), key.layout().projectDirectory(),
                    key.liquibase() == null ? null : key.liquibase().contexts(),
                    key.liquibase() == null ? null : key.liquibase().labels(), linter.options());
            // files named as the test named them: a relative path stays relative to the working directory, "../" too
            return key.paths().stream().anyMatch(Path::isAbsolute) ? report : report.withFileNames(Migrations::asGiven);
        } catch (DialecticException e) {
            throw new IllegalStateException("dialectic: " + e.getMessage(), e);
        }
    }

    /**
     * What identifies one lint: files (as given: a test JVM keeps one working directory) or the project's layout,
     * targets, disabled rules, severities.
     */
    record Key(List<Path> paths, ProjectLayout layout, ProjectConfig.Liquibase liquibase, List<Target> targets,
               Set<String> disabledRules, Map<String, Severity> severities) {
    }

    @Override
    public String toString() {
        return paths + " on " + targets;
    }
}
