package io.github.dialectic.cli;

import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.SqlStatement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A seeded mutation fuzzer of the whole pipeline (read, split, parse, replay, rules, suppressions). It mutates real
 * migration statements (truncation, token swaps and duplication, unbalanced quotes and dollar tags, huge identifiers,
 * deep nesting, control characters, binary garbage, invalid UTF-8 through the file reader) and checks that no
 * exception escapes, that every statement the splitter finds is reported as analysed or unparsed (none lost), and that
 * every input finishes within the per-statement parse bound.
 *
 * <pre>java -cp cli/target/dialectic.jar io.github.dialectic.cli.Fuzz [--inputs N] [--seed S] [--threads T]</pre>
 *
 * Exit status 0 when every input passed, 1 with the first failing input's seed otherwise.
 */
public final class Fuzz {

    /** Parse bound per statement during fuzzing (the default is 5 s; shorter keeps the run short). */
    static final Duration PARSE_BOUND = Duration.ofSeconds(1);

    private static final String[] SEEDS = {
        "CREATE TABLE instances (id INT NOT NULL AUTO_INCREMENT, uuid VARCHAR(36), PRIMARY KEY (id)) ENGINE=InnoDB",
        "ALTER TABLE instances ADD CONSTRAINT uq_uuid UNIQUE (uuid)",
        "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix ON t USING btree (a, lower(b), c DESC) WHERE d IS NULL",
        "ALTER TABLE t ALTER COLUMN c TYPE VARCHAR(64) COLLATE \"C\" USING c::text",
        "ALTER TABLE t ADD COLUMN a INT, ALGORITHM=INPLACE, LOCK=NONE",
        "CREATE TABLE c (id INT, p INT REFERENCES p(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED)",
        "INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'it''s'), (3, E'\\n')",
        "UPDATE t SET a = a + 1 WHERE b IN (SELECT b FROM u WHERE c = 'z')",
        "DELETE FROM t WHERE id = 42",
        "SELECT count(*) FROM t JOIN u ON t.id = u.t_id GROUP BY t.a HAVING count(*) > 1",
        "CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.a := 1; RETURN NEW; END; $$ LANGUAGE plpgsql",
        "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END",
        "DROP TABLE IF EXISTS a, b CASCADE",
        "ALTER TABLE t RENAME COLUMN a TO b",
        "CREATE TABLE s (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE ON CONFLICT REPLACE) STRICT",
        "CREATE TABLE b (x VARCHAR(16) FOR BIT DATA, y DECIMAL(10, 2) DEFAULT 0, CHECK (y >= 0))",
        "ALTER TABLE t DROP FOREIGN KEY fk_x",
        "BEGIN", "COMMIT", "PRAGMA foreign_keys = ON",
        "-- dialectic:ignore nullable-unique-key reason\nALTER TABLE t ADD UNIQUE (x)",
        "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END //\nDELIMITER ;",
        "--#SET TERMINATOR @\nCREATE TABLE d (a INT)@",
    };

    private static final String[] SPLICES = {"'", "\"", "`", "$$", "$tag$", "/*", "*/", "--", "(", ")", ";", ",",
        "\\", "BEGIN", "END", "CASE", "DELIMITER $\n", "\n", "\u0000", "\uFFFD", "\uD800", "é", "NULL", "PRIMARY KEY",
        "UNIQUE", "REFERENCES x(y)", "::", "[", "]", "E'", "X'00'", "0x", "1e999", "-- dialectic:ignore"};

    private Fuzz() {
    }

