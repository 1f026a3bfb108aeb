package io.github.dialectic.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Flyway SQL migration with its placeholders replaced, as Flyway replaces them before it splits the file: the
 * statements and every rule range are offsets into the replaced text ({@link #file()}), and {@link #locate} maps them
 * back to the file as written, so a finding points where the user wrote it. A placeholder without a value (neither
 * configured nor one of Flyway's {@code ${flyway:...}}) becomes a plain identifier made of its name
 * ({@code ${schema}} reads as {@code schema}), so the statement around it is still checked instead of unparsed.
 */
public final class PlaceholderScript implements Script {

    private final SourceFile written;
    private final SourceFile replaced;
    /** Per replacement: start and end in the written text, start and end in the replaced text. */
    private final int[] spans;
    private final ScriptTransaction transaction;

    private PlaceholderScript(SourceFile written, SourceFile replaced, int[] spans, ScriptTransaction transaction) {
        this.written = written;
        this.replaced = replaced;
        this.spans = spans;
        this.transaction = transaction;
    }

    @Override
    public ScriptTransaction transaction() {
        return transaction;
    }

    /**
     * The script for {@code file}: a {@link SqlScript} when there is nothing to replace (so the parse cache keeps
     * it), else one over the replaced text.
     */
    public static Script of(SourceFile file, FlywayConfig config) {
        return of(file, config, ScriptTransaction.NONE);
    }

    /** As {@link #of(SourceFile, FlywayConfig)}, for a script the tool runs in a transaction as {@code transaction} says. */
    public static Script of(SourceFile file, FlywayConfig config, ScriptTransaction transaction) {
        Objects.requireNonNull(config, "config");
        String text = file.text();
        String prefix = config.placeholderPrefix();
        String suffix = config.placeholderSuffix();
        if (!config.placeholderReplacement() || !text.contains(prefix)) {
            return new SqlScript(file, transaction);
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> spans = new ArrayList<>();
        int i = 0;
        int copied = 0;
        while ((i = text.indexOf(prefix, i)) >= 0) {
            int close = text.indexOf(suffix, i + prefix.length());
            if (close < 0) {
                break;
            }
            String name = text.substring(i + prefix.length(), close);
            if (name.isEmpty() || name.indexOf('\n') >= 0 || name.length() > 200) {
                i += prefix.length();
                continue;
            }
            int end = close + suffix.length();
            out.append(text, copied, i);
            int newStart = out.length();
            out.append(value(name, file, config));
            spans.add(i);
            spans.add(end);
            spans.add(newStart);
            spans.add(out.length());
            copied = end;
            i = end;
        }
        if (spans.isEmpty()) {
            return new SqlScript(file, transaction);
        }
        out.append(text, copied, text.length());
        SourceFile replaced = SourceFile.of(file.path(), out.toString()).withFlavor(file.flavor());
        return new PlaceholderScript(file, replaced, spans.stream().mapToInt(Integer::intValue).toArray(), transaction);
    }

    /** A placeholder's value: configured, one of Flyway's own, else an identifier made of the name. */
    static String value(String name, SourceFile file, FlywayConfig config) {
        Map<String, String> values = config.placeholders();
        if (values.containsKey(name)) {
            return values.get(name);
        }
        for (Map.Entry<String, String> e : values.entrySet()) { // Flyway matches placeholder names ignoring case
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        String builtIn = switch (name) {
            case "flyway:defaultSchema" -> config.defaultSchema();
            case "flyway:table" -> config.table();
            case "flyway:filename" -> file.path().getFileName() == null ? null : file.path().getFileName().toString();
            // a fixed instant: the text, and so the caches' keys, must not change from run to run
            case "flyway:timestamp" -> "2000-01-01 00:00:00";
            default -> null;
        };
        return builtIn != null ? builtIn : identifier(name);
    }

    /** {@code flyway:user} as {@code flyway_user}: letters, digits and underscores, starting with a letter. */
    static String identifier(String name) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            sb.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) {
            sb.insert(0, 'p');
        }
        return sb.toString();
    }

    @Override
    public SourceFile file() {
        return replaced;
    }

    /** The file as written, whose lines and columns findings report. */
    public SourceFile written() {
        return written;
    }

    @Override
    public List<SqlStatement> statements() {
        List<SqlStatement> split = new SqlSplitter(replaced.flavor()).split(replaced.text());
        LineIndex lines = written.lines();
        List<SqlStatement> result = new ArrayList<>(split.size());
        for (SqlStatement s : split) {
            int start = writtenOffset(s.start(), false);
            int last = writtenOffset(Math.max(s.start(), s.end() - 1), true);
            result.add(new SqlStatement(s.ordinal(), s.start(), s.end(), s.text(), lines.line(start),
                    lines.column(start), lines.line(last), lines.column(last), s.tokens()));
        }
        return result;
    }

    @Override
    public Location locate(int start, int end) {
        LineIndex lines = written.lines();
        int from = writtenOffset(start, false);
        int last = writtenOffset(Math.max(start, end - 1), true);
        return new Location.FileRange(written.name(), lines.line(from), lines.column(from),
                lines.line(last), lines.column(last));
    }

    /**
     * The written offset of a replaced-text offset: shifted past the replacements before it; inside a replacement,
     * the placeholder's first character (or its last, for the end of a range).
     */
    int writtenOffset(int offset, boolean last) {
        int shift = 0;
        for (int k = 0; k < spans.length; k += 4) {
            int wStart = spans[k];
            int wEnd = spans[k + 1];
            int rStart = spans[k + 2];
            int rEnd = spans[k + 3];
            if (offset < rStart) {
                break;
            }
            if (offset < rEnd) {
                return last ? wEnd - 1 : wStart;
            }
            shift = wEnd - rEnd;
        }
        return Math.min(Math.max(0, offset + shift), Math.max(0, written.text().length() - 1));
    }

    @Override
    public String toString() {
        return "PlaceholderScript[" + written.path() + "]";
    }
}
