package io.github.dialectic.lint;

import io.github.dialectic.Dialectic;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.Location;
import io.github.dialectic.source.SourceFile;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * The findings of earlier runs, file by file, so that a re-run over unchanged migrations reports without splitting,
 * parsing or running a rule, and a run that adds a migration checks only the files from the first changed one on.
 *
 * <p>A file's findings depend on its own text and path, on the schema that every earlier file left behind, and on the
 * run's configuration. So each file gets a chain key: SHA-256 over the previous file's chain key, the file's path as
 * reported and the SHA-256 of its text (its flavour, detected from the text or forced, follows); the first file chains
 * from the configuration key (targets, disabled rules, severities, forced flavour, parse bound, the starting schema
 * source's key, Dialectic's version and build, and the name and build stamp of every rule class). A file's entry is used only when its chain key matches, which
 * means it and every file before it are unchanged. The entries of one run live in one record per configuration and
 * set of directories, written atomically with a CRC; anything that does not check out is a miss. Nothing is cached
 * when a rule's code cannot be stamped, and nothing from a file on whose statements the parser gave up (a later run
 * may have more time).
 */
final class ResultCache {

    private static final int MAGIC = 0x44435232; // "DCR2": findings carry a location kind

    /** What one file contributed to a run. */
    record FileResult(byte[] chainKey, int statements, int unparsed, List<Finding> findings) {
    }

    private final Path dir;
    private final byte[] configKey;

    private ResultCache(Path dir, byte[] configKey) {
        this.dir = dir;
        this.configKey = configKey;
    }

