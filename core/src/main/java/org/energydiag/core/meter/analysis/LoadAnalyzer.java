package org.energydiag.core.meter.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.energydiag.core.meter.MeterSeries;

/**
 * Load analysis of one interval meter (electricity in kWh per interval): totals per day and month, demand,
 * load factor, night base load, typical days, a day × time-of-day heatmap, the time-of-use split and the power
 * factor. Works on the columnar series directly (one pass per figure, no object per reading) and never throws on
 * missing data: figures without data are NaN.
 */
public final class LoadAnalyzer {

    /** Night base load window: intervals starting in [00:00, 05:00). */
    static final int NIGHT_END_MINUTE = 5 * 60;

    private static final int MINUTES_PER_DAY = 24 * 60;

    private LoadAnalyzer() {
    }

    /**
     * Analyses {@code energy}.
     *
     * @param energy          active energy per interval (kWh)
     * @param reactiveOrNull  reactive energy per interval (kvarh) matched to {@code energy} by interval start, or
     *                        {@code null}
     * @param calendarOrNull  time-of-use schedules for the TOU split (each interval with the one in force on its
     *                        date), or {@code null}
     */
    public static LoadAnalysis analyze(MeterSeries energy, MeterSeries reactiveOrNull, TouCalendar calendarOrNull) {
        return analyze(energy, reactiveOrNull, calendarOrNull, "");
    }

    /**
     * Analyses {@code energy}, pricing the TOU split with the ratios of the class of users {@code priceOption}
     * (by name, see {@link TouCalendar#priceOptions()}; blank or unknown: each schedule's first ratios).
     */
    public static LoadAnalysis analyze(MeterSeries energy, MeterSeries reactiveOrNull, TouCalendar calendarOrNull,
                                       String priceOption) {
        Objects.requireNonNull(energy, "energy");
        int interval = energy.intervalMinutes();
        if (interval <= 0) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        int n = energy.size();
        long[] starts = energy.starts();
        double[] values = energy.values();
        double[] kw = demandKw(energy);
        int slots = (MINUTES_PER_DAY + interval - 1) / interval;

        LocalDateTime first = n == 0 ? null : energy.start(0);
        LocalDateTime last = n == 0 ? null : energy.start(n - 1);
        int expected = n == 0 ? 0 : (int) ((starts[n - 1] - starts[0]) / (interval * 60L)) + 1;

        SortedMap<LocalDate, Double> daily = new TreeMap<>();
        SortedMap<YearMonth, Double> monthly = new TreeMap<>();
        List<LocalDate> dates = new ArrayList<>();
        double[][] heat = new double[0][];
        if (n > 0) {
            LocalDate firstDay = first.toLocalDate();
            int days = (int) ChronoUnit.DAYS.between(firstDay, last.toLocalDate()) + 1;
            heat = new double[days][slots];
            for (int d = 0; d < days; d++) {
                dates.add(firstDay.plusDays(d));
                Arrays.fill(heat[d], Double.NaN);
            }
        }

        double[] weekdaySum = new double[slots];
        int[] weekdayCount = new int[slots];
        double[] weekendSum = new double[slots];
        int[] weekendCount = new int[slots];
        TouSplit.Builder tou = calendarOrNull == null ? null : new TouSplit.Builder(calendarOrNull, priceOption);

        int present = 0;
        double total = 0;
        double kwSum = 0;
        double max = Double.NaN;
        LocalDateTime maxAt = null;
        double nightSum = 0;
        int nightCount = 0;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            LocalDateTime t = energy.start(i);
            LocalDate day = t.toLocalDate();
            present++;
            total += v;
            kwSum += kw[i];
            daily.merge(day, v, Double::sum);
            monthly.merge(YearMonth.from(day), v, Double::sum);
            if (Double.isNaN(max) || kw[i] > max) {
                max = kw[i];
                maxAt = t;
            }
            int minute = t.getHour() * 60 + t.getMinute();
            if (minute < NIGHT_END_MINUTE) {
                nightSum += kw[i];
                nightCount++;
            }
            int slot = minute / interval;
            DayOfWeek dow = day.getDayOfWeek();
            if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
                weekendSum[slot] += kw[i];
                weekendCount[slot]++;
            } else {
                weekdaySum[slot] += kw[i];
                weekdayCount[slot]++;
            }
            heat[(int) ChronoUnit.DAYS.between(first.toLocalDate(), day)][slot] = kw[i];
            if (tou != null) {
                tou.add(t, v);
            }
        }

        double average = present == 0 ? Double.NaN : kwSum / present;
        double night = nightCount == 0 ? Double.NaN : nightSum / nightCount;
        if (present == 0) {
            total = Double.NaN;
        }

        return new LoadAnalysis(energy.name(), energy.unit(), interval, first, last, present, expected, total,
                daily, monthly, max, maxAt, average, ratio(average, max), night, ratio(night, average),
                means(weekdaySum, weekdayCount), means(weekendSum, weekendCount), dates, heat, tou == null ? null : tou.build(),
                powerFactor(energy, reactiveOrNull));
    }

    /** Demand per interval in kW: the interval energy ÷ the interval length in hours; NaN where missing. */
    public static double[] demandKw(MeterSeries energy) {
        double hours = energy.intervalMinutes() / 60.0;
        double[] values = energy.values();
        double[] kw = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            kw[i] = values[i] / hours;
        }
        return kw;
    }

    /**
     * Power factor ΣkWh ÷ √((ΣkWh)² + (Σkvarh)²) over the intervals where both the active and the reactive value
     * are present (matched by interval start); NaN without a reactive series or without such intervals.
     */
    public static double powerFactor(MeterSeries energy, MeterSeries reactiveOrNull) {
        if (reactiveOrNull == null) {
            return Double.NaN;
        }
        long[] qStarts = reactiveOrNull.starts();
        double[] q = reactiveOrNull.values();
        boolean aligned = Arrays.equals(energy.starts(), qStarts);
        double p = 0;
        double r = 0;
        int pairs = 0;
        for (int i = 0; i < energy.size(); i++) {
            double v = energy.values()[i];
            if (Double.isNaN(v)) {
                continue;
            }
            int j = aligned ? i : Arrays.binarySearch(qStarts, energy.starts()[i]);
            if (j < 0 || Double.isNaN(q[j])) {
                continue;
            }
            p += v;
            r += q[j];
            pairs++;
        }
        double apparent = Math.hypot(p, r);
        return pairs == 0 || apparent == 0 ? Double.NaN : p / apparent;
    }

    private static double[] means(double[] sum, int[] count) {
        double[] mean = new double[sum.length];
        for (int i = 0; i < sum.length; i++) {
            mean[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
        }
        return mean;
    }

    /** a ÷ b, NaN when either is NaN or b is 0. */
    private static double ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? Double.NaN : a / b;
    }
}
