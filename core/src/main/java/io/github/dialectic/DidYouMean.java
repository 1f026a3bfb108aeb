package io.github.dialectic;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The valid name a mistyped one was probably meant to be, for "did you mean" hints in error messages (engines, rule
 * ids, formats, configuration keys). Small enough that a library for it would weigh more than the code.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * The candidate closest to {@code typed} by edit distance (an adjacent swap counts as one edit), if it is close
     * enough to be a likely typo: at most one edit for short names, a third of the length for longer ones; a
     * candidate that starts with what was typed (three characters or more) also counts.
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String t = typed.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(t, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= Math.max(1, t.length() / 3)) {
            return Optional.of(best);
        }
        if (t.length() >= 3) {
            return candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(t)).findFirst();
        }
        return Optional.empty();
    }

    /** {@code "; did you mean 'x'?"} when a candidate is close, else {@code ""}: to append to an error message. */
    public static String hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
