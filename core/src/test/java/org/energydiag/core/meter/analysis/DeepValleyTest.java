package org.energydiag.core.meter.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.reference.CarrierId;
import org.energydiag.core.reference.PublicHolidays;
import org.junit.jupiter.api.Test;

/**
 * The holiday deep valley (节假日深谷) applied in the TOU split and its costs, worked by hand. Sources
 * (shared/reference/found-2026-12 §8; the bundled tou-periods.json and public-holidays.json):
 * <ul>
 * <li>皖发改价格〔2025〕302号 (grid notice): "深谷电价执行范围为用电容量315千伏安及以上执行工商业两部制电价和峰谷分时电价的工业
 *     用电，执行时段为每年3天及以上节假日（具体时间以国家公布为准）期间11:00-15:00，深谷电价在低谷电价基础上下浮20%";
 *     其他月份 (October): 高峰 6:00-8:00、16:00-22:00 (×1.74), 平段 8:00-11:00、14:00-16:00、22:00-23:00, 低谷 11:00-14:00、
 *     23:00-次日6:00 (×0.382); 深谷 0.382 × 0.8 = 0.3056;</li>
 * <li>浙发改价格〔2026〕112号: "节假日（劳动节/国庆节前三天、春节）设深谷 9:00-15:00"; 春秋季 (October): 高峰 16:00-23:00,
 *     平段 7:00-11:00、14:00-16:00、23:00-24:00, 低谷 0:00-7:00、11:00-14:00; 尖峰:高峰:平段:低谷:深谷 = 2.05:1.85:1:0.4:0.2;</li>
 * <li>浙发改价格〔2024〕21号: "深谷时段：春节、劳动节、国庆节的10:00-14:00" (no ratios found);</li>
 * <li>国办发明电〔2025〕7号: "七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。";
 *     国办发明电〔2024〕12号: "六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。" No notice for 2027 is bundled.</li>
 * </ul>
 */
class DeepValleyTest {

    private static final double EPS = 1e-6;
    private static final String ANHUI_315 = "用电容量315千伏安及以上、两部制工业用电";
    private static final String ANHUI_OTHER = "其他工商业用电";

    private static TouCalendar calendar(String province) {
        return TouCalendarTest.calendar(province);
    }

    private static MeterSeries quarterHours(LocalDateTime first, int days, ToDoubleFunction<LocalDateTime> kwh) {
        return TouCalendarTest.quarterHours(first, days, kwh);
    }

    /** 2026-10-01 00:00 to 2026-10-08 23:45, each quarter hour d kWh on day d of October (4d kWh an hour). */
    private static MeterSeries nationalDay2026() {
        return quarterHours(LocalDateTime.of(2026, 10, 1, 0, 0), 8, t -> t.getDayOfMonth());
    }

    /*
     * 浙江 112号, 2026-10-01 … 10-08 (Σd over days 1–3 = 6, over days 4–8 = 30, over all = 36):
     * 深谷 on the first three days of 国庆节 (Oct 1, 2, 3), 09:00–15:00 = 6 h → 4 × 6 × 6 = 144 kWh
     * 低谷 0–7, 11–14 = 10 h; on the deep days 11–14 is 深谷 → 7 h: 4 × (7 × 6 + 10 × 30) = 1 368
     * 平段 7–11, 14–16, 23–24 = 7 h; on the deep days 9–11 and 14–15 are 深谷 → 4 h: 4 × (4 × 6 + 7 × 30) = 936
     * 高峰 16–23 = 7 h every day: 4 × 7 × 36 = 1 008; total 4 × 24 × 36 = 3 456
     * cost (× flat price): 144 × 0.2 + 1 368 × 0.4 + 936 × 1 + 1 008 × 1.85 = 28.8 + 547.2 + 936 + 1 864.8 = 3 376.8
     * at 0.60 yuan/kWh: 2 026.08 yuan, of which 深谷 144 × 0.2 × 0.60 = 17.28 yuan
     */
    @Test
    void zhejiang112DeepValleyOnTheFirstThreeDaysOfNationalDay2026() {
        TouSplit t = LoadAnalyzer.analyze(nationalDay2026(), null, calendar("浙江省")).tou();
        assertThat(t.parts()).singleElement().extracting(p -> p.schedule().document()).isEqualTo("浙发改价格〔2026〕112号");
        assertThat(t.energy().get(TouPeriod.DEEP_VALLEY)).isCloseTo(144, within(EPS));
        assertThat(t.energy().get(TouPeriod.VALLEY)).isCloseTo(1368, within(EPS));
        assertThat(t.energy().get(TouPeriod.FLAT)).isCloseTo(936, within(EPS));
        assertThat(t.energy().get(TouPeriod.PEAK)).isCloseTo(1008, within(EPS));
        assertThat(t.energy().get(TouPeriod.SHARP)).isZero();
        assertThat(t.coveredEnergy()).isCloseTo(3456, within(EPS));
        assertThat(t.fullyPriced()).isTrue();
        assertThat(t.relativeCost()).isCloseTo(3376.8, within(EPS));
        TouSplit.Cost cost = t.cost(0.60);
        assertThat(cost.total()).isCloseTo(2026.08, within(EPS));
        assertThat(cost.yuan().get(TouPeriod.DEEP_VALLEY)).isCloseTo(17.28, within(EPS));
        assertThat(t.averageFactor(TouPeriod.DEEP_VALLEY)).isCloseTo(0.2, within(EPS));

        TouSplit.DeepValley dv = t.deepValleys().get(0);
        assertThat(dv.applied()).isTrue();
        assertThat(dv.energy()).isCloseTo(144, within(EPS));
        assertThat(dv.notAppliedEnergy()).isZero();
        assertThat(dv.unknownEnergy()).isZero();
        assertThat(dv.unknownYears()).isEmpty();
        assertThat(dv.rule().hours()).isEqualTo("09:00–15:00");
    }

