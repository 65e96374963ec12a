package org.energydiag.core.meter.analysis;

import org.energydiag.core.reference.CarrierId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.energydiag.core.meter.MeterSeries;
import org.junit.jupiter.api.Test;

class LoadAnalyzerTest {

    private static final double EPS = 1e-9;
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2024, 3, 1, 0, 0); // a Friday

    /**
     * Two days of hourly data (kWh per hour = kW):
     * Friday 2024-03-01: 00–04 h 2 kWh each, 05–23 h 4 kWh each except 14 h = 10 kWh → 5·2 + 18·4 + 10 = 92;
     * Saturday 2024-03-02: 1 kWh every hour, 03 h missing → 23.
     */
    private static MeterSeries twoDays() {
        long[] starts = new long[48];
        double[] values = new double[48];
        for (int h = 0; h < 48; h++) {
            starts[h] = MeterSeries.epoch(FRIDAY.plusHours(h));
            if (h < 24) {
                values[h] = h < 5 ? 2 : h == 14 ? 10 : 4;
            } else {
                values[h] = h == 24 + 3 ? Double.NaN : 1;
            }
        }
        return new MeterSeries("总进线", CarrierId.of("ELECTRICITY"), "kWh", 60, starts, values);
    }

    /** VALLEY 23–07 (wraps midnight), PEAK 08–12, SHARP 10–11 in March on top of PEAK, PEAK 18–20 only in April. */
    private static TouCalendar simpleSchedule() {
        return TouCalendar.of(new TouSchedule("测试时段", "unit test", List.of(
                new TouSlot(TouPeriod.VALLEY, LocalTime.of(23, 0), LocalTime.of(7, 0)),
                new TouSlot(TouPeriod.PEAK, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new TouSlot(TouPeriod.SHARP, LocalTime.of(10, 0), LocalTime.of(11, 0), Set.of(3)),
                new TouSlot(TouPeriod.PEAK, LocalTime.of(18, 0), LocalTime.of(20, 0), Set.of(4)))));
    }

    @Test
    void totalsAndCoverage() {
        LoadAnalysis a = LoadAnalyzer.analyze(twoDays(), null, null);
        // 92 + 23 = 115 kWh; 47 of 48 hours present
        assertThat(a.dailyTotals()).containsExactly(
                java.util.Map.entry(LocalDate.of(2024, 3, 1), 92.0), java.util.Map.entry(LocalDate.of(2024, 3, 2), 23.0));
        assertThat(a.monthlyTotals()).containsExactly(java.util.Map.entry(YearMonth.of(2024, 3), 115.0));
        assertThat(a.totalEnergy()).isCloseTo(115, within(EPS));
        assertThat(a.intervalsPresent()).isEqualTo(47);
        assertThat(a.intervalsExpected()).isEqualTo(48);
        assertThat(a.firstStart()).isEqualTo(FRIDAY);
        assertThat(a.lastStart()).isEqualTo(LocalDateTime.of(2024, 3, 2, 23, 0));
        assertThat(a.hasData()).isTrue();
    }

    @Test
    void demandLoadFactorAndNightBaseLoad() {
        LoadAnalysis a = LoadAnalyzer.analyze(twoDays(), null, null);
        // max 10 kW at Friday 14:00; average 115 / 47 = 2.446808…; load factor 2.446808 / 10 = 0.2446808…
        assertThat(a.maxDemandKw()).isCloseTo(10, within(EPS));
        assertThat(a.maxDemandAt()).isEqualTo(LocalDateTime.of(2024, 3, 1, 14, 0));
        assertThat(a.averageKw()).isCloseTo(115.0 / 47, within(EPS));
        assertThat(a.loadFactor()).isCloseTo(115.0 / 47 / 10, within(EPS));
        // night [00:00, 05:00): Friday 5 × 2 kW, Saturday 00, 01, 02, 04 h × 1 kW → 14 / 9 = 1.5556 kW;
        // share 1.5556 / 2.4468 = (14·47) / (9·115) = 0.63575…
        assertThat(a.nightBaseLoadKw()).isCloseTo(14.0 / 9, within(EPS));
        assertThat(a.nightBaseLoadShare()).isCloseTo(14.0 * 47 / (9 * 115), within(EPS));
    }

    @Test
    void demandIsEnergyPerHour() {
        // 15-minute intervals: 1 kWh in a quarter hour = 4 kW
        MeterSeries s = new MeterSeries("m", CarrierId.of("ELECTRICITY"), "kWh", 15,
                new long[] {MeterSeries.epoch(FRIDAY), MeterSeries.epoch(FRIDAY.plusMinutes(15))}, new double[] {1, 0.5});
        assertThat(LoadAnalyzer.demandKw(s)).containsExactly(4.0, 2.0);
        LoadAnalysis a = LoadAnalyzer.analyze(s, null, null);
        assertThat(a.maxDemandKw()).isEqualTo(4.0);
        assertThat(a.averageKw()).isEqualTo(3.0);
        assertThat(a.slotsPerDay()).isEqualTo(96);
        assertThat(a.slotStart(1)).isEqualTo(LocalTime.of(0, 15));
    }

    @Test
    void typicalDaysAndHeatmap() {
        LoadAnalysis a = LoadAnalyzer.analyze(twoDays(), null, null);
        // weekday = the Friday alone; weekend = the Saturday alone (03 h has no value → NaN)
        double[] weekday = a.typicalWeekdayKw();
        double[] weekend = a.typicalWeekendKw();
        assertThat(weekday).hasSize(24);
        assertThat(weekday[0]).isEqualTo(2.0);
        assertThat(weekday[5]).isEqualTo(4.0);
        assertThat(weekday[14]).isEqualTo(10.0);
        assertThat(weekend[2]).isEqualTo(1.0);
        assertThat(weekend[3]).isNaN();

        assertThat(a.heatmapDates()).containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2));
        double[][] heat = a.heatmapKw();
        assertThat(heat).hasDimensions(2, 24);
        assertThat(heat[0][14]).isEqualTo(10.0);
        assertThat(heat[1][3]).isNaN();
        assertThat(heat[1][4]).isEqualTo(1.0);
    }

    @Test
    void typicalWeekdayAveragesOverDays() {
        // Monday 2024-03-04 and Tuesday 2024-03-05, one value at 00:00 each: 2 and 4 kW → mean 3 kW
        LocalDateTime monday = LocalDateTime.of(2024, 3, 4, 0, 0);
        MeterSeries s = new MeterSeries("m", CarrierId.of("ELECTRICITY"), "kWh", 60,
                new long[] {MeterSeries.epoch(monday), MeterSeries.epoch(monday.plusDays(1))}, new double[] {2, 4});
        LoadAnalysis a = LoadAnalyzer.analyze(s, null, null);
        assertThat(a.typicalWeekdayKw()[0]).isEqualTo(3.0);
        assertThat(a.typicalWeekendKw()).containsOnly(Double.NaN);
        assertThat(a.intervalsExpected()).isEqualTo(25);
    }

    @Test
    void touSplit() {
        LoadAnalysis a = LoadAnalyzer.analyze(twoDays(), null, simpleSchedule());
        // Friday:  VALLEY 00–06 + 23 h = 5·2 + 2·4 + 4 = 22; PEAK 08, 09, 11 h = 12; SHARP 10 h = 4;
        //          FLAT 07, 12–22 h = 4 + 8 + 10 + 8·4 = 54            (22 + 12 + 4 + 54 = 92)
        // Saturday: VALLEY 00–06 (03 missing) + 23 h = 7; PEAK 3; SHARP 1; FLAT 07, 12–22 h = 12   (= 23)
        // April-only PEAK 18–20 does not apply in March.
        assertThat(a.touEnergy()).containsEntry(TouPeriod.VALLEY, 29.0).containsEntry(TouPeriod.PEAK, 15.0)
                .containsEntry(TouPeriod.SHARP, 5.0).containsEntry(TouPeriod.FLAT, 66.0);
        assertThat(a.touShare().get(TouPeriod.FLAT)).isCloseTo(66.0 / 115, within(EPS));
        assertThat(a.peakShare()).isCloseTo(20.0 / 115, within(EPS));
        assertThat(a.tou().parts()).singleElement().satisfies(p -> assertThat(p.schedule().name()).isEqualTo("测试时段"));
        assertThat(a.tou().uncoveredEnergy()).isZero();
        // no prices: nothing can be costed
        assertThat(a.tou().pricedTotal()).isZero();
        assertThat(a.tou().unpricedEnergy()).isCloseTo(115, within(EPS));
        assertThat(a.tou().averagePriceFactor()).isNaN();
    }

    @Test
    void withoutScheduleNoTouSplit() {
        LoadAnalysis a = LoadAnalyzer.analyze(twoDays(), null, null);
        assertThat(a.touEnergy()).isEmpty();
        assertThat(a.touShare()).isEmpty();
        assertThat(a.peakShare()).isNaN();
        assertThat(a.tou()).isNull();
        assertThat(a.powerFactor()).isNaN();
    }

    @Test
    void powerFactor() {
        // intervals where both are present: kWh 1 + 2 = 3, kvarh 2 + 2 = 4 → PF = 3 / √(3² + 4²) = 0.6
        // (third interval: active missing → its 7 kvarh is left out)
        long[] starts = {MeterSeries.epoch(FRIDAY), MeterSeries.epoch(FRIDAY.plusMinutes(15)),
            MeterSeries.epoch(FRIDAY.plusMinutes(30))};
        MeterSeries p = new MeterSeries("m", CarrierId.of("ELECTRICITY"), "kWh", 15, starts, new double[] {1, 2, Double.NaN});
        MeterSeries q = new MeterSeries("m 无功", CarrierId.of("ELECTRICITY"), "kvarh", 15, starts, new double[] {2, 2, 7});
        assertThat(LoadAnalyzer.analyze(p, q, null).powerFactor()).isCloseTo(0.6, within(EPS));
    }

    @Test
    void powerFactorMatchesByStartWhenSeriesDiffer() {
        // reactive covers only the 2nd and 3rd interval: pairs (2 kWh, 2 kvarh) and (1 kWh, 2 kvarh)
        // → 3 / √(3² + 4²) = 0.6
        long t0 = MeterSeries.epoch(FRIDAY);
        MeterSeries p = new MeterSeries("m", CarrierId.of("ELECTRICITY"), "kWh", 15,
                new long[] {t0, t0 + 900, t0 + 1800}, new double[] {5, 2, 1});
        MeterSeries q = new MeterSeries("q", CarrierId.of("ELECTRICITY"), "kvarh", 15,
                new long[] {t0 + 900, t0 + 1800, t0 + 2700}, new double[] {2, 2, 9});
        assertThat(LoadAnalyzer.powerFactor(p, q)).isCloseTo(0.6, within(EPS));
    }

    @Test
    void emptySeries() {
        MeterSeries empty = new MeterSeries("空表", CarrierId.of("ELECTRICITY"), "kWh", 15, new long[0], new double[0]);
        LoadAnalysis a = LoadAnalyzer.analyze(empty, empty, simpleSchedule());
        assertThat(a.hasData()).isFalse();
        assertThat(a.totalEnergy()).isNaN();
        assertThat(a.maxDemandKw()).isNaN();
        assertThat(a.maxDemandAt()).isNull();
        assertThat(a.loadFactor()).isNaN();
        assertThat(a.nightBaseLoadKw()).isNaN();
        assertThat(a.dailyTotals()).isEmpty();
        assertThat(a.monthlyTotals()).isEmpty();
        assertThat(a.firstStart()).isNull();
        assertThat(a.intervalsExpected()).isZero();
        assertThat(a.heatmapDates()).isEmpty();
        assertThat(a.heatmapKw()).isEmpty();
        assertThat(a.typicalWeekdayKw()).hasSize(96).containsOnly(Double.NaN);
        assertThat(a.peakShare()).isNaN();
        assertThat(a.powerFactor()).isNaN();
    }

    @Test
    void allMissingSeries() {
        long[] starts = {MeterSeries.epoch(FRIDAY), MeterSeries.epoch(FRIDAY.plusHours(1))};
        MeterSeries s = new MeterSeries("m", CarrierId.of("ELECTRICITY"), "kWh", 60, starts, new double[] {Double.NaN, Double.NaN});
        LoadAnalysis a = LoadAnalyzer.analyze(s, s, simpleSchedule());
        assertThat(a.intervalsPresent()).isZero();
        assertThat(a.intervalsExpected()).isEqualTo(2);
        assertThat(a.averageKw()).isNaN();
        assertThat(a.nightBaseLoadShare()).isNaN();
        assertThat(a.dailyTotals()).isEmpty();
        assertThat(a.heatmapKw()[0]).containsOnly(Double.NaN);
        assertThat(a.touShare().values()).containsOnly(Double.NaN);
        assertThat(a.powerFactor()).isNaN();
    }

    @Test
    void resultIsImmutable() {
        LoadAnalysis a = LoadAnalyzer.analyze(twoDays(), null, null);
        a.heatmapKw()[0][14] = -1;
        a.typicalWeekdayKw()[14] = -1;
        assertThat(a.heatmapKw()[0][14]).isEqualTo(10.0);
        assertThat(a.typicalWeekdayKw()[14]).isEqualTo(10.0);
        assertThat(a).isEqualTo(LoadAnalyzer.analyze(twoDays(), null, null));
    }
}
