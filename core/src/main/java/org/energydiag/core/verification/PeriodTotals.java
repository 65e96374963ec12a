package org.energydiag.core.verification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.energydiag.core.followup.PeriodKind;
import org.energydiag.core.meter.MeterSeries;

/**
 * Meter data added up into whole periods (calendar months or ISO weeks) between two days. A
 * period counts only when it lies wholly inside the range and every meter has at least
 * {@link #MIN_COVERAGE} of its intervals; a meter's few missing intervals are filled with the
 * period's mean of that meter (its sum divided by its coverage).
 */
final class PeriodTotals {

    /** Share of a period's intervals a meter must have for the period to count. */
    static final double MIN_COVERAGE = 0.9;

    /**
     * One period's total.
     *
     * @param coverage the lowest share of intervals present over the meters
     */
    record Total(LocalDate start, LocalDate end, int days, double consumption, double coverage) {
    }

    private PeriodTotals() {
    }

    /** The first day of the period containing {@code d}. */
    static LocalDate periodStart(PeriodKind kind, LocalDate d) {
        return kind == PeriodKind.MONTH ? d.withDayOfMonth(1) : d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static LocalDate periodEnd(PeriodKind kind, LocalDate start) {
        return kind == PeriodKind.MONTH ? start.with(TemporalAdjusters.lastDayOfMonth()) : start.plusDays(6);
    }

    /** The whole periods between {@code from} and {@code to} (both included), as their first days. */
    static List<LocalDate> periods(PeriodKind kind, LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate s = periodStart(kind, from);
        if (s.isBefore(from)) {
            s = kind == PeriodKind.MONTH ? s.plusMonths(1) : s.plusWeeks(1);
        }
        while (!periodEnd(kind, s).isAfter(to)) {
            out.add(s);
            s = kind == PeriodKind.MONTH ? s.plusMonths(1) : s.plusWeeks(1);
        }
        return out;
    }

    /**
     * The totals of the whole periods between {@code from} and {@code to}; a period some meter covers
     * less than {@link #MIN_COVERAGE} is returned with its coverage and a NaN total.
     */
    static List<Total> of(List<MeterSeries> series, PeriodKind kind, LocalDate from, LocalDate to) {
        List<LocalDate> starts = periods(kind, from, to);
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            index.put(starts.get(i), i);
        }
        int np = starts.size();
        double[] total = new double[np];
        double[] minCoverage = new double[np];
        java.util.Arrays.fill(minCoverage, series.isEmpty() ? 0 : 1);
        long first = LocalDateTime.of(from, java.time.LocalTime.MIDNIGHT).toEpochSecond(ZoneOffset.UTC);
        long last = LocalDateTime.of(to.plusDays(1), java.time.LocalTime.MIDNIGHT).toEpochSecond(ZoneOffset.UTC);
        for (MeterSeries m : series) {
            double[] sum = new double[np];
            int[] present = new int[np];
            long[] t = m.starts();
            double[] v = m.values();
            LocalDate day = null;
            long dayStart = Long.MIN_VALUE;
            int period = -1;
            for (int i = 0; i < t.length; i++) {
                if (t[i] < first || t[i] >= last || Double.isNaN(v[i])) {
                    continue;
                }
                if (day == null || t[i] < dayStart || t[i] >= dayStart + 86_400) {
                    day = LocalDateTime.ofEpochSecond(t[i], 0, ZoneOffset.UTC).toLocalDate();
                    dayStart = LocalDateTime.of(day, java.time.LocalTime.MIDNIGHT).toEpochSecond(ZoneOffset.UTC);
                    Integer p = index.get(periodStart(kind, day));
                    period = p == null ? -1 : p;
                }
                if (period >= 0) {
                    sum[period] += v[i];
                    present[period]++;
                }
            }
            for (int p = 0; p < np; p++) {
                long days = ChronoUnit.DAYS.between(starts.get(p), periodEnd(kind, starts.get(p))) + 1;
                double expected = days * 1440.0 / m.intervalMinutes();
                double coverage = Math.min(1, present[p] / expected);
                minCoverage[p] = Math.min(minCoverage[p], coverage);
                total[p] += coverage > 0 ? sum[p] / coverage : 0;
            }
        }
        List<Total> out = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            LocalDate s = starts.get(p);
            LocalDate e = periodEnd(kind, s);
            int days = (int) ChronoUnit.DAYS.between(s, e) + 1;
            out.add(new Total(s, e, days, minCoverage[p] >= MIN_COVERAGE ? total[p] : Double.NaN, minCoverage[p]));
        }
        return out;
    }
}