    public static void main(String[] args) throws Exception {
        long inputs = 10_000;
        long seed = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--inputs" -> inputs = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: Fuzz [--inputs N] [--seed S] [--threads T]");
                    System.exit(2);
                }
            }
        }
        long t0 = System.nanoTime();
        Summary s = run(inputs, seed, threads);
        System.out.printf(Locale.ROOT, "fuzz: %d inputs (seed %d), %d statements, %d unparsed, %d invalid UTF-8 refused,"
                        + " slowest input %.0f ms, %.1f s; %s%n", s.inputs, seed, s.statements, s.unparsed,
                s.refused, s.slowestMs, (System.nanoTime() - t0) / 1e9,
                s.failure == null ? "no failures" : "FAILED: " + s.failure);
        System.exit(s.failure == null ? 0 : 1);
    }

    /** What a run found; {@code failure} is null when every input passed. */
    public record Summary(long inputs, long statements, long unparsed, long refused, double slowestMs,
                          String failure) {
    }

    /** Fuzzes {@code inputs} inputs: input i uses the random stream of {@code seed + i}, so a failure can be replayed. */
    public static Summary run(long inputs, long seed, int threads) throws InterruptedException {
        Linter linter = new Linter(RuleRegistry.load(), LintOptions.defaults().withParseTimeout(PARSE_BOUND));
        AtomicLong next = new AtomicLong();
        AtomicLong statements = new AtomicLong();
        AtomicLong unparsed = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong slowestNanos = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        Path dir;
        try {
            dir = Files.createTempDirectory("dialectic-fuzz");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Path file = dir.resolve("V" + (t + 1) + "__fuzz.sql");
            Thread w = new Thread(() -> {
                long i;
                while (failure.get() == null && (i = next.getAndIncrement()) < inputs) {
                    long inputSeed = seed + i;
                    try {
                        long start = System.nanoTime();
                        int[] counts = one(linter, new SplittableRandom(inputSeed), file, refused);
                        long took = System.nanoTime() - start;
                        slowestNanos.accumulateAndGet(took, Math::max);
                        statements.addAndGet(counts[0]);
                        unparsed.addAndGet(counts[1]);
                        long bound = PARSE_BOUND.toNanos() * Math.max(1, counts[0]) + 5_000_000_000L;
                        if (took > bound) {
                            failure.compareAndSet(null, "input seed " + inputSeed + " took " + took / 1_000_000
                                    + " ms for " + counts[0] + " statements");
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, "input seed " + inputSeed + ": " + e);
                    }
                }
            }, "fuzz-" + t);
            w.setDaemon(true);
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // temp files only
        }
        return new Summary(Math.min(inputs, next.get()), statements.get(), unparsed.get(), refused.get(),
                slowestNanos.get() / 1e6, failure.get());
    }

    /** One input through the pipeline; returns {statements, unparsed}. Throws when an invariant breaks. */
    static int[] one(Linter linter, SplittableRandom r, Path file, AtomicLong refused) throws IOException {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            sb.append(SEEDS[r.nextInt(SEEDS.length)]).append(r.nextInt(4) == 0 ? "\n" : ";\n");
        }
        String text = sb.toString();
        int mutations = 1 + r.nextInt(4);
        for (int k = 0; k < mutations; k++) {
            text = mutate(text, r);
        }
        SourceFile source;
        if (r.nextInt(20) == 0) {
            // through the file reader, as bytes, sometimes invalid UTF-8
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0 && r.nextBoolean()) {
                bytes[r.nextInt(bytes.length)] = (byte) (0x80 + r.nextInt(0x80));
            }
            Files.write(file, bytes);
            try {
                source = SourceFile.read(file);
            } catch (SourceException e) {
                if (e.getMessage() == null || e.getMessage().isBlank()) {
                    throw new IllegalStateException("SourceException without a message", e);
                }
                refused.incrementAndGet();
                return new int[] {0, 0};
            }
        } else {
            source = SourceFile.of(file, text);
        }
        SqlFlavor[] flavors = SqlFlavor.values();
        if (r.nextInt(3) == 0) {
            source = source.withFlavor(flavors[r.nextInt(flavors.length)]);
        }
        List<SqlStatement> split = new SqlSplitter(source.flavor()).split(source.text());
        int previousEnd = 0;
        for (SqlStatement st : split) {
            if (st.start() < previousEnd || st.end() <= st.start() || st.text().isBlank()) {
                throw new IllegalStateException("statement ranges out of order or empty: " + st.start() + ".." + st.end());
            }
            previousEnd = st.end();
        }
        LintReport report = linter.lintFiles(List.of(source));
        LintReport.Summary s = report.summary();
        if (s.statements() != split.size() || s.analysed() + s.unparsed() != s.statements()) {
            throw new IllegalStateException("statements lost: split " + split.size() + ", reported " + s.statements()
                    + " (" + s.analysed() + " analysed, " + s.unparsed() + " unparsed)");
        }
        long unparsedFindings = report.findings().stream().filter(f -> f.rule().equals("unparsed-statement")).count();
        if (unparsedFindings > s.unparsed()) {
            throw new IllegalStateException("more unparsed findings than unparsed statements");
        }
        return new int[] {s.statements(), s.unparsed()};
    }

    static String mutate(String text, SplittableRandom r) {
        int len = text.length();
        int at = len == 0 ? 0 : r.nextInt(len + 1);
        switch (r.nextInt(10)) {
            case 0: // truncate
                return text.substring(0, at);
            case 1: { // splice a troublesome token
                return text.substring(0, at) + SPLICES[r.nextInt(SPLICES.length)] + text.substring(at);
            }
            case 2: { // swap two whitespace-separated tokens
                String[] words = text.split(" ", -1);
                if (words.length > 2) {
                    int a = r.nextInt(words.length);
                    int b = r.nextInt(words.length);
                    String w = words[a];
                    words[a] = words[b];
                    words[b] = w;
                }
                return String.join(" ", words);
            }
            case 3: { // delete a range
                int end = Math.min(len, at + r.nextInt(20));
                return text.substring(0, at) + text.substring(end);
            }
            case 4: { // huge identifier
                return text.substring(0, at) + " " + "x".repeat(1 + r.nextInt(r.nextInt(20) == 0 ? 200_000 : 300)) + " " + text.substring(at);
            }
            case 5: { // deep nesting
                int depth = 1 + r.nextInt(r.nextInt(20) == 0 ? 5_000 : 50);
                return text.substring(0, at) + "(".repeat(depth) + "1" + ")".repeat(r.nextBoolean() ? depth : 0)
                        + text.substring(at);
            }
            case 6: { // binary garbage
                StringBuilder sb = new StringBuilder(text.substring(0, at));
                int n = 1 + r.nextInt(64);
                for (int i = 0; i < n; i++) {
                    sb.append((char) r.nextInt(0x10000));
                }
                return sb.append(text.substring(at)).toString();
            }
            case 7: { // duplicate a range
                int end = Math.min(len, at + r.nextInt(200));
                return text.substring(0, end) + text.substring(at, end) + text.substring(end);
            }
            case 8: { // unbalanced dollar tag or quote
                String[] opens = {"$a$", "$$", "'", "\"", "`", "/*", "E'\\"};
                return text.substring(0, at) + opens[r.nextInt(opens.length)] + text.substring(at);
            }
            default: { // a statement of many rows
                return text + "\nINSERT INTO t VALUES " + "(1, 'a'),".repeat(r.nextInt(r.nextInt(20) == 0 ? 5_000 : 20)) + "(2, 'b');";
            }
        }
    }
}
