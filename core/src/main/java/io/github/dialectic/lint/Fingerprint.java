package io.github.dialectic.lint;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** A statement's fingerprint: what baselines and findings identify it by, whatever line it moves to. */
public final class Fingerprint {

    private Fingerprint() {
    }

    /**
     * A statement's identity for baselines: its text stripped, with runs of ASCII whitespace folded to one space,
     * hashed. Computed in chunks, without building the normalised text (a statement can be 100 MB).
     */
    public static String of(String statementText) {
        MessageDigest sha;
        try {
            sha = (MessageDigest) SHA256.clone(); // a copy: getInstance looks the provider up each time
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        int from = 0;
        int to = statementText.length();
        while (from < to && Character.isWhitespace(statementText.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(statementText.charAt(to - 1))) {
            to--;
        }
        // UTF-8 bytes of the normalised text, straight into a buffer that is hashed whenever it fills
        byte[] buffer = new byte[Math.min(8192, 4 * (to - from) + 4)];
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
        return HexFormat.of().formatHex(Arrays.copyOf(sha.digest(), 8));
    }

    private static final MessageDigest SHA256;

    static {
        try {
            SHA256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
