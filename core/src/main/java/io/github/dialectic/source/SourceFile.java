package io.github.dialectic.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A migration file: its path as given, its text (UTF-8, leading BOM removed), a {@link LineIndex}
 * and the flavour detected or forced. Decoding is strict because silently replaced bytes would
 * shift every reported column and could hide a quote.
 */
public final class SourceFile {

    private final Path path;
    private final String text;
    // both on first use: a run answered from the cache needs neither
    private volatile LineIndex lines;
    private volatile SqlFlavor flavor;
    private volatile String name;

    private SourceFile(Path path, String text, LineIndex lines, SqlFlavor flavor) {
        this.path = path;
        this.text = text;
        this.lines = lines;
        this.flavor = flavor;
    }

    /** The largest file Java can hold in one array; larger ones are refused rather than failing as out of memory. */
    static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    /** Reads {@code path} as strict UTF-8; malformed bytes are reported with their line and byte offset. */
    public static SourceFile read(Path path) throws SourceException {
        Objects.requireNonNull(path, "path");
        byte[] bytes = readPlain(path);
        if (bytes != null) {
            return of(path, decode(path, bytes));
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) { // more heap would not help: "out of memory, give Java more" would mislead
                throw new SourceException(path, 0, "too large to lint (" + size + " bytes; the limit is "
                        + MAX_BYTES + " bytes, 2 GiB); split it into several migrations");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new SourceException(path, 0, "no such file or directory", e);
        } catch (AccessDeniedException e) {
            throw new SourceException(path, 0, "permission denied", e);
        } catch (IOException e) {
            throw new SourceException(path, 0, "cannot read: " + e, e);
        }
        return of(path, decode(path, bytes));
    }

    /**
     * The bytes of a non-empty file on the default file system, through java.io: one open, an fstat and reads straight
     * into an array of the file's size, where {@code Files.size} and {@code Files.readAllBytes} stat the path, open a
     * channel and read through a temporary direct buffer (1,000 files of 4 KB in a C1 JVM: about 24 ms of CPU against
     * 31 ms warm, 33 against 62 ms the first time). Null for anything else (an error, an empty or special file, one
     * that grew while read, one over {@link #MAX_BYTES}), which {@link #read} then reads, or reports, as before.
     */
    private static byte[] readPlain(Path path) {
        if (path.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
            return null;
        }
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(path.toFile(), "r")) {
            long size = f.length();
            if (size <= 0 || size > MAX_BYTES) { // empty: maybe a pipe or a device, which report no size
                return null;
            }
            byte[] bytes = new byte[(int) size];
            f.readFully(bytes);
            return f.read() < 0 ? bytes : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A file read from elsewhere than disk (standard input, say) under the name {@code path}, decoded as strict UTF-8
     * as {@link #read} does.
     */
    public static SourceFile fromBytes(Path path, byte[] bytes) throws SourceException {
        Objects.requireNonNull(path, "path");
        return of(path, decode(path, bytes));
    }

    /** An in-memory file, for tests and for text that did not come from disk; a leading BOM is removed. */
    public static SourceFile of(Path path, String text) {
        Objects.requireNonNull(path, "path");
        String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        return new SourceFile(path, t, null, null);
    }

    private static String decode(Path path, byte[] bytes) throws SourceException {
        // The fast decoder replaces bad bytes with U+FFFD; no U+FFFD in its result means there were none. Otherwise
        // (bad bytes, or a file that really holds U+FFFD) the strict decoder decides and finds the offset.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new SourceException(path, lineOfByte(bytes, offset),
                    "invalid UTF-8 (byte offset " + offset + ")");
        }
        out.flip();
        return out.toString();
    }

    /** Line breaks are ASCII in UTF-8, so lines can be counted on the raw bytes. */
    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** The file's name as findings report it. */
    public Path path() {
        return path;
    }

    /**
     * The path as findings name it ({@code path().toString()}), made once: each of a file's findings holds it, and a
     * string per finding was some 75 MB of 1,000,000 statements' 825,000 findings (issue 12).
     */
    public String name() {
        String n = name;
        if (n == null) {
            name = n = path.toString(); // the same text whichever thread makes it
        }
        return n;
    }

    /** The whole text, without a byte-order mark. */
    public String text() {
        return text;
    }

    /** Offsets to lines and columns. */
    public LineIndex lines() {
        LineIndex l = lines;
        if (l == null) {
            lines = l = LineIndex.of(text); // the same index whichever thread builds it
        }
        return l;
    }

    /** The flavour forced with {@link #withFlavor}, else the one detected from the text. */
    public SqlFlavor flavor() {
        SqlFlavor f = flavor;
        if (f == null) {
            flavor = f = SqlFlavor.detect(text);
        }
        return f;
    }

    /** The flavour forced or detected so far; null while it is still to be detected. */
    SqlFlavor knownFlavor() {
        return flavor;
    }

    /** Takes the flavour {@link SqlFlavor#detect} gives, found by a pass that read the text anyway. */
    void detected(SqlFlavor detected) {
        flavor = detected; // the same value whichever thread sets it, or detects it in flavor()
    }

    /** The same file read as another flavour, e.g. when the user knows better than the detector. */
    public SourceFile withFlavor(SqlFlavor flavor) {
        Objects.requireNonNull(flavor, "flavor");
        return flavor == this.flavor ? this : new SourceFile(path, text, lines(), flavor);
    }

    @Override
    public String toString() {
        return "SourceFile[" + path + ", " + flavor() + ", " + text.length() + " chars]";
    }
}
