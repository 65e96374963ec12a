package org.energydiag.core.meter.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TouScheduleTest {

    private static LocalDateTime at(int month, int hour, int minute) {
        return LocalDateTime.of(2025, month, 10, hour, minute);
    }

    @Test
    void slotBoundariesEndExclusiveAndWrapMidnight() {
        TouSlot night = new TouSlot(TouPeriod.VALLEY, LocalTime.of(23, 0), LocalTime.of(7, 0));
        assertThat(night.contains(at(1, 23, 0))).isTrue();
        assertThat(night.contains(at(1, 0, 0))).isTrue();
        assertThat(night.contains(at(1, 6, 59))).isTrue();
        assertThat(night.contains(at(1, 7, 0))).isFalse();
        assertThat(night.contains(at(1, 22, 59))).isFalse();

        TouSlot toMidnight = new TouSlot(TouPeriod.PEAK, LocalTime.of(16, 0), LocalTime.MIDNIGHT);
        assertThat(toMidnight.contains(at(1, 23, 45))).isTrue();
        assertThat(toMidnight.contains(at(1, 0, 0))).isFalse();
        assertThat(toMidnight.contains(at(1, 15, 59))).isFalse();
    }

    @Test
    void laterSlotsOverrideAndUncoveredIsFlat() {
        TouSchedule s = new TouSchedule("t", "unit test", List.of(
                new TouSlot(TouPeriod.PEAK, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new TouSlot(TouPeriod.SHARP, LocalTime.of(10, 0), LocalTime.of(11, 0), Set.of(7, 8))));
        assertThat(s.periodAt(at(7, 10, 30))).isEqualTo(TouPeriod.SHARP);
        assertThat(s.periodAt(at(6, 10, 30))).isEqualTo(TouPeriod.PEAK);
        assertThat(s.periodAt(at(7, 11, 0))).isEqualTo(TouPeriod.PEAK);
        assertThat(s.periodAt(at(7, 12, 0))).isEqualTo(TouPeriod.FLAT);
        assertThat(s.periodAt(at(7, 3, 0))).isEqualTo(TouPeriod.FLAT);
    }

    @Test
    void invalidMonthRejected() {
        assertThatThrownBy(() -> new TouSlot(TouPeriod.PEAK, LocalTime.NOON, LocalTime.MIDNIGHT, Set.of(13)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bundledPackLoadsAndEverySchedulesHasASource() {
        List<TouSchedule> all = TouSchedule.loadBundled();
        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        for (TouSchedule s : all) {
            assertThat(s.name()).isNotBlank();
            assertThat(s.province()).isNotBlank();
            assertThat(s.source()).as(s.name()).isNotBlank().contains("号");
            assertThat(s.trust()).as(s.name()).isNotBlank();
            assertThat(s.slots()).as(s.name()).isNotEmpty();
            assertThat(s.document()).as(s.name()).endsWith("号");
            assertThat(s.name()).as(s.name()).contains(s.document());
            for (TouPrices p : s.prices()) {
                assertThat(p.source()).as(s.name()).isNotBlank();
                assertThat(p.trust()).as(s.name()).isNotBlank();
                assertThat(p.basis()).as(s.name()).isNotBlank();
                assertThat(p.factor(TouPeriod.FLAT, 5)).hasValue(1.0);
            }
        }
    }

    private static TouSchedule bundledDoc(String document) {
        return TouSchedule.loadBundled().stream().filter(s -> s.document().equals(document)).findFirst().orElseThrow();
    }

    /*
     * 浙发改价格〔2026〕112号 (from 2026-07-01, replacing 21号), found-2026-12 §8.4(b):
     * 春秋季（2-6、9-11月）高峰 16:00-23:00；平段 07:00-11:00、14:00-16:00、23:00-24:00；低谷 00:00-07:00、11:00-14:00
     * 夏冬季（1、7、8、12月）尖峰 18:00-22:00；高峰 16:00-18:00、22:00-23:00；平段、低谷同春秋季
     * 比价 尖峰:高峰:平段:低谷:深谷 = 2.05 : 1.85 : 1 : 0.4 : 0.2
     */
    @Test
    void zhejiang112PeriodsRatiosAndDates() {
        TouSchedule zj = bundledDoc("浙发改价格〔2026〕112号");
        assertThat(zj.validFrom()).isEqualTo(java.time.LocalDate.of(2026, 7, 1));
        assertThat(zj.validUntil()).isNull();
        assertThat(hours(zj, 4)).containsEntry(TouPeriod.PEAK, 7).containsEntry(TouPeriod.FLAT, 7)
                .containsEntry(TouPeriod.VALLEY, 10).doesNotContainKey(TouPeriod.SHARP);
        assertThat(hours(zj, 8)).containsEntry(TouPeriod.SHARP, 4).containsEntry(TouPeriod.PEAK, 3)
                .containsEntry(TouPeriod.FLAT, 7).containsEntry(TouPeriod.VALLEY, 10);
        assertThat(zj.periodAt(at(1, 22, 30))).isEqualTo(TouPeriod.PEAK);
        assertThat(zj.periodAt(at(7, 18, 0))).isEqualTo(TouPeriod.SHARP);
        assertThat(zj.periodAt(at(10, 18, 0))).isEqualTo(TouPeriod.PEAK);
        assertThat(zj.periodAt(at(10, 6, 45))).isEqualTo(TouPeriod.VALLEY);
        assertThat(zj.periodAt(at(10, 7, 0))).isEqualTo(TouPeriod.FLAT);
        TouPrices p = zj.prices().get(0);
        assertThat(p.factor(TouPeriod.SHARP, 7)).hasValue(2.05);
        assertThat(p.factor(TouPeriod.PEAK, 3)).hasValue(1.85);
        assertThat(p.factor(TouPeriod.VALLEY, 3)).hasValue(0.4);
        assertThat(p.deepValley()).isEqualTo(0.2);
        assertThat(zj.citationWithValidity()).isEqualTo("浙发改价格〔2026〕112号（2026-07-01起执行）");
    }

    /** 浙发改价格〔2024〕21号: in force until 2026-06-30; its ratios were not found, so it has none. */
    @Test
    void zhejiang21EndsOn20260630WithoutRatios() {
        TouSchedule zj = bundledDoc("浙发改价格〔2024〕21号");
        assertThat(zj.validUntil()).isEqualTo(java.time.LocalDate.of(2026, 6, 30));
        assertThat(zj.validFrom()).isNull();
        assertThat(zj.prices()).isEmpty();
        assertThat(zj.inForceOn(java.time.LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(zj.inForceOn(java.time.LocalDate.of(2026, 7, 1))).isFalse();
    }

    /*
     * 粤发改价格〔2021〕331号 (from 2021-10-01), as quoted in the grid company's notice: "峰平谷比价为1.7:1:0.38 …
     * 尖峰电价在峰段电价基础上上浮25%" → 尖峰 = 1.7 × 1.25 = 2.125 × the flat price.
     */
    @Test
    void guangdongRatios() {
        TouSchedule gd = bundled("广东省");
        assertThat(gd.validFrom()).isEqualTo(java.time.LocalDate.of(2021, 10, 1));
        TouPrices p = gd.prices().get(0);
        assertThat(p.factor(TouPeriod.PEAK, 3)).hasValue(1.7);
        assertThat(p.factor(TouPeriod.VALLEY, 3)).hasValue(0.38);
        assertThat(p.factor(TouPeriod.SHARP, 8).getAsDouble()).isEqualTo(1.7 * 1.25);
        assertThat(p.basis()).contains("不含政府性基金及附加");
    }

    /*
     * 苏发改价格发〔2025〕426号: "高峰时段上浮比例：两部制用户80%、100千伏安及以上单一制用户70%、100千伏安以下单一制用户60%；
     * 低谷时段下浮比例65%"; no 尖峰 or 深谷 in the notice.
     */
    @Test
    void jiangsuRatiosByClassOfUsers() {
        TouSchedule js = bundled("江苏省");
        assertThat(js.prices()).extracting(TouPrices::name)
                .containsExactly("两部制用户", "100千伏安及以上单一制用户", "100千伏安以下单一制用户");
        assertThat(js.prices()).extracting(p -> p.factor(TouPeriod.PEAK, 7).getAsDouble()).containsExactly(1.8, 1.7, 1.6);
        assertThat(js.prices()).allSatisfy(p -> {
            assertThat(p.factor(TouPeriod.VALLEY, 7)).hasValue(0.35);
            assertThat(p.factor(TouPeriod.SHARP, 7)).isEmpty();
            assertThat(p.deepValley()).isNull();
        });
        assertThat(js.pricesFor("100千伏安以下单一制用户").orElseThrow().name()).isEqualTo("100千伏安以下单一制用户");
        assertThat(js.pricesFor("no such class").orElseThrow().name()).isEqualTo("两部制用户");
    }

    /*
     * 皖发改价格〔2025〕302号: "1、7-9、12月高峰上浮84.3%，其他月份高峰上浮74%，低谷下浮61.8% … 深谷电价在低谷电价基础上
     * 下浮20%" → 高峰 1.843 / 1.74, 低谷 0.382, 深谷 0.382 × 0.8 = 0.3056.
     */
    @Test
    void anhuiRatiosWithDeepValley() {
        TouPrices p = bundled("安徽省").pricesFor("用电容量315千伏安及以上、两部制工业用电").orElseThrow();
        for (int m : new int[] {1, 7, 8, 9, 12}) {
            assertThat(p.factor(TouPeriod.PEAK, m)).as("month " + m).hasValue(1.843);
        }
        for (int m : new int[] {2, 3, 4, 5, 6, 10, 11}) {
            assertThat(p.factor(TouPeriod.PEAK, m)).as("month " + m).hasValue(1.74);
        }
        assertThat(p.factor(TouPeriod.VALLEY, 4)).hasValue(0.382);
        assertThat(p.deepValley()).isCloseTo(0.382 * 0.8, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(p.deepValleyBasis()).contains("下浮20%");
    }

    /** Hours per period on day 10 of {@code month}, from the hourly starts. */
    private static Map<TouPeriod, Integer> hours(TouSchedule s, int month) {
        Map<TouPeriod, Integer> h = new EnumMap<>(TouPeriod.class);
        for (int hour = 0; hour < 24; hour++) {
            h.merge(s.periodAt(at(month, hour, 0)), 1, Integer::sum);
        }
        return h;
    }

    private static TouSchedule bundled(String province) {
        return TouSchedule.loadBundled().stream().filter(s -> s.province().equals(province)).findFirst().orElseThrow();
    }

    @Test
    void guangdongPeriodsAsTranscribed() {
        TouSchedule gd = bundled("广东省");
        // peak 10–12, 14–19; valley 0–8; sharp 11–12, 15–17 in July–September
        assertThat(gd.periodAt(at(7, 11, 30))).isEqualTo(TouPeriod.SHARP);
        assertThat(gd.periodAt(at(3, 11, 30))).isEqualTo(TouPeriod.PEAK);
        assertThat(gd.periodAt(at(3, 3, 0))).isEqualTo(TouPeriod.VALLEY);
        assertThat(gd.periodAt(at(3, 9, 0))).isEqualTo(TouPeriod.FLAT);
        assertThat(hours(gd, 3)).containsEntry(TouPeriod.PEAK, 7).containsEntry(TouPeriod.VALLEY, 8)
                .containsEntry(TouPeriod.FLAT, 9);
        assertThat(hours(gd, 8)).containsEntry(TouPeriod.SHARP, 3).containsEntry(TouPeriod.PEAK, 4);
    }

    @Test
    void anhuiHoursPerPeriodMatchTheNotice() {
        TouSchedule ah = bundled("安徽省");
        // July–September: peak 8 h (16–24), flat 7 h (0–2, 9–11, 13–16), valley 9 h (2–9, 11–13)
        assertThat(hours(ah, 8)).containsEntry(TouPeriod.PEAK, 8).containsEntry(TouPeriod.FLAT, 7)
                .containsEntry(TouPeriod.VALLEY, 9);
        // January, December: peak 8 h (15–23), flat 7 h (6–12, 14–15), valley 9 h (12–14, 23–6)
        assertThat(hours(ah, 12)).containsEntry(TouPeriod.PEAK, 8).containsEntry(TouPeriod.FLAT, 7)
                .containsEntry(TouPeriod.VALLEY, 9);
        // other months: peak 8 h (6–8, 16–22), flat 6 h (8–11, 14–16, 22–23), valley 10 h (11–14, 23–6)
        assertThat(hours(ah, 4)).containsEntry(TouPeriod.PEAK, 8).containsEntry(TouPeriod.FLAT, 6)
                .containsEntry(TouPeriod.VALLEY, 10);
        assertThat(ah.periodAt(at(8, 23, 30))).isEqualTo(TouPeriod.PEAK);
        assertThat(ah.periodAt(at(1, 23, 30))).isEqualTo(TouPeriod.VALLEY);
    }

    @Test
    void jiangsuHoursPerPeriodMatchTheNotice() {
        TouSchedule js = bundled("江苏省");
        // summer/winter: peak 14–22 (8 h), valley 0–6, 11–13 (8 h), flat 8 h
        assertThat(hours(js, 7)).containsEntry(TouPeriod.PEAK, 8).containsEntry(TouPeriod.VALLEY, 8)
                .containsEntry(TouPeriod.FLAT, 8);
        assertThat(hours(js, 1)).isEqualTo(hours(js, 7));
        // spring/autumn: peak 15–22 (7 h), valley 2–6, 10–14 (8 h), flat 9 h
        assertThat(hours(js, 4)).containsEntry(TouPeriod.PEAK, 7).containsEntry(TouPeriod.VALLEY, 8)
                .containsEntry(TouPeriod.FLAT, 9);
    }

    @Test
    void loadsAPackFromAStream() throws Exception {
        String json = """
                {"pack":"tou-periods","version":"x","schedules":[{"name":"n","province":"p","source":"s","trust":"t",
                 "note":"","validFrom":"2026-01-01","slots":[{"period":"PEAK","start":"20:00","end":"24:00","months":[]}],
                 "prices":[{"name":"","basis":"b","ratios":[{"period":"PEAK","factor":1.5,"months":[]}]}]}]}
                """;
        List<TouSchedule> list = TouSchedule.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).periodAt(at(5, 23, 59))).isEqualTo(TouPeriod.PEAK);
        assertThat(list.get(0).periodAt(at(5, 0, 0))).isEqualTo(TouPeriod.FLAT);
        assertThat(list.get(0).validFrom()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
        assertThat(list.get(0).prices().get(0).factor(TouPeriod.PEAK, 1)).hasValue(1.5);
    }

    /*
     * 皖发改价格〔2025〕302号: "深谷电价执行范围为用电容量315千伏安及以上执行工商业两部制电价和峰谷分时电价的工业用电，执行时段为
     * 每年3天及以上节假日（具体时间以国家公布为准）期间11:00-15:00" → two classes of users with the same 峰/谷 ratios; the deep
     * valley (ratio and days) only for the first.
     */
    @Test
    void anhuiDeepValleyIsForTheLargeTwoPartIndustrialClassOnly() {
        TouSchedule ah = bundled("安徽省");
        // the default (first) class is the one without deep valley: no class chosen, no deep valley
        assertThat(ah.prices()).extracting(TouPrices::name).containsExactly("其他工商业用电", "用电容量315千伏安及以上、两部制工业用电");
        assertThat(ah.prices().get(0).deepValley()).isNull();
        assertThat(ah.prices().get(0).ratios()).isEqualTo(ah.prices().get(1).ratios());
        assertThat(ah.prices().get(1).factor(TouPeriod.DEEP_VALLEY, 10).getAsDouble()).isCloseTo(0.3056, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(ah.prices().get(0).factor(TouPeriod.DEEP_VALLEY, 10)).isEmpty();
        DeepValleyRule dv = ah.deepValley();
        assertThat(dv.days()).containsExactly(new DeepValleyRule.Days("", 3, null));
        assertThat(dv.hours()).isEqualTo("11:00–15:00");
        assertThat(dv.priceClasses()).containsExactly("用电容量315千伏安及以上、两部制工业用电");
        assertThat(dv.condition()).isEqualTo("用电容量315千伏安及以上执行工商业两部制电价和峰谷分时电价的工业用电");
        assertThat(dv.applicability("")).isEqualTo(DeepValleyRule.Applicability.CLASS_NOT_CHOSEN);
        assertThat(dv.applicability("其他工商业用电")).isEqualTo(DeepValleyRule.Applicability.CLASS_EXCLUDED);
        assertThat(dv.calendarDocuments()).isEqualTo("国办发明电〔2023〕7号、国办发明电〔2024〕12号、国办发明电〔2025〕7号");
    }

    /* 浙发改价格〔2026〕112号: "节假日（劳动节/国庆节前三天、春节）设深谷 9:00-15:00"; 21号: "春节、劳动节、国庆节的10:00-14:00". */
    @Test
    void zhejiangDeepValleysForEveryUserOfTheSchedule() {
        TouSchedule z112 = bundledDoc("浙发改价格〔2026〕112号");
        assertThat(z112.deepValley().days()).containsExactly(new DeepValleyRule.Days("劳动节", null, 3),
                new DeepValleyRule.Days("国庆节", null, 3), new DeepValleyRule.Days("春节", null, null));
        assertThat(z112.deepValley().hours()).isEqualTo("09:00–15:00");
        assertThat(z112.deepValley().applicability("")).isEqualTo(DeepValleyRule.Applicability.APPLIES);
        assertThat(z112.prices().get(0).factor(TouPeriod.DEEP_VALLEY, 5)).hasValue(0.2);
        TouSchedule z21 = bundledDoc("浙发改价格〔2024〕21号");
        assertThat(z21.deepValley().days()).extracting(DeepValleyRule.Days::holiday).containsExactly("春节", "劳动节", "国庆节");
        assertThat(z21.deepValley().hours()).isEqualTo("10:00–14:00");
        assertThat(bundled("广东省").deepValley()).isNull();
    }

    @Test
    void aDeepValleyNamingAClassWithoutPricesIsRefused() {
        String json = """
                {"schedules":[{"name":"n","province":"p","slots":[],
                 "prices":[{"name":"A","ratios":[]}],
                 "deepValley":{"days":[{"holiday":"春节"}],"start":"10:00","end":"14:00","priceClasses":["B"]}}]}
                """;
        assertThatThrownBy(() -> TouSchedule.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names the class B");
    }
}
