package org.energydiag.core.meter;

import org.energydiag.core.reference.CarrierId;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;

/**
 * One meter's data as regular intervals, columnar: interval start times and the consumption in each
 * interval, in primitive arrays (no object per value).
 *
 * @param name            meter name as in the file or as mapped
 * @param carrierId       energy carrier (e.g. ELECTRICITY), may be empty when unknown
 * @param unit            unit of {@code values}: kWh, kvarh, m³, t or GJ (energy per interval)
 * @param intervalMinutes interval length
 * @param starts          interval starts, local wall time as epoch seconds at UTC
 *                        ({@link LocalDateTime#toEpochSecond(ZoneOffset)} with {@link ZoneOffset#UTC}),
 *                        strictly increasing
 * @param values          consumption per interval in {@code unit}; NaN where no value
 */
public record MeterSeries(String name, CarrierId carrierId, String unit, int intervalMinutes, long[] starts, double[] values) {

    public MeterSeries {
        Objects.requireNonNull(starts);
        Objects.requireNonNull(values);
        if (starts.length != values.length) {
            throw new IllegalArgumentException("starts and values differ in length");
        }
    }

    public int size() {
        return starts.length;
    }

    public LocalDateTime start(int i) {
        return LocalDateTime.ofEpochSecond(starts[i], 0, ZoneOffset.UTC);
    }

    public static long epoch(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    /** Sum of the values present. */
    public double total() {
        double s = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                s += v;
            }
        }
        return s;
    }

    /** Number of intervals with a value. */
    public int present() {
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeterSeries m && m.name.equals(name) && Objects.equals(m.carrierId, carrierId)
                && m.unit.equals(unit) && m.intervalMinutes == intervalMinutes && Arrays.equals(m.starts, starts)
                && Arrays.equals(m.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, unit, intervalMinutes, Arrays.hashCode(starts), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "MeterSeries[" + name + ", " + unit + ", " + intervalMinutes + " min, " + starts.length + " intervals]";
    }
}
