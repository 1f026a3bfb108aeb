package io.github.dialectic.lint;

import io.github.dialectic.finding.CompactFindings;
import io.github.dialectic.parse.ParsedStatement;
import io.github.dialectic.parse.StatementAnalyzer;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.schema.Schema;
import io.github.dialectic.schema.SchemaBuilder;
import io.github.dialectic.schema.SchemaReplay;
import io.github.dialectic.schema.SchemaSource;
import io.github.dialectic.source.FlywaySqlSource;
import io.github.dialectic.source.Script;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlScript;
import io.github.dialectic.source.SqlStatement;
import io.github.dialectic.source.StatementSource;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.Unterminated;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * The pipeline: statement source -> statements (splitter) -> changes (parser) -> a {@link Runner} (rules, with the
 * schema replayed in migration order) -> each file's findings (pipeline findings, suppressions, severities) -> report.
 * Files are split and parsed in parallel; the result cache and the parse cache wrap the run, outside the runner.
 */
public final class Linter {

    /** Below this many understood statements the reference runner runs alone: handing work over costs more. */
    private static final int PARALLEL_FROM = 256;

    /**
     * How many statements the parallel runner's statement-only rules check per background run: small, so that the
     * pool's threads share the work evenly, the ordered walk starts soon and the last run, walked with the pool idle,
     * is short; {@link ParallelRunner#WINDOW} bounds how far they run ahead.
     */
    private static final int CHUNK = 256;

    /** Which runner checks a run of so many understood statements. */
    interface RunnerChoice {
        Runner choose(RuleSet rules, int understood);
    }

    /** The reference runner for small runs, the parallel one for the rest. */
    private static final RunnerChoice BY_SIZE = (rules, understood) ->
            understood < PARALLEL_FROM ? new OrderedRunner(rules) : new ParallelRunner(rules, CHUNK);

    private final RuleRegistry registry;
    private final LintOptions options;
    private RuleSet ruleSet; // on first use: a run answered from the cache never loads a rule
    private CompletableFuture<RuleSet> preparing; // the rule set being made in the background (prepareRules)
    private final StatementAnalyzer analyzer;
    private final ParseCache cache;
    private final SchemaSource schemaSource;
    private final RunnerChoice runners;

    public Linter(RuleRegistry registry, LintOptions options) {
        this(registry, options, null);
    }

    /** A linter that keeps what it split and parsed in {@code cache} (null: no cache). */
    public Linter(RuleRegistry registry, LintOptions options, ParseCache cache) {
        this(registry, options, cache, SchemaSource.EMPTY);
    }

    /** A linter whose runs start from the schema {@code schemaSource} describes rather than from no tables. */
    public Linter(RuleRegistry registry, LintOptions options, ParseCache cache, SchemaSource schemaSource) {
        this(registry, options, cache, schemaSource, BY_SIZE);
    }

    /** A linter whose rules run on the runner {@code runners} chooses (tests compare the runners through it). */
    Linter(RuleRegistry registry, LintOptions options, ParseCache cache, SchemaSource schemaSource,
           RunnerChoice runners) {
        this.registry = registry;
        this.runners = Objects.requireNonNull(runners, "runners");
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

    private RuleSet ruleSet() {
        CompletableFuture<RuleSet> made;
        synchronized (this) {
            if (ruleSet != null) {
                return ruleSet;
            }
            made = preparing;
        }
        RuleSet rules;
        if (made == null) {
            rules = new RuleSet(registry, options);
        } else {
            try {
                rules = made.join();
            } catch (java.util.concurrent.CompletionException e) {
                // thrown where the rule set was asked for, as if it were made here
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
        synchronized (this) {
            preparing = null;
            if (ruleSet == null) {
                ruleSet = rules;
            }
            return ruleSet;
        }
    }

    /**
     * Starts making the rule set on a thread of its own, if it is not made yet: loading the rules and preparing them
     * (SQLite's native library and first connection, the engine profiles) took about 100 ms of one core after the
     * files were parsed, with the other core idle; made while the files are read and parsed, it costs no wall time
     * (issue 12). Called only once the run knows it checks some statements: a run answered from the cache never loads
     * a rule.
     */
    private synchronized void prepareRules() {
        if (ruleSet != null || preparing != null) {
            return;
        }
        CompletableFuture<RuleSet> made = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                long started = System.nanoTime();
                made.complete(new RuleSet(registry, options));
                new PhaseClock().report(() -> "rules loaded and prepared (in the background)",
                        System.nanoTime() - started);
            } catch (Throwable t) {
                made.completeExceptionally(t);
            }
        }, "dialectic-rules");
        thread.setDaemon(true);
        thread.start();
        preparing = made;
    }

