package org.energydiag.core.meter.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.energydiag.core.text.Texts;

/**
 * The time-of-use schedules of one province over time, e.g. 浙江 浙发改价格〔2024〕21号 until 2026-06-30 and
 * 浙发改价格〔2026〕112号 from 2026-07-01: each interval is split with the schedule in force on its date. On a date
 * no schedule covers (before the first one's start, or in a gap), there is no split.
 *
 * @param province  the province (empty for a single user-defined schedule)
 * @param schedules the schedules, by the date they start (a schedule without start first)
 */
public record TouCalendar(String province, List<TouSchedule> schedules) {

    private static final Comparator<TouSchedule> BY_START = Comparator.comparing(TouSchedule::validFrom,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    public TouCalendar {
        province = province == null ? "" : province;
        Objects.requireNonNull(schedules, "schedules");
        if (schedules.isEmpty()) {
            throw new IllegalArgumentException("a TOU calendar needs a schedule");
        }
        List<TouSchedule> sorted = new ArrayList<>(schedules);
        sorted.sort(BY_START);
        schedules = List.copyOf(sorted);
    }

    /** One schedule (in force on the dates it says). */
    public static TouCalendar of(TouSchedule schedule) {
        return new TouCalendar(schedule.province(), List.of(schedule));
    }

    /** The calendars of the schedules' provinces, in the order the provinces first appear. */
    public static List<TouCalendar> byProvince(List<TouSchedule> schedules) {
        Map<String, List<TouSchedule>> by = new LinkedHashMap<>();
        for (TouSchedule s : schedules) {
            by.computeIfAbsent(s.province().isEmpty() ? s.name() : s.province(), k -> new ArrayList<>()).add(s);
        }
        List<TouCalendar> out = new ArrayList<>();
        by.forEach((p, list) -> out.add(new TouCalendar(list.get(0).province(), list)));
        return List.copyOf(out);
    }

    /**
     * The calendar of a province (by the name it is written with, e.g. 安徽省 or 安徽): every schedule of that
     * province; empty when none is bundled.
     */
    public static Optional<TouCalendar> forProvince(List<TouSchedule> schedules, String province) {
        if (province == null || province.isBlank()) {
            return Optional.empty();
        }
        List<TouSchedule> matching = schedules.stream()
                .filter(s -> !s.province().isEmpty() && (province.startsWith(s.province()) || s.province().startsWith(province)))
                .toList();
        return matching.isEmpty() ? Optional.empty() : Optional.of(new TouCalendar(matching.get(0).province(), matching));
    }

    /** The schedule in force on {@code date}: of those in force, the one that started last (of equal starts, the later in the pack). */
    public Optional<TouSchedule> scheduleOn(LocalDate date) {
        for (int i = schedules.size() - 1; i >= 0; i--) {
            if (schedules.get(i).inForceOn(date)) {
                return Optional.of(schedules.get(i));
            }
        }
        return Optional.empty();
    }

    /** The names of the user classes that have their own prices, in order of first appearance. */
    public List<String> priceOptions() {
        List<String> out = new ArrayList<>();
        for (TouSchedule s : schedules) {
            for (TouPrices p : s.prices()) {
                if (!p.name().isBlank() && !out.contains(p.name())) {
                    out.add(p.name());
                }
            }
        }
        return List.copyOf(out);
    }

    /** e.g. "浙江省：浙发改价格〔2024〕21号（执行至2026-06-30）、浙发改价格〔2026〕112号（2026-07-01起执行）". */
    public String label() {
        String docs = String.join(Texts.get("meter.tou.listSeparator"),
                schedules.stream().map(TouSchedule::citationWithValidity).toList());
        return province.isEmpty() ? (schedules.size() == 1 ? schedules.get(0).name() : docs)
                : Texts.format("meter.tou.calendarLabel", province, docs);
    }
}
