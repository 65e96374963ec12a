package org.energydiag.core.meter.analysis;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Result of {@link LoadAnalyzer#analyze}: consumption totals and load figures of one meter. Power figures are
 * in kW (the interval energy in kWh divided by the interval length in hours). A figure that cannot be computed
 * (no data, division by zero) is NaN; maps are then empty and the first/last starts {@code null}.
 *
 * @param meterName           meter name
 * @param unit                unit of the energy values (kWh for electricity)
 * @param intervalMinutes     interval length
 * @param firstStart          start of the first interval of the series, {@code null} for an empty series
 * @param lastStart           start of the last interval of the series, {@code null} for an empty series
 * @param intervalsPresent    intervals with a value
 * @param intervalsExpected   intervals from the first to the last start inclusive
 * @param totalEnergy         sum of the values present
 * @param dailyTotals         energy per calendar day (days with at least one value)
 * @param monthlyTotals       energy per month (months with at least one value)
 * @param maxDemandKw         highest interval demand
 * @param maxDemandAt         start of the interval with the highest demand (first one when tied)
 * @param averageKw           mean demand over the intervals with a value
 * @param loadFactor          averageKw ÷ maxDemandKw
 * @param nightBaseLoadKw     mean demand of the intervals starting in [00:00, 05:00)
 * @param nightBaseLoadShare  nightBaseLoadKw ÷ averageKw
 * @param typicalWeekdayKw    mean demand per time-of-day slot over Monday–Friday (NaN where no value)
 * @param typicalWeekendKw    mean demand per time-of-day slot over Saturday–Sunday (NaN where no value)
 * @param heatmapDates        every calendar day from the first to the last start
 * @param heatmapKw           demand per day (row, as {@code heatmapDates}) and time-of-day slot; NaN where missing
 * @param tou                 the time-of-use split and its prices, {@code null} when no schedule was given
 * @param powerFactor         ΣkWh ÷ √((ΣkWh)² + (Σkvarh)²) over intervals where both are present; NaN without
 *                            a reactive series
 */
public record LoadAnalysis(
        String meterName,
        String unit,
        int intervalMinutes,
        LocalDateTime firstStart,
        LocalDateTime lastStart,
        int intervalsPresent,
        int intervalsExpected,
        double totalEnergy,
        SortedMap<LocalDate, Double> dailyTotals,
        SortedMap<YearMonth, Double> monthlyTotals,
        double maxDemandKw,
        LocalDateTime maxDemandAt,
        double averageKw,
        double loadFactor,
        double nightBaseLoadKw,
        double nightBaseLoadShare,
        double[] typicalWeekdayKw,
        double[] typicalWeekendKw,
        List<LocalDate> heatmapDates,
        double[][] heatmapKw,
        TouSplit tou,
        double powerFactor) {

    public LoadAnalysis {
        dailyTotals = Collections.unmodifiableSortedMap(new TreeMap<>(dailyTotals));
        monthlyTotals = Collections.unmodifiableSortedMap(new TreeMap<>(monthlyTotals));
        typicalWeekdayKw = typicalWeekdayKw.clone();
        typicalWeekendKw = typicalWeekendKw.clone();
        heatmapDates = List.copyOf(heatmapDates);
        heatmapKw = deepCopy(heatmapKw);
    }

    /** Energy per period of the intervals a schedule covered (every period), empty without a schedule. */
    public Map<TouPeriod, Double> touEnergy() {
        return tou == null ? Map.of() : tou.energy();
    }

    /** Share of the covered energy per period, empty without a schedule. */
    public Map<TouPeriod, Double> touShare() {
        return tou == null ? Map.of() : tou.share();
    }

    /** Share of SHARP + PEAK in the covered energy, NaN without a schedule. */
    public double peakShare() {
        return tou == null ? Double.NaN : tou.peakShare();
    }

    /** Number of time-of-day slots of the typical days and the heatmap (1440 ÷ interval, rounded up). */
    public int slotsPerDay() {
        return typicalWeekdayKw.length;
    }

    /** Start time of time-of-day slot {@code slot}. */
    public LocalTime slotStart(int slot) {
        return LocalTime.MIDNIGHT.plusMinutes((long) slot * intervalMinutes);
    }

    /** Whether any interval had a value. */
    public boolean hasData() {
        return intervalsPresent > 0;
    }

    @Override
    public double[] typicalWeekdayKw() {
        return typicalWeekdayKw.clone();
    }

    @Override
    public double[] typicalWeekendKw() {
        return typicalWeekendKw.clone();
    }

    @Override
    public double[][] heatmapKw() {
        return deepCopy(heatmapKw);
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            copy[i] = a[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoadAnalysis a && a.meterName.equals(meterName) && a.unit.equals(unit)
                && a.intervalMinutes == intervalMinutes && java.util.Objects.equals(a.firstStart, firstStart)
                && java.util.Objects.equals(a.lastStart, lastStart) && a.intervalsPresent == intervalsPresent
                && a.intervalsExpected == intervalsExpected && Double.compare(a.totalEnergy, totalEnergy) == 0
                && a.dailyTotals.equals(dailyTotals) && a.monthlyTotals.equals(monthlyTotals)
                && Double.compare(a.maxDemandKw, maxDemandKw) == 0
                && java.util.Objects.equals(a.maxDemandAt, maxDemandAt)
                && Double.compare(a.averageKw, averageKw) == 0 && Double.compare(a.loadFactor, loadFactor) == 0
                && Double.compare(a.nightBaseLoadKw, nightBaseLoadKw) == 0
                && Double.compare(a.nightBaseLoadShare, nightBaseLoadShare) == 0
                && Arrays.equals(a.typicalWeekdayKw, typicalWeekdayKw)
                && Arrays.equals(a.typicalWeekendKw, typicalWeekendKw)
                && a.heatmapDates.equals(heatmapDates) && Arrays.deepEquals(a.heatmapKw, heatmapKw)
                && java.util.Objects.equals(a.tou, tou)
                && Double.compare(a.powerFactor, powerFactor) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(meterName, intervalMinutes, firstStart, lastStart, intervalsPresent,
                totalEnergy, maxDemandKw, Arrays.hashCode(typicalWeekdayKw), Arrays.deepHashCode(heatmapKw));
    }

    @Override
    public String toString() {
        return "LoadAnalysis[" + meterName + ", " + intervalsPresent + "/" + intervalsExpected + " intervals, total "
                + totalEnergy + " " + unit + ", max " + maxDemandKw + " kW at " + maxDemandAt + ", load factor "
                + loadFactor + ", PF " + powerFactor + "]";
    }
}
