package org.energydiag.core.diagnosis;

import org.energydiag.core.reference.CarrierId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.energydiag.core.diagnosis.RetrofitFixtures.candidate;
import static org.energydiag.core.diagnosis.RetrofitFixtures.demo;
import static org.energydiag.core.diagnosis.RetrofitFixtures.finding;
import static org.energydiag.core.diagnosis.RetrofitFixtures.input;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.meter.analysis.LoadAnalysis;
import org.energydiag.core.meter.analysis.LoadAnalyzer;
import org.energydiag.core.meter.analysis.TouPeriod;
import org.energydiag.core.meter.analysis.TouSchedule;
import org.energydiag.core.meter.analysis.TouSlot;
import org.junit.jupiter.api.Test;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;

/** Rule LOAD: interval meter data → {@link LoadAnalyzer} → power factor, load factor, night load, peak share. */
class LoadRuleTest {

    private static final String METER = "1#进线";
    /** Monday 2025-03-03, one day of hourly intervals. */
    private static final LocalDateTime DAY = LocalDateTime.of(2025, 3, 3, 0, 0);

    private static MeterSeries hourly(String unit, IntToDoubleFunction valueAtHour) {
        long[] starts = new long[24];
        double[] values = new double[24];
        for (int h = 0; h < 24; h++) {
            starts[h] = MeterSeries.epoch(DAY.plusHours(h));
            values[h] = valueAtHour.applyAsDouble(h);
        }
        return new MeterSeries(METER, unit.equals("kWh") ? CarrierId.ELECTRICITY : null, unit, 60, starts, values);
    }

    /** 2026-06-30 and 2026-07-01, hourly: 10 kWh from 0 to 8 h, 100 kWh from 8 to 24 h. */
    private static MeterSeries acrossJuly1() {
        LocalDateTime first = LocalDateTime.of(2026, 6, 30, 0, 0);
        long[] starts = new long[48];
        double[] values = new double[48];
        for (int h = 0; h < 48; h++) {
            starts[h] = MeterSeries.epoch(first.plusHours(h));
            values[h] = h % 24 < 8 ? 10 : 100;
        }
        return new MeterSeries(METER, CarrierId.ELECTRICITY, "kWh", 60, starts, values);
    }

    private static DiagnosisRules.Outcome run(LoadAnalysis a) {
        return new LoadRule().apply(input(demo(), List.of(a)));
    }

