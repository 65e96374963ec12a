package org.energydiag.app.swing.charts;

/**
 * What a load curve draws for a visible time range: the raw intervals when there are few enough of
 * them to tell apart (at most one per bucket), otherwise the range cut into equal buckets (about
 * one per pixel column) with the exact minimum, maximum and mean of the values in each. A
 * year of quarter hours in a 700 px panel is then an envelope with its mean, not 35,040 lines drawn
 * over each other; zoomed in to a few days, it is the raw intervals again.
 *
 * <p>Missing values (NaN) are skipped; a bucket without a value is a gap (NaN), as is a missing raw
 * value, so the curve breaks there instead of bridging it.
 */
public final class LoadEnvelope {

    /** The drawn points: raw intervals (min = max = mean) or one per bucket ({@code start}–{@code end}). */
    public record Points(boolean raw, long[] start, long[] end, double[] min, double[] max, double[] mean) {

        public int size() {
            return start.length;
        }
    }

    private LoadEnvelope() {
    }

    /**
     * The points of {@code x} (ascending times, ms) and {@code y} visible in {@code [from, to]}, for
     * {@code buckets} columns. Raw points are those inside the range plus one on each side, so the
     * line runs to the edges; buckets cover exactly the range.
     */
    public static Points of(long[] x, double[] y, long from, long to, int buckets) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        if (buckets < 1 || to < from) {
            throw new IllegalArgumentException("no buckets or an empty range");
        }
        int first = lowerBound(x, from);
        int last = upperBound(x, to); // exclusive
        int inside = last - first;
        if (inside <= buckets) {
            int a = Math.max(0, first - 1);
            int b = Math.min(x.length, last + 1);
            int n = b - a;
            long[] s = new long[n];
            double[] v = new double[n];
            System.arraycopy(x, a, s, 0, n);
            System.arraycopy(y, a, v, 0, n);
            return new Points(true, s, s.clone(), v, v.clone(), v.clone());
        }
        long[] start = new long[buckets];
        long[] end = new long[buckets];
        double width = (double) (to - from) / buckets;
        for (int b = 0; b < buckets; b++) {
            start[b] = from + Math.round(b * width);
            end[b] = b == buckets - 1 ? to : from + Math.round((b + 1) * width);
        }
        // the last bucket holds the range's end
        return buckets(x, y, first, Math.min(x.length, upperBound(x, to)), start, end);
    }

    /**
     * As {@link #of}, with buckets of a fixed {@code width} (ms) aligned on {@code origin + k × width}
     * (whole days, whole weeks from a Monday), covering the range: the raw intervals when at most
     * {@code rawLimit} lie in the range.
     */
    public static Points aligned(long[] x, double[] y, long from, long to, long width, long origin, int rawLimit) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        if (width <= 0 || to < from) {
            throw new IllegalArgumentException("no bucket width or an empty range");
        }
        int first = lowerBound(x, from);
        int last = upperBound(x, to);
        if (last - first <= rawLimit) {
            return of(x, y, from, to, Math.max(1, last - first));
        }
        long k0 = Math.floorDiv(from - origin, width);
        long k1 = Math.floorDiv(Math.max(from, to - 1) - origin, width); // the bucket holding the range's last instant
        int n = (int) (k1 - k0 + 1);
        long[] start = new long[n];
        long[] end = new long[n];
        for (int b = 0; b < n; b++) {
            start[b] = origin + (k0 + b) * width;
            end[b] = start[b] + width;
        }
        // every value of the buckets, also the part of the first and last bucket outside the range
        return buckets(x, y, lowerBound(x, start[0]), lowerBound(x, end[n - 1]), start, end);
    }

    /** Min, max and mean of the values {@code first..last-1} in the buckets {@code [start, end)} (ascending, adjoining). */
    private static Points buckets(long[] x, double[] y, int first, int last, long[] start, long[] end) {
        int buckets = start.length;
        double[] min = new double[buckets];
        double[] max = new double[buckets];
        double[] mean = new double[buckets];
        java.util.Arrays.fill(min, Double.NaN);
        java.util.Arrays.fill(max, Double.NaN);
        double[] sum = new double[buckets];
        int[] count = new int[buckets];
        int b = 0;
        for (int i = first; i < last; i++) {
            double v = y[i];
            while (b < buckets - 1 && x[i] >= end[b]) {
                b++; // times ascend: the bucket only moves forward
            }
            if (Double.isNaN(v) || x[i] < start[b]) {
                continue;
            }
            min[b] = Double.isNaN(min[b]) ? v : Math.min(min[b], v);
            max[b] = Double.isNaN(max[b]) ? v : Math.max(max[b], v);
            sum[b] += v;
            count[b]++;
        }
        for (int k = 0; k < buckets; k++) {
            mean[k] = count[k] == 0 ? Double.NaN : sum[k] / count[k];
        }
        return new Points(false, start, end, min, max, mean);
    }

    /** The first index whose time is at or after {@code t}. */
    private static int lowerBound(long[] x, long t) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first index whose time is after {@code t}. */
    private static int upperBound(long[] x, long t) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