    private void requireKnown(String id, String what) {
        if (!registry.knows(id)) {
            throw new IllegalArgumentException(registry.unknownRuleMessage(id, what + " in the configuration"));
        }
    }

    /** Lints the Flyway SQL migrations found under the given files and directories, in Flyway order. */
    public LintReport lint(List<Path> inputs) throws SourceException {
        return lint(new FlywaySqlSource(inputs, options.flavor()));
    }

    /**
     * Lints files that {@link io.github.dialectic.source.MigrationLocator#locate(List)} returned, in that order, without
     * locating them again.
     */
    public LintReport lintLocated(List<Path> files) throws SourceException {
        return lint(FlywaySqlSource.located(files, options.flavor()));
    }

    /** Lints the statements a source yields, starting from the schema the linter's schema source describes. */
    public LintReport lint(StatementSource source) throws SourceException {
        PhaseClock clock = new PhaseClock();
        if (cache == null) {
            prepareRules(); // every file is checked: the rules are needed, and can be made while the files are read
        }
        // a list of the run's own, not the source's: the run lets go of each script (its text) once it is checked
        List<Script> scripts = new ArrayList<>(source.scripts());
        clock.mark(() -> "locate and read " + scripts.size() + " scripts");
        return lintScripts(scripts, startingSchema());
    }

