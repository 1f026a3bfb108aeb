package io.github.dialectic.lint;

import java.nio.charset.StandardCharsets;

/** A statement's fingerprint: what baselines and findings identify it by, whatever line it moves to. */
public final class Fingerprint {

    private Fingerprint() {
    }

    /**
     * A statement's identity for baselines: its text stripped, with runs of ASCII whitespace folded to one space,
     * hashed. Computed in chunks, without building the normalised text (a statement can be 100 MB).
     */
    public static String of(String statementText) {
        Scratch scratch = SCRATCH.get(); // this thread's digest and buffer: no copy of either per statement
        Sha256 sha = scratch.sha;
        sha.reset();
        int from = 0;
        int to = statementText.length();
        while (from < to && Character.isWhitespace(statementText.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(statementText.charAt(to - 1))) {
            to--;
        }
        // UTF-8 bytes of the normalised text, straight into a buffer that is hashed whenever it fills
        byte[] buffer = scratch.buffer;
        int n = 0;
        boolean inSpace = false;
        for (int i = from; i < to; i++) {
            char c = statementText.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                inSpace = true;
                continue;
            }
            if (n > buffer.length - 8) {
                sha.update(buffer, 0, n);
                n = 0;
            }
            if (inSpace) {
                buffer[n++] = ' ';
                inSpace = false;
            }
            if (c < 0x80) {
                buffer[n++] = (byte) c;
            } else if (c < 0x800) {
                buffer[n++] = (byte) (0xC0 | (c >> 6));
                buffer[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(statementText.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, statementText.charAt(++i));
                buffer[n++] = (byte) (0xF0 | (cp >> 18));
                buffer[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buffer[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buffer[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                buffer[n++] = '?'; // a lone surrogate, as String.getBytes(UTF_8) writes it
            } else {
                buffer[n++] = (byte) (0xE0 | (c >> 12));
                buffer[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        sha.update(buffer, 0, n);
        sha.finish();
        // the first 8 bytes (two big-endian words) as 16 lower-case hex digits, written by hand (HexFormat copied
        // the array and went through a StringBuilder per statement)
        byte[] hex = new byte[16];
        for (int k = 0; k < 16; k++) {
            hex[k] = HEX[(sha.h[k >> 3] >>> (28 - 4 * (k & 7))) & 0xF];
        }
        return new String(hex, StandardCharsets.ISO_8859_1);
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

    /** A thread's SHA-256 digest and UTF-8 buffer, reset for each statement. */
    private static final class Scratch {
        final Sha256 sha = new Sha256(); // not MessageDigest: see Sha256
        final byte[] buffer = new byte[8192];
    }

    private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<>() {
        @Override
        protected Scratch initialValue() {
            return new Scratch();
        }
    };
}