    /*
     * 安徽 302号, 用电容量315千伏安及以上两部制工业用电, 2026-10-01 … 10-08: 国庆节 is 7 days (≥ 3), so 11:00–15:00 of
     * Oct 1–7 is 深谷 (Σd = 28); Oct 8 is an ordinary working day (d = 8).
     * 深谷 4 h: 4 × 4 × 28 = 448
     * 低谷 11–14, 23–6 = 10 h; on the deep days 11–14 is 深谷 → 7 h: 4 × (7 × 28 + 10 × 8) = 1 104
     * 平段 8–11, 14–16, 22–23 = 6 h; on the deep days 14–15 is 深谷 → 5 h: 4 × (5 × 28 + 6 × 8) = 752
     * 高峰 6–8, 16–22 = 8 h: 4 × 8 × 36 = 1 152; total 3 456
     * cost: 448 × 0.3056 + 1 104 × 0.382 + 752 + 1 152 × 1.74 = 136.9088 + 421.728 + 752 + 2 004.48 = 3 315.1168
     * at 0.55 yuan/kWh: 1 823.31424 yuan, 深谷 136.9088 × 0.55 = 75.29984 yuan
     */
    @Test
    void anhui302DeepValleyForTheLargeTwoPartIndustrialClass() {
        TouSplit t = LoadAnalyzer.analyze(nationalDay2026(), null, calendar("安徽省"), ANHUI_315).tou();
        assertThat(t.energy().get(TouPeriod.DEEP_VALLEY)).isCloseTo(448, within(EPS));
        assertThat(t.energy().get(TouPeriod.VALLEY)).isCloseTo(1104, within(EPS));
        assertThat(t.energy().get(TouPeriod.FLAT)).isCloseTo(752, within(EPS));
        assertThat(t.energy().get(TouPeriod.PEAK)).isCloseTo(1152, within(EPS));
        assertThat(t.relativeCost()).isCloseTo(3315.1168, within(EPS));
        TouSplit.Cost cost = t.cost(0.55);
        assertThat(cost.total()).isCloseTo(1823.31424, within(EPS));
        assertThat(cost.yuan().get(TouPeriod.DEEP_VALLEY)).isCloseTo(75.29984, within(EPS));
        assertThat(t.deepValleys()).singleElement().satisfies(dv -> {
            assertThat(dv.applicability()).isEqualTo(DeepValleyRule.Applicability.APPLIES);
            assertThat(dv.energy()).isCloseTo(448, within(EPS));
        });
    }

