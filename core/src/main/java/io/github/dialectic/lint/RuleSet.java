package io.github.dialectic.lint;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.rule.Claim;
import io.github.dialectic.rule.PipelineRules;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.schema.Schema;
import io.github.dialectic.source.Script;
import io.github.dialectic.source.Token;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;

/**
 * The rules a run checks (the registry's, less the disabled ones), each known by its index, and how one rule checks
 * one statement: through a context that answers only what the rule declared it reads, within the rule time bound.
 * Runners decide which rule runs on which statement when; this class is the same for all of them. Thread-safe: the
 * parallel runner checks many statements at once.
 */
final class RuleSet {

    private final RuleRegistry registry;
    private final LintOptions options;
    private final List<RuleDescriptor> descriptors;
    private final List<Rule> rules;
    /** A rule's declared effects on the targeted engines and versions: the start of each of its findings. */
    private final Map<String, Map<Engine, Effect>> declaredEffects = new ConcurrentHashMap<>();
    /** The same by rule index, as a rule's findings ask (a record's hash over all its fields per finding cost). */
    private final Map<Engine, Effect>[] declaredEffectsByRule;
    private final long ruleTimeoutNanos;
    /** Which targets lack a feature: asked by rules on every statement, the same answer all run long. */
    private final Map<Feature, List<Target>> lackingByFeature = new ConcurrentHashMap<>();
    /** The targets' engine profiles, and every engine's (targeted version or latest): the same all run long. */
    private volatile List<EngineProfile> targetProfiles;
    private volatile List<EngineProfile> everyEngineProfile;
    /** Per rule, nanoseconds spent in it (all runs, all threads); only with {@link PhaseClock} on. */
    private final AtomicLongArray ruleNanos;
    /** Per rule, whether it has asked for the schema, for the file's history (set, never cleared; racy by design). */
    private final boolean[] askedSchema;
    private final boolean[] askedHistory;

    RuleSet(RuleRegistry registry, LintOptions options) {
        this.registry = registry;
        this.options = options;
        List<RuleDescriptor> d = new ArrayList<>();
        List<Rule> r = new ArrayList<>();
        registry.rules().forEach((id, rule) -> {
            if (!options.disabledRules().contains(id)) {
                d.add(registry.descriptor(id).orElseThrow());
                r.add(rule);
            }
        });
        this.descriptors = List.copyOf(d);
        this.rules = List.copyOf(r);
        this.ruleNanos = new AtomicLongArray(rules.size());
        this.askedSchema = new boolean[rules.size()];
        this.askedHistory = new boolean[rules.size()];
        @SuppressWarnings("unchecked")
        Map<Engine, Effect>[] byRule = new Map[rules.size()];
        this.declaredEffectsByRule = byRule;
        this.ruleTimeoutNanos = options.ruleTimeout().toNanos();
        List<EngineProfile> targets = options.targets().asList().stream().map(EngineProfile::of).toList();
        for (Rule rule : rules) {
            rule.prepare(targets);
        }
    }

    int size() {
        return rules.size();
    }

    RuleDescriptor descriptor(int rule) {
        return descriptors.get(rule);
    }

    /** Whether a rule judges text and tokens alone, so that it also judges statements the parser did not understand. */
    boolean isTokenRule(int rule) {
        return rules.get(rule) instanceof io.github.dialectic.rule.TokenRule;
    }

    /** Whether a rule reads only its statement: it may check any statement at any time, on any thread. */
    boolean readsStatementOnly(int rule) {
        return descriptors.get(rule).reads().isEmpty();
    }

    /**
     * Runs {@code which} rules (by index), in that order, on one statement, each within the rule time bound, their
     * findings into {@code sink}. {@code schema}: as it stood just before the statement (null for rules that do not
     * read it). A rule that asks its context anything after the bound is stopped there (the clock is read on every
     * 64th question); one that overran without asking (it slept, or looped over what it already had) is noted when it
     * returns. Either way the findings it made stand, and {@link #finish} adds a {@code rule-time-limit} finding saying
     * its check may be incomplete. (A rule that blocks forever without asking cannot be stopped: Java has no safe way
     * to stop a thread.) One context serves all the rules, and the clock is read once between two of them (the end of
     * one is the start of the next): three reads of System.nanoTime (about 60 ns each under load) and a context per
     * rule and statement were 17 million reads and 5.6 million objects for 100,000 statements (issue 12).
     */
    void check(int[] which, StatementState statement, Schema schema, List<Finding> sink) {
        Context ctx = new Context(statement, schema, sink);
        long now = System.nanoTime();
        for (int rule : which) {
            ctx.start(rule, now);
            try {
                rules.get(rule).check(statement.change, ctx);
                now = System.nanoTime();
                if (now - ctx.deadline >= 0) {
                    ctx.reportTimeLimit(false, now);
                }
            } catch (RuleTimeLimit e) {
                now = System.nanoTime();
                ctx.reportTimeLimit(true, now);
            }
            if (PhaseClock.ON) {
                ruleNanos.addAndGet(rule, now - ctx.started);
            }
        }
    }

