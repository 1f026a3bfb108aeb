package io.github.dialectic.finding;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlLexer;
import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppression comments of one file: {@code -- dialectic:ignore rule-a, rule-b reason} covers the statement on
 * that line or starting on the next line; {@code -- dialectic:ignore-file rule-a} covers the whole file. A rule id
 * may name one engine, {@code rule-a@db2}: then only that engine's effect is taken out of the finding, which stays
 * reported for its other engines.
 */
public final class Suppressions {

    private static final String MARKER = "dialectic:ignore";
    private static final Pattern RULE_ID = Pattern.compile("([A-Za-z0-9_-]+)(?:@([A-Za-z0-9_.]*))?");
    private static final String ENTRY = "[A-Za-z0-9_-]+(?:@[A-Za-z0-9_.]*)?";
    private static final Pattern DIRECTIVE = Pattern.compile(
            "dialectic:ignore(-file)?(?:\\s+(" + ENTRY + "(?:\\s*,\\s*" + ENTRY + ")*))?");

    /**
     * One comment: the rule ids it names (each with the engine it is limited to, or none), where it is, and whether it
     * applies to the whole file.
     */
    public static final class Directive {
        private final List<String> ruleIds;
        private final List<String> engineNames;
        private final boolean wholeFile;
        private final int line;
        private final int column;
        private final int endColumn;
        private final boolean[] used;
        private final int[] idOffsets;

        Directive(List<String> ruleIds, List<String> engineNames, int[] idOffsets, boolean wholeFile, int line,
                  int column, int endColumn) {
            this.ruleIds = List.copyOf(ruleIds);
            this.engineNames = java.util.Collections.unmodifiableList(new ArrayList<>(engineNames));
            this.idOffsets = idOffsets.clone();
            this.wholeFile = wholeFile;
            this.line = line;
            this.column = column;
            this.endColumn = endColumn;
            this.used = new boolean[ruleIds.size()];
        }

        /** Where the {@code index}th rule id is written: its start offset in the file (its end: plus its length). */
        public int idOffset(int index) {
            return idOffsets[index];
        }

        /** The rule ids, in the order written; one entry per id written, so an id can appear twice (per engine). */
        public List<String> ruleIds() {
            return ruleIds;
        }

        /**
         * The engine the {@code index}th rule id is limited to, as written after its {@code @} (possibly empty or not
         * an engine: the caller reports that), or null when it names none and covers every engine.
         */
        public String engineName(int index) {
            return engineNames.get(index);
        }

        /** The engine the {@code index}th id is limited to, if it names a known one (aliases count). */
        public Optional<Engine> engine(int index) {
            String name = engineNames.get(index);
            return name == null ? Optional.empty() : Engine.byName(name);
        }

        /** Whether the {@code index}th rule id suppressed something. */
        public boolean used(int index) {
            return used[index];
        }

        public boolean wholeFile() {
            return wholeFile;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        public int endColumn() {
            return endColumn;
        }

        /**
         * Takes out of {@code f} what this directive's entries for its rule suppress: everything (null is returned)
         * when an entry names no engine, or when the engines named leave none of the finding's; else the finding
         * without the named engines' effects. An entry for an engine that is not targeted is skipped (it is neither
         * used nor unused), as is one for an engine the finding does not name.
         */
        Finding apply(Finding f, Targets targets) {
            Finding left = f;
            for (int i = 0; i < ruleIds.size() && left != null; i++) {
                if (!ruleIds.get(i).equals(f.rule())) {
                    continue;
                }
                if (engineNames.get(i) == null) {
                    used[i] = true;
                    left = null;
                    continue;
                }
                Optional<Engine> engine = engine(i);
                if (engine.isEmpty() || !targets.includes(engine.get()) || !left.engines().containsKey(engine.get())) {
                    continue;
                }
                used[i] = true;
                Map<Engine, Effect> rest = new EnumMap<>(Engine.class);
                rest.putAll(left.engines());
                rest.remove(engine.get());
                // the rule's message still names the engine: say that its part is accepted, and where
                left = rest.isEmpty() ? null : new Finding(left.rule(), left.severity(), left.location(),
                        left.message() + " [" + engine.get().shortName() + ": suppressed on line " + line + "]",
                        rest, left.fix(), left.docs(), left.fingerprint());
            }
            return left;
        }
    }

    private final List<Directive> directives;

    private Suppressions(List<Directive> directives) {
        this.directives = directives;
    }

    public static Suppressions scan(SourceFile file) {
        String text = file.text();
        if (!text.contains(MARKER)) {
            return new Suppressions(List.of());
        }
        List<Directive> found = new ArrayList<>();
        for (Token t : SqlLexer.tokenize(text, 0, text.length(), file.flavor())) {
            if (t.kind() != TokenKind.COMMENT) {
                continue;
            }
            String comment = t.text(text);
            int at = comment.indexOf(MARKER);
            if (at < 0) {
                continue;
            }
            Matcher m = DIRECTIVE.matcher(comment);
            if (!m.find(at)) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            List<String> engines = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            if (m.group(2) != null) {
                Matcher id = RULE_ID.matcher(comment).region(m.start(2), m.end(2));
                while (id.find()) {
                    ids.add(id.group(1));
                    engines.add(id.group(2));
                    offsets.add(t.start() + id.start());
                }
            }
            int start = t.start() + m.start();
            found.add(new Directive(ids, engines, offsets.stream().mapToInt(Integer::intValue).toArray(), m.group(1) != null,
                    file.lines().line(start), file.lines().column(start), file.lines().column(t.start() + m.end() - 1)));
        }
        return new Suppressions(found);
    }

    public List<Directive> directives() {
        return directives;
    }

    /**
     * What is left of finding {@code f} in the statement starting on {@code statementLine} once the suppressions are
     * applied: null when it is suppressed, the finding without some engines' effects when only those engines' are
     * (see {@link Directive}). A line directive applies to the statement it sits in, the statement ending on its line,
     * or the statement that starts on the next line; {@code targetOf} settles which single statement that is.
     */
    public Finding apply(Finding f, int statementLine, StatementLocator targetOf, Targets targets) {
        Finding left = f;
        for (Directive d : directives) {
            if (left == null) {
                break;
            }
            if (d.wholeFile || targetOf.statementLineFor(d.line) == statementLine) {
                left = d.apply(left, targets);
            }
        }
        return left;
    }

    /** Maps a directive's line to the start line of the statement it governs, or -1. */
    @FunctionalInterface
    public interface StatementLocator {
        int statementLineFor(int directiveLine);
    }
}
