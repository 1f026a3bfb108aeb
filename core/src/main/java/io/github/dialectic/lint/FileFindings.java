package io.github.dialectic.lint;

import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.finding.Suppressions;
import io.github.dialectic.parse.ParsedStatement;
import io.github.dialectic.rule.PipelineRules;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rule.TokenRule;
import io.github.dialectic.source.Script;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlStatement;
import io.github.dialectic.source.Unterminated;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Puts one file's findings together once a runner has checked its statements: the pipeline's own (a quote or comment
 * never closed, statements not parsed) and the rules', suppression comments applied (with findings for suppressions
 * that name no rule or suppress nothing), in file order, severities overridden, disabled rules' findings dropped.
 */
final class FileFindings {

    /** File order: position, then rule id; a rule's own findings at one position keep the order it made them in. */
    private static final Comparator<Finding> BY_POSITION = Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column).thenComparing(Finding::rule);

    private final RuleRegistry registry;
    private final LintOptions options;
    private final RuleSet rules;
    private final RuleDescriptor unparsed;

    FileFindings(RuleRegistry registry, LintOptions options, RuleSet rules) {
        this.registry = registry;
        this.options = options;
        this.rules = rules;
        this.unparsed = registry.descriptor(PipelineRules.UNPARSED_STATEMENT).orElseThrow();
    }

    /**
     * A file's findings in the report, how many of its statements were not parsed, and whether a rule ran out of time
     * on one (a result another run may not repeat, so not cached).
     */
    record Result(List<Finding> findings, int unparsed, boolean ranOutOfTime) {
    }

    /**
     * {@code broken}: the file's unterminated quote or comment, or null; {@code ruleFindings}: per understood
     * statement, in order, what the rules found.
     */
    Result of(Script file, List<ParsedStatement> statements, Unterminated broken, List<List<Finding>> ruleFindings) {
        List<Finding> raw = new ArrayList<>();
        List<int[]> spans = new ArrayList<>(); // per finding: statement line, statement end line
        int fileUnparsed = 0;
        if (broken != null) {
            raw.add(unterminatedFinding(file, broken));
            int line = file.file().lines().line(broken.start());
            spans.add(new int[] {line, line});
        }
        int k = 0; // index into ruleFindings: the understood statements'
        for (ParsedStatement ps : statements) {
            SqlStatement st = ps.statement();
            int[] span = {st.line(), st.endLine()};
            if (ps.understood()) {
                List<Finding> found = ruleFindings.get(k++);
                for (int f = 0; f < found.size(); f++) {
                    spans.add(span);
                }
                raw.addAll(found);
                continue;
            }
            fileUnparsed++;
            if (broken != null && st.end() > broken.start()) {
                continue; // not analysed: the unterminated construct's finding speaks for it
            }
            int at = ps.problemOffset();
            List<Finding> verdicts = judgeUnparsed(file, st);
            Map<Engine, Effect> rejected = new EnumMap<>(Engine.class);
            for (Finding f : verdicts) {
                f.engines().forEach((e, effect) -> {
                    if (effect == Effect.REJECTED) {
                        rejected.put(e, effect);
                    }
                });
            }
            String verdict = rejected.isEmpty() ? "" : "; " + engineNames(rejected.keySet()) + " reject"
                    + (rejected.size() == 1 ? "s" : "") + " it ("
                    + String.join(", ", verdicts.stream().map(Finding::rule).distinct().toList()) + ")";
            raw.add(RuleSet.finding(unparsed, file, new SourceRange(at, Math.max(at, st.end())), ps.problem() + verdict,
                    rejected, "Quote the identifier or simplify the statement, or suppress with "
                            + "'-- dialectic:ignore unparsed-statement reason' after checking it by hand.",
                    Fingerprint.of(st.text())));
            spans.add(span);
            for (Finding f : verdicts) {
                raw.add(f);
                spans.add(span);
            }
        }
        boolean ranOutOfTime = raw.stream().anyMatch(f -> f.rule().equals(PipelineRules.RULE_TIME_LIMIT));
        List<Finding> kept = applySuppressions(file, statements, raw, spans);
        kept.sort(BY_POSITION); // rules report in rule order; readers want file order
        kept.replaceAll(f -> {
            Severity override = options.severityOverrides().get(f.rule());
            return override == null ? f : f.withSeverity(override);
        });
        kept.removeIf(f -> options.disabledRules().contains(f.rule()));
        return new Result(kept, fileUnparsed, ranOutOfTime);
    }

    /**
     * What the token rules (rules that judge text and tokens alone) say about a statement the parser did not
     * understand: the engines' verdicts on it, where their grammar, as data or as their own parser, knows.
     */
    private List<Finding> judgeUnparsed(Script file, SqlStatement st) {
        List<Finding> found = new ArrayList<>(0);
        int[] tokenRules = java.util.stream.IntStream.range(0, rules.size()).filter(rules::isTokenRule).toArray();
        if (tokenRules.length > 0) {
            StatementState state = new StatementState(file, st, TokenRule.UNPARSED);
            rules.check(tokenRules, state, null, found);
            rules.finish(state, found);
        }
        return found;
    }

    private static String engineNames(java.util.Set<Engine> engines) {
        List<String> names = engines.stream().map(Engine::shortName).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private List<Finding> applySuppressions(Script script, List<ParsedStatement> statements, List<Finding> raw,
                                            List<int[]> spans) {
        SourceFile file = script.file();
        Suppressions suppressions = Suppressions.scan(file);
        if (suppressions.directives().isEmpty()) {
            return raw;
        }
        Suppressions.StatementLocator locator = directiveLine -> {
            for (ParsedStatement ps : statements) {
                SqlStatement st = ps.statement();
                if (st.endLine() >= directiveLine) {
                    return st.line() <= directiveLine + 1 ? st.line() : -1;
                }
            }
            return -1;
        };
        List<Finding> kept = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Finding left = suppressions.apply(raw.get(i), spans.get(i)[0], locator, options.targets());
            if (left != null) {
                kept.add(left);
            }
        }
        for (Suppressions.Directive d : suppressions.directives()) {
            int from = file.lines().offset(d.line(), d.column());
            // max: a directive's end column can come out before its start on odd line breaks (found by the fuzzer)
            SourceRange at = new SourceRange(from, Math.max(from, file.lines().offset(d.line(), d.endColumn()) + 1));
            if (d.ruleIds().isEmpty()) {
                kept.add(pipelineFinding(PipelineRules.UNKNOWN_SUPPRESSION, script, at,
                        "suppression names no rule id; write '-- dialectic:ignore rule-id reason'"));
            }
            for (int k = 0; k < d.ruleIds().size(); k++) {
                String id = d.ruleIds().get(k);
                String engineName = d.engineName(k);
                String written = engineName == null ? id : id + "@" + engineName;
                // the rule id itself, with its engine
                SourceRange idAt = new SourceRange(d.idOffset(k), d.idOffset(k) + written.length());
                if (!registry.knows(id)) {
                    kept.add(pipelineFinding(PipelineRules.UNKNOWN_SUPPRESSION, script, idAt,
                            "suppression names unknown rule '" + id + "'"
                                    + io.github.dialectic.DidYouMean.hint(id, registry.ids())));
                } else if (engineName != null && d.engine(k).isEmpty()) {
                    kept.add(pipelineFinding(PipelineRules.UNKNOWN_SUPPRESSION, script, idAt,
                            "suppression of '" + id + "' names unknown engine '" + engineName + "'"
                                    + io.github.dialectic.DidYouMean.hint(engineName, engineIds())
                                    + "; valid engines: " + Engine.validIds()));
                } else if (!d.used(k) && !options.disabledRules().contains(id) && !PipelineRules.fromRehearsal(id)
                        && (engineName == null || options.targets().includes(d.engine(k).orElseThrow()))) {
                    // a suppression for an engine that is not targeted is for another run: not reported unused
                    kept.add(pipelineFinding(PipelineRules.UNUSED_SUPPRESSION, script, idAt,
                            "suppression of '" + written + "' matched no finding"
                                    + (engineName == null ? "" : " with an effect on " + d.engine(k).orElseThrow().shortName())
                                    + (d.wholeFile() ? " in this file" : " on the statement it precedes")));
                }
            }
        }
        return kept;
    }

    /**
     * The finding for a string, quoted identifier, dollar quote or block comment that is never closed: at its opening,
     * rejected by every engine, except that SQLite ends a block comment at the end of its input and runs nothing after
     * it (checked on SQLite 3.40 and 3.54: no error, later statements silently not run).
     */
    private Finding unterminatedFinding(Script script, Unterminated u) {
        SourceFile file = script.file();
        RuleDescriptor d = registry.descriptor(PipelineRules.UNTERMINATED_QUOTE_OR_COMMENT).orElseThrow();
        boolean comment = u.construct().equals("block comment");
        Map<Engine, Effect> effects = new EnumMap<>(rules.declaredEffects(d));
        if (comment) {
            effects.computeIfPresent(Engine.SQLITE, (e, effect) -> Effect.DIFFERENT);
        }
        int lines = file.lines().line(Math.max(u.start(), file.text().length() - 1)) - file.lines().line(u.start());
        String closing = comment ? "*/" : u.opening().startsWith("$") ? u.opening()
                : u.opening().substring(u.opening().length() - 1);
        return RuleSet.finding(d, script, new SourceRange(u.start(), u.start() + u.opening().length()), "unterminated "
                        + u.construct() + ": the " + u.opening() + " opened here is never closed, so the rest of the file ("
                        + lines + (lines == 1 ? " more line" : " more lines") + ") is inside it", effects,
                "Close the " + u.construct() + " with " + closing + " where it was meant to end.", "");
    }

    private static List<String> engineIds() {
        return java.util.Arrays.stream(Engine.values()).map(Engine::id).toList();
    }

    private Finding pipelineFinding(String id, Script file, SourceRange at, String message) {
        RuleDescriptor d = registry.descriptor(id).orElseThrow();
        String fix = id.equals(PipelineRules.UNUSED_SUPPRESSION) ? PipelineRules.UNUSED_SUPPRESSION_FIX
                : "Use a rule id from 'dialectic rules'.";
        return RuleSet.finding(d, file, at, message, Map.of(), fix, "");
    }
}
