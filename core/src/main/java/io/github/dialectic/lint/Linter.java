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
import io.github.dialectic.finding.Suppressions;
import io.github.dialectic.parse.ParsedStatement;
import io.github.dialectic.parse.StatementAnalyzer;
import io.github.dialectic.rule.Claim;
import io.github.dialectic.rule.PipelineRules;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.schema.Schema;
import io.github.dialectic.schema.SchemaBuilder;
import io.github.dialectic.schema.SchemaReplay;
import io.github.dialectic.schema.SchemaSource;
import io.github.dialectic.source.FlywaySqlSource;
import io.github.dialectic.source.Script;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlLexer;
import io.github.dialectic.source.SqlScript;
import io.github.dialectic.source.SqlStatement;
import io.github.dialectic.source.StatementSource;
import io.github.dialectic.source.Token;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.Unterminated;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;

/**
 * The pipeline: files -> statements (splitter) -> changes (parser) -> schema replay -> rules -> findings
 * (suppressions). Files are split and parsed in parallel; replay and rules run in migration order, since each rule
 * must see the schema as it stood just before the statement it checks.
 */
public final class Linter {

    private static final java.util.Comparator<Finding> BY_POSITION = java.util.Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column).thenComparing(Finding::rule);

    private final RuleRegistry registry;
    private final LintOptions options;
    private List<Map.Entry<RuleDescriptor, Rule>> activeRules; // on first use: a run answered from the cache never loads a rule
    private final StatementAnalyzer analyzer;
    private final ParseCache cache;
    private final SchemaSource schemaSource;
    /** A rule's declared effects on the targeted engines and versions: the start of each of its findings. */
    private final Map<RuleDescriptor, Map<Engine, Effect>> declaredEffects = new java.util.concurrent.ConcurrentHashMap<>();
    /** Which targets lack a feature: asked by rules on every statement, the same answer all run long. */
    private final Map<Feature, List<Target>> lackingByFeature = new java.util.concurrent.ConcurrentHashMap<>();
    /** The targets' engine profiles, and every engine's (targeted version or latest): the same all run long. */
    private volatile List<EngineProfile> targetProfiles;
    private volatile List<EngineProfile> everyEngineProfile;

    public Linter(RuleRegistry registry, LintOptions options) {
        this(registry, options, null);
    }

    /** A linter that keeps what it split and parsed in {@code cache} (null: no cache). */
    public Linter(RuleRegistry registry, LintOptions options, ParseCache cache) {
        this(registry, options, cache, SchemaSource.EMPTY);
    }

    /** A linter whose runs start from the schema {@code schemaSource} describes rather than from no tables. */
    public Linter(RuleRegistry registry, LintOptions options, ParseCache cache, SchemaSource schemaSource) {
        this.registry = registry;
        this.cache = cache;
        this.schemaSource = Objects.requireNonNull(schemaSource, "schemaSource");
        this.options = options;
        for (String id : options.disabledRules()) {
            requireKnown(id, "disabled");
        }
        for (String id : options.severityOverrides().keySet()) {
            requireKnown(id, "re-graded");
        }
        this.analyzer = new StatementAnalyzer(options.parseTimeout());
    }

    private synchronized List<Map.Entry<RuleDescriptor, Rule>> activeRules() {
        if (activeRules == null) {
            List<Map.Entry<RuleDescriptor, Rule>> active = new ArrayList<>();
            registry.rules().forEach((id, rule) -> {
                if (!options.disabledRules().contains(id)) {
                    active.add(Map.entry(registry.descriptor(id).orElseThrow(), rule));
                }
            });
            activeRules = List.copyOf(active);
        }
        return activeRules;
    }

    private void requireKnown(String id, String what) {
        if (!registry.knows(id)) {
            throw new IllegalArgumentException("unknown rule '" + id + "' " + what + " in the configuration; known rules: "
                    + registry.knownIds());
        }
    }

    /** Lints the Flyway SQL migrations found under the given files and directories, in Flyway order. */
    public LintReport lint(List<Path> inputs) throws SourceException {
        return lint(new FlywaySqlSource(inputs, options.flavor()));
    }

    /** Lints the statements a source yields, starting from the schema the linter's schema source describes. */
    public LintReport lint(StatementSource source) throws SourceException {
        PhaseClock clock = new PhaseClock();
        List<Script> scripts = source.scripts();
        clock.mark(() -> "locate and read " + scripts.size() + " scripts");
        return lintScripts(scripts, startingSchema());
    }

    /** Lints files already read, in the order given, as SQL scripts. */
    public LintReport lintFiles(List<SourceFile> files) {
        List<Script> scripts = new ArrayList<>(files.size());
        files.forEach(f -> scripts.add(new SqlScript(f)));
        try {
            return lintScripts(scripts, startingSchema());
        } catch (SourceException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private Schema startingSchema() throws SourceException {
        SchemaBuilder builder = new SchemaBuilder();
        schemaSource.describe(builder);
        return builder.build();
    }

    /**
     * Lints scripts, in the order given, from {@code schema}. Rules run in two passes. First every statement meets every rule
     * in parallel, with a context that has no replayed schema and no file history: most rules look only at the change
     * and its tokens and finish there. A rule that asks for the schema, the file so far or the transaction state is
     * stopped (its findings for that statement dropped) and re-run in the second pass, which walks the files in
     * migration order, replaying the schema, so that it sees the schema as it stood just before the statement. A rule
     * stopped on nearly every change of one kind (say ALTER TABLE) is deferred on that kind without trying. The
     * findings are the same as one ordered pass would give; only the work that needs the order waits for it.
     */
    private LintReport lintScripts(List<Script> scripts, Schema schema) {
        PhaseClock clock = new PhaseClock();
        List<SourceFile> files = new ArrayList<>(scripts.size());
        scripts.forEach(s -> files.add(s.file()));
        byte[][] contentHashes = null;
        ResultCache.Lookup lookup = ResultCache.Lookup.NONE;
        // Parse entries are written only when they will be read: by a later run that re-checks some files and replays
        // the rest. A run that checks every file (the first one) leaves the result record, which spares a re-run all
        // parsing; writing 1,000 parse entries as well cost it more than the next partial run saves.
        boolean storeParses = cache != null;
        if (cache != null) {
            byte[][] hashes = new byte[files.size()][];
            IntStream.range(0, files.size()).parallel().forEach(i -> hashes[i] = ParseCache.contentHash(files.get(i)));
            contentHashes = hashes;
            clock.mark(() -> "hash files");
            String schemaKey = schemaSource.cacheKey();
            ResultCache results = schemaKey == null ? null : ResultCache.at(cache.dir(), registry, options, schemaKey);
            clock.mark(() -> "configuration key (rule class stamps)");
            if (results != null) {
                ResultCache.Lookup found = results.lookup(files, contentHashes);
                storeParses = found.reused() > 0;
                clock.mark(() -> "result cache: " + found.reused() + " of " + files.size() + " files unchanged");
                if (found.reused() == files.size()) {
                    return fromCache(found.prior().subList(0, files.size())).withSources(sourceNames(scripts));
                }
                lookup = found;
            }
        }
        @SuppressWarnings("unchecked")
        CompletableFuture<Void>[] storing = new CompletableFuture[1];
        Unterminated[] unterminated = new Unterminated[files.size()];
        List<List<ParsedStatement>> parsed = parseAll(scripts, contentHashes, storeParses ? storing : null, unterminated);
        clock.mark(() -> "split and parse");
        List<Pending> understood = new ArrayList<>();
        for (int i = lookup.reused(); i < files.size(); i++) {
            for (ParsedStatement ps : parsed.get(i)) {
                if (ps.understood()) {
                    understood.add(new Pending(scripts.get(i), ps));
                }
            }
        }
        List<Map.Entry<RuleDescriptor, Rule>> active = activeRules();
        LintReport report = ordered(scripts, schema, parsed, unterminated, lookup,
                new FirstPass(active, understood, new int[active.size()][2 * KINDS]), clock);
        if (storing[0] != null) {
            storing[0].join(); // a best-effort cache never fails: store() swallows its own errors
            clock.mark(() -> "parse cache written (in the background)");
        }
        return report.withSources(sourceNames(scripts));
    }

    private static List<String> sourceNames(List<Script> scripts) {
        return scripts.stream().map(s -> s.file().path().toString()).toList();
    }

    /**
     * Where the first pass runs: a pool of its own (daemon threads, idle ones retire), so that it goes on beside the
     * ordered pass without taking the common pool that splitting, parsing and the caches use. Shared by all linters:
     * a test suite or an IDE that lints often must not start threads per run.
     */
    private static final class RulesPool {
        static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    }

    /** Below this many statements the first pass runs on the calling thread: handing work over costs more. */
    private static final int PARALLEL_FROM = 256;

    /**
     * Understood statements are checked in runs of {@link #CHUNK} (across files, or within one long file): the
     * statement-local pass of one run goes on in the background while the ordered pass works through the run before
     * it, and the ordered pass lets go of each statement's tokens once done with it.
     */
    private static final int CHUNK = 2048;

    /**
     * The first pass over a run of statements. Their {@link Checked} state is made here, not before: made early, it
     * would age into the old generation and keep every token and finding later hung on it alive until a full GC.
     */
    private List<Checked> checkChunk(List<Pending> chunk, List<Map.Entry<RuleDescriptor, Rule>> active,
                                     int[][] learned, boolean parallel) {
        List<Checked> checked = new ArrayList<>(chunk.size());
        chunk.forEach(p -> checked.add(new Checked(p.script(), p.statement())));
        (parallel ? checked.parallelStream() : checked.stream()).forEach(c -> checkAlone(c, active, learned));
        return checked;
    }

    /** An understood statement waiting for its run of the first pass. */
    private record Pending(Script script, ParsedStatement statement) {
    }

    /**
     * The first pass's work: the active rules, the understood statements of the files not taken from the cache, and
     * per rule and kind of change the tries and deferrals (see {@link #checkAlone}).
     */
    private record FirstPass(List<Map.Entry<RuleDescriptor, Rule>> active, List<Pending> understood, int[][] learned) {
    }

    /** The ordered pass over all files, pulling the first pass along run by run. */
    private LintReport ordered(List<Script> files, Schema schema, List<List<ParsedStatement>> parsed,
                               Unterminated[] unterminated, ResultCache.Lookup lookup, FirstPass pass, PhaseClock clock) {
        List<Map.Entry<RuleDescriptor, Rule>> active = pass.active();
        List<Pending> understood = pass.understood();
        int[][] learned = pass.learned();
        RuleDescriptor unparsedDescriptor = registry.descriptor(PipelineRules.UNPARSED_STATEMENT).orElseThrow();
        List<Finding> all = new ArrayList<>();
        List<ResultCache.FileResult> fileResults = new ArrayList<>(files.size());
        boolean storable = true;
        int statements = 0;
        int unparsed = 0;
        int deferred = 0;
        int chunkStart = 0; // index into understood of the next run
        List<Checked> checked = List.of(); // the run being worked through
        int offset = 0; // index into understood of checked's first statement
        ForkJoinTask<List<Checked>> ahead = null;
        int next = 0;
        for (int i = 0; i < files.size(); i++) {
            Script file = files.get(i);
            List<ParsedStatement> fileStatements = parsed.get(i);
            if (i < lookup.reused()) { // findings known: only the schema must be brought up to date
                for (ParsedStatement ps : fileStatements) {
                    if (ps.understood()) {
                        SchemaReplay.apply(schema, ps.change());
                    }
                }
                parsed.set(i, null);
                ResultCache.FileResult r = lookup.prior().get(i);
                statements += r.statements();
                unparsed += r.unparsed();
                all.addAll(r.findings());
                fileResults.add(r);
                continue;
            }
            List<Finding> raw = new ArrayList<>();
            List<int[]> spans = new ArrayList<>(); // per finding: statement line, statement end line
            List<Change> fileChanges = new ArrayList<>();
            FileDeclarations declarations = new FileDeclarations();
            boolean inTransaction = false;
            int fileUnparsed = 0;
            Unterminated broken = unterminated[i];
            if (broken != null) {
                raw.add(unterminatedFinding(file, broken));
                int line = file.file().lines().line(broken.start());
                spans.add(new int[] {line, line});
            }
            for (ParsedStatement ps : fileStatements) {
                SqlStatement st = ps.statement();
                int[] span = {st.line(), st.endLine()};
                if (!ps.understood()) {
                    fileUnparsed++;
                    if (broken != null && st.end() > broken.start()) {
                        continue; // not analysed: the unterminated construct's finding speaks for it
                    }
                    int at = ps.problemOffset();
                    raw.add(finding(unparsedDescriptor, file, new SourceRange(at, Math.max(at, st.end())), ps.problem(), Map.of(),
                            "Quote the identifier or simplify the statement, or suppress with "
                                    + "'-- dialectic:ignore unparsed-statement reason' after checking it by hand.",
                            fingerprint(st.text())));
                    spans.add(span);
                    continue;
                }
                if (next == chunkStart) { // the run starting here: wait for its first pass, start the next one's
                    int end = Math.min(understood.size(), chunkStart + CHUNK);
                    List<Pending> current = understood.subList(chunkStart, end);
                    if (ahead != null) {
                        checked = ahead.join();
                    } else if (understood.size() < PARALLEL_FROM) {
                        checked = checkChunk(current, active, learned, false);
                    } else {
                        checked = RulesPool.POOL.submit(() -> checkChunk(current, active, learned, true)).join();
                    }
                    ahead = null;
                    if (end < understood.size()) {
                        List<Pending> following = understood.subList(end, Math.min(understood.size(), end + CHUNK));
                        ahead = RulesPool.POOL.submit(() -> checkChunk(following, active, learned, true));
                    }
                    offset = chunkStart;
                    chunkStart = end;
                }
                Checked c = checked.get(next - offset);
                checked.set(next++ - offset, null); // its tokens and findings go once this statement is done
                Change change = ps.change();
                fileChanges.add(change);
                c.state.ordered(inTransaction, new Prefix<>(fileChanges, fileChanges.size()), declarations);
                if (c.deferred != null) {
                    deferred += c.deferred.cardinality();
                    for (int r = c.deferred.nextSetBit(0); r >= 0; r = c.deferred.nextSetBit(r + 1)) {
                        Map.Entry<RuleDescriptor, Rule> entry = active.get(r);
                        long started = PhaseClock.ON ? System.nanoTime() : 0;
                        checkBounded(entry.getValue(), change, new Context(entry.getKey(), c.state, schema, c.findings, false));
                        timed(r, started);
                    }
                }
                if (c.state.overruns != null) {
                    c.findings.add(timeLimitFinding(c.state));
                }
                for (int k = 0; k < c.findings.size(); k++) {
                    spans.add(span);
                }
                raw.addAll(c.findings);
                SchemaReplay.apply(schema, change);
                declarations.add(change);
                if (change instanceof Change.Transaction tx) {
                    inTransaction = tx.kind() == Change.Transaction.Kind.BEGIN
                            || (inTransaction && tx.kind() == Change.Transaction.Kind.SAVEPOINT);
                }
            }
            List<Finding> kept = applySuppressions(file, fileStatements, raw, spans);
            kept.sort(BY_POSITION); // rules report in rule order; readers want file order
            kept.replaceAll(f -> {
                Severity override = options.severityOverrides().get(f.rule());
                return override == null ? f : f.withSeverity(override);
            });
            kept.removeIf(f -> options.disabledRules().contains(f.rule()));
            all.addAll(kept);
            statements += fileStatements.size();
            unparsed += fileUnparsed;
            // a file the parser gave up on may read differently next time, and so may every file after it
            storable &= !ParseCache.parserGaveUp(fileStatements) && !ranOutOfTime(raw);
            parsed.set(i, null); // done with this file's statements: 100,000 of them need not all stay in memory
            if (storable && lookup.chainKey(i) != null) {
                fileResults.add(new ResultCache.FileResult(lookup.chainKey(i), fileStatements.size(), fileUnparsed, kept));
            }
        }
        int deferredRuns = deferred;
        clock.mark(() -> "rules, replay, suppressions (" + deferredRuns + " rule runs deferred to the ordered pass)");
        printRuleTimes(active);
        if (lookup.cache() != null) {
            lookup.store(fileResults);
            clock.mark(() -> "result cache written");
        }
        LintReport.Summary summary = new LintReport.Summary(files.size(), statements, statements - unparsed, unparsed,
                all.size());
        return new LintReport(options.targets(), summary, all, registry);
    }

    private LintReport fromCache(List<ResultCache.FileResult> results) {
        List<Finding> all = new ArrayList<>();
        int statements = 0;
        int unparsed = 0;
        for (ResultCache.FileResult r : results) {
            all.addAll(r.findings());
            statements += r.statements();
            unparsed += r.unparsed();
        }
        return new LintReport(options.targets(), new LintReport.Summary(results.size(), statements,
                statements - unparsed, unparsed, all.size()), all, registry);
    }

    /** The first pass over one statement: every rule that can decide without the replayed schema or file history. */
    private void checkAlone(Checked c, List<Map.Entry<RuleDescriptor, Rule>> active, int[][] triesAndDeferrals) {
        Change change = c.statement.change();
        int kind = kind(change);
        for (int r = 0; r < active.size(); r++) {
            // Counted per rule and kind of change (racy by design: a lost count changes no finding, only where work
            // runs). A rule that nearly always needs the order on this kind is deferred without trying.
            int[] counts = triesAndDeferrals[r];
            int tries = counts[2 * kind];
            if (tries >= 16 && counts[2 * kind + 1] * 10 >= tries * 9) {
                defer(c, r, active.size());
                continue;
            }
            counts[2 * kind] = tries + 1;
            Map.Entry<RuleDescriptor, Rule> entry = active.get(r);
            int before = c.findings.size();
            long started = PhaseClock.ON ? System.nanoTime() : 0;
            try {
                checkBounded(entry.getValue(), change, new Context(entry.getKey(), c.state, null, c.findings, true));
                timed(r, started);
            } catch (NeedsOrder e) {
                timed(r, started);
                c.findings.subList(before, c.findings.size()).clear();
                defer(c, r, active.size());
                counts[2 * kind + 1]++;
            }
        }
    }

    /** Per active rule, nanoseconds spent in it (both passes, all threads); only with {@link PhaseClock} on. */
    private final java.util.concurrent.atomic.AtomicLongArray ruleNanos = new java.util.concurrent.atomic.AtomicLongArray(256);

    private void timed(int rule, long started) {
        if (PhaseClock.ON && rule < ruleNanos.length()) {
            ruleNanos.addAndGet(rule, System.nanoTime() - started);
        }
    }

    private void printRuleTimes(List<Map.Entry<RuleDescriptor, Rule>> active) {
        if (!PhaseClock.ON) {
            return;
        }
        java.util.stream.IntStream.range(0, Math.min(active.size(), ruleNanos.length())).boxed()
                .sorted((a, b) -> Long.compare(ruleNanos.get(b), ruleNanos.get(a))).limit(15)
                .forEach(r -> System.err.printf("dialectic timings:   rule %-38s %7.1f ms (cpu, all threads)%n",
                        active.get(r).getKey().id(), ruleNanos.get(r) / 1e6));
    }

    private static void defer(Checked c, int rule, int rules) {
        if (c.deferred == null) {
            c.deferred = new BitSet(rules);
        }
        c.deferred.set(rule);
    }

    private static final int KINDS = 8;

    /** The kind of change, as an index for {@link #checkAlone}'s table of what rules need per kind. */
    private static int kind(Change change) {
        if (change instanceof Change.Other) {
            return 0;
        } else if (change instanceof Change.AlterTable) {
            return 1;
        } else if (change instanceof Change.CreateTable) {
            return 2;
        } else if (change instanceof Change.CreateIndex) {
            return 3;
        } else if (change instanceof Change.DropIndex) {
            return 4;
        } else if (change instanceof Change.DropTable) {
            return 5;
        } else if (change instanceof Change.RenameTable) {
            return 6;
        }
        return 7; // transactions
    }

    /** An understood statement on its way through both passes: its findings so far and the rules still to run. */
    private static final class Checked {
        final ParsedStatement statement;
        final FileState state;
        final List<Finding> findings = new ArrayList<>(2);
        BitSet deferred;

        Checked(Script file, ParsedStatement statement) {
            this.statement = statement;
            this.state = new FileState(file, statement.statement());
        }
    }

    /**
     * Runs one rule on one change within the rule time bound. A rule that asks its context anything after the bound
     * is stopped there; one that overran without asking (it slept, or looped over what it already had) is reported
     * when it returns. Either way the findings it made stand, a {@code rule-time-limit} finding says the check may be
     * incomplete, and the run goes on. (A rule that blocks forever without asking cannot be stopped: Java has no safe
     * way to stop a thread.) {@link NeedsOrder} passes through.
     */
    private static void checkBounded(Rule rule, Change change, Context ctx) {
        try {
            rule.check(change, ctx);
        } catch (RuleTimeLimit e) {
            ctx.reportTimeLimit(true);
            return;
        }
        if (ctx.pastDeadline()) {
            ctx.reportTimeLimit(false);
        }
    }

    /** One finding for the rules that ran past their bound on a statement (several can, on a huge one). */
    private Finding timeLimitFinding(FileState state) {
        List<String> overruns = state.overruns;
        String limit = "limit " + options.ruleTimeout().toMillis() + " ms per rule and statement";
        String message = overruns.size() == 1
                ? "rule " + overruns.get(0) + " on this statement (" + limit + "); its check of this statement may be "
                        + "incomplete"
                : "rules " + String.join(", ", overruns) + " on this statement (" + limit + "); their checks of this "
                        + "statement may be incomplete";
        return finding(registry.descriptor(PipelineRules.RULE_TIME_LIMIT).orElseThrow(), state.script,
                new SourceRange(state.statement.start(), state.statement.end()), message, Map.of(),
                "Check this statement by hand for what the rules look for, or split it; please report the "
                        + "statement's shape (not its data) to Dialectic.", state.fingerprint());
    }

    /** Whether a rule ran out of time in these findings: a result another run may not repeat, so not cached. */
    private static boolean ranOutOfTime(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.rule().equals(PipelineRules.RULE_TIME_LIMIT));
    }

    /** Thrown (without a stack trace) into a rule that asks its context anything after its time bound. */
    private static final class RuleTimeLimit extends RuntimeException {
        static final RuleTimeLimit INSTANCE = new RuleTimeLimit();

        private RuleTimeLimit() {
            super("this rule ran past its time limit on this statement", null, false, false);
        }
    }

    /**
     * Thrown (without a stack trace) when a rule in the first pass asks for what only the ordered pass knows. Rules
     * never see it unless they catch every exception, which they must not.
     */
    private static final class NeedsOrder extends RuntimeException {
        static final NeedsOrder INSTANCE = new NeedsOrder();

        private NeedsOrder() {
            super("this rule needs the ordered pass", null, false, false);
        }
    }

    /**
     * Splits the files in parallel, then analyses all their statements in parallel (not file by file, so that one
     * big file uses every core too); the result keeps file and statement order.
     */
    private List<List<ParsedStatement>> parseAll(List<Script> scripts, byte[][] contentHashes,
                                                 CompletableFuture<Void>[] storing, Unterminated[] unterminated) {
        List<SourceFile> files = new ArrayList<>(scripts.size());
        scripts.forEach(s -> files.add(s.file()));
        byte[][] keys = cache == null ? null : new byte[files.size()][];
        // only SQL scripts: the cache keys statements by the text and flavour the splitter saw
        List<List<ParsedStatement>> cached = cache == null ? null
                : IntStream.range(0, files.size()).parallel().mapToObj(i -> {
                    if (!(scripts.get(i) instanceof SqlScript)) {
                        return null;
                    }
                    keys[i] = ParseCache.key(files.get(i), contentHashes[i]);
                    return cache.load(files.get(i), keys[i]);
                }).toList();
        List<List<SqlStatement>> split = IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> {
                    if (cached != null && cached.get(i) != null) {
                        return List.<SqlStatement>of(); // never a file with an unterminated construct: not stored
                    }
                    if (!(scripts.get(i) instanceof SqlScript)) {
                        return scripts.get(i).statements();
                    }
                    SqlSplitter.Split s = new SqlSplitter(files.get(i).flavor()).splitChecked(files.get(i).text());
                    unterminated[i] = s.unterminated();
                    return s.statements();
                })
                .toList();
        int total = 0;
        for (List<SqlStatement> l : split) {
            total += l.size();
        }
        int[] fileOf = new int[total];
        SqlStatement[] statements = new SqlStatement[total];
        int k = 0;
        for (int i = 0; i < split.size(); i++) {
            for (SqlStatement st : split.get(i)) {
                fileOf[k] = i;
                statements[k++] = st;
            }
        }
        ParsedStatement[] out = new ParsedStatement[total];
        IntStream.range(0, total).parallel().forEach(j -> {
            Unterminated broken = unterminated[fileOf[j]];
            out[j] = broken != null && statements[j].end() > broken.start()
                    ? new ParsedStatement(statements[j], null, "contains an unterminated " + broken.construct(),
                            broken.start(), List.of())
                    : analyzer.analyze(files.get(fileOf[j]), statements[j]);
        });
        List<List<ParsedStatement>> result = new ArrayList<>(files.size());
        k = 0;
        for (int i = 0; i < files.size(); i++) {
            int size = split.get(i).size();
            result.add(cached != null && cached.get(i) != null ? cached.get(i) : Arrays.asList(out).subList(k, k + size));
            k += size;
        }
        if (cache != null && storing != null) { // written while the rules run; lintFiles waits for it before it returns
            List<List<ParsedStatement>> toStore = List.copyOf(result); // the ordered pass lets go of result's
            storing[0] = CompletableFuture.runAsync(() -> IntStream.range(0, files.size()).parallel()
                    .filter(i -> cached.get(i) == null && keys[i] != null && unterminated[i] == null)
                    .forEach(i -> cache.store(files.get(i), keys[i], toStore.get(i))));
        }
        return result;
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
            Finding f = raw.get(i);
            int[] span = spans.get(i);
            if (!suppressions.suppresses(f.rule(), span[0], span[1], locator)) {
                kept.add(f);
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
            for (String id : d.ruleIds()) {
                if (!registry.knows(id)) {
                    kept.add(pipelineFinding(PipelineRules.UNKNOWN_SUPPRESSION, script, at,
                            "suppression names unknown rule '" + id + "'"));
                } else if (!d.used(id) && !options.disabledRules().contains(id)) {
                    kept.add(pipelineFinding(PipelineRules.UNUSED_SUPPRESSION, script, at,
                            "suppression of '" + id + "' matched no finding"
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
        Map<Engine, Effect> effects = new EnumMap<>(declaredEffects(d));
        if (comment) {
            effects.computeIfPresent(Engine.SQLITE, (e, effect) -> Effect.DIFFERENT);
        }
        int lines = file.lines().line(Math.max(u.start(), file.text().length() - 1)) - file.lines().line(u.start());
        String closing = comment ? "*/" : u.opening().startsWith("$") ? u.opening()
                : u.opening().substring(u.opening().length() - 1);
        return finding(d, script, new SourceRange(u.start(), u.start() + u.opening().length()), "unterminated "
                        + u.construct() + ": the " + u.opening() + " opened here is never closed, so the rest of the file ("
                        + lines + (lines == 1 ? " more line" : " more lines") + ") is inside it", effects,
                "Close the " + u.construct() + " with " + closing + " where it was meant to end.", "");
    }

    /** A rule's declared effects on the targeted engines and versions: the start of each of its findings. */
    private Map<Engine, Effect> declaredEffects(RuleDescriptor descriptor) {
        return declaredEffects.computeIfAbsent(descriptor, d -> {
            Map<Engine, Effect> declared = new EnumMap<>(Engine.class);
            for (Target t : options.targets()) {
                for (Claim c : d.claims()) {
                    if (c.appliesTo(t)) {
                        declared.put(t.engine(), c.effect());
                    }
                }
            }
            return declared;
        });
    }

    private Finding pipelineFinding(String id, Script file, SourceRange at, String message) {
        RuleDescriptor d = registry.descriptor(id).orElseThrow();
        String fix = id.equals(PipelineRules.UNUSED_SUPPRESSION) ? "Remove the comment, or move it next to the statement."
                : "Use a rule id from 'dialectic rules'.";
        return finding(d, file, at, message, Map.of(), fix, "");
    }

    private static Finding finding(RuleDescriptor d, Script script, SourceRange range, String message,
                                   Map<Engine, Effect> engines, String fix, String fingerprint) {
        return new Finding(d.id(), d.severity(), script.locate(range.start(), range.end()), message, engines, fix,
                d.docsUrl(), fingerprint);
    }

    /**
     * A statement's identity for baselines: its text stripped, with runs of ASCII whitespace folded to one space,
     * hashed. Computed in chunks, without building the normalised text (a statement can be 100 MB).
     */
    static String fingerprint(String statementText) {
        MessageDigest sha;
        try {
            sha = (MessageDigest) SHA256.clone(); // a copy: getInstance looks the provider up each time
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        int from = 0;
        int to = statementText.length();
        while (from < to && Character.isWhitespace(statementText.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(statementText.charAt(to - 1))) {
            to--;
        }
        // UTF-8 bytes of the normalised text, straight into a buffer that is hashed whenever it fills
        byte[] buffer = new byte[Math.min(8192, 4 * (to - from) + 4)];
        int n = 0;
        boolean inSpace = false;
        for (int i = from; i < to; i++) {
            char c = statementText.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                inSpace = true;
                continue;
            }
            if (n > buffer.length - 8) {
                sha.update(buffer, 0, n);
                n = 0;
            }
            if (inSpace) {
                buffer[n++] = ' ';
                inSpace = false;
            }
            if (c < 0x80) {
                buffer[n++] = (byte) c;
            } else if (c < 0x800) {
                buffer[n++] = (byte) (0xC0 | (c >> 6));
                buffer[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(statementText.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, statementText.charAt(++i));
                buffer[n++] = (byte) (0xF0 | (cp >> 18));
                buffer[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buffer[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buffer[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                buffer[n++] = '?'; // a lone surrogate, as String.getBytes(UTF_8) writes it
            } else {
                buffer[n++] = (byte) (0xE0 | (c >> 12));
                buffer[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        sha.update(buffer, 0, n);
        return HexFormat.of().formatHex(Arrays.copyOf(sha.digest(), 8));
    }

    private static final MessageDigest SHA256;

    static {
        try {
            SHA256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first {@code size} elements of a list that only grows: what a rule sees as "changes so far", uncopied. */
    private static final class Prefix<T> extends AbstractList<T> implements RandomAccess {
        private final List<T> list;
        private final int size;

        Prefix(List<T> list, int size) {
            this.list = list;
            this.size = size;
        }

        @Override
        public T get(int index) {
            Objects.checkIndex(index, size);
            return list.get(index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** A statement's tokens as one rule sees them: reading them counts as asking the context (see checkBounded). */
    private static final class TimedTokens extends AbstractList<Token> implements RandomAccess {
        private final List<Token> tokens;
        private final Context asker;

        TimedTokens(List<Token> tokens, Context asker) {
            this.tokens = tokens;
            this.asker = asker;
        }

        @Override
        public Token get(int index) {
            asker.inTime();
            return tokens.get(index);
        }

        @Override
        public int size() {
            return tokens.size();
        }
    }

    /** What rules may know about the file around the statement; tokens are lexed once, on first use. */
    private static final class FileState {
        final Script script;
        final SourceFile file;
        final SqlStatement statement;
        // known only in the ordered pass:
        boolean inTransaction;
        List<Change> changesSoFar;
        FileDeclarations declarations;
        private List<Token> tokens;
        private String fingerprint;
        /** Rules that ran past their time bound here, as "rule-id was stopped after N ms"; null when none. */
        List<String> overruns;

        FileState(Script script, SqlStatement statement) {
            this.script = script;
            this.file = script.file();
            this.statement = statement;
        }

        void ordered(boolean inTransaction, List<Change> changesSoFar, FileDeclarations declarations) {
            this.inTransaction = inTransaction;
            this.changesSoFar = changesSoFar;
            this.declarations = declarations;
        }

        List<Token> tokens() {
            if (tokens == null) {
                tokens = SqlLexer.significant(file.text(), statement.start(), statement.end(), file.flavor());
            }
            return tokens;
        }

        String fingerprint() {
            if (fingerprint == null) {
                fingerprint = Linter.fingerprint(statement.text());
            }
            return fingerprint;
        }
    }

    private final class Context implements RuleContext {
        private final RuleDescriptor descriptor;
        private final FileState state;
        private final SourceFile file;
        private final SqlStatement statement;
        private final Schema schema;
        private final List<Finding> sink;
        private final boolean alone;
        private final long started = System.nanoTime();
        private final long deadline = started + options.ruleTimeout().toNanos();
        private int untilClockRead = 1; // the clock is read on the first question, then on every 64th

        /** {@code alone}: the first pass, where asking for the schema or the file so far stops the rule. */
        Context(RuleDescriptor descriptor, FileState state, Schema schema, List<Finding> sink, boolean alone) {
            this.alone = alone;
            this.descriptor = descriptor;
            this.state = state;
            this.file = state.file;
            this.statement = state.statement;
            this.schema = schema;
            this.sink = sink;
        }

        private void needsOrder() {
            if (alone) {
                throw NeedsOrder.INSTANCE;
            }
        }

        /** Called on every question a rule asks: past the deadline, the rule is stopped. */
        private void inTime() {
            if (--untilClockRead <= 0) {
                untilClockRead = 64;
                if (pastDeadline()) {
                    throw RuleTimeLimit.INSTANCE;
                }
            }
        }

        boolean pastDeadline() {
            return System.nanoTime() - deadline >= 0;
        }

        /** Notes that this rule ran past its bound; the statement's one rule-time-limit finding lists them all. */
        void reportTimeLimit(boolean stopped) {
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (state.overruns == null) {
                state.overruns = new ArrayList<>(1);
            }
            state.overruns.add(descriptor.id() + (stopped ? " was stopped after " : " took ") + ms + " ms");
        }

        @Override
        public SourceRange statementRange() {
            inTime();
            return new SourceRange(statement.start(), statement.end());
        }

        @Override
        public CharSequence fileText() {
            inTime();
            return file.text();
        }

        @Override
        public List<Token> tokens() {
            inTime();
            return new TimedTokens(state.tokens(), this);
        }

        @Override
        public boolean inExplicitTransaction() {
            needsOrder();
            inTime();
            return state.inTransaction;
        }

        @Override
        public List<Change> fileChangesSoFar() {
            needsOrder();
            inTime();
            return state.changesSoFar;
        }

        @Override
        public Optional<ColumnDef> fileDeclaration(QualifiedName table, Name column) {
            needsOrder();
            inTime();
            return state.declarations.latest(table, column);
        }

        @Override
        public Schema schema() {
            needsOrder();
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
            return statement.text();
        }

        @Override
        public FindingBuilder report(SourceRange range, String message) {
            inTime();
            Map<Engine, Effect> effects = new EnumMap<>(declaredEffects(descriptor));
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
                    sink.add(finding(descriptor, state.script, range, message, effects, fix, state.fingerprint()));
                }
            };
        }
    }
}
