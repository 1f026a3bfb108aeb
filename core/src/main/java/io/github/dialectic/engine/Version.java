package io.github.dialectic.engine;

import java.util.Arrays;

/** A dotted engine version such as {@code 8.0.16} or {@code 15}; missing parts compare as zero. */
public record Version(int[] parts) implements Comparable<Version> {

    public Version {
        if (parts.length == 0) {
            throw new IllegalArgumentException("empty version");
        }
        parts = parts.clone();
    }

    public static Version parse(String text) {
        String[] pieces = text.trim().split("\\.");
        int[] parts = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            if (pieces[i].isEmpty() || !digits(pieces[i]) || pieces[i].length() > 6) {
                throw new IllegalArgumentException("not a version: '" + text + "' (expected digits separated by dots, e.g. 8.0 or 3.35)");
            }
            parts[i] = Integer.parseInt(pieces[i]);
        }
        return new Version(parts);
    }

    /** Whether every character is a digit: a loop, not a stream, as the profiles parse dozens of versions at start-up. */
    private static boolean digits(String piece) {
        for (int k = 0; k < piece.length(); k++) {
            if (!Character.isDigit(piece.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    public static Version of(int... parts) {
        return new Version(parts);
    }

    int part(int i) {
        return i < parts.length ? parts[i] : 0;
    }

    /** The first {@code n} parts (missing ones as zero): {@code 18} of 18.1 with n = 1, {@code 8.0} of 8.0.13 with 2. */
    Version firstParts(int n) {
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = part(i);
        }
        return new Version(first);
    }

    Version withoutPatch() {
        return parts.length <= 2 ? this : new Version(Arrays.copyOf(parts, 2));
    }

    /** The first version after this release line: 8.4 -> 8.5, 15 -> 16. */
    Version nextMinorLine() {
        return parts.length == 1 ? Version.of(parts[0] + 1) : Version.of(parts[0], parts[1] + 1);
    }

    /** The next version with the same number of parts, its last part one higher: 8.3 -> 8.4, 17 -> 18. */
    Version nextInLine() {
        int[] next = parts.clone();
        next[next.length - 1]++;
        return new Version(next);
    }

    public boolean atLeast(Version other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(Version o) {
        int n = Math.max(parts.length, o.parts.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(part(i), o.part(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        int n = parts.length;
        while (n > 1 && parts[n - 1] == 0) {
            n--;
        }
        return Arrays.hashCode(Arrays.copyOf(parts, n));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(parts[i]);
        }
        return sb.toString();
    }
}
