package org.energydiag.core.meter.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.reference.CarrierId;
import org.junit.jupiter.api.Test;

/**
 * The TOU split over time: each interval with the schedule in force on its date, priced with that schedule's ratios.
 * Schedules and ratios from the bundled {@code tou-periods.json}; the periods and ratios themselves are checked
 * against the notices in {@link TouScheduleTest}. Sources (shared/reference/found-2026-12 §8):
 * <ul>
 * <li>浙发改价格〔2024〕21号, in force until 2026-06-30; 浙发改价格〔2026〕112号 from 2026-07-01 ("本通知自2026年7月1日起执行。
 *     《…》（浙发改价格〔2024〕21号）同时废止"), ratios 尖峰:高峰:平段:低谷:深谷 = 2.05 : 1.85 : 1 : 0.4 : 0.2;</li>
 * <li>皖发改价格〔2025〕302号: "1、7-9、12月高峰上浮84.3%，其他月份高峰上浮74%，低谷下浮61.8%";</li>
 * <li>粤发改价格〔2021〕331号: "峰平谷比价为1.7:1:0.38……尖峰电价在峰段电价基础上上浮25%";</li>
 * <li>苏发改价格发〔2025〕426号: "高峰时段上浮比例：两部制用户80%、100千伏安及以上单一制用户70%、100千伏安以下单一制用户60%；低谷时段下浮比例65%".</li>
 * </ul>
 */
class TouCalendarTest {

    private static final double EPS = 1e-6;

    static TouCalendar calendar(String province) {
        return TouCalendar.forProvince(TouSchedule.loadBundled(), province).orElseThrow();
    }

