package io.github.dialectic.finding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.dialectic.Dialectic;
import io.github.dialectic.source.SourceException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Findings accepted as they are, so that a check fails only on new ones: what {@code dialectic baseline} and
 * {@code mvn dialectic:baseline} write, and {@code dialectic lint --baseline}, {@code mvn dialectic:check} and the Java
 * API read. An entry matches a finding with the same rule, the same file (relative to a base directory,
 * {@code /}-separated) and the same statement fingerprint ({@link Finding#fingerprint()}); line numbers are recorded
 * for people reading the file but ignored when matching, so entries survive edits elsewhere in the file. Each entry
 * matches one finding: two identical statements need two entries. Findings without a fingerprint (those about a
 * suppression comment) match on their message instead.
 *
 * <p>The file is JSON: {@code {"comment": ..., "dialectic": version, "findings": [{"rule", "file", "fingerprint",
 * "line", "severity", "message"}, ...]}}; unknown fields are ignored.
 */
public final class Baseline {

    /** The file a baseline is kept in when none is named, in the project (or working) directory. */
    public static final String DEFAULT_FILE = "dialectic-baseline.json";

    static final String COMMENT = "Dialectic baseline: findings accepted as they are. Checks fail only on findings not "
            + "listed here. Matching uses rule, file and fingerprint (a hash of the statement text), not line. "
            + "Regenerate with 'mvn dialectic:baseline' or 'dialectic baseline PATH... --output FILE'.";

    // duplicate keys are an error: a hand-edited entry with two "file"s must not silently keep the last
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /**
     * One accepted finding. {@code line}, {@code severity} and {@code message} are informative, except that a finding
     * without a fingerprint matches on its message.
     *
     * @param rule        the rule id
     * @param file        the finding's file relative to the base directory, {@code /}-separated
     * @param fingerprint the statement's fingerprint; empty or null for findings that have none
     * @param line        the line the finding was on when the entry was written
     * @param severity    the finding's severity id then
     * @param message     the finding's message then
     */
    public record Entry(String rule, String file, String fingerprint, int line, String severity, String message) {

        Key key() {
            return new Key(rule, file, fingerprint == null ? "" : fingerprint,
                    fingerprint == null || fingerprint.isEmpty() ? message : "");
        }
    }

    /** What matching compares. */
    private record Key(String rule, String file, String fingerprint, String message) {
    }

    /**
     * The outcome of matching a run's findings against a baseline.
     *
     * @param fresh     findings the baseline does not accept, in the order given
     * @param baselined findings it accepts
     * @param stale     entries that matched no finding (fixed since, or the statement changed)
     */
    public record Match(List<Finding> fresh, List<Finding> baselined, List<Entry> stale) {
        public Match {
            fresh = List.copyOf(fresh);
            baselined = List.copyOf(baselined);
            stale = List.copyOf(stale);
        }
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The entries, in file, line and rule order. */
    public List<Entry> entries() {
        return entries;
    }

    /** A baseline accepting exactly these findings, their files stored relative to {@code baseDirectory}. */
    public static Baseline of(List<Finding> findings, Path baseDirectory) {
        List<Entry> list = new ArrayList<>();
        for (Finding f : findings) {
            list.add(entry(f, baseDirectory));
        }
        list.sort(Comparator.comparing(Entry::file).thenComparingInt(Entry::line).thenComparing(Entry::rule)
                .thenComparing(Entry::message, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Baseline(list);
    }

    private static Entry entry(Finding f, Path baseDirectory) {
        return new Entry(f.rule(), relativize(f.file(), baseDirectory), f.fingerprint(), f.line(), f.severity().id(),
                f.message());
    }

    /**
     * A finding's file as baselines store it: relative to {@code baseDirectory} when inside it (a relative file is
     * taken relative to the working directory, as the linter read it), {@code /}-separated; a source that is not a
     * path (a database) as it is.
     */
    public static String relativize(String file, Path baseDirectory) {
        Path p;
        try {
            p = Path.of(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return file;
        }
        Path base = baseDirectory.toAbsolutePath().normalize();
        return (p.startsWith(base) ? base.relativize(p) : p).toString().replace('\\', '/');
    }

    /** Splits findings into new ones and those the baseline accepts; also reports entries that matched nothing. */
    public Match match(List<Finding> findings, Path baseDirectory) {
        Map<Key, List<Entry>> remaining = new HashMap<>();
        for (Entry e : entries) {
            remaining.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        }
        List<Finding> fresh = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (Finding f : findings) {
            List<Entry> candidates = remaining.get(entry(f, baseDirectory).key());
            if (candidates == null || candidates.isEmpty()) {
                fresh.add(f);
            } else {
                // prefer the entry recorded at the same line, so the stale list names the right ones
                Entry best = candidates.stream().filter(e -> e.line() == f.line()).findFirst().orElse(candidates.get(0));
                candidates.remove(best);
                baselined.add(f);
            }
        }
        List<Entry> stale = new ArrayList<>();
        for (Entry e : entries) {
            List<Entry> left = remaining.get(e.key());
            if (left != null && left.stream().anyMatch(x -> x == e)) {
                stale.add(e);
            }
        }
        return new Match(fresh, baselined, stale);
    }

    /**
     * Reads a baseline file. A file that is missing, unreadable or not a baseline is a {@link SourceException} naming
     * the file and the line of the problem.
     */
    public static Baseline read(Path file) throws SourceException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            return new Baseline(document(p, file));
        } catch (NoSuchFileException e) {
            throw new SourceException(file, 0, "baseline file not found");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SourceException(file, at == null ? 0 : Math.max(at.getLineNr(), 0),
                    "not a Dialectic baseline file: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SourceException(file, 0, "cannot read the baseline file: " + e.getMessage(), e);
        }
    }

    private static List<Entry> document(JsonParser p, Path file) throws IOException, SourceException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw notBaseline(p, file, "expected a JSON object with a \"findings\" array");
        }
        List<Entry> found = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("findings")) {
                if (value != JsonToken.START_ARRAY) {
                    throw notBaseline(p, file, "\"findings\" must be an array");
                }
                found = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    found.add(entry(p, file));
                }
            } else {
                p.skipChildren();
            }
        }
        if (found == null) {
            throw notBaseline(p, file, "no \"findings\" array");
        }
        if (p.nextToken() != null) {
            throw notBaseline(p, file, "text after the baseline's closing brace");
        }
        return found;
    }

    private static Entry entry(JsonParser p, Path file) throws IOException, SourceException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw notBaseline(p, file, "each entry of \"findings\" must be an object");
        }
        int startLine = p.currentTokenLocation().getLineNr();
        String rule = null;
        String path = null;
        String fingerprint = null;
        String severity = null;
        String message = null;
        int line = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "rule" -> rule = text(p, file, field);
                case "file" -> path = text(p, file, field);
                case "fingerprint" -> fingerprint = text(p, file, field);
                case "severity" -> severity = text(p, file, field);
                case "message" -> message = text(p, file, field);
                case "line" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        throw notBaseline(p, file, "\"line\" must be a whole number");
                    }
                    line = p.getIntValue();
                }
                default -> p.skipChildren();
            }
        }
        if (rule == null || path == null) {
            throw new SourceException(file, startLine, "not a Dialectic baseline file: the entry starting here lacks "
                    + (rule == null ? "\"rule\"" : "\"file\""));
        }
        return new Entry(rule, path, fingerprint, line, severity, message);
    }

    private static String text(JsonParser p, Path file, String field) throws IOException, SourceException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw notBaseline(p, file, "\"" + field + "\" must be a string");
        }
        return p.getText();
    }

    private static SourceException notBaseline(JsonParser p, Path file, String problem) {
        return new SourceException(file, Math.max(p.currentTokenLocation().getLineNr(), 0),
                "not a Dialectic baseline file: " + problem);
    }

    /** Writes the baseline to {@code file}, creating its directory. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out);
        }
    }

    /** Writes the baseline as JSON, ending with a line break. */
    public void write(Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("comment", COMMENT);
            g.writeStringField("dialectic", Dialectic.version());
            g.writeArrayFieldStart("findings");
            for (Entry e : entries) {
                g.writeStartObject();
                g.writeStringField("rule", e.rule());
                g.writeStringField("file", e.file());
                g.writeStringField("fingerprint", e.fingerprint());
                g.writeNumberField("line", e.line());
                g.writeStringField("severity", e.severity());
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Baseline b && b.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries);
    }
}
