package org.energydiag.core.meter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The outlier model's helpers: the quickselect gives what a sort would put at each index, and the
 * hour-of-day × day-kind groups followed along the grid agree with the calendar.
 */
class SelectTest {

    @Test
    void sameAsSortingForRandomTiedAndOrderedInput() {
        Random rnd = new Random(20261202);
        for (int round = 0; round < 2000; round++) {
            int n = 1 + rnd.nextInt(round % 10 == 0 ? 2000 : 40);
            double[] a = new double[n];
            int kind = round % 4;
            for (int i = 0; i < n; i++) {
                a[i] = switch (kind) {
                    case 0 -> rnd.nextGaussian();
                    case 1 -> rnd.nextInt(3); // many ties
                    case 2 -> i; // ascending
                    default -> n - i; // descending
                };
            }
            double[] sorted = a.clone();
            Arrays.sort(sorted);
            int k = rnd.nextInt(n);
            assertThat(SeriesBuilder.select(a.clone(), n, k)).as("n=%d k=%d kind=%d", n, k, kind).isEqualTo(sorted[k]);
        }
    }

    @Test
    void onlyThePrefixIsConsidered() {
        double[] a = {5, 1, 4, -100, -100};
        assertThat(SeriesBuilder.select(a, 3, 0)).isEqualTo(1.0);
        assertThat(SeriesBuilder.select(a, 3, 2)).isEqualTo(5.0);
    }

    @Test
    void hourAndDayKindFollowTheCalendar() {
        for (long step : new long[] {60, 300, 900, 1800, 3600, 7 * 60, 86400, 2 * 86400}) {
            long t0 = java.time.LocalDateTime.of(1969, 12, 28, 23, 7).toEpochSecond(java.time.ZoneOffset.UTC); // before the epoch
            long[] starts = new long[3000];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = t0 + i * step;
            }
            byte[] g = SeriesBuilder.hourDay(starts);
            for (int i = 0; i < starts.length; i++) {
                java.time.LocalDateTime d = java.time.LocalDateTime.ofEpochSecond(starts[i], 0, java.time.ZoneOffset.UTC);
                int weekend = d.getDayOfWeek().getValue() >= 6 ? 24 : 0;
                assertThat((int) g[i]).as("step %d at %s", step, d).isEqualTo(d.getHour() + weekend);
            }
        }
    }

    /** The running maximum of a series' values is Math.max's, signed zeros and infinities included. */
    @Test
    void runningMaximumAsMathMax() {
        double[] v = {Double.NEGATIVE_INFINITY, -0.0, 0.0, -1.5, 1.5, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE,
            -Double.MIN_VALUE, Double.POSITIVE_INFINITY, 42};
        for (double max : v) {
            for (double x : v) {
                assertThat(Double.doubleToRawLongBits(SeriesBuilder.max(max, x)))
                        .as("max(%s, %s)", max, x).isEqualTo(Double.doubleToRawLongBits(Math.max(max, x)));
            }
        }
        Random rnd = new Random(3);
        double a = Double.NEGATIVE_INFINITY;
        double b = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 10_000; i++) {
            double x = rnd.nextInt(5) == 0 ? (rnd.nextBoolean() ? -0.0 : 0.0) : rnd.nextGaussian();
            a = Math.max(a, x);
            b = SeriesBuilder.max(b, x);
            assertThat(Double.doubleToRawLongBits(b)).isEqualTo(Double.doubleToRawLongBits(a));
        }
    }
}
