package org.energydiag.core.meter.analysis;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * One time band of a {@link TouSchedule}: {@code [start, end)} of every day in {@code months}.
 * When {@code end} is not after {@code start} the band wraps midnight (23:00–07:00 covers 23:00–24:00 and
 * 00:00–07:00); an end of 00:00 therefore means 24:00, and {@code start == end} covers the whole day.
 *
 * @param period the period of the band
 * @param start  first minute of the band (inclusive)
 * @param end    end of the band (exclusive)
 * @param months months 1–12 the band applies to; empty means every month
 */
public record TouSlot(TouPeriod period, LocalTime start, LocalTime end, Set<Integer> months) {

    public TouSlot {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        months = months == null ? Set.of() : Set.copyOf(months);
        for (int m : months) {
            if (m < 1 || m > 12) {
                throw new IllegalArgumentException("month out of range: " + m);
            }
        }
    }

    /** A band that applies in every month. */
    public TouSlot(TouPeriod period, LocalTime start, LocalTime end) {
        this(period, start, end, Set.of());
    }

    /** Whether {@code t} falls into this band. */
    public boolean contains(LocalDateTime t) {
        if (!months.isEmpty() && !months.contains(t.getMonthValue())) {
            return false;
        }
        LocalTime time = t.toLocalTime();
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        // wraps midnight (or covers the whole day when start == end)
        return !time.isBefore(start) || time.isBefore(end);
    }
}
