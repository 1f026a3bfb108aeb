package io.github.dialectic.lint;

import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.finding.Suppressions;
import io.github.dialectic.parse.ParsedStatement;
import io.github.dialectic.parse.StatementAnalyzer;
import io.github.dialectic.rule.PipelineRules;
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
import io.github.dialectic.source.SqlScript;
import io.github.dialectic.source.SqlStatement;
import io.github.dialectic.source.StatementSource;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.Unterminated;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * The pipeline: statement source -> statements (splitter) -> changes (parser) -> a {@link Runner} (rules, with the
 * schema replayed in migration order) -> each file's findings (pipeline findings, suppressions, severities) -> report.
 * Files are split and parsed in parallel; the result cache and the parse cache wrap the run, outside the runner.
 */
public final class Linter {

    private static final java.util.Comparator<Finding> BY_POSITION = java.util.Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column).thenComparing(Finding::rule);

    /** Below this many understood statements the reference runner runs alone: handing work over costs more. */
    private static final int PARALLEL_FROM = 256;

    /**
     * How many statements the parallel runner's statement-only rules check per background run: enough to keep every
     * core busy, few enough that the ordered walk lets go of each run's tokens soon.
     */
    private static final int CHUNK = 2048;

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

    private synchronized RuleSet ruleSet() {
        if (ruleSet == null) {
            ruleSet = new RuleSet(registry, options);
        }
        return ruleSet;
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
     * Lints scripts, in the order given, from {@code schema}: the result cache answers for the unchanged files at the
     * start (they are only replayed), the rest are split and parsed (through the parse cache), a {@link Runner} checks
     * their statements, and each file's findings are put together as the runner hands them over.
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
        LintReport report = check(scripts, schema, parsed, unterminated, lookup, clock);
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
     * Replays the files the result cache answered for, has a runner check the rest, and puts each file's findings
     * together: its pipeline findings (unterminated constructs, unparsed statements) and its rules' findings,
     * suppressions applied, in position order, severities overridden.
     */
    private LintReport check(List<Script> files, Schema schema, List<List<ParsedStatement>> parsed,
                             Unterminated[] unterminated, ResultCache.Lookup lookup, PhaseClock clock) {
        RuleDescriptor unparsedDescriptor = registry.descriptor(PipelineRules.UNPARSED_STATEMENT).orElseThrow();
        List<Finding> all = new ArrayList<>();
        List<ResultCache.FileResult> fileResults = new ArrayList<>(files.size());
        int[] counts = new int[2]; // statements, unparsed
        for (int i = 0; i < lookup.reused(); i++) { // findings known: only the schema must be brought up to date
            for (ParsedStatement ps : parsed.get(i)) {
                if (ps.understood()) {
                    SchemaReplay.apply(schema, ps.change());
                }
            }
            parsed.set(i, null);
            ResultCache.FileResult r = lookup.prior().get(i);
            counts[0] += r.statements();
            counts[1] += r.unparsed();
            all.addAll(r.findings());
            fileResults.add(r);
        }
        int understood = 0;
        for (int i = lookup.reused(); i < files.size(); i++) {
            understood += (int) parsed.get(i).stream().filter(ParsedStatement::understood).count();
        }
        RuleSet rules = ruleSet();
        Runner runner = runners.choose(rules, understood);
        boolean[] storable = {true};
        runner.run(files, parsed, lookup.reused(), schema, (i, ruleFindings) -> {
            Script file = files.get(i);
            List<ParsedStatement> fileStatements = parsed.get(i);
            List<Finding> raw = new ArrayList<>();
            List<int[]> spans = new ArrayList<>(); // per finding: statement line, statement end line
            int fileUnparsed = 0;
            Unterminated broken = unterminated[i];
            if (broken != null) {
                raw.add(unterminatedFinding(file, broken));
                int line = file.file().lines().line(broken.start());
                spans.add(new int[] {line, line});
            }
            int k = 0; // index into ruleFindings: the understood statements'
            for (ParsedStatement ps : fileStatements) {
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
                raw.add(RuleSet.finding(unparsedDescriptor, file, new SourceRange(at, Math.max(at, st.end())),
                        ps.problem(), Map.of(), "Quote the identifier or simplify the statement, or suppress with "
                                + "'-- dialectic:ignore unparsed-statement reason' after checking it by hand.",
                        fingerprint(st.text())));
                spans.add(span);
            }
            List<Finding> kept = applySuppressions(file, fileStatements, raw, spans);
            kept.sort(BY_POSITION); // rules report in rule order; readers want file order
            kept.replaceAll(f -> {
                Severity override = options.severityOverrides().get(f.rule());
                return override == null ? f : f.withSeverity(override);
            });
            kept.removeIf(f -> options.disabledRules().contains(f.rule()));
            all.addAll(kept);
            counts[0] += fileStatements.size();
            counts[1] += fileUnparsed;
            // a file the parser gave up on may read differently next time, and so may every file after it
            storable[0] &= !ParseCache.parserGaveUp(fileStatements) && !ranOutOfTime(raw);
            parsed.set(i, null); // done with this file's statements: 100,000 of them need not all stay in memory
            if (storable[0] && lookup.chainKey(i) != null) {
                fileResults.add(new ResultCache.FileResult(lookup.chainKey(i), fileStatements.size(), fileUnparsed, kept));
            }
        });
        clock.mark(() -> "rules (" + runner.getClass().getSimpleName() + "), replay, suppressions");
        rules.printTimes();
        if (lookup.cache() != null) {
            lookup.store(fileResults);
            clock.mark(() -> "result cache written");
        }
        LintReport.Summary summary = new LintReport.Summary(files.size(), counts[0], counts[0] - counts[1], counts[1],
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

    /** Whether a rule ran out of time in these findings: a result another run may not repeat, so not cached. */
    private static boolean ranOutOfTime(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.rule().equals(PipelineRules.RULE_TIME_LIMIT));
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
            List<List<ParsedStatement>> toStore = List.copyOf(result); // the pipeline lets go of result's
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
        Map<Engine, Effect> effects = new EnumMap<>(ruleSet().declaredEffects(d));
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

    private Finding pipelineFinding(String id, Script file, SourceRange at, String message) {
        RuleDescriptor d = registry.descriptor(id).orElseThrow();
        String fix = id.equals(PipelineRules.UNUSED_SUPPRESSION) ? "Remove the comment, or move it next to the statement."
                : "Use a rule id from 'dialectic rules'.";
        return RuleSet.finding(d, file, at, message, Map.of(), fix, "");
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
}
