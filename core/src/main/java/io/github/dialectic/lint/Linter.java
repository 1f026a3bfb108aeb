package io.github.dialectic.lint;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
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
import io.github.dialectic.schema.SchemaReplay;
import io.github.dialectic.source.LineIndex;
import io.github.dialectic.source.MigrationLocator;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlLexer;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.SqlStatement;
import io.github.dialectic.source.Token;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
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
    private final List<Map.Entry<RuleDescriptor, Rule>> activeRules = new ArrayList<>();
    private final StatementAnalyzer analyzer;
    private final ParseCache cache;

    public Linter(RuleRegistry registry, LintOptions options) {
        this(registry, options, null);
    }

    /** A linter that keeps what it split and parsed in {@code cache} (null: no cache). */
    public Linter(RuleRegistry registry, LintOptions options, ParseCache cache) {
        this.registry = registry;
        this.cache = cache;
        this.options = options;
        for (String id : options.disabledRules()) {
            requireKnown(id, "disabled");
        }
        for (String id : options.severityOverrides().keySet()) {
            requireKnown(id, "re-graded");
        }
        registry.rules().forEach((id, rule) -> {
            if (!options.disabledRules().contains(id)) {
                activeRules.add(Map.entry(registry.descriptor(id).orElseThrow(), rule));
            }
        });
        this.analyzer = new StatementAnalyzer(options.parseTimeout());
    }

    private void requireKnown(String id, String what) {
        if (!registry.knows(id)) {
            throw new IllegalArgumentException("unknown rule '" + id + "' " + what + " in the configuration; known rules: "
                    + registry.knownIds());
        }
    }

    /** Lints the migration files found under the given files and directories, in Flyway order. */
    public LintReport lint(List<Path> inputs) throws SourceException {
        List<Path> paths = MigrationLocator.locate(inputs);
        List<SourceFile> files = new ArrayList<>(paths.size());
        for (Path p : paths) {
            SourceFile f = SourceFile.read(p);
            files.add(options.flavor() == null ? f : f.withFlavor(options.flavor()));
        }
        return lintFiles(files);
    }

    /** Lints files already read, in the order given. */
    public LintReport lintFiles(List<SourceFile> files) {
        List<List<ParsedStatement>> parsed = parseAll(files);
        Schema schema = new Schema();
        List<Finding> all = new ArrayList<>();
        int statements = 0;
        int unparsed = 0;
        for (int i = 0; i < files.size(); i++) {
            SourceFile file = files.get(i);
            List<ParsedStatement> fileStatements = parsed.get(i);
            List<Finding> raw = new ArrayList<>();
            List<int[]> spans = new ArrayList<>(); // per finding: statement line, statement end line
            List<Change> fileChanges = new ArrayList<>();
            FileDeclarations declarations = new FileDeclarations();
            boolean inTransaction = false;
            for (ParsedStatement ps : fileStatements) {
                statements++;
                SqlStatement st = ps.statement();
                if (!ps.understood()) {
                    unparsed++;
                    RuleDescriptor d = registry.descriptor(PipelineRules.UNPARSED_STATEMENT).orElseThrow();
                    int at = ps.problemOffset();
                    raw.add(finding(d, file, new SourceRange(at, Math.max(at, st.end())), ps.problem(), Map.of(),
                            "Quote the identifier or simplify the statement, or suppress with "
                                    + "'-- dialectic:ignore unparsed-statement reason' after checking it by hand.",
                            fingerprint(st.text())));
                    spans.add(new int[] {st.line(), st.endLine()});
                    continue;
                }
                Change change = ps.change();
                fileChanges.add(change);
                FileState state = new FileState(file, st, inTransaction, new Prefix<>(fileChanges, fileChanges.size()),
                        declarations);
                for (Map.Entry<RuleDescriptor, Rule> entry : activeRules) {
                    Context ctx = new Context(entry.getKey(), state, schema, raw);
                    int before = raw.size();
                    entry.getValue().check(change, ctx);
                    for (int k = before; k < raw.size(); k++) {
                        spans.add(new int[] {st.line(), st.endLine()});
                    }
                }
                SchemaReplay.apply(schema, change);
                declarations.add(change);
                if (change instanceof Change.Transaction tx) {
                    inTransaction = tx.kind() == Change.Transaction.Kind.BEGIN
                            || (inTransaction && tx.kind() == Change.Transaction.Kind.SAVEPOINT);
                }
            }
            List<Finding> kept = applySuppressions(file, fileStatements, raw, spans);
            kept.sort(BY_POSITION); // rules report in rule order; readers want file order
            all.addAll(kept);
        }
        all.replaceAll(f -> {
            Severity override = options.severityOverrides().get(f.rule());
            return override == null ? f : f.withSeverity(override);
        });
        all.removeIf(f -> options.disabledRules().contains(f.rule()));
        LintReport.Summary summary = new LintReport.Summary(files.size(), statements, statements - unparsed, unparsed,
                all.size());
        return new LintReport(options.targets(), summary, all);
    }

    /**
     * Splits the files in parallel, then analyses all their statements in parallel (not file by file, so that one
     * big file uses every core too); the result keeps file and statement order.
     */
    private List<List<ParsedStatement>> parseAll(List<SourceFile> files) {
        List<List<ParsedStatement>> cached = cache == null ? null
                : files.parallelStream().map(cache::load).toList();
        List<List<SqlStatement>> split = IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> cached != null && cached.get(i) != null ? List.<SqlStatement>of()
                        : new SqlSplitter(files.get(i).flavor()).split(files.get(i).text()))
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
        IntStream.range(0, total).parallel()
                .forEach(j -> out[j] = analyzer.analyze(files.get(fileOf[j]), statements[j]));
        List<List<ParsedStatement>> result = new ArrayList<>(files.size());
        k = 0;
        for (int i = 0; i < files.size(); i++) {
            int size = split.get(i).size();
            result.add(cached != null && cached.get(i) != null ? cached.get(i) : Arrays.asList(out).subList(k, k + size));
            k += size;
        }
        if (cache != null) {
            IntStream.range(0, files.size()).parallel()
                    .filter(i -> cached.get(i) == null)
                    .forEach(i -> cache.store(files.get(i), result.get(i)));
        }
        return result;
    }

    private List<Finding> applySuppressions(SourceFile file, List<ParsedStatement> statements, List<Finding> raw,
                                            List<int[]> spans) {
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
                kept.add(pipelineFinding(PipelineRules.UNKNOWN_SUPPRESSION, file, at,
                        "suppression names no rule id; write '-- dialectic:ignore rule-id reason'"));
            }
            for (String id : d.ruleIds()) {
                if (!registry.knows(id)) {
                    kept.add(pipelineFinding(PipelineRules.UNKNOWN_SUPPRESSION, file, at,
                            "suppression names unknown rule '" + id + "'"));
                } else if (!d.used(id) && !options.disabledRules().contains(id)) {
                    kept.add(pipelineFinding(PipelineRules.UNUSED_SUPPRESSION, file, at,
                            "suppression of '" + id + "' matched no finding"
                                    + (d.wholeFile() ? " in this file" : " on the statement it precedes")));
                }
            }
        }
        return kept;
    }

    private Finding pipelineFinding(String id, SourceFile file, SourceRange at, String message) {
        RuleDescriptor d = registry.descriptor(id).orElseThrow();
        String fix = id.equals(PipelineRules.UNUSED_SUPPRESSION) ? "Remove the comment, or move it next to the statement."
                : "Use a rule id from 'dialectic rules'.";
        return finding(d, file, at, message, Map.of(), fix, "");
    }

    private static Finding finding(RuleDescriptor d, SourceFile file, SourceRange range, String message,
                                   Map<Engine, Effect> engines, String fix, String fingerprint) {
        LineIndex lines = file.lines();
        int last = Math.max(range.start(), range.end() - 1);
        return new Finding(d.id(), d.severity(), file.path().toString(), lines.line(range.start()),
                lines.column(range.start()), lines.line(last), lines.column(last), message, engines, fix, d.docsUrl(),
                fingerprint);
    }

    /**
     * A statement's identity for baselines: its text stripped, with runs of ASCII whitespace folded to one space,
     * hashed. Computed in chunks, without building the normalised text (a statement can be 100 MB).
     */
    static String fingerprint(String statementText) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
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
        StringBuilder chunk = new StringBuilder(Math.min(8192, to - from + 1));
        boolean inSpace = false;
        for (int i = from; i < to; i++) {
            char c = statementText.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                inSpace = true;
                continue;
            }
            if (inSpace) {
                chunk.append(' ');
                inSpace = false;
            }
            chunk.append(c);
            if (chunk.length() >= 8192 && !Character.isHighSurrogate(c)) {
                sha.update(chunk.toString().getBytes(StandardCharsets.UTF_8));
                chunk.setLength(0);
            }
        }
        sha.update(chunk.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(Arrays.copyOf(sha.digest(), 8));
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

    /** What rules may know about the file around the statement; tokens are lexed once, on first use. */
    private static final class FileState {
        final SourceFile file;
        final SqlStatement statement;
        final boolean inTransaction;
        final List<Change> changesSoFar;
        final FileDeclarations declarations;
        private List<Token> tokens;
        private String fingerprint;

        FileState(SourceFile file, SqlStatement statement, boolean inTransaction, List<Change> changesSoFar,
                  FileDeclarations declarations) {
            this.file = file;
            this.declarations = declarations;
            this.statement = statement;
            this.inTransaction = inTransaction;
            this.changesSoFar = changesSoFar;
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

        Context(RuleDescriptor descriptor, FileState state, Schema schema, List<Finding> sink) {
            this.descriptor = descriptor;
            this.state = state;
            this.file = state.file;
            this.statement = state.statement;
            this.schema = schema;
            this.sink = sink;
        }

        @Override
        public SourceRange statementRange() {
            return new SourceRange(statement.start(), statement.end());
        }

        @Override
        public CharSequence fileText() {
            return file.text();
        }

        @Override
        public List<Token> tokens() {
            return state.tokens();
        }

        @Override
        public boolean inExplicitTransaction() {
            return state.inTransaction;
        }

        @Override
        public List<Change> fileChangesSoFar() {
            return state.changesSoFar;
        }

        @Override
        public Optional<ColumnDef> fileDeclaration(QualifiedName table, Name column) {
            return state.declarations.latest(table, column);
        }

        @Override
        public Schema schema() {
            return schema;
        }

        @Override
        public Targets targets() {
            return options.targets();
        }

        @Override
        public String statementText() {
            return statement.text();
        }

        @Override
        public FindingBuilder report(SourceRange range, String message) {
            Map<Engine, Effect> effects = new EnumMap<>(Engine.class);
            for (Target t : options.targets()) {
                for (Claim c : descriptor.claims()) {
                    if (c.appliesTo(t)) {
                        effects.put(t.engine(), c.effect());
                    }
                }
            }
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
                    sink.add(finding(descriptor, file, range, message, effects, fix, state.fingerprint()));
                }
            };
        }
    }
}
