package io.github.dialectic.junit;

import io.github.dialectic.config.ProjectConfig;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.MigrationLocator;
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
    private final Targets targets;
    private final Set<String> disabledRules;
    private final Map<String, Severity> severities;
    private final Severity failAt;
    private final Function<Key, LintReport> memo;

    private Migrations(List<Path> paths, Targets targets, Set<String> disabledRules, Map<String, Severity> severities,
                       Severity failAt, Function<Key, LintReport> memo) {
        this.paths = List.copyOf(paths);
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
     * checkout's root), the file the command line and the Maven plugin read: its locations, targets, disabled rules,
     * severities and fail-on.
     *
     * @throws IllegalStateException when there is no such file, it names no locations, or it has a mistake (the
     *                               message names the file and line)
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
                    + Path.of("").toAbsolutePath() + " or its parents; use Migrations.at(path)");
        }
        if (config.locations().isEmpty()) {
            throw new IllegalStateException("dialectic: " + config.file() + " has no locations; add locations = [...] "
                    + "or use Migrations.at(path)");
        }
        return at(config.locations().stream().map(config::resolve).toList(), config);
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
        Severity failAt = config.failOn() == null ? Severity.ERROR
                : config.failOn().equals("never") ? null : Severity.parse(config.failOn());
        return new Migrations(List.copyOf(paths), config.targets() != null ? config.targets() : Targets.latestOfEach(),
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
        return new Migrations(paths, targets, set, severities, failAt, memo);
    }

    /**
     * The lowest severity that turns a {@link #dynamicTests() dynamic test} red (default: fail-on of dialectic.toml,
     * else error).
     */
    public Migrations failingAt(Severity severity) {
        return new Migrations(paths, targets, disabledRules, severities, severity, memo);
    }

    Migrations sharedThrough(Function<Key, LintReport> store) {
        return new Migrations(paths, targets, disabledRules, severities, failAt, store);
    }

    private Migrations withTargets(Targets newTargets) {
        return new Migrations(paths, newTargets, disabledRules, severities, failAt, memo);
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
        return new Key(paths.stream().map(Path::normalize).toList(), targets.asList(),
                new TreeSet<>(disabledRules), new java.util.TreeMap<>(severities));
    }

    /**
     * A {@code DynamicContainer} per migration file, in migration order, holding a {@code DynamicTest} per target
     * engine: red when a finding at or above {@link #failingAt the threshold} concerns that engine (a finding that
     * names no engine, such as an unparsed statement, concerns every engine). Each node's source is the file, and a
     * red test's source is the line and column of its first finding, so an IDE opens it with a click.
     */
    public Stream<DynamicNode> dynamicTests() {
        List<Path> files;
        try {
            files = MigrationLocator.locate(paths);
        } catch (SourceException e) {
            throw new IllegalStateException("dialectic: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("dialectic: no .sql files found in " + paths);
        }
        LintReport report = report();
        return files.stream().map(file -> {
            String shown = file.toString();
            List<Finding> inFile = report.findings().stream().filter(f -> f.file().equals(shown)).toList();
            List<DynamicNode> perEngine = new ArrayList<>();
            for (Target target : targets) {
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

    /** A {@code file:} URI with the line and column JUnit's {@code FileSource} reads from the query. */
    static URI position(Path file, Finding f) {
        return URI.create(file.toUri() + "?line=" + f.line() + "&column=" + f.column());
    }

    static LintReport lint(Key key) {
        LintOptions options = LintOptions.defaults().withTargets(Targets.of(key.targets()))
                .withDisabled(key.disabledRules()).withSeverities(key.severities());
        try {
            return new Linter(RuleRegistry.load(), options).lint(key.paths());
        } catch (SourceException e) {
            throw new IllegalStateException("dialectic: " + e.getMessage(), e);
        }
    }

    /**
     * What identifies one lint: files (as given: a test JVM keeps one working directory), targets, disabled rules,
     * severities.
     */
    record Key(List<Path> paths, List<Target> targets, Set<String> disabledRules, Map<String, Severity> severities) {
    }

    @Override
    public String toString() {
        return paths + " on " + targets;
    }
}
