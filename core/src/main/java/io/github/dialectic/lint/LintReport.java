package io.github.dialectic.lint;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.CompactFindings;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.rule.RuleCatalog;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.Severity;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The outcome of one run: what was read, every finding in file and position order, and the rules' metadata (title,
 * category, summary, docs link) for reporters to show with them.
 */
public record LintReport(Targets targets, Summary summary, List<Finding> findings, RuleCatalog rules,
                         List<String> sources, List<EngineSet> sets) {

    public LintReport {
        findings = CompactFindings.of(findings); // a report may hold a million findings until it is written

        Objects.requireNonNull(rules, "rules");
        sources = List.copyOf(sources);
        sets = List.copyOf(sets);
    }

    /** A report of one run over every target (no engine sets). */
    public LintReport(Targets targets, Summary summary, List<Finding> findings, RuleCatalog rules,
                      List<String> sources) {
        this(targets, summary, findings, rules, sources, List.of());
    }

    /** A report whose sources are those its findings name (a report made by hand, in a test or a tool). */
    public LintReport(Targets targets, Summary summary, List<Finding> findings, RuleCatalog rules) {
        this(targets, summary, findings, rules, findings.stream().map(Finding::file).distinct().toList());
    }

    /**
     * Migrations linted together against one engine ({@code MigrationSetsLinter}), as a report names them: the set's
     * name (the engine's id), engine, targets, its files in the order they run (named as findings name them) and
     * which of them every set shares.
     */
    public record EngineSet(String name, Engine engine, Targets targets, List<String> files, Set<String> common) {
        public EngineSet {
            files = List.copyOf(files);
            common = Set.copyOf(common);
        }

        /** The files only this set has: the engine's own folder. */
        public List<String> own() {
            return files.stream().filter(f -> !common.contains(f)).toList();
        }
    }

    /**
     * The findings that concern a set: those in its files that name its engine or none, and the drift it lacks a table
     * or column by ({@code vendor-set-drift} naming its engine).
     */
    public List<Finding> findingsOf(EngineSet set) {
        Set<String> files = new java.util.HashSet<>(set.files());
        return findings.stream().filter(f -> f.rule().equals(io.github.dialectic.rule.PipelineRules.VENDOR_SET_DRIFT)
                ? f.engines().containsKey(set.engine())
                : files.contains(f.file()) && (f.engines().isEmpty() || f.engines().containsKey(set.engine())))
                .toList();
    }

    /**
     * Whether a migration runs on a target's engine: always, unless the engine sets leave it out there (that engine
     * has a set, and the file is not in it). An engine without a set (one a rehearsal added) is not left out.
     */
    public boolean runsOn(String file, io.github.dialectic.engine.Target target) {
        return sets.isEmpty() || sets.stream().noneMatch(s -> s.engine() == target.engine())
                || sets.stream().anyMatch(s -> s.engine() == target.engine() && s.files().contains(file));
    }

    /** The same report with its engine sets (empty: one run over every target). */
    public LintReport withSets(List<EngineSet> newSets) {
        return new LintReport(targets, summary, findings, rules, sources, newSets);
    }

    /**
     * The same report with every file name changed by {@code rename} (findings, sources and sets alike), e.g. made
     * relative to a project.
     */
    public LintReport withFileNames(UnaryOperator<String> rename) {
        return new LintReport(targets, summary, findings.stream()
                .map(f -> f.withLocation(f.location().withSource(rename.apply(f.file())))).toList(), rules,
                sources.stream().map(rename).toList(), sets.stream().map(s -> new EngineSet(s.name(), s.engine(),
                s.targets(), s.files().stream().map(rename).toList(),
                s.common().stream().map(rename).collect(java.util.stream.Collectors.toSet()))).toList());
    }

    /**
     * The sources linted, in the order they apply, named as findings name them (a file's path): reports that show a
     * row or a test per migration list the clean ones too.
     */
    @Override
    public List<String> sources() {
        return sources;
    }

    /**
     * Findings grouped by the source they are in, sources in order: every source linted is a key (a clean one maps to
     * an empty list), then any source only a finding names. Unmodifiable; each source's findings are read back as an
     * iteration reaches them ({@link CompactFindings#bySource}).
     */
    public java.util.Map<String, List<Finding>> findingsBySource() {
        return ((CompactFindings) findings).bySource(sources);
    }

    /** The same report for these sources. */
    public LintReport withSources(List<String> names) {
        return new LintReport(targets, summary, findings, rules, names, sets);
    }

    /**
     * Counts: files read, statements split, statements analysed (understood), statements unparsed, findings
     * reported.
     */
    public record Summary(int files, int statements, int analysed, int unparsed, int findings) {
    }

    /** Findings at or above a severity. */
    public long count(Severity threshold) {
        long n = 0;
        for (Severity s : Severity.values()) {
            if (s.atLeast(threshold)) {
                n += countOf(s);
            }
        }
        return n;
    }

    /** Findings of exactly this severity, counted without reading each finding back. */
    public long countOf(Severity severity) {
        return ((CompactFindings) findings).count(severity);
    }

    /** The descriptor of the rule that reported {@code finding}. */
    public RuleDescriptor rule(Finding finding) {
        return rules.descriptor(finding.rule()).orElseThrow(() -> new IllegalStateException(
                "finding of rule '" + finding.rule() + "', which the run's rule catalogue does not know"));
    }

    /** The same report with other findings (e.g. only those a baseline does not accept); the counts follow. */
    public LintReport withFindings(List<Finding> shown) {
        return new LintReport(targets, new Summary(summary.files(), summary.statements(), summary.analysed(),
                summary.unparsed(), shown.size()), shown, rules, sources, sets);
    }
}
