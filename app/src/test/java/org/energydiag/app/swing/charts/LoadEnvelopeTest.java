package org.energydiag.app.swing.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The load curve's envelope: exact minimum and maximum per bucket, raw intervals when few are visible. */
class LoadEnvelopeTest {

    private static final long Q = 900_000L; // a quarter hour in ms

    /** A year of quarter hours with random values and a missing day. */
    private static long[] times(int n) {
        long[] x = new long[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1_735_689_600_000L + i * Q;
        }
        return x;
    }

    @Test
    void eachBucketHoldsTheExactMinimumAndMaximumOfItsValues() {
        int n = 365 * 96;
        long[] x = times(n);
        double[] y = new double[n];
        Random r = new Random(17);
        for (int i = 0; i < n; i++) {
            y[i] = i / 96 == 100 ? Double.NaN : r.nextDouble() * 500;
        }
        long from = x[0];
        long to = x[n - 1] + Q;
        LoadEnvelope.Points p = LoadEnvelope.of(x, y, from, to, 700);
        assertThat(p.raw()).isFalse();
        assertThat(p.size()).isEqualTo(700);
        assertThat(p.start()[0]).isEqualTo(from);
        assertThat(p.end()[699]).isEqualTo(to);
        int counted = 0;
        for (int b = 0; b < p.size(); b++) {
            // brute force: every value whose time lies in the bucket
            double min = Double.NaN;
            double max = Double.NaN;
            double sum = 0;
            int c = 0;
            for (int i = 0; i < n; i++) {
                if (x[i] >= p.start()[b] && x[i] < p.end()[b] && !Double.isNaN(y[i])) {
                    min = Double.isNaN(min) ? y[i] : Math.min(min, y[i]);
                    max = Double.isNaN(max) ? y[i] : Math.max(max, y[i]);
                    sum += y[i];
                    c++;
                }
            }
            counted += c;
            same(p.min()[b], min, "min of bucket " + b);
            same(p.max()[b], max, "max of bucket " + b);
            if (c > 0) {
                assertThat(p.mean()[b]).isCloseTo(sum / c, org.assertj.core.data.Offset.offset(1e-9));
            }
            if (b > 0) {
                assertThat(p.start()[b]).isEqualTo(p.end()[b - 1]); // buckets tile the range
            }
        }
        assertThat(counted).isEqualTo(n - 96); // every present value is in exactly one bucket
        // the missing day is a gap: buckets wholly inside it have no value
        long dayStart = x[100 * 96];
        long dayEnd = x[101 * 96];
        int gaps = 0;
        for (int b = 0; b < p.size(); b++) {
            if (p.start()[b] >= dayStart && p.end()[b] <= dayEnd) {
                assertThat(p.min()[b]).isNaN();
                gaps++;
            }
        }
        assertThat(gaps).isPositive();
    }

    /** Exactly equal, NaN (an empty bucket) included. */
    private static void same(double actual, double expected, String what) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
        } else {
            assertThat(actual).as(what).isEqualTo(expected);
        }
    }

    @Test
    void fewVisibleIntervalsAreTheRawPoints() {
        int n = 365 * 96;
        long[] x = times(n);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 7 == 3 ? Double.NaN : i;
        }
        // a week from the 1000th interval: 672 intervals, fewer than 1000 buckets
        long from = x[1000];
        long to = x[1000 + 672 - 1];
        LoadEnvelope.Points p = LoadEnvelope.of(x, y, from, to, 1000);
        assertThat(p.raw()).isTrue();
        assertThat(p.size()).isEqualTo(672 + 2); // one beyond each edge, so the line reaches the edges
        for (int k = 0; k < p.size(); k++) {
            int i = 999 + k;
            assertThat(p.start()[k]).isEqualTo(x[i]);
            if (Double.isNaN(y[i])) {
                assertThat(p.mean()[k]).isNaN(); // a missing interval stays a gap
            } else {
                assertThat(p.min()[k]).isEqualTo(y[i]);
                assertThat(p.max()[k]).isEqualTo(y[i]);
                assertThat(p.mean()[k]).isEqualTo(y[i]);
            }
        }
        // the whole series, with as many buckets as values, is raw as well
        assertThat(LoadEnvelope.of(x, y, x[0], x[n - 1], n).raw()).isTrue();
        assertThat(LoadEnvelope.of(x, y, x[0], x[n - 1], n - 1).raw()).isFalse();
    }

    @Test
    void emptySeriesAndRangesOutsideTheDataGiveNothingToDraw() {
        assertThat(LoadEnvelope.of(new long[0], new double[0], 0, 1000, 10).size()).isZero();
        long[] x = times(10);
        double[] y = new double[10];
        LoadEnvelope.Points before = LoadEnvelope.of(x, y, x[0] - 100 * Q, x[0] - 50 * Q, 10);
        assertThat(before.raw()).isTrue();
        assertThat(before.size()).isEqualTo(1); // only the first point, so the line starts at the edge
    }

    @Test
    void alignedBucketsAreWholeDaysWithTheExactExtremesOfEachDay() {
        int n = 30 * 96; // thirty days of quarter hours from a midnight
        long[] x = times(n);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = (i * 37) % 101; // an irregular pattern
        }
        long day = 86_400_000L;
        // a range that starts and ends inside a day: buckets still cover whole days
        LoadEnvelope.Points p = LoadEnvelope.aligned(x, y, x[50], x[n - 50], day, 0, 100);
        assertThat(p.raw()).isFalse();
        assertThat(p.size()).isEqualTo(30);
        for (int d = 0; d < 30; d++) {
            assertThat(p.start()[d] % day).isZero();
            assertThat(p.end()[d] - p.start()[d]).isEqualTo(day);
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (int i = d * 96; i < (d + 1) * 96; i++) {
                min = Math.min(min, y[i]);
                max = Math.max(max, y[i]);
            }
            assertThat(p.min()[d]).as("min of day %d", d).isEqualTo(min);
            assertThat(p.max()[d]).as("max of day %d", d).isEqualTo(max);
        }
        // few intervals in view: raw
        assertThat(LoadEnvelope.aligned(x, y, x[0], x[99], day, 0, 100).raw()).isTrue();
    }
}