    /** Lints files already read, in the order given, as SQL scripts (the caller's list keeps them all). */
    public LintReport lintFiles(List<SourceFile> files) {
        if (cache == null) {
            prepareRules();
        }
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
     * Lints scripts, in the order given, from {@code schema}: the result cache answers for the unchanged files at the
     * start (they are only replayed), the rest are split and parsed (through the parse cache), a {@link Runner} checks
     * their statements, and each file's findings are put together as the runner hands them over. {@code scripts} is
     * the run's own: each entry is cleared once its file is done.
     */
    private LintReport lintScripts(List<Script> scripts, Schema schema) {
        PhaseClock clock = new PhaseClock();
        List<String> sources = sourceNames(scripts);
        byte[][] contentHashes = null;
        ResultCache.Lookup lookup = ResultCache.Lookup.NONE;
        // Parse entries are written only when they will be read: by a later run that re-checks some files and replays
        // the rest. A run that checks every file (the first one) leaves the result record, which spares a re-run all
        // parsing; writing 1,000 parse entries as well cost it more than the next partial run saves.
        boolean storeParses = cache != null;
        if (cache != null) {
            List<SourceFile> files = new ArrayList<>(scripts.size());
            scripts.forEach(s -> files.add(s.file()));
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
                    return fromCache(found.prior().subList(0, files.size()), sources);
                }
                lookup = found;
            }
        }
        prepareRules(); // while the files are split and parsed
        List<CompletableFuture<Void>> storing = new ArrayList<>();
        Batches batches = new Batches(scripts, contentHashes, storeParses ? storing : null);
        LintReport report = check(scripts, sources, schema, batches, lookup, clock);
        if (!storing.isEmpty()) {
            storing.forEach(CompletableFuture::join); // a best-effort cache never fails: store() swallows its own errors
            clock.mark(() -> "parse cache written (in the background)");
        }
        return report;
    }

    /**
     * The files split and parsed a batch at a time, each batch just before its statements are checked: all of a
     * history's statements parsed at once held every statement's text and change until the rules reached it, memory
     * growing with the history, where a batch at a time keeps what is parsed bounded by the batch (issue 12).
     */
    private final class Batches {
        /** A batch ends with the file that brings it to this many characters of SQL (about 30,000 statements). */
        private static final long CHARS = 4L << 20;

        private final List<Script> scripts;
        private final byte[][] contentHashes;
        private final List<CompletableFuture<Void>> storing;
        final Unterminated[] unterminated;
        long parseNanos;
        long parseCpuNanos;

        Batches(List<Script> scripts, byte[][] contentHashes, List<CompletableFuture<Void>> storing) {
            this.scripts = scripts;
            this.contentHashes = contentHashes;
            this.storing = storing;
            this.unterminated = new Unterminated[scripts.size()];
        }

        /** Where the batch from file {@code from} ends (exclusive): never across {@code boundary}. */
        int end(int from, int boundary) {
            int limit = from < boundary ? boundary : scripts.size();
            long chars = 0;
            int i = from;
            while (i < limit && chars < CHARS) {
                chars += scripts.get(i++).file().text().length();
            }
            return i;
        }

        /** Splits and parses files {@code [from, to)} into {@code parsed}. */
        void parse(int from, int to, List<List<ParsedStatement>> parsed) {
            long started = System.nanoTime();
            long startedCpu = PhaseClock.cpuNanos();
            @SuppressWarnings("unchecked")
            CompletableFuture<Void>[] stored = new CompletableFuture[1];
            Unterminated[] broken = new Unterminated[to - from];
            List<List<ParsedStatement>> batch = parseAll(scripts.subList(from, to),
                    contentHashes == null ? null : Arrays.copyOfRange(contentHashes, from, to),
                    storing == null ? null : stored, broken);
            System.arraycopy(broken, 0, unterminated, from, broken.length);
            for (int k = 0; k < batch.size(); k++) {
                parsed.set(from + k, batch.get(k));
            }
            if (stored[0] != null) {
                storing.add(stored[0]);
            }
            parseNanos += System.nanoTime() - started;
            parseCpuNanos += PhaseClock.cpuNanos() - startedCpu;
        }
    }
    private static List<String> sourceNames(List<Script> scripts) {
        return scripts.stream().map(s -> s.file().path().toString()).toList();
    }

    /**
     * Replays the files the result cache answered for, has a runner check the rest, and puts each file's findings
     * together ({@link FileFindings}) as the runner hands them over.
     */
    private LintReport check(List<Script> files, List<String> sources, Schema schema, Batches batches,
                             ResultCache.Lookup lookup, PhaseClock clock) {
        CompactFindings.Builder all = new CompactFindings.Builder(); // each file's findings packed as it is done
        List<ResultCache.FileResult> fileResults = new ArrayList<>(files.size());
        int[] counts = new int[2]; // statements, unparsed
        List<List<ParsedStatement>> parsed = new ArrayList<>(Collections.nCopies(files.size(), null));
        // the rule set is asked for only once the first batch is parsed: it is being made meanwhile (prepareRules)
        RuleSet[] rules = new RuleSet[1];
        FileFindings[] fileFindings = new FileFindings[1];
        boolean[] storable = {true};
        Runner.FileSink sink = (i, ruleFindings) -> {
            List<ParsedStatement> fileStatements = parsed.get(i);
            FileFindings.Result file = fileFindings[0].of(files.get(i), fileStatements, batches.unterminated[i],
                    ruleFindings);
            all.addAll(file.findings());
            counts[0] += fileStatements.size();
            counts[1] += file.unparsed();
            // a file the parser gave up on may read differently next time, and so may every file after it
            storable[0] &= !ParseCache.parserGaveUp(fileStatements) && !file.ranOutOfTime();
            parsed.set(i, null); // done with this file's statements: 100,000 of them need not all stay in memory
            files.set(i, null); // and with its text: a million statements' files are over 100 MB (issue 12)
            if (storable[0] && lookup.chainKey(i) != null) {
                fileResults.add(new ResultCache.FileResult(lookup.chainKey(i), fileStatements.size(), file.unparsed(),
                        file.findings()));
            }
        };
        long started = System.nanoTime();
        long startedCpu = PhaseClock.cpuNanos();
        Runner runner = null;
        for (int from = 0; from < files.size(); ) {
            int to = batches.end(from, lookup.reused());
            batches.parse(from, to, parsed);
            if (to <= lookup.reused()) { // findings known: only the schema must be brought up to date
                for (int i = from; i < to; i++) {
                    for (ParsedStatement ps : parsed.get(i)) {
                        if (ps.understood()) {
                            SchemaReplay.apply(schema, ps.change());
                        }
                    }
                    parsed.set(i, null);
                    files.set(i, null);
                    ResultCache.FileResult r = lookup.prior().get(i);
                    counts[0] += r.statements();
                    counts[1] += r.unparsed();
                    all.addAll(r.findings());
                    fileResults.add(r);
                }
            } else {
                int understood = 0;
                for (int i = from; i < to; i++) {
                    understood += (int) parsed.get(i).stream().filter(ParsedStatement::understood).count();
                }
                if (rules[0] == null) {
                    long waiting = System.nanoTime();
                    rules[0] = ruleSet();
                    fileFindings[0] = new FileFindings(registry, options, rules[0]);
                    clock.report(() -> "waited for the rules to be made", System.nanoTime() - waiting);
                }
                runner = runners.choose(rules[0], understood);
                runner.run(files.subList(0, to), parsed.subList(0, to), from, schema, sink);
            }
            from = to;
        }
        String runnerName = runner == null ? "none" : runner.getClass().getSimpleName();
        clock.report(() -> "split and parse", batches.parseNanos, batches.parseCpuNanos);
        clock.report(() -> "rules (" + runnerName + "), replay, suppressions",
                System.nanoTime() - started - batches.parseNanos,
                PhaseClock.cpuNanos() - startedCpu - batches.parseCpuNanos);
        (rules[0] != null ? rules[0] : ruleSet()).printTimes(); // a run of no files loads the rules all the same
        if (lookup.cache() != null) {
            lookup.store(fileResults);
            clock.mark(() -> "result cache written");
        }
        LintReport.Summary summary = new LintReport.Summary(files.size(), counts[0], counts[0] - counts[1], counts[1],
                all.size());
        return new LintReport(options.targets(), summary, all.build(), registry, sources);
    }

    private LintReport fromCache(List<ResultCache.FileResult> results, List<String> sources) {
        CompactFindings.Builder all = new CompactFindings.Builder();
        int statements = 0;
        int unparsed = 0;
        for (ResultCache.FileResult r : results) {
            all.addAll(r.findings());
            statements += r.statements();
            unparsed += r.unparsed();
        }
        return new LintReport(options.targets(), new LintReport.Summary(results.size(), statements,
                statements - unparsed, unparsed, all.size()), all.build(), registry, sources);
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
                    SqlSplitter.Split s = SqlSplitter.split(files.get(i)); // detects the flavour in the same pass
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
            // a copy per file, not a view of out: a view keeps all of out (every statement's text and change)
            // alive until the last file is checked, while the pipeline lets go of each file once done (issue 12)
            result.add(cached != null && cached.get(i) != null ? cached.get(i)
                    : Arrays.asList(Arrays.copyOfRange(out, k, k + size)));
            k += size;
        }
        if (cache != null && storing != null) { // written while the rules run; lintFiles waits for it before it returns
            List<List<ParsedStatement>> toStore = List.copyOf(result); // the pipeline lets go of result's
            storing[0] = CompletableFuture.runAsync(() -> IntStream.range(0, files.size()).parallel()
                    .filter(i -> cached.get(i) == null && keys[i] != null && unterminated[i] == null)
                    .forEach(i -> cache.store(files.get(i), keys[i], toStore.get(i))));
        }
        return result;
    }
}