    /** A result cache in {@code dir} for runs with this configuration, or null when the rules cannot be stamped. */
    static ResultCache at(Path dir, RuleRegistry registry, LintOptions options, String schemaKey) {
        String coreStamp = BuildStamps.of(ResultCache.class);
        if (coreStamp == null) {
            return null;
        }
        MessageDigest sha = CacheFiles.sha256();
        update(sha, "dialectic-results-v1", Dialectic.version(), coreStamp,
                String.valueOf(options.targets()), new TreeSet<>(options.disabledRules()).toString(),
                new TreeMap<>(options.severityOverrides()).toString(), String.valueOf(options.flavor()),
                String.valueOf(options.parseTimeout().toMillis()), String.valueOf(options.ruleTimeout().toMillis()),
                schemaKey);
        try {
            ClassLoader loader = registry.ruleClassLoader();
            update(sha, registry.ruleClassNames().toArray(String[]::new));
            List<String> classPath = BuildStamps.ofClassPath(loader, registry.providerFiles());
            if (classPath != null) { // every jar and directory the rules can come from: one stat per jar
                update(sha, classPath.toArray(String[]::new));
            } else { // a class loader that does not tell its class path: stamp each rule's own origin
                for (String name : registry.ruleClassNames()) {
                    String resource = name.replace('.', '/') + ".class";
                    String stamp = BuildStamps.ofResource(loader.getResource(resource), resource);
                    if (stamp == null) {
                        return null;
                    }
                    update(sha, name, stamp);
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return new ResultCache(dir, sha.digest());
    }

    /** What an earlier run left for some files: how many leading files are unchanged, and what each file found. */
    record Lookup(ResultCache cache, Path record, byte[][] chain, List<FileResult> prior, int reused) {
        /** No cache: nothing reused, nothing stored. */
        static final Lookup NONE = new Lookup(null, null, null, List.of(), 0);

        /** This file's chain key, or null without a cache. */
        byte[] chainKey(int file) {
            return chain == null ? null : chain[file];
        }

        /** Replaces the record with this run's results; best effort. */
        void store(List<FileResult> results) {
            if (cache != null) {
                cache.store(record, results);
            }
        }
    }

    /** Looks these files up: {@code contentHashes} are the SHA-256 of their texts. */
    Lookup lookup(List<SourceFile> files, byte[][] contentHashes) {
        byte[][] keys = chain(files.stream().map(f -> f.path().toString()).toList(), contentHashes);
        Path record = recordFor(files.stream().map(f -> String.valueOf(f.path().toAbsolutePath().getParent()))
                .distinct().toList());
        List<FileResult> prior = load(record);
        int reused = 0;
        while (reused < files.size() && reused < prior.size() && Arrays.equals(prior.get(reused).chainKey(), keys[reused])) {
            reused++;
        }
        return new Lookup(this, record, keys, prior, reused);
    }

    /** The chain keys of these files, in order, from their paths and the hashes of their texts. */
    byte[][] chain(List<String> paths, byte[][] contentHashes) {
        byte[][] keys = new byte[paths.size()][];
        byte[] previous = configKey;
        for (int i = 0; i < keys.length; i++) {
            MessageDigest sha = CacheFiles.sha256();
            sha.update(previous);
            update(sha, paths.get(i));
            sha.update(contentHashes[i]);
            keys[i] = previous = sha.digest();
        }
        return keys;
    }

    /** The record of runs over these directories: one per configuration and set of directories. */
    Path recordFor(List<String> directories) {
        MessageDigest sha = CacheFiles.sha256();
        sha.update(configKey);
        update(sha, new TreeSet<>(directories).toArray(String[]::new));
        return dir.resolve("runs").resolve(HexFormat.of().formatHex(sha.digest()));
    }

    /** The entries of the last run recorded there, or an empty list. */
    List<FileResult> load(Path record) {
        try {
            if (!Files.isRegularFile(record)) {
                return List.of();
            }
            return decode(Files.readAllBytes(record));
        } catch (IOException | RuntimeException e) {
            return List.of(); // corrupt or foreign: a miss, overwritten by the next store
        }
    }

    /** Replaces the record; best effort, as a cache must never fail a lint. */
    void store(Path record, List<FileResult> results) {
        try {
            byte[] bytes = encode(results);
            Files.createDirectories(record.getParent());
            CacheFiles.writeAtomically(record, bytes);
            CacheFiles.sweepLeftovers(record.resolveSibling(".swept"), record.getParent().getParent(), record.getParent());
        } catch (IOException | RuntimeException e) {
            // unwritable or full: no record, no harm
        }
    }

    // ---- format: magic, config key, entries, CRC32 of everything before it

    private byte[] encode(List<FileResult> results) throws IOException {
        return CacheFiles.seal(MAGIC, configKey, out -> {
            out.writeInt(results.size());
            for (FileResult r : results) {
                out.write(r.chainKey());
                out.writeInt(r.statements());
                out.writeInt(r.unparsed());
                out.writeInt(r.findings().size());
                for (Finding f : r.findings()) {
                    CacheFiles.writeString(out, f.rule());
                    out.writeByte(f.severity().ordinal());
                    writeLocation(out, f.location());
                    CacheFiles.writeString(out, f.message());
                    out.writeByte(f.engines().size());
                    for (Map.Entry<Engine, Effect> e : f.engines().entrySet()) {
                        out.writeByte(e.getKey().ordinal());
                        out.writeByte(e.getValue().ordinal());
                    }
                    CacheFiles.writeString(out, f.fix());
                    CacheFiles.writeString(out, f.docs());
                    CacheFiles.writeString(out, f.fingerprint());
                }
            }
        });
    }

    private List<FileResult> decode(byte[] bytes) throws IOException {
        DataInputStream in = CacheFiles.open(bytes, MAGIC, configKey);
        Severity[] severities = Severity.values();
        Engine[] engines = Engine.values();
        Effect[] effects = Effect.values();
        int files = in.readInt();
        List<FileResult> results = new ArrayList<>(Math.min(files, 100_000));
        for (int i = 0; i < files; i++) {
            byte[] chainKey = in.readNBytes(32);
            int statements = in.readInt();
            int unparsed = in.readInt();
            int count = in.readInt();
            List<Finding> findings = new ArrayList<>(Math.min(count, 10_000));
            for (int k = 0; k < count; k++) {
                String rule = CacheFiles.readString(in);
                Severity severity = severities[in.readUnsignedByte()];
                Location location = readLocation(in);
                String message = CacheFiles.readString(in);
                Map<Engine, Effect> effectsOf = new EnumMap<>(Engine.class);
                for (int e = in.readUnsignedByte(); e > 0; e--) {
                    effectsOf.put(engines[in.readUnsignedByte()], effects[in.readUnsignedByte()]);
                }
                findings.add(new Finding(rule, severity, location, message, effectsOf,
                        CacheFiles.readString(in), CacheFiles.readString(in), CacheFiles.readString(in)));
            }
            results.add(new FileResult(chainKey, statements, unparsed, findings));
        }
        if (in.available() != 0) {
            throw new IOException("trailing bytes");
        }
        return results;
    }




    private static void writeLocation(java.io.DataOutputStream out, Location location) throws IOException {
        if (location instanceof Location.FileRange r) {
            out.writeByte(0);
            CacheFiles.writeString(out, r.source());
            out.writeInt(r.line());
            out.writeInt(r.column());
            out.writeInt(r.endLine());
            out.writeInt(r.endColumn());
        } else {
            Location.Element e = (Location.Element) location;
            out.writeByte(1);
            CacheFiles.writeString(out, e.source());
            CacheFiles.writeString(out, e.element());
        }
    }

    private static Location readLocation(DataInputStream in) throws IOException {
        int kind = in.readUnsignedByte();
        return switch (kind) {
            case 0 -> new Location.FileRange(CacheFiles.readString(in), in.readInt(), in.readInt(), in.readInt(),
                    in.readInt());
            case 1 -> new Location.Element(CacheFiles.readString(in), CacheFiles.readString(in));
            default -> throw new IOException("unknown location kind " + kind);
        };
    }

    /** Each string length-prefixed, so that ("ab", "c") and ("a", "bc") differ. */
    private static void update(MessageDigest sha, String... parts) {
        for (String part : parts) {
            byte[] b = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
            sha.update(ByteBuffer.allocate(4).putInt(b.length).array());
            sha.update(b);
        }
    }
}
