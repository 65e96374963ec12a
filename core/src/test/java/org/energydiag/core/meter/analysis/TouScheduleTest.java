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
        }
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
                 "note":"","slots":[{"period":"PEAK","start":"20:00","end":"24:00","months":[]}]}]}
                """;
        List<TouSchedule> list = TouSchedule.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).periodAt(at(5, 23, 59))).isEqualTo(TouPeriod.PEAK);
        assertThat(list.get(0).periodAt(at(5, 0, 0))).isEqualTo(TouPeriod.FLAT);
    }
}
