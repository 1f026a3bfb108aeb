package io.github.dialectic.rules.acceptance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.dialectic.engine.Engine;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The acceptance corpus: statements from the engines' own regression suites, each with what PostgreSQL, MariaDB and
 * SQLite did when it ran after its setup (format in rules/src/test/resources/acceptance/README.md).
 */
public final class AcceptanceCorpus {

    /** Verdicts that say the engine refuses the statement's syntax or a feature it uses: what recall counts. */
    static final Set<String> REJECTIONS = Set.of("syntax", "unsupported");
    /** The share of statements held out (by hash of the statement text): rules are not tuned on them. */
    static final int HELD_OUT_PERCENT = 30;

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.INDENT_OUTPUT);

    /** What one engine did with one statement. */
    public record Verdict(String verdict, String code, String message) {
        boolean rejected() {
            return REJECTIONS.contains(verdict);
        }

        boolean accepted() {
            return verdict.equals("accepted");
        }

        boolean counted() {
            return rejected() || accepted();
        }
    }

    /** One statement with its setup and the engines' verdicts, keyed by engine id. */
    public record Case(String id, String source, String origin, String part, List<String> setup, String sql,
                       Map<String, Verdict> verdicts) {
        Verdict verdict(Engine engine) {
            return verdicts.get(engine.id());
        }

        boolean heldOut() {
            return part.equals("held-out");
        }
    }

    /** The first line: the engine versions that gave the verdicts, and when. */
    public record Header(String corpus, Map<String, String> engines, String harvested, Map<String, String> sources) {
    }

    public record Contents(Header header, List<Case> cases) {
    }

    private AcceptanceCorpus() {
    }

    /** The fixed split: a statement is held out when its text hashes into the first {@link #HELD_OUT_PERCENT}. */
    static String part(String sql) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sql.strip().getBytes(StandardCharsets.UTF_8));
            int bucket = Integer.remainderUnsigned(((h[0] & 0xff) << 8) | (h[1] & 0xff), 100);
            return bucket < HELD_OUT_PERCENT ? "held-out" : "tuning";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Contents read(InputStream in, String name) throws IOException {
        List<Case> cases = new ArrayList<>();
        Header header = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    if (header == null) {
                        header = JSON.readValue(line, Header.class);
                    } else {
                        Case c = JSON.readValue(line, Case.class);
                        if (c.id() == null || c.sql() == null || c.verdicts() == null || c.part() == null) {
                            throw new IOException(name + ":" + n + ": a case needs id, sql, part and verdicts");
                        }
                        cases.add(c);
                    }
                } catch (JsonProcessingException e) {
                    throw new IOException(name + ":" + n + ": " + e.getOriginalMessage(), e);
                }
            }
        }
        if (header == null) {
            throw new IOException(name + ": empty");
        }
        return new Contents(header, cases);
    }

    static void write(OutputStream out, Header header, List<Case> cases) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            w.write(JSON.writeValueAsString(header));
            w.write('\n');
            for (Case c : cases) {
                w.write(JSON.writeValueAsString(c));
                w.write('\n');
            }
        }
    }

    /** extract.py's --defined-out: suite -> the names it creates itself. */
    static Map<String, List<String>> readDefined(String json) throws JsonProcessingException {
        return JSON.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<TreeMap<String, List<String>>>() { });
    }

    static Map<String, Object> readCandidate(String line) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = JSON.readValue(line, TreeMap.class);
            return m;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
