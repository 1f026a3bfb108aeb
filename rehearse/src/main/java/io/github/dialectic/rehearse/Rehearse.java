package io.github.dialectic.rehearse;

import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.source.FlywayConfig;
import io.github.dialectic.source.FlywaySqlSource;
import io.github.dialectic.source.MigrationLayout;
import io.github.dialectic.source.Script;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.StatementSource;

import io.github.dialectic.engine.Engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The API of {@code dialectic rehearse}: rehearses the migrations of a source on every target at every size, then
 * lints them for the engines and versions that ran and checks the lint against what the engines said.
 *
 * <pre>{@code
 * try (RehearsalTarget sqlite = RehearsalTarget.sqlite(); RehearsalTarget pg = RehearsalTarget.embeddedPostgres()) {
 *     RehearsalReport report = Rehearse.run(List.of(sqlite, pg), new FlywaySqlSource(paths, null), List.of(),
 *             Rehearsal.Options.defaults(), RuleRegistry.load(), LintOptions.defaults());
 *     System.out.print(report.text());
 * }
 * }</pre>
 */
public final class Rehearse {

    private Rehearse() {
    }

    /**
     * @param sizes    synthetic rows per table, one run per size and target (empty: one run on empty tables)
     * @param registry the rules to cross-check (null: no cross-check); only runs on empty tables are cross-checked
     */
    public static RehearsalReport run(List<RehearsalTarget> targets, StatementSource source, List<Long> sizes,
                                      Rehearsal.Options options, RuleRegistry registry, LintOptions lintOptions)
            throws RehearsalException, SourceException {
        List<Script> scripts = Rehearsal.upTo(source.scripts(), options.upTo());
        if (scripts.isEmpty()) {
            throw new RehearsalException("no migrations to rehearse");
        }
        List<Long> rows = sizes.isEmpty() ? List.of(0L) : sizes;
        List<EngineRun> runs = new ArrayList<>();
        for (RehearsalTarget target : targets) {
            for (long n : rows) {
                runs.add(Rehearsal.run(target, scripts, n, options));
            }
        }
        List<Finding> crossCheck = registry == null ? List.of()
                : CrossCheck.check(registry, lintOptions, scripts, runs);
        return new RehearsalReport(scripts.stream().map(s -> s.file().path().toString()).toList(), runs, crossCheck);
    }

    /**
     * Rehearses a project's layout as the lint reads it ({@code MigrationSetsLinter}): with no folder per engine, every
     * file on every target ({@link #run}); else each target the common files and its engine's own ({@link #runEach}),
     * a {@code {vendor}} folder's steps named as written.
     *
     * @param flyway how Flyway names the files, replaces placeholders and runs scripts in transactions; null: plain
     *               SQL files, as the lint reads PATHs without engine folders or placeholders
     */
    public static RehearsalReport run(List<RehearsalTarget> targets, MigrationLayout layout, FlywayConfig flyway,
                                      List<Long> sizes, Rehearsal.Options options, RuleRegistry registry,
                                      LintOptions lintOptions) throws RehearsalException, SourceException {
        FlywayConfig naming = flyway != null ? flyway : FlywayConfig.defaults();
        if (!layout.perEngine()) {
            List<java.nio.file.Path> files = layout.sets(lintOptions.targets(), naming).get(0).files();
            return run(targets, new FlywaySqlSource(files, lintOptions.flavor(), flyway), sizes, options, registry,
                    lintOptions);
        }
        return runEach(targets, engine -> () -> new FlywaySqlSource(layout.sets(Targets.of(Target.latest(engine)),
                        naming).get(0).files(), lintOptions.flavor(), flyway).scripts(),
                (engine, file) -> layout.sharedName(file), sizes, options, registry, lintOptions);
    }

    /**
     * As {@link #run}, but each target rehearses the migrations of its own engine ({@code sourceOf}: the common files
     * and the engine's own folder, as the lint reads a {@code {vendor}} layout). A step's row in the table is named by
     * {@code stepName} (engine, file path): where the engines' files at a step get the same name there is one name,
     * else the names joined with " | ".
     */
    public static RehearsalReport runEach(List<RehearsalTarget> targets, Function<Engine, StatementSource> sourceOf,
                                          BiFunction<Engine, String, String> stepName, List<Long> sizes,
                                          Rehearsal.Options options, RuleRegistry registry, LintOptions lintOptions)
            throws RehearsalException, SourceException {
        List<Long> rows = sizes.isEmpty() ? List.of(0L) : sizes;
        List<EngineRun> runs = new ArrayList<>();
        List<CrossCheck.Rehearsed> rehearsed = new ArrayList<>();
        List<Set<String>> names = new ArrayList<>();
        for (RehearsalTarget target : targets) {
            List<Script> scripts = Rehearsal.upTo(sourceOf.apply(target.engine()).scripts(), options.upTo());
            if (scripts.isEmpty()) {
                throw new RehearsalException("no migrations to rehearse on " + target.label());
            }
            for (int i = 0; i < scripts.size(); i++) {
                if (names.size() <= i) {
                    names.add(new LinkedHashSet<>());
                }
                names.get(i).add(stepName.apply(target.engine(), scripts.get(i).file().path().toString()));
            }
            List<EngineRun> own = new ArrayList<>();
            for (long n : rows) {
                own.add(Rehearsal.run(target, scripts, n, options));
            }
            runs.addAll(own);
            rehearsed.add(new CrossCheck.Rehearsed(scripts, own));
        }
        List<Finding> crossCheck = registry == null ? List.of() : CrossCheck.check(registry, lintOptions, rehearsed);
        return new RehearsalReport(names.stream().map(n -> String.join(" | ", n)).toList(), runs, crossCheck);
    }
}
