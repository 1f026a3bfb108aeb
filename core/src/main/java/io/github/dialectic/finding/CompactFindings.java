package io.github.dialectic.finding;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.Location;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An unmodifiable list of findings kept as bytes, each {@link Finding} made again when asked for: a run's report holds
 * every finding until it is written, and as objects 825,000 findings of 1,000,000 statements took some 400 MiB, each
 * with its own strings, position record and fix text, where the values that repeat (rule, file, engine effects, fix,
 * docs link) are few (issue 12). Here each finding is its message and position as bytes, a fingerprint in 8 bytes, and
 * dictionary numbers for the rest; past {@link #DEFLATE_FROM} bytes, the blocks they are written in are deflated. A
 * finding read back equals the one added.
 */
public final class CompactFindings extends AbstractList<Finding> implements RandomAccess {

    /** Findings are written into blocks of this many bytes (one that does not fit gets a block of its own size). */
    private static final int BLOCK = 1 << 18;

    /**
     * Blocks sealed after this many bytes of findings are kept deflated (and inflated one at a time as they are read):
     * the findings' text compresses about 8 to 1, and a million statements' findings are over 100 MB packed. Below
     * it (100,000 statements come to about 11 MB) nothing is deflated, so smaller runs pay nothing for it.
     */
    static final long DEFLATE_FROM = 32L << 20;

    /** Distinct values kept in the dictionary at most; past it, values are written out in full, as messages are. */
    private static final int MAX_DICTIONARY = 1 << 16;

    // string fields: how the value is written
    private static final int NULL = 0;
    private static final int KNOWN = 1; // a dictionary number
    private static final int LATIN1 = 2; // a length, then one byte a character
    private static final int UTF16 = 3; // a length, then two bytes a character

    // the first byte of a finding
    private static final int SEVERITY_BITS = 0b11; // ordinal, or NO_SEVERITY
    private static final int NO_SEVERITY = 3;
    private static final int ELEMENT = 1 << 2; // a Location.Element, not a FileRange
    private static final int PACKED_FINGERPRINT = 1 << 3; // 16 lower-case hex digits, as 8 bytes

    private static final Severity[] SEVERITIES = Severity.values();

    // the fields a dictionary number stands for
    private static final int RULE = 0;
    private static final int SOURCE = 1;
    private static final int ENGINES = 2;
    private static final int FIX = 3;
    private static final int DOCS = 4;

    private static final CompactFindings EMPTY = new Builder().build();

    private final byte[][] blocks;
    private final int[] inflatedLengths; // per block: its length inflated, or 0 when it is kept as it is
    private final long[] starts; // per finding: its block in the high half, its offset in the low half
    private final Object[] dictionary;
    private final int[] bySeverity;
    /** The block inflated last: findings are mostly read in order, many from one block. */
    private volatile Inflated inflated;

    private record Inflated(int block, byte[] bytes) {
    }

    private CompactFindings(byte[][] blocks, int[] inflatedLengths, long[] starts, Object[] dictionary,
                            int[] bySeverity) {
        this.blocks = blocks;
        this.inflatedLengths = inflatedLengths;
        this.starts = starts;
        this.dictionary = dictionary;
        this.bySeverity = bySeverity;
    }

    /** {@code findings} kept compactly: the list itself when it already is, else a copy (nulls are refused). */
    public static CompactFindings of(Collection<Finding> findings) {
        if (findings instanceof CompactFindings compact) {
            return compact;
        }
        if (findings.isEmpty()) {
            return EMPTY;
        }
        Builder b = new Builder();
        b.addAll(findings);
        return b.build();
    }

    @Override
    public int size() {
        return starts.length;
    }

    @Override
    public Finding get(int index) {
        long start = starts[Objects.checkIndex(index, starts.length)];
        return new Reader(block((int) (start >>> 32)), (int) start).finding();
    }

    /**
     * The findings grouped by the source they are in, each group in list order: {@code sources} first, in order (each
     * a key, with an empty group when no finding is in it), then any other source a finding names. Unmodifiable; a
     * group is read back when an iteration reaches its entry, so that a report written file by file holds one file's
     * findings as objects at a time, not all of them.
     */
    public Map<String, List<Finding>> bySource(List<String> sources) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (String source : sources) {
            groups.put(source, new Group());
        }
        for (int i = 0; i < starts.length; i++) {
            groups.computeIfAbsent(source(i), k -> new Group()).add(i);
        }
        return new AbstractMap<>() {
            @Override
            public Set<Entry<String, List<Finding>>> entrySet() {
                return new AbstractSet<>() {
                    @Override
                    public Iterator<Entry<String, List<Finding>>> iterator() {
                        Iterator<Entry<String, Group>> each = groups.entrySet().iterator();
                        return new Iterator<>() {
                            @Override
                            public boolean hasNext() {
                                return each.hasNext();
                            }

                            @Override
                            public Entry<String, List<Finding>> next() {
                                Entry<String, Group> e = each.next();
                                return Map.entry(e.getKey(), read(e.getValue()));
                            }
                        };
                    }

                    @Override
                    public int size() {
                        return groups.size();
                    }
                };
            }

            @Override
            public List<Finding> get(Object source) {
                Group g = groups.get(source);
                return g == null ? null : read(g);
            }

            @Override
            public boolean containsKey(Object source) {
                return groups.containsKey(source);
            }

            @Override
            public Set<String> keySet() {
                return java.util.Collections.unmodifiableSet(groups.keySet());
            }
        };
    }

    /** The indexes of one source's findings. */
    private static final class Group {
        int[] indexes = new int[0];
        int size;

        void add(int index) {
            if (size == indexes.length) {
                indexes = Arrays.copyOf(indexes, Math.max(4, size * 2));
            }
            indexes[size++] = index;
        }
    }

    private List<Finding> read(Group g) {
        Finding[] read = new Finding[g.size];
        for (int k = 0; k < g.size; k++) {
            read[k] = get(g.indexes[k]);
        }
        return List.of(read);
    }

    /** The source (file) finding {@code index} is in, read without making the finding. */
    String source(int index) {
        long start = starts[Objects.checkIndex(index, starts.length)];
        Reader r = new Reader(block((int) (start >>> 32)), (int) start + 1); // after the first byte
        r.readShared(); // the rule
        return r.readShared();
    }

    /** How many findings have {@code severity}, without reading them back. */
    public int count(Severity severity) {
        return bySeverity[severity.ordinal()];
    }

    private byte[] block(int index) {
        if (inflatedLengths[index] == 0) {
            return blocks[index];
        }
        Inflated last = inflated;
        if (last == null || last.block() != index) {
            inflated = last = new Inflated(index, inflate(blocks[index], inflatedLengths[index]));
        }
        return last.bytes();
    }

    private static byte[] deflate(byte[] bytes, int length) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes, 0, length);
            deflater.finish();
            byte[] out = new byte[length / 4 + 64];
            int n = 0;
            while (!deflater.finished()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, 2 * out.length);
                }
                n += deflater.deflate(out, n, out.length - n);
            }
            return Arrays.copyOf(out, n);
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] bytes, int length) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            byte[] out = new byte[length];
            int n = 0;
            while (n < length && !inflater.finished()) {
                n += inflater.inflate(out, n, length - n);
            }
            if (n != length) {
                throw new IllegalStateException("a block of findings inflated to " + n + " bytes, not " + length);
            }
            return out;
        } catch (DataFormatException e) {
            throw new IllegalStateException("a block of findings does not inflate", e);
        } finally {
            inflater.end();
        }
    }

    /** Collects findings in order; {@link #build} makes the list. Not thread-safe. */
    public static final class Builder {
        private final List<byte[]> blocks = new ArrayList<>();
        private int[] inflatedLengths = new int[16];
        private final long deflateFrom;
        private long sealed; // bytes of findings in the blocks sealed so far
        private long[] starts = new long[64];
        private int size;
        private byte[] block = new byte[0];
        private int used;
        private final Map<Object, Integer> codes = new HashMap<>();
        private final List<Object> dictionary = new ArrayList<>();
        private final Writer scratch = new Writer();
        private final int[] bySeverity = new int[SEVERITIES.length];
        private final Object[] lastValue = new Object[5];
        private final int[] lastCode = new int[5];

        public Builder() {
            this(DEFLATE_FROM);
        }

        /** A builder that deflates the blocks sealed after {@code deflateFrom} bytes (for tests). */
        Builder(long deflateFrom) {
            this.deflateFrom = deflateFrom;
        }

        public Builder add(Finding f) {
            Objects.requireNonNull(f, "finding");
            Writer w = scratch;
            w.length = 0;
            String fingerprint = f.fingerprint();
            boolean packed = isPackable(fingerprint);
            int severity = f.severity() == null ? NO_SEVERITY : f.severity().ordinal();
            w.write(severity | (f.location() instanceof Location.Element ? ELEMENT : 0)
                    | (packed ? PACKED_FINGERPRINT : 0));
            writeShared(RULE, f.rule());
            writeShared(SOURCE, f.location().source());
            if (f.location() instanceof Location.FileRange r) {
                w.writeInt(r.line());
                w.writeInt(r.column());
                w.writeInt(r.endLine() - r.line());
                w.writeInt(r.endColumn());
            } else {
                w.writeString(((Location.Element) f.location()).element());
            }
            w.writeString(f.message());
            w.writeInt(code(ENGINES, f.engines(), false)); // never full: few maps are distinct
            writeShared(FIX, f.fix());
            writeShared(DOCS, f.docs());
            if (packed) {
                w.writeLong(Long.parseUnsignedLong(fingerprint, 16));
            } else {
                w.writeString(fingerprint);
            }
            append(w.bytes, w.length);
            if (severity != NO_SEVERITY) {
                bySeverity[severity]++;
            }
            return this;
        }

        public Builder addAll(Collection<Finding> findings) {
            for (Finding f : findings) {
                add(f);
            }
            return this;
        }

        public int size() {
            return size;
        }

        /** The findings added so far, as a list that no later {@link #add} changes. */
        public CompactFindings build() {
            List<byte[]> done = new ArrayList<>(blocks);
            if (used > 0) {
                done.add(Arrays.copyOf(block, used));
            }
            return new CompactFindings(done.toArray(new byte[0][]), Arrays.copyOf(inflatedLengths, done.size()),
                    Arrays.copyOf(starts, size), dictionary.toArray(), bySeverity.clone());
        }

        /** A value that repeats across findings (rule, file, fix, docs link): its dictionary number, or in full. */
        private void writeShared(int field, String value) {
            if (value == null) {
                scratch.write(NULL);
                return;
            }
            int code = code(field, value, true);
            if (code < 0) {
                scratch.writeString(value);
            } else {
                scratch.write(KNOWN);
                scratch.writeInt(code);
            }
        }

        /**
         * The dictionary number of {@code value}, numbered now if new; -1 when {@code capped} and it is full. The same
         * object as the field's last value (a rule's id, a file's name, a docs link) is known without hashing it.
         */
        private int code(int field, Object value, boolean capped) {
            if (value == lastValue[field]) {
                return lastCode[field];
            }
            Integer known = codes.get(value);
            int code;
            if (known != null) {
                code = known;
            } else if (capped && dictionary.size() >= MAX_DICTIONARY) {
                return -1;
            } else {
                code = dictionary.size();
                codes.put(value, code);
                dictionary.add(value);
            }
            lastValue[field] = value;
            lastCode[field] = code;
            return code;
        }

        private void append(byte[] bytes, int length) {
            if (used + length > block.length) {
                if (used + length <= BLOCK) { // the first block grows to its size: most reports are small
                    block = Arrays.copyOf(block, Math.min(BLOCK, Math.max(used + length, 2 * block.length + 1024)));
                } else {
                    if (used > 0) {
                        seal();
                    }
                    block = new byte[Math.max(BLOCK, length)];
                    used = 0;
                }
            }
            System.arraycopy(bytes, 0, block, used, length);
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
            }
            starts[size++] = ((long) blocks.size() << 32) | used;
            used += length;
        }

        /** Puts the full block with the others: deflated past {@link #deflateFrom}, else as it is. */
        private void seal() {
            if (blocks.size() == inflatedLengths.length) {
                inflatedLengths = Arrays.copyOf(inflatedLengths, 2 * inflatedLengths.length);
            }
            if (sealed >= deflateFrom) {
                inflatedLengths[blocks.size()] = used;
                blocks.add(deflate(block, used));
            } else {
                blocks.add(block); // as it is: what is left unused is less than one finding
            }
            sealed += used;
        }
    }

    /** Whether a fingerprint is 16 lower-case hex digits ({@code Fingerprint.of}'s), which 8 bytes hold exactly. */
    private static boolean isPackable(String fingerprint) {
        if (fingerprint == null || fingerprint.length() != 16) {
            return false;
        }
        for (int i = 0; i < 16; i++) {
            char c = fingerprint.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** A growable byte buffer: one finding's bytes, before they go into a block. */
    private static final class Writer {
        byte[] bytes = new byte[256];
        int length;

        void write(int b) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, length * 2);
            }
            bytes[length++] = (byte) b;
        }

        /** Zig-zag, seven bits a byte: small numbers of either sign take one or two bytes. */
        void writeInt(int v) {
            int z = (v << 1) ^ (v >> 31);
            while ((z & ~0x7F) != 0) {
                write((z & 0x7F) | 0x80);
                z >>>= 7;
            }
            write(z);
        }

        void writeLong(long v) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                write((int) (v >>> shift));
            }
        }

        void writeString(String s) {
            if (s == null) {
                write(NULL);
                return;
            }
            int n = s.length();
            write(LATIN1);
            int kind = length - 1;
            writeInt(n);
            if (length + 2 * n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + 2 * n));
            }
            int start = length;
            for (int i = 0; i < n; i++) { // one pass for the usual Latin-1 text; written again if it is not
                char c = s.charAt(i);
                if (c >= 256) {
                    bytes[kind] = UTF16;
                    length = start;
                    for (int j = 0; j < n; j++) {
                        char d = s.charAt(j);
                        bytes[length++] = (byte) (d >> 8);
                        bytes[length++] = (byte) d;
                    }
                    return;
                }
                bytes[length++] = (byte) c;
            }
        }
    }

    /** Reads one finding back from its block. */
    private final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        Finding finding() {
            int flags = bytes[at++];
            int severity = flags & SEVERITY_BITS;
            String rule = readShared();
            String source = readShared();
            Location location;
            if ((flags & ELEMENT) != 0) {
                location = new Location.Element(source, readString());
            } else {
                int line = readInt();
                int column = readInt();
                int endLine = line + readInt();
                location = new Location.FileRange(source, line, column, endLine, readInt());
            }
            String message = readString();
            @SuppressWarnings("unchecked")
            Map<Engine, Effect> engines = (Map<Engine, Effect>) dictionary[readInt()];
            String fix = readShared();
            String docs = readShared();
            String fingerprint = (flags & PACKED_FINGERPRINT) != 0 ? hex(readLong()) : readString();
            return new Finding(rule, severity == NO_SEVERITY ? null : SEVERITIES[severity], location, message,
                    engines, fix, docs, fingerprint);
        }

        private String readShared() {
            if (bytes[at] == KNOWN) {
                at++;
                return (String) dictionary[readInt()];
            }
            return readString();
        }

        private String readString() {
            int kind = bytes[at++];
            if (kind == NULL) {
                return null;
            }
            int n = readInt();
            String s;
            if (kind == LATIN1) {
                s = new String(bytes, at, n, StandardCharsets.ISO_8859_1);
                at += n;
            } else {
                char[] chars = new char[n];
                for (int i = 0; i < n; i++) {
                    chars[i] = (char) (((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF));
                    at += 2;
                }
                s = new String(chars);
            }
            return s;
        }

        private int readInt() {
            int z = 0;
            int shift = 0;
            int b;
            do {
                b = bytes[at++];
                z |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return (z >>> 1) ^ -(z & 1);
        }

        private long readLong() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (bytes[at++] & 0xFF);
            }
            return v;
        }
    }

    private static String hex(long v) {
        return java.util.HexFormat.of().toHexDigits(v);
    }
}
