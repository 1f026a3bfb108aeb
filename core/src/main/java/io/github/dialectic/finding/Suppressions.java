package io.github.dialectic.finding;

import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlLexer;
import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppression comments of one file: {@code -- dialectic:ignore rule-a, rule-b reason} covers the statement on
 * that line or starting on the next line; {@code -- dialectic:ignore-file rule-a} covers the whole file.
 */
public final class Suppressions {

    private static final String MARKER = "dialectic:ignore";
    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern DIRECTIVE = Pattern.compile(
            "dialectic:ignore(-file)?(?:\\s+([A-Za-z0-9_-]+(?:\\s*,\\s*[A-Za-z0-9_-]+)*))?");

    /** One comment: the rule ids it names, where it is, and whether it applies to the whole file. */
    public static final class Directive {
        private final List<String> ruleIds;
        private final boolean wholeFile;
        private final int line;
        private final int column;
        private final int endColumn;
        private final boolean[] used;
        private final int[] idOffsets;

        Directive(List<String> ruleIds, int[] idOffsets, boolean wholeFile, int line, int column, int endColumn) {
            this.ruleIds = List.copyOf(ruleIds);
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

        public List<String> ruleIds() {
            return ruleIds;
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

        public boolean used(String ruleId) {
            int i = ruleIds.indexOf(ruleId);
            return i >= 0 && used[i];
        }

        boolean covers(String ruleId) {
            int i = ruleIds.indexOf(ruleId);
            if (i < 0) {
                return false;
            }
            used[i] = true;
            return true;
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
            List<Integer> offsets = new ArrayList<>();
            if (m.group(2) != null) {
                Matcher id = RULE_ID.matcher(comment).region(m.start(2), m.end(2));
                while (id.find()) {
                    ids.add(id.group());
                    offsets.add(t.start() + id.start());
                }
            }
            int start = t.start() + m.start();
            found.add(new Directive(ids, offsets.stream().mapToInt(Integer::intValue).toArray(), m.group(1) != null,
                    file.lines().line(start), file.lines().column(start), file.lines().column(t.start() + m.end() - 1)));
        }
        return new Suppressions(found);
    }

    public List<Directive> directives() {
        return directives;
    }

    /**
     * Whether a finding of {@code ruleId} in the statement spanning {@code firstLine..lastLine} is suppressed. A
     * line directive applies to the statement it sits in, the statement ending on its line, or the statement that
     * starts on the next line; {@code targetOf} settles which single statement that is.
     */
    public boolean suppresses(String ruleId, int statementLine, int statementEndLine, StatementLocator targetOf) {
        boolean suppressed = false;
        for (Directive d : directives) {
            if (d.wholeFile) {
                suppressed |= d.covers(ruleId);
            } else if (targetOf.statementLineFor(d.line) == statementLine && d.ruleIds.contains(ruleId)) {
                suppressed |= d.covers(ruleId);
            }
        }
        return suppressed;
    }

    /** Maps a directive's line to the start line of the statement it governs, or -1. */
    @FunctionalInterface
    public interface StatementLocator {
        int statementLineFor(int directiveLine);
    }
}