    /** 15-minute kWh readings from {@code first} for {@code days} days, the value per interval by its start (also DeepValleyTest's). */
    static MeterSeries quarterHours(LocalDateTime first, int days, ToDoubleFunction<LocalDateTime> kwh) {
        int n = days * 96;
        long[] starts = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            LocalDateTime t = first.plusMinutes(15L * i);
            starts[i] = MeterSeries.epoch(t);
            values[i] = kwh.applyAsDouble(t);
        }
        return new MeterSeries("总进线", CarrierId.ELECTRICITY, "kWh", 15, starts, values);
    }

    @Test
    void zhejiangHasBothDocumentsAndPicksByDate() {
        TouCalendar zj = calendar("浙江");
        assertThat(zj.schedules()).extracting(TouSchedule::document)
                .containsExactly("浙发改价格〔2024〕21号", "浙发改价格〔2026〕112号");
        assertThat(zj.scheduleOn(LocalDate.of(2026, 6, 30))).get().extracting(TouSchedule::document).isEqualTo("浙发改价格〔2024〕21号");
        assertThat(zj.scheduleOn(LocalDate.of(2026, 7, 1))).get().extracting(TouSchedule::document).isEqualTo("浙发改价格〔2026〕112号");
        assertThat(zj.scheduleOn(LocalDate.of(2024, 3, 1))).get().extracting(TouSchedule::document).isEqualTo("浙发改价格〔2024〕21号");
        assertThat(zj.label()).isEqualTo("浙江省：浙发改价格〔2024〕21号（执行至2026-06-30）、浙发改价格〔2026〕112号（2026-07-01起执行）");
    }

    /*
     * 浙江, 2026-06-29 00:00 to 2026-07-02 23:45, the load per hour 100 kWh × the day's number (1 … 4):
     * June 29, 30 with 21号 春秋季 (June): 高峰 8–11, 13–17 (7 h), 平 17–24 (7 h), 低谷 0–8, 11–13 (10 h)
     *   → 高峰 7 × (100 + 200) = 2 100, 平 2 100, 低谷 10 × 300 = 3 000
     * July 1, 2 with 112号 夏冬季 (July): 尖峰 18–22 (4 h), 高峰 16–18, 22–23 (3 h), 平 7–11, 14–16, 23–24 (7 h),
     *   低谷 0–7, 11–14 (10 h) → 尖峰 4 × (300 + 400) = 2 800, 高峰 2 100, 平 4 900, 低谷 7 000
     * total: 尖峰 2 800, 高峰 4 200, 平 7 000, 低谷 10 000 = 24 000 = 24 h × 1 000
     * 21号 has no ratios (not found): its 7 200 kWh are split but not priced; 112号's 16 800 kWh cost
     *   2 800 × 2.05 + 2 100 × 1.85 + 4 900 × 1 + 7 000 × 0.4 = 5 740 + 3 885 + 4 900 + 2 800 = 17 325 (kWh at the flat price)
     *   → average price 17 325 ÷ 16 800 = 1.03125 × flat; at 0.60 yuan/kWh: 10 395 yuan, 0.61875 yuan/kWh
     * shifting 100 000 kWh/a from 高峰 to 低谷 at 0.60 yuan/kWh: 100 000 × 0.60 × (1.85 − 0.4) = 87 000 yuan/a
     */
    @Test
    void aLoadCurveAcross20260701UsesTheOldScheduleBeforeAndTheNewOneAfter() {
        LocalDateTime first = LocalDateTime.of(2026, 6, 29, 0, 0);
        MeterSeries s = quarterHours(first, 4, t -> 25.0 * (t.getDayOfMonth() == 29 ? 1 : t.getDayOfMonth() == 30 ? 2
                : t.getDayOfMonth() == 1 ? 3 : 4));
        LoadAnalysis a = LoadAnalyzer.analyze(s, null, calendar("浙江省"));
        TouSplit tou = a.tou();

        assertThat(tou.parts()).hasSize(2);
        TouSplit.Part old = tou.parts().get(0);
        TouSplit.Part now = tou.parts().get(1);
        assertThat(old.schedule().document()).isEqualTo("浙发改价格〔2024〕21号");
        assertThat(old.first()).isEqualTo(LocalDate.of(2026, 6, 29));
        assertThat(old.last()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(old.prices()).isNull();
        assertThat(old.energy()).containsEntry(TouPeriod.PEAK, 2100.0).containsEntry(TouPeriod.FLAT, 2100.0)
                .containsEntry(TouPeriod.VALLEY, 3000.0).containsEntry(TouPeriod.SHARP, 0.0);
        assertThat(now.schedule().document()).isEqualTo("浙发改价格〔2026〕112号");
        assertThat(now.first()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(now.last()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(now.energy()).containsEntry(TouPeriod.SHARP, 2800.0).containsEntry(TouPeriod.PEAK, 2100.0)
                .containsEntry(TouPeriod.FLAT, 4900.0).containsEntry(TouPeriod.VALLEY, 7000.0);

        assertThat(a.touEnergy()).containsEntry(TouPeriod.SHARP, 2800.0).containsEntry(TouPeriod.PEAK, 4200.0)
                .containsEntry(TouPeriod.FLAT, 7000.0).containsEntry(TouPeriod.VALLEY, 10000.0);
        assertThat(a.peakShare()).isCloseTo(7000.0 / 24000, within(EPS));
        assertThat(tou.uncoveredEnergy()).isZero();

        assertThat(tou.pricedTotal()).isCloseTo(16800, within(EPS));
        assertThat(tou.unpricedEnergy()).isCloseTo(7200, within(EPS));
        assertThat(tou.relativeCost()).isCloseTo(17325, within(EPS));
        assertThat(tou.averagePriceFactor()).isCloseTo(1.03125, within(EPS));
        TouSplit.Cost cost = tou.cost(0.60);
        assertThat(cost.total()).isCloseTo(10395, within(EPS));
        assertThat(cost.yuan().get(TouPeriod.SHARP)).isCloseTo(5740 * 0.60, within(EPS));
        assertThat(cost.averagePrice()).isCloseTo(0.61875, within(EPS));
        TouSplit.ShiftSaving save = tou.shift(100_000, 0.60, TouPeriod.PEAK, TouPeriod.VALLEY);
        assertThat(save.fromFactor()).isCloseTo(1.85, within(EPS));
        assertThat(save.toFactor()).isCloseTo(0.4, within(EPS));
        assertThat(save.yuanPerYear()).isCloseTo(87_000, within(1e-6));
        assertThat(tou.citations()).isEqualTo("浙发改价格〔2024〕21号（执行至2026-06-30）、浙发改价格〔2026〕112号（2026-07-01起执行）");
    }

    @Test
    void theLastQuarterHourOfJune30IsOldAndMidnightIsNew() {
        TouCalendar zj = calendar("浙江");
        // 2026-06-30 23:45: 21号 平段 17–24; 2026-07-01 00:00: 112号 低谷 0–7
        // 09:00: 21号 高峰 (春秋季) on June 30; 112号 平段 07–11 on July 1
        MeterSeries s = quarterHours(LocalDateTime.of(2026, 6, 30, 0, 0), 2, t -> 1);
        LoadAnalysis a = LoadAnalyzer.analyze(s, null, zj);
        assertThat(zj.scheduleOn(LocalDate.of(2026, 6, 30)).orElseThrow().periodAt(LocalDateTime.of(2026, 6, 30, 23, 45)))
                .isEqualTo(TouPeriod.FLAT);
        assertThat(zj.scheduleOn(LocalDate.of(2026, 7, 1)).orElseThrow().periodAt(LocalDateTime.of(2026, 7, 1, 0, 0)))
                .isEqualTo(TouPeriod.VALLEY);
        assertThat(zj.scheduleOn(LocalDate.of(2026, 6, 30)).orElseThrow().periodAt(LocalDateTime.of(2026, 6, 30, 9, 0)))
                .isEqualTo(TouPeriod.PEAK);
        assertThat(zj.scheduleOn(LocalDate.of(2026, 7, 1)).orElseThrow().periodAt(LocalDateTime.of(2026, 7, 1, 9, 0)))
                .isEqualTo(TouPeriod.FLAT);
        // quarter hours: June 30 高峰 7 h = 28, 平 28, 低谷 40; July 1 尖峰 16, 高峰 12, 平 28, 低谷 40
        assertThat(a.touEnergy()).containsEntry(TouPeriod.SHARP, 16.0).containsEntry(TouPeriod.PEAK, 40.0)
                .containsEntry(TouPeriod.FLAT, 56.0).containsEntry(TouPeriod.VALLEY, 80.0);
    }

    /*
     * 安徽 302号, 100 kWh every hour on 2026-06-30 (其他月份: 高峰 6–8, 16–22 = 8 h, ratio 1.74) and 2026-07-01
     * (7–9月: 高峰 16–24 = 8 h, ratio 1.843): 800 kWh in each → mean peak ratio (800 × 1.74 + 800 × 1.843) ÷ 1 600 = 1.7915;
     * 低谷 ratio 0.382 all year: June 11–14, 23–6 = 10 h, July 2–9, 11–13 = 9 h.
     * 50 000 kWh/a 高峰 → 低谷 at 0.55 yuan/kWh: 50 000 × 0.55 × (1.7915 − 0.382) = 38 761.25 yuan/a
     */
    @Test
    void anhuiPeakRatioDependsOnTheMonth() {
        MeterSeries s = quarterHours(LocalDateTime.of(2026, 6, 30, 0, 0), 2, t -> 25);
        TouSplit tou = LoadAnalyzer.analyze(s, null, calendar("安徽省")).tou();
        assertThat(tou.pricedEnergy()).containsEntry(TouPeriod.PEAK, 1600.0).containsEntry(TouPeriod.VALLEY, 1900.0);
        assertThat(tou.averageFactor(TouPeriod.PEAK)).isCloseTo(1.7915, within(EPS));
        assertThat(tou.averageFactor(TouPeriod.VALLEY)).isCloseTo(0.382, within(EPS));
        assertThat(tou.shift(50_000, 0.55, TouPeriod.PEAK, TouPeriod.VALLEY).yuanPerYear()).isCloseTo(38_761.25, within(1e-6));
        assertThat(tou.fullyPriced()).isTrue();
    }

    /*
     * 广东 331号, 100 kWh every hour on 2026-08-10 (尖峰 month): 低谷 0–8 = 800, 高峰 10–12, 14–19 without the 尖峰
     * 11–12, 15–17 = 400, 尖峰 300, 平 900 → cost 800 × 0.38 + 400 × 1.7 + 300 × 2.125 + 900 = 2 521.5,
     * 尖峰 + 高峰 share of the cost (680 + 637.5) ÷ 2 521.5
     */
    @Test
    void guangdongCostSplitWithSharpAt125PercentOfPeak() {
        MeterSeries s = quarterHours(LocalDateTime.of(2026, 8, 10, 0, 0), 1, t -> 25);
        TouSplit tou = LoadAnalyzer.analyze(s, null, calendar("广东")).tou();
        assertThat(tou.energy()).containsEntry(TouPeriod.VALLEY, 800.0).containsEntry(TouPeriod.PEAK, 400.0)
                .containsEntry(TouPeriod.SHARP, 300.0).containsEntry(TouPeriod.FLAT, 900.0);
        assertThat(tou.relativeCost()).isCloseTo(2521.5, within(EPS));
        assertThat(tou.costShare().get(TouPeriod.SHARP) + tou.costShare().get(TouPeriod.PEAK))
                .isCloseTo((680 + 637.5) / 2521.5, within(EPS));
    }

    /*
     * 江苏 426号 in force from 2025-06-01: on 2025-05-31 no bundled schedule applies (the split says so), from
     * 2025-06-01 the 夏冬季 periods (高峰 14–22 = 8 h, 低谷 0–6, 11–13 = 8 h). Ratios by class of users:
     * 两部制 高峰 1.8 (the default), 100 kVA 以下单一制 1.6; 低谷 0.35.
     */
    @Test
    void jiangsuBeforeItsStartIsUncoveredAndTheUserClassChoosesTheRatio() {
        MeterSeries s = quarterHours(LocalDateTime.of(2025, 5, 31, 0, 0), 2, t -> 25);
        TouCalendar js = calendar("江苏省");
        assertThat(js.priceOptions()).containsExactly("两部制用户", "100千伏安及以上单一制用户", "100千伏安以下单一制用户");
        TouSplit twoPart = LoadAnalyzer.analyze(s, null, js).tou();
        assertThat(twoPart.uncoveredEnergy()).isCloseTo(2400, within(EPS));
        assertThat(twoPart.uncoveredFirst()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(twoPart.uncoveredLast()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(twoPart.energy()).containsEntry(TouPeriod.PEAK, 800.0).containsEntry(TouPeriod.VALLEY, 800.0);
        assertThat(twoPart.peakShare()).isCloseTo(800.0 / 2400, within(EPS));
        assertThat(twoPart.averageFactor(TouPeriod.PEAK)).isCloseTo(1.8, within(EPS));
        assertThat(twoPart.fullyPriced()).isFalse();
        TouSplit small = LoadAnalyzer.analyze(s, null, js, "100千伏安以下单一制用户").tou();
        assertThat(small.priceOption()).isEqualTo("100千伏安以下单一制用户");
        assertThat(small.averageFactor(TouPeriod.PEAK)).isCloseTo(1.6, within(EPS));
        assertThat(small.averageFactor(TouPeriod.VALLEY)).isCloseTo(0.35, within(EPS));
    }

    @Test
    void aSingleScheduleWithoutDatesAppliesOnEveryDate() {
        TouSchedule s = new TouSchedule("t", "unit test", List.of(new TouSlot(TouPeriod.PEAK, java.time.LocalTime.NOON,
                java.time.LocalTime.MIDNIGHT)));
        assertThat(TouCalendar.of(s).scheduleOn(LocalDate.of(1999, 1, 1))).contains(s);
        assertThat(TouCalendar.of(s).label()).isEqualTo("t");
    }
}