    /*
     * The same data without a class of users chosen, and for 其他工商业用电: no 深谷; its 448 kWh stay in 低谷 (11–14)
     * and 平段 (14–15) → 低谷 4 × 10 × 36 = 1 440, 平段 4 × 6 × 36 = 864; cost 1 440 × 0.382 + 864 + 2 004.48 = 3 418.56.
     * The deep valley would have saved (3 418.56 − 3 315.1168) × 0.55 = 56.89376 yuan on these eight days.
     */
    @Test
    void anhui302WithoutTheClassOfUsersTheDeepValleyIsNotAppliedAndSaysHowMuchItConcerns() {
        for (String option : List.of("", ANHUI_OTHER, "两部制用户")) {
            TouSplit t = LoadAnalyzer.analyze(nationalDay2026(), null, calendar("安徽省"), option).tou();
            assertThat(t.energy().get(TouPeriod.DEEP_VALLEY)).as(option).isZero();
            assertThat(t.energy().get(TouPeriod.VALLEY)).as(option).isCloseTo(1440, within(EPS));
            assertThat(t.energy().get(TouPeriod.FLAT)).as(option).isCloseTo(864, within(EPS));
            assertThat(t.relativeCost()).as(option).isCloseTo(3418.56, within(EPS));
            TouSplit.DeepValley dv = t.deepValleys().get(0);
            // "两部制用户" is a class of 江苏's, not 安徽's: no choice for 安徽's deep valley
            assertThat(dv.applicability()).as(option).isEqualTo(option.equals(ANHUI_OTHER)
                    ? DeepValleyRule.Applicability.CLASS_EXCLUDED : DeepValleyRule.Applicability.CLASS_NOT_CHOSEN);
            assertThat(dv.applied()).isFalse();
            assertThat(dv.notAppliedEnergy()).as(option).isCloseTo(448, within(EPS));
            assertThat(dv.energy()).isZero();
        }
        double with = LoadAnalyzer.analyze(nationalDay2026(), null, calendar("安徽省"), ANHUI_315).tou().cost(0.55).total();
        double without = LoadAnalyzer.analyze(nationalDay2026(), null, calendar("安徽省"), "").tou().cost(0.55).total();
        assertThat(without - with).isCloseTo(56.89376, within(EPS));
    }

    /*
     * 2027-10-01 … 10-03, 1 kWh a quarter hour: no notice of 2027 is bundled, so whether these are holidays cannot be
     * said. 浙江 112号's deep-valley hours 09–15 (6 h × 4 kWh × 3 days = 72 kWh) stay in their slots' periods and the
     * split names the dates and the year; nothing is counted as 深谷.
     */
    @Test
    void aYearWithoutHolidayNoticeIsNamedNotGuessed() {
        MeterSeries s = quarterHours(LocalDateTime.of(2027, 10, 1, 0, 0), 3, t -> 1);
        TouSplit t = LoadAnalyzer.analyze(s, null, calendar("浙江省")).tou();
        assertThat(t.energy().get(TouPeriod.DEEP_VALLEY)).isZero();
        TouSplit.DeepValley dv = t.deepValleys().get(0);
        assertThat(dv.applied()).isTrue();
        assertThat(dv.unknownEnergy()).isCloseTo(72, within(EPS));
        assertThat(dv.unknownFirst()).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(dv.unknownLast()).isEqualTo(LocalDate.of(2027, 10, 3));
        assertThat(dv.unknownYears()).containsExactly(2027);
        // 低谷 0–7, 11–14 = 10 h, 平段 7 h, 高峰 7 h: the slots' periods, as without deep valley
        assertThat(t.energy().get(TouPeriod.VALLEY)).isCloseTo(3 * 10 * 4, within(EPS));
        assertThat(t.energy().get(TouPeriod.FLAT)).isCloseTo(3 * 7 * 4, within(EPS));
    }

    /*
     * 2025: 国庆节、中秋节 merged, 10月1日 to 8日 (8 days). 1 kWh a quarter hour, 2025-10-01 … 10-09.
     * 安徽 302号 (in force since 2025-07-01), 315 kVA class: 8 days × 4 h (11–15) × 4 kWh = 128 kWh of 深谷, Oct 9 none.
     * 浙江 21号 (until 2026-06-30): 国庆节 is the whole merged block: 8 days × 4 h (10–14) × 4 kWh = 128 kWh of 深谷,
     * counted but not priced (21号's ratios were not found).
     */
    @Test
    void theMergedNationalDayAndMidAutumnBlockOf2025CountsAsNationalDay() {
        MeterSeries s = quarterHours(LocalDateTime.of(2025, 10, 1, 0, 0), 9, t -> 1);
        TouSplit ah = LoadAnalyzer.analyze(s, null, calendar("安徽省"), ANHUI_315).tou();
        assertThat(ah.energy().get(TouPeriod.DEEP_VALLEY)).isCloseTo(128, within(EPS));
        TouSplit zj = LoadAnalyzer.analyze(s, null, calendar("浙江省")).tou();
        assertThat(zj.parts()).singleElement().extracting(p -> p.schedule().document()).isEqualTo("浙发改价格〔2024〕21号");
        assertThat(zj.energy().get(TouPeriod.DEEP_VALLEY)).isCloseTo(128, within(EPS));
        assertThat(zj.pricedTotal()).isZero();
        assertThat(zj.deepValleys().get(0).applied()).isTrue();
    }

    /*
     * 国办发明电〔2025〕7号: 春节 2026-02-15 to 02-23 (9 days); 2月14日 and 2月28日 are 调休 working days. 浙江 21号 counts every
     * day of 春节 (10–14); 2月14日 is a working day, not 深谷. 1 kWh a quarter hour 2026-02-14 … 02-24 (11 days):
     * 深谷 9 days × 4 h × 4 kWh = 144.
     */
    @Test
    void springFestivalCountsEveryDayOffAndNotTheWorkingDays() {
        MeterSeries s = quarterHours(LocalDateTime.of(2026, 2, 14, 0, 0), 11, t -> 1);
        TouSplit zj = LoadAnalyzer.analyze(s, null, calendar("浙江省")).tou();
        assertThat(zj.energy().get(TouPeriod.DEEP_VALLEY)).isCloseTo(144, within(EPS));
    }

