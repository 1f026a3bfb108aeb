package io.github.dialectic.liquibase;

import io.github.dialectic.source.LineIndex;
import io.github.dialectic.source.Location;
import io.github.dialectic.source.Script;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.SqlStatement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SQL Liquibase generated for consecutive changesets of one changelog file (XML, YAML, JSON), for one engine. The
 * statements index into that generated text; {@link #locate} points at the changeset that produced them: its line in
 * the changelog, or, where that line is unknown, the changeset by name.
 */
final class GeneratedScript implements Script {

    /** One changeset of the script: where it is in the changelog, and where its SQL starts in the generated text. */
    record Part(String name, ChangeSetPositions.At at, int start) {
    }

    private final String source;
    private final SourceFile file;
    private final List<SqlStatement> statements;
    private final List<Part> parts;
    private final int[] starts;

    private GeneratedScript(String source, SourceFile file, List<SqlStatement> statements, List<Part> parts) {
        this.source = source;
        this.file = file;
        this.statements = statements;
        this.parts = parts;
        this.starts = parts.stream().mapToInt(Part::start).toArray();
    }

    /** Builds a script as changesets are added, in order. */
    static final class Builder {
        private final String source;
        private final SqlFlavor flavor;
        private final StringBuilder text = new StringBuilder();
        private final List<Part> parts = new ArrayList<>();
        private final List<int[]> pieces = new ArrayList<>(); // start and end of each generated statement's text

        Builder(String source, SqlFlavor flavor) {
            this.source = source;
            this.flavor = flavor;
        }

        /** Adds a changeset's statements; {@code at} null when its line is unknown. */
        void add(String name, ChangeSetPositions.At at, List<String> sql) {
            parts.add(new Part(name, at, text.length()));
            text.append("-- changeset ").append(name.replace('\n', ' ')).append('\n');
            for (String s : sql) {
                int start = text.length();
                text.append(s);
                pieces.add(new int[] {start, text.length()});
                text.append(";\n");
            }
        }

        boolean isEmpty() {
            return parts.isEmpty();
        }

        GeneratedScript build() {
            String all = text.toString();
            LineIndex lines = LineIndex.of(all);
            SqlSplitter splitter = new SqlSplitter(flavor);
            List<SqlStatement> statements = new ArrayList<>();
            for (int[] piece : pieces) {
                // each generated statement split on its own: one Liquibase statement may hold several (raw SQL not
                // split), and a quote left open in one must not swallow the next
                for (SqlStatement s : splitter.split(all.substring(piece[0], piece[1]))) {
                    int start = piece[0] + s.start();
                    int end = piece[0] + s.end();
                    int last = Math.max(start, end - 1);
                    statements.add(new SqlStatement(statements.size(), start, end, s.text(), lines.line(start),
                            lines.column(start), lines.line(last), lines.column(last)));
                }
            }
            return new GeneratedScript(source, SourceFile.of(Path.of(source), all).withFlavor(flavor),
                    List.copyOf(statements), List.copyOf(parts));
        }
    }

    @Override
    public SourceFile file() {
        return file;
    }

    @Override
    public List<SqlStatement> statements() {
        return statements;
    }

    /** The changeset whose SQL holds {@code start}. */
    Part partAt(int start) {
        int i = Arrays.binarySearch(starts, start);
        return parts.get(i >= 0 ? i : Math.max(0, -i - 2));
    }

    @Override
    public Location locate(int start, int end) {
        Part part = partAt(start);
        ChangeSetPositions.At at = part.at();
        return at == null ? new Location.Element(source, "changeset " + part.name())
                : new Location.FileRange(source, at.line(), at.column(), at.line(), at.endColumn());
    }

    List<Part> parts() {
        return parts;
    }

    @Override
    public String toString() {
        return "GeneratedScript[" + source + ", " + parts.size() + " changesets]";
    }
}