    /*
     * A day shift plant: 00–04 h 20 kWh each (5 h), 05–23 h 100 kWh each (19 h); reactive = 0.75 × active.
     *   ΣkWh   = 5 × 20 + 19 × 100 = 2 000;  Σkvarh = 0.75 × 2 000 = 1 500
     *   PF     = ΣkWh ÷ √(ΣkWh² + Σkvarh²) = 2 000 ÷ √(4 000 000 + 2 250 000) = 2 000 ÷ 2 500 = 0.800 < 0.90
     *   load factor = average 2 000 ÷ 24 = 83.33 kW ÷ max 100 kW = 0.83 (≥ 0.5, no finding)
     *   night share = 20 ÷ 83.33 = 0.24 (< 0.5, no finding)
     */
    @Test
    void lowPowerFactorIsAnAuxiliaryTask() {
        MeterSeries kwh = hourly("kWh", h -> h < 5 ? 20 : 100);
        MeterSeries kvarh = hourly("kvarh", h -> h < 5 ? 15 : 75);
        LoadAnalysis a = LoadAnalyzer.analyze(kwh, kvarh, null);
        assertThat(a.powerFactor()).isCloseTo(0.8, within(1e-12));
        assertThat(a.loadFactor()).isCloseTo(2000.0 / 24 / 100, within(1e-12));

        DiagnosisRules.Outcome o = run(a);

        assertThat(o.status().active()).isTrue();
        assertThat(o.status().reason()).isEqualTo("已分析 1 块电表");
        assertThat(o.findings()).extracting(Finding::id).containsExactly("LOAD:PF:" + METER);
        Finding f = finding(o, "LOAD:PF:" + METER);
        assertThat(f.item()).isEqualTo(DiagnosisItem.ENERGY_FLOW);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.title()).isEqualTo("1#进线功率因数偏低");
        assertThat(f.evidence()).isEqualTo("电表“1#进线”2025-03-03至2025-03-03平均功率因数 0.800，低于 0.90");
        assertThat(f.source()).contains("《功率因数调整电费办法》");
        RetrofitTask c = candidate(o, "LOAD:PF:" + METER);
        assertThat(c.category()).isEqualTo(TaskCategory.AUXILIARY);
        assertThat(c.category().label()).isEqualTo("公辅系统优化类");
        assertThat(c.name()).isEqualTo("1#进线无功补偿改造");
    }

    /*
     * 00–04 h 10 kWh, 05–23 h 50 kWh except 12 h = 400 kWh:
     *   Σ = 5 × 10 + 18 × 50 + 400 = 1 350 kWh; average 1 350 ÷ 24 = 56.25 kW; max 400 kW
     *   load factor = 56.25 ÷ 400 = 14.06 % < 50 %; night share 10 ÷ 56.25 = 0.18; no reactive data → no PF
     */
    @Test
    void lowLoadFactorIsADigitalDemandTask() {
        LoadAnalysis a = LoadAnalyzer.analyze(hourly("kWh", h -> h < 5 ? 10 : h == 12 ? 400 : 50), null, null);
        DiagnosisRules.Outcome o = run(a);

        assertThat(o.findings()).extracting(Finding::id).containsExactly("LOAD:LF:" + METER);
        Finding f = finding(o, "LOAD:LF:" + METER);
        assertThat(f.severity()).isEqualTo(Severity.LOW);
        assertThat(f.title()).isEqualTo("1#进线负荷率偏低");
        assertThat(f.evidence()).contains("平均负荷 56.25 kW，最大需量 400 kW，负荷率 14.06%（提示阈值 50%（诊断提示阈值，非标准限值））");
        RetrofitTask c = candidate(o, "LOAD:LF:" + METER);
        assertThat(c.category().label()).isEqualTo("数字化与智能化提升类");
        assertThat(c.name()).isEqualTo("1#进线负荷在线监测与需量管理");
    }

    /*
     * Flat 100 kWh every hour, with a schedule whose PEAK is 08:00–20:00 (12 h):
     *   night base 00–05 h = 100 kW = 100 % of the average (≥ 50 %)
     *   peak share = 12 × 100 ÷ 2 400 = 50 % (≥ 40 %)
     */
    @Test
    void highNightLoadAndPeakShareAreManagementAndStructureTasks() {
        TouSchedule tou = new TouSchedule("测试分时", "unit test",
                List.of(new TouSlot(TouPeriod.PEAK, LocalTime.of(8, 0), LocalTime.of(20, 0))));
        LoadAnalysis a = LoadAnalyzer.analyze(hourly("kWh", h -> 100), null, org.energydiag.core.meter.analysis.TouCalendar.of(tou));
        DiagnosisRules.Outcome o = run(a);

        assertThat(o.findings()).extracting(Finding::id).containsExactly("LOAD:NIGHT:" + METER, "LOAD:PEAK:" + METER);
        Finding night = finding(o, "LOAD:NIGHT:" + METER);
        assertThat(night.severity()).isEqualTo(Severity.LOW);
        assertThat(night.evidence()).contains("0—5时平均负荷 100 kW，为平均负荷的 100%");
        assertThat(candidate(o, "LOAD:NIGHT:" + METER).category().label()).isEqualTo("节能降碳管理提升类");

        Finding peak = finding(o, "LOAD:PEAK:" + METER);
        assertThat(peak.item()).isEqualTo(DiagnosisItem.ENERGY_COST);
        assertThat(peak.evidence()).contains("尖峰、高峰时段用电占 50%（分时电价：测试分时；");
        RetrofitTask c = candidate(o, "LOAD:PEAK:" + METER);
        assertThat(c.category().label()).isEqualTo("能源结构优化与低碳替代类");
        assertThat(c.name()).isEqualTo("移峰填谷与用户侧储能");
    }

    /*
     * 浙江, 2026-06-30 and 2026-07-01, 100 kWh per hour from 08:00 to 24:00 and 10 kWh per hour before:
     * June 30 with 浙发改价格〔2024〕21号 春秋季: 高峰 8–11, 13–17 = 700, 平 17–24 = 700, 低谷 0–8, 11–13 = 80 + 200 = 280;
     * July 1 with 浙发改价格〔2026〕112号 夏冬季: 尖峰 18–22 = 400, 高峰 16–18, 22–23 = 300, 平 7–11, 14–16, 23–24 = 10 + 300
     *   + 200 + 100 = 610, 低谷 0–7, 11–14 = 70 + 300 = 370.
     * peak share (700 + 400 + 300) ÷ 3 360 = 41.67 % ≥ 40 %. Only 112号 has ratios (2.05 : 1.85 : 1 : 0.4):
     * cost 400 × 2.05 + 300 × 1.85 + 610 + 370 × 0.4 = 2 133, of which 尖峰 + 高峰 1 375 = 64.46 %; average 2 133 ÷ 1 680
     * = 1.27 × the flat price; one kWh from 高峰 to 低谷 saves 1.85 − 0.4 = 1.45 × the flat price; priced 1 680 of 3 360 = 50 %.
     */
    @Test
    void peakFindingCitesEachScheduleWithItsDatesAndTheCostRatios() {
        MeterSeries s = acrossJuly1();
        var zj = org.energydiag.core.meter.analysis.TouCalendar.forProvince(TouSchedule.loadBundled(), "浙江省").orElseThrow();
        DiagnosisRules.Outcome o = run(LoadAnalyzer.analyze(s, null, zj));
        Finding peak = finding(o, "LOAD:PEAK:" + METER);
        assertThat(peak.evidence()).contains("尖峰、高峰时段用电占 41.67%（分时电价：浙发改价格〔2024〕21号（执行至2026-06-30）、"
                + "浙发改价格〔2026〕112号（2026-07-01起执行）；提示阈值 40%")
                .endsWith("）；按文件规定的分时电价比价，尖峰、高峰电费占 64.46%，平均电价为平段电价的 1.27 倍，"
                        + "每 1 kWh 由高峰移至低谷可节省平段电价的 1.45 倍（比价覆盖 50% 的电量）");
    }

    /*
     * The same two days with the project's tariff: 平段电价 0.6 yuan/kWh, 10 000 kWh a year to move. Only 2026-07-01 is
     * priced (112号, summer): 低谷 0–7 h (7 × 10) + 11–14 h (3 × 100) = 370 kWh × 0.4 = 148; 平段 7 h (10) + 8–11 h
     * (300) + 14–16 h (200) + 23 h (100) = 610 × 1 = 610; 高峰 16–18 h + 22 h = 300 × 1.85 = 555; 尖峰 18–22 h =
     * 400 × 2.05 = 820; Σ 1 680 kWh, relative cost 2 133 → 2 133 × 0.6 = 1 279.80 yuan. Moving 10 000 kWh from 高峰
     * (1.85) to 低谷 (0.4): 10 000 × 0.6 × 1.45 = 8 700 yuan a year.
     */
    @Test
    void withTheProjectsFlatPriceThePeakFindingGivesTheCostAndTheShiftSavingInYuan() {
        MeterSeries s = acrossJuly1();
        var zj = org.energydiag.core.meter.analysis.TouCalendar.forProvince(TouSchedule.loadBundled(), "浙江省").orElseThrow();
        var p = demo();
        p = p.withEnergy(p.energy().withTariff(new org.energydiag.core.energy.ElectricityTariff("",
                new java.math.BigDecimal("0.6"), new java.math.BigDecimal("10000"))), p.updatedAt());
        DiagnosisInput in = input(p, List.of(LoadAnalyzer.analyze(s, null, zj)));
        Finding peak = finding(new LoadRule().apply(in), "LOAD:PEAK:" + METER);
        assertThat(peak.evidence()).endsWith("（比价覆盖 50% 的电量）；按企业平段电价 0.6 元/kWh 计，数据期内分时电费 1,279.80 元"
                + "（1,680 kWh）；每年 10,000 kWh 由高峰移至低谷（比价 1.850 → 0.400），可节省电费约 8,700 元/年");
        var costs = in.touCostsOf(METER);
        assertThat(costs.cost().total()).isCloseTo(1279.8, within(1e-9));
        assertThat(costs.shift().yuanPerYear()).isCloseTo(8700, within(1e-9));

        // a flat price outside (0, 10] yuan/kWh is refused and not used
        var bad = p.withEnergy(p.energy().withTariff(p.energy().tariff().withFlatPrice(new java.math.BigDecimal("60"))), p.updatedAt());
        DiagnosisInput badIn = input(bad, List.of(LoadAnalyzer.analyze(s, null, zj)));
        assertThat(finding(new LoadRule().apply(badIn), "LOAD:PEAK:" + METER).evidence()).doesNotContain("元/kWh");
        assertThat(badIn.analysis().energyIssues()).anySatisfy(i -> {
            assertThat(i.field()).isEqualTo("energy.tariff.flatPrice");
            assertThat(i.isError()).isTrue();
            assertThat(i.message()).contains("平段电价 60 元/kWh 不在 0～10 元/kWh 之内");
        });
    }

    @Test
    void withoutMeterDataTheRuleIsInactive() {
        DiagnosisRules.Outcome none = new LoadRule().apply(input(demo()));
        assertThat(none.status().active()).isFalse();
        assertThat(none.status().reason()).isEqualTo("未导入电表数据（步骤“能源消费情况” › 电表数据）");
        assertThat(none.findings()).isEmpty();

        // a meter whose readings are all missing counts as no data
        LoadAnalysis empty = LoadAnalyzer.analyze(hourly("kWh", h -> Double.NaN), null, null);
        assertThat(empty.hasData()).isFalse();
        assertThat(run(empty).status().active()).isFalse();
    }

    /*
     * 安徽 302号 over 国庆节 2026 (2026-10-01 … 10-08, hourly): 100 kWh in the 高峰 hours 6–8, 16–22, 10 kWh otherwise →
     * 高峰 8 × 100 × 8 = 6 400 of 6 400 + 16 × 10 × 8 = 7 680 kWh (83 %). The deep valley (11–15 on Oct 1–7: 4 × 10 × 7 =
     * 280 kWh) is for 用电容量315千伏安及以上、两部制工业用电 only: without that class chosen, the peak finding says it was not
     * counted and why; with it, how much was.
     */
    @Test
    void thePeakFindingSaysWhatBecameOfTheHolidayDeepValley() {
        LocalDateTime first = LocalDateTime.of(2026, 10, 1, 0, 0);
        long[] starts = new long[8 * 24];
        double[] values = new double[starts.length];
        for (int h = 0; h < starts.length; h++) {
            starts[h] = MeterSeries.epoch(first.plusHours(h));
            int hour = h % 24;
            values[h] = hour >= 6 && hour < 8 || hour >= 16 && hour < 22 ? 100 : 10;
        }
        MeterSeries s = new MeterSeries(METER, CarrierId.ELECTRICITY, "kWh", 60, starts, values);
        var ah = org.energydiag.core.meter.analysis.TouCalendar.forProvince(TouSchedule.loadBundled(), "安徽省").orElseThrow();
        Finding notChosen = finding(run(LoadAnalyzer.analyze(s, null, ah)), "LOAD:PEAK:" + METER);
        assertThat(notChosen.evidence()).contains("；皖发改价格〔2025〕302号的深谷只适用于用电容量315千伏安及以上执行工商业两部制电价和峰谷"
                + "分时电价的工业用电；未选择电价用户类别，深谷未计入（节假日深谷时段的 280.0 kWh 按当日时段计）");
        Finding chosen = finding(run(LoadAnalyzer.analyze(s, null, ah, "用电容量315千伏安及以上、两部制工业用电")), "LOAD:PEAK:" + METER);
        assertThat(chosen.evidence()).contains("；皖发改价格〔2025〕302号：每年3天及以上节假日（具体时间以国家公布为准）11:00–15:00计入深谷 "
                + "280.0 kWh（节假日日期按国办发明电〔2025〕7号）");
    }
}