    /** After every rule has checked a statement: one finding for the rules that ran past their bound on it, if any. */
    void finish(StatementState statement, List<Finding> sink) {
        List<String> overruns = statement.overruns();
        if (overruns.isEmpty()) {
            return;
        }
        String limit = "limit " + options.ruleTimeout().toMillis() + " ms per rule and statement";
        String message = overruns.size() == 1
                ? "rule " + overruns.get(0) + " on this statement (" + limit + "); its check of this statement may be "
                        + "incomplete"
                : "rules " + String.join(", ", overruns) + " on this statement (" + limit + "); their checks of this "
                        + "statement may be incomplete";
        sink.add(finding(registry.descriptor(PipelineRules.RULE_TIME_LIMIT).orElseThrow(), statement.script,
                new SourceRange(statement.statement.start(), statement.statement.end()), message, Map.of(),
                "Check this statement by hand for what the rules look for, or split it; please report the "
                        + "statement's shape (not its data) to Dialectic.", statement.fingerprint()));
    }

    /** A rule's declared effects on the targeted engines and versions: the start of each of its findings. */
    Map<Engine, Effect> declaredEffects(RuleDescriptor descriptor) {
        // keyed by the rule's id, not by the descriptor: a record's hashCode is bootstrapped through
        // java.lang.runtime.ObjectMethods, about twenty method-handle classes spun at run time in every cold lint
        Map<Engine, Effect> known = declaredEffects.get(descriptor.id());
        if (known != null) {
            return known;
        }
        Map<Engine, Effect> declared = new EnumMap<>(Engine.class);
        for (Target t : options.targets()) {
            for (Claim c : descriptor.claims()) {
                if (c.appliesTo(t)) {
                    declared.put(t.engine(), c.effect());
                }
            }
        }
        Map<Engine, Effect> raced = declaredEffects.putIfAbsent(descriptor.id(), declared);
        return raced != null ? raced : declared;
    }

    static Finding finding(RuleDescriptor d, Script script, SourceRange range, String message,
                           Map<Engine, Effect> engines, String fix, String fingerprint) {
        return new Finding(d.id(), d.severity(), script.locate(range.start(), range.end()), message, engines, fix,
                DOCS.computeIfAbsent(d.id(), id -> d.docsUrl()), fingerprint);
    }

    /** Each rule's docs link, made once: every finding holds it (issue 12). */
    private static final Map<String, String> DOCS = new ConcurrentHashMap<>();

    /**
     * What a rule has asked for so far, in every run of this rule set: for the test that no rule declares more than
     * it reads (a needless declaration keeps it out of the parallel pass).
     */
    Set<Reads> asked(int rule) {
        Set<Reads> asked = EnumSet.noneOf(Reads.class);
        if (askedSchema[rule]) {
            asked.add(Reads.SCHEMA);
        }
        if (askedHistory[rule]) {
            asked.add(Reads.FILE_HISTORY);
        }
        return asked;
    }

    /** With {@link PhaseClock} on: the rules that took longest so far, to standard error. */
    void printTimes() {
        if (!PhaseClock.ON) {
            return;
        }
        IntStream.range(0, rules.size()).boxed()
                .sorted((a, b) -> Long.compare(ruleNanos.get(b), ruleNanos.get(a))).limit(15)
                .forEach(r -> System.err.printf("dialectic timings:   rule %-38s %7.1f ms (cpu, all threads)%n",
                        descriptors.get(r).id(), ruleNanos.get(r) / 1e6));
    }

    /** Thrown (without a stack trace) into a rule that asks its context anything after its time bound. */
    private static final class RuleTimeLimit extends RuntimeException {
        static final RuleTimeLimit INSTANCE = new RuleTimeLimit();

        private RuleTimeLimit() {
            super("this rule ran past its time limit on this statement", null, false, false);
        }
    }

    /** A statement's tokens as one rule sees them: reading them counts as asking the context (see {@link #check}). */
    private static final class TimedTokens extends AbstractList<Token> implements RandomAccess {
        /** The tokens as an array: read directly, not through a second list's interface call per read. */
        private final Token[] tokens;
        private final Context asker;

        TimedTokens(Token[] tokens, Context asker) {
            this.tokens = tokens; // the statement's own array, shared: this list is read-only
            this.asker = asker;
        }

        @Override
        public Token get(int index) {
            asker.inTime();
            return tokens[index];
        }

        @Override
        public int size() {
            return tokens.length;
        }
    }

    /** What one rule sees while it checks one statement; {@link #start} makes it the next rule's. */
    private final class Context implements RuleContext {
        private final StatementState state;
        private final Schema schema;
        private final List<Finding> sink;
        private int rule;
        private RuleDescriptor descriptor;
        private long started;
        private long deadline;
        private int untilClockRead;
        private TimedTokens timedTokens;

        Context(StatementState state, Schema schema, List<Finding> sink) {
            this.state = state;
            this.schema = schema;
            this.sink = sink;
        }