    /*
     * The last days of December: a 元旦 block may begin on December 30 (2024's did), so for 安徽's "3天及以上节假日" the
     * days after December 28 of 2026 cannot be decided without the notice of 2027; 浙江's holidays (春节、劳动节、国庆节)
     * never fall there, so its deep valley is decided.
     */
    @Test
    void theEndOfDecemberWaitsForTheNextNoticeOnlyWhenNewYearCounts() {
        DeepValleyRule ah = calendar("安徽省").scheduleOn(LocalDate.of(2026, 12, 30)).orElseThrow().deepValley();
        DeepValleyRule zj = calendar("浙江省").scheduleOn(LocalDate.of(2026, 12, 30)).orElseThrow().deepValley();
        assertThat(ah.dayStatus(LocalDate.of(2026, 12, 28))).isEqualTo(DeepValleyRule.DayStatus.ORDINARY);
        assertThat(ah.dayStatus(LocalDate.of(2026, 12, 30))).isEqualTo(DeepValleyRule.DayStatus.UNKNOWN);
        assertThat(zj.dayStatus(LocalDate.of(2026, 12, 30))).isEqualTo(DeepValleyRule.DayStatus.ORDINARY);
        // 2024's 元旦 ("1月1日放假，与周末连休") began on Saturday 2023-12-30: a holiday of 2024's notice
        assertThat(ah.dayStatus(LocalDate.of(2023, 12, 30))).isEqualTo(DeepValleyRule.DayStatus.DEEP_VALLEY);
        assertThat(ah.dayStatus(LocalDate.of(2023, 12, 29))).isEqualTo(DeepValleyRule.DayStatus.UNKNOWN);
    }

    /** The calendar is data: without the notice of 2026 (a pack holding 2025 only), 2026's 国庆节 is not decided. */
    @Test
    void theSchedulesTakeTheirHolidaysFromTheCalendarTheyAreGiven() {
        PublicHolidays all = PublicHolidays.loadBundled();
        PublicHolidays only2025 = new PublicHolidays(all.title(), all.note(), List.of(all.year(2025).orElseThrow()));
        TouCalendar zj = TouCalendar.forProvince(TouSchedule.loadBundled(only2025), "浙江省").orElseThrow();
        TouSplit t = LoadAnalyzer.analyze(nationalDay2026(), null, zj).tou();
        assertThat(t.energy().get(TouPeriod.DEEP_VALLEY)).isZero();
        assertThat(t.deepValleys().get(0).unknownYears()).containsExactly(2026);
        // 09–15 on all eight days: 4 × 6 × 36 = 864 kWh in undecided deep-valley hours
        assertThat(t.deepValleys().get(0).unknownEnergy()).isCloseTo(864, within(EPS));
    }

    /** The sentence the window, the command line and the plan show (document numbers only). */
    @Test
    void theReasonSaysWhatBecameOfTheDeepValley() {
        TouSplit zj = LoadAnalyzer.analyze(nationalDay2026(), null, calendar("浙江省")).tou();
        assertThat(zj.deepValleys().get(0).reason()).isEqualTo("浙发改价格〔2026〕112号：节假日（劳动节、国庆节前三天，春节）"
                + "09:00–15:00计入深谷 144.0 kWh（节假日日期按国办发明电〔2025〕7号）");
        TouSplit other = LoadAnalyzer.analyze(nationalDay2026(), null, calendar("安徽省"), ANHUI_OTHER).tou();
        assertThat(other.deepValleys().get(0).reason()).isEqualTo("所选电价用户类别“其他工商业用电”不在皖发改价格〔2025〕302号的深谷"
                + "执行范围（用电容量315千伏安及以上执行工商业两部制电价和峰谷分时电价的工业用电）内，不计深谷");
        MeterSeries y2027 = quarterHours(LocalDateTime.of(2027, 10, 1, 0, 0), 3, t -> 1);
        assertThat(LoadAnalyzer.analyze(y2027, null, calendar("浙江省")).tou().deepValleys().get(0).reason())
                .isEqualTo("浙发改价格〔2026〕112号：节假日（劳动节、国庆节前三天，春节）09:00–15:00为深谷；2027年的国务院办公厅节假日"
                        + "安排通知未收录，2027-10-01至2027-10-03无法判断是否节假日，其间深谷时段的 72.0 kWh 未计入深谷、按当日时段计");
    }
}
