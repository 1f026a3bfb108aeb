package io.github.dialectic.rehearse;

import java.util.List;

/**
 * How a step's time grows with the table size, from its times at several sizes: the exponent k of time ~ rows^k
 * between the smallest and the largest size. Below 0.3 it is constant, up to 1.3 linear, above that worse. Times
 * under 20 ms at the largest size are constant whatever the ratio: timer noise, not a table rewrite.
 */
public final class Growth {

    private Growth() {
    }

    public record Estimate(String kind, double exponent) {
        @Override
        public String toString() {
            return kind.equals("worse") ? String.format(java.util.Locale.ROOT, "worse (rows^%.1f)", exponent) : kind;
        }
    }

    public static Estimate of(List<Long> rows, List<Long> nanos) {
        int last = rows.size() - 1;
        if (last < 1 || nanos.get(last) < 20_000_000L) {
            return new Estimate("constant", 0);
        }
        double k = Math.log(Math.max(nanos.get(last), 1) / (double) Math.max(nanos.get(0), 1))
                / Math.log(rows.get(last) / (double) Math.max(rows.get(0), 1));
        return new Estimate(k < 0.3 ? "constant" : k <= 1.3 ? "linear" : "worse", k);
    }
}