        /** Now rule {@code rule}'s context, its bound counted from {@code now}. */
        void start(int rule, long now) {
            this.rule = rule;
            this.descriptor = descriptors.get(rule);
            this.started = now;
            this.deadline = now + ruleTimeoutNanos;
            // the clock is read on every 64th question, and once the rule returns; with no time at all, on the first
            this.untilClockRead = ruleTimeoutNanos == 0 ? 1 : 64;
        }

        /** Called on every question a rule asks: past the deadline, the rule is stopped. */
        private void inTime() {
            if (--untilClockRead <= 0) {
                untilClockRead = 64;
                if (System.nanoTime() - deadline >= 0) {
                    throw RuleTimeLimit.INSTANCE;
                }
            }
        }

        /** Notes that this rule ran past its bound; the statement's one rule-time-limit finding lists them all. */
        void reportTimeLimit(boolean stopped, long now) {
            long ms = (now - started) / 1_000_000;
            state.overran(rule, descriptor.id() + (stopped ? " was stopped after " : " took ") + ms + " ms");
        }

        /**
         * A rule asking for what it did not declare is a bug in the rule: its findings would depend on which runner
         * ran it (the parallel one has no schema or history to give a statement-only rule).
         */
        private void requireDeclared(Reads what, String question) {
            if (!descriptor.reads(what)) {
                throw new IllegalStateException("rule " + descriptor.id() + " (" + rules.get(rule).getClass().getName()
                        + ") asked for " + question + " checking " + state.file.path() + ":" + state.statement.line()
                        + " but does not declare it reads it: add reads = Reads." + what + " to its @RuleInfo");
            }
            (what == Reads.SCHEMA ? askedSchema : askedHistory)[rule] = true;
        }

        @Override
        public SourceRange statementRange() {
            inTime();
            return new SourceRange(state.statement.start(), state.statement.end());
        }

        @Override
        public CharSequence fileText() {
            inTime();
            return state.file.text();
        }

        @Override
        public List<Token> tokens() {
            inTime();
            TimedTokens t = timedTokens;
            if (t == null) { // one view for all the rules this context serves: it reads the clock through the context
                timedTokens = t = new TimedTokens(state.tokenArray(), this);
            }
            return t;
        }

        @Override
        public List<String> upperWords() {
            inTime();
            return state.upperWords();
        }

        @Override
        public boolean inExplicitTransaction() {
            requireDeclared(Reads.FILE_HISTORY, "inExplicitTransaction()");
            inTime();
            return state.history.inTransaction();
        }

        @Override
        public io.github.dialectic.source.ScriptTransaction scriptTransaction() {
            inTime();
            return state.script.transaction();
        }

        @Override
        public List<Change> fileChangesSoFar() {
            requireDeclared(Reads.FILE_HISTORY, "fileChangesSoFar()");
            inTime();
            return state.history.changesSoFar();
        }

        @Override
        public Optional<ColumnDef> fileDeclaration(QualifiedName table, Name column) {
            requireDeclared(Reads.FILE_HISTORY, "fileDeclaration()");
            inTime();
            return state.history.declarations().latest(table, column);
        }

        @Override
        public Schema schema() {
            requireDeclared(Reads.SCHEMA, "schema()");
            inTime();
            return schema;
        }

        @Override
        public Targets targets() {
            inTime();
            return options.targets();
        }

        @Override
        public List<Target> lacking(Feature feature) {
            inTime();
            return lackingByFeature.computeIfAbsent(feature, RuleContext.super::lacking);
        }

        @Override
        public List<EngineProfile> profiles() {
            List<EngineProfile> p = targetProfiles;
            return p != null ? p : (targetProfiles = RuleContext.super.profiles());
        }

        @Override
        public List<EngineProfile> everyEngine() {
            List<EngineProfile> p = everyEngineProfile;
            return p != null ? p : (everyEngineProfile = RuleContext.super.everyEngine());
        }

        @Override
        public String statementText() {
            inTime();
            return state.statement.text();
        }

        @Override
        public FindingBuilder report(SourceRange range, String message) {
            inTime();
            RuleDescriptor reporting = descriptor; // this context serves the next rule after this one returns
            Map<Engine, Effect> declared = declaredEffectsByRule[rule]; // racy by design: the same map whoever makes it
            if (declared == null) {
                declaredEffectsByRule[rule] = declared = declaredEffects(reporting);
            }
            Map<Engine, Effect> effects = new EnumMap<>(declared);
            return new FindingBuilder() {
                private String fix = "";

                @Override
                public FindingBuilder effect(Engine engine, Effect effect) {
                    if (options.targets().includes(engine)) {
                        effects.put(engine, effect);
                    }
                    return this;
                }

                @Override
                public FindingBuilder only(Engine... engines) {
                    effects.keySet().retainAll(Arrays.asList(engines));
                    return this;
                }

                @Override
                public FindingBuilder fix(String text) {
                    this.fix = text;
                    return this;
                }

                @Override
                public void emit() {
                    if (effects.isEmpty()) {
                        return; // no targeted engine is affected
                    }
                    sink.add(finding(reporting, state.script, range, message, effects, fix, state.fingerprint()));
                }
            };
        }
    }
}
