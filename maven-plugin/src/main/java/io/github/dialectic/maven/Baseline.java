package io.github.dialectic.maven;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.dialectic.finding.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Findings accepted as they are, so that {@code check} fails only on new ones. An entry matches a finding with the
 * same rule, the same file (relative to the project base directory, {@code /}-separated) and the same statement
 * fingerprint; line numbers are recorded for people reading the file but ignored when matching, so entries survive
 * edits elsewhere in the file. Each entry matches one finding: two identical statements need two entries.
 */
public final class Baseline {

    static final String COMMENT = "Dialectic baseline: findings accepted as they are. 'mvn dialectic:check' fails only on "
            + "findings not listed here. Matching uses rule, file and fingerprint (a hash of the statement text), not "
            + "line. Regenerate with 'mvn dialectic:baseline'.";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The file's shape. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String comment, String dialectic, List<Entry> findings) {
    }

    /** One accepted finding. {@code line} and {@code message} are informative only. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String rule, String file, String fingerprint, int line, String severity, String message) {

        Key key() {
            return new Key(rule, file, fingerprint, fingerprint == null || fingerprint.isEmpty() ? message : "");
        }
    }

    /**
     * What matching compares. Findings without a statement fingerprint (those about a suppression comment) fall back
     * to their message.
     */
    record Key(String rule, String file, String fingerprint, String message) {
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** A baseline accepting exactly these findings; {@code relativize} turns a finding's file into the stored path. */
    public static Baseline of(List<Finding> findings, java.util.function.Function<String, String> relativize) {
        List<Entry> list = new ArrayList<>();
        for (Finding f : findings) {
            list.add(new Entry(f.rule(), relativize.apply(f.file()), f.fingerprint(), f.line(), f.severity().id(),
                    f.message()));
        }
        list.sort(Comparator.comparing(Entry::file).thenComparingInt(Entry::line).thenComparing(Entry::rule)
                .thenComparing(Entry::message, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Baseline(list);
    }

    public static Baseline read(Path file) throws IOException {
        Document doc;
        try {
            doc = MAPPER.readValue(Files.readAllBytes(file), Document.class);
        } catch (JsonProcessingException e) {
            throw new IOException("not a Dialectic baseline file: " + e.getOriginalMessage(), e);
        }
        if (doc == null || doc.findings() == null) {
            throw new IOException("not a Dialectic baseline file: no \"findings\" array");
        }
        for (Entry e : doc.findings()) {
            if (e == null || e.rule() == null || e.file() == null) {
                throw new IOException("not a Dialectic baseline file: an entry lacks \"rule\" or \"file\"");
            }
        }
        return new Baseline(doc.findings());
    }

    public void write(Path file, String dialecticVersion) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String json = MAPPER.writeValueAsString(new Document(COMMENT, dialecticVersion, entries));
        Files.write(file, (json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The outcome of matching a run's findings against the baseline. */
    public record Match(List<Finding> fresh, List<Finding> baselined, List<Entry> stale) {
    }

    /** Splits findings into new ones and those the baseline accepts; also reports entries that matched nothing. */
    public Match match(List<Finding> findings, java.util.function.Function<String, String> relativize) {
        Map<Key, List<Entry>> remaining = new HashMap<>();
        for (Entry e : entries) {
            remaining.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        }
        List<Finding> fresh = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (Finding f : findings) {
            Key key = new Entry(f.rule(), relativize.apply(f.file()), f.fingerprint(), f.line(), f.severity().id(),
                    f.message()).key();
            List<Entry> candidates = remaining.get(key);
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Baseline b && b.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries);
    }
}
