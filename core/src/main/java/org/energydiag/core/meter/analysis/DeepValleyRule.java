package org.energydiag.core.meter.analysis;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Objects;
import org.energydiag.core.reference.PublicHolidays;
import org.energydiag.core.text.Texts;

/**
 * A schedule's holiday deep valley (节假日深谷): on the days of the national holidays it names ({@link PublicHolidays},
 * the State Council's yearly notice) the hours {@code start}–{@code end} are 深谷 for the classes of users it names.
 * E.g. 皖发改价格〔2025〕302号: every holiday of 3 days or more, 11:00–15:00, only for 用电容量315千伏安及以上、执行两部制
 * 和峰谷分时电价的工业用电; 浙发改价格〔2026〕112号: 劳动节 and 国庆节 their first three days, 春节 all its days,
 * 09:00–15:00, every user of the schedule.
 *
 * @param days         which holiday days: any of these
 * @param start        first minute (inclusive)
 * @param end          end (exclusive); 00:00 = 24:00
 * @param priceClasses the classes of users (names of the schedule's {@link TouPrices}) the deep valley applies to;
 *                     empty: every user of the schedule
 * @param when         the document's wording of the days, e.g. "节假日（劳动节、国庆节前三天，春节）"
 * @param condition    the document's wording of who is concerned, empty when it names no one
 * @param text         the document's sentence, verbatim as read
 * @param source       where it was read
 * @param trust        how far it was verified
 * @param note         how the wording was read (e.g. what 春节 covers), may be empty
 * @param holidays     the holiday calendar the days are taken from
 */
public record DeepValleyRule(List<Days> days, LocalTime start, LocalTime end, List<String> priceClasses, String when,
                             String condition, String text, String source, String trust, String note, PublicHolidays holidays) {

    /**
     * Which days of which holidays: the holiday blocks that are (or include) {@code holiday} — any block when it is
     * empty — of at least {@code minDays} days off, their first {@code firstDays} days (all when null).
     */
    public record Days(String holiday, Integer minDays, Integer firstDays) {
        public Days {
            holiday = holiday == null ? "" : holiday.strip();
            if (minDays != null && minDays < 1 || firstDays != null && firstDays < 1) {
                throw new IllegalArgumentException("deep-valley days need positive counts: " + minDays + ", " + firstDays);
            }
        }

        boolean matches(PublicHolidays.Holiday block, LocalDate date) {
            return (holiday.isEmpty() || block.is(holiday)) && (minDays == null || block.days() >= minDays)
                    && (firstDays == null || block.dayOf(date) <= firstDays);
        }
    }

    /** How a date stands for the rule. */
    public enum DayStatus {
        /** One of the rule's holiday days. */
        DEEP_VALLEY,
        /** Not one of them (the year's notice is known). */
        ORDINARY,
        /** Cannot be said: the holiday notice of the date's year (or, for the last days of December, of the next year) is missing. */
        UNKNOWN
    }

    /** Whether the rule applies to a class of users. */
    public enum Applicability {
        /** The class is one the rule names, or the rule names none. */
        APPLIES,
        /** The rule is for some classes only and no class was chosen. */
        CLASS_NOT_CHOSEN,
        /** The chosen class is not one the rule names. */
        CLASS_EXCLUDED
    }

    public DeepValleyRule {
        days = days == null ? List.of() : List.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a deep-valley rule needs its holiday days");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        priceClasses = priceClasses == null ? List.of() : List.copyOf(priceClasses);
        when = when == null ? "" : when;
        condition = condition == null ? "" : condition;
        text = text == null ? "" : text;
        source = source == null ? "" : source;
        trust = trust == null ? "" : trust;
        note = note == null ? "" : note;
        holidays = holidays == null ? PublicHolidays.none() : holidays;
    }

    /** Whether the time of day of {@code t} is in the rule's hours. */
    public boolean inHours(LocalDateTime t) {
        LocalTime time = t.toLocalTime();
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    /** Whether {@code date} is one of the rule's holiday days, as far as the calendar knows. */
    public DayStatus dayStatus(LocalDate date) {
        for (PublicHolidays.Holiday block : holidays.blocksOn(date)) {
            for (Days d : days) {
                if (d.matches(block, date)) {
                    return DayStatus.DEEP_VALLEY;
                }
            }
        }
        if (!holidays.knows(date.getYear())) {
            return DayStatus.UNKNOWN;
        }
        // the block of January 1 (元旦) may begin on December 30 or 31 (2024's: 2023-12-30 – 2024-01-01): for the last
        // days of December only the next year's notice tells
        if (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 29 && !holidays.knows(date.getYear() + 1)
                && mayIncludeNewYear()) {
            return DayStatus.UNKNOWN;
        }
        return DayStatus.ORDINARY;
    }

    /** Whether the rule may take the block of January 1: it names any holiday, or a festival such a block is. */
    private boolean mayIncludeNewYear() {
        List<String> newYear = holidays.years().stream().flatMap(y -> y.holidays().stream())
                .filter(h -> h.contains(LocalDate.of(h.last().getYear(), 1, 1)))
                .flatMap(h -> h.festivals().stream()).distinct().toList();
        return days.stream().anyMatch(d -> d.holiday().isEmpty() || newYear.contains(d.holiday()));
    }

    /** Whether the rule applies to the class of users {@code priceClass} ("" = none chosen). */
    public Applicability applicability(String priceClass) {
        if (priceClasses.isEmpty() || priceClasses.contains(priceClass)) {
            return Applicability.APPLIES;
        }
        return priceClass == null || priceClass.isBlank() ? Applicability.CLASS_NOT_CHOSEN : Applicability.CLASS_EXCLUDED;
    }

    /** e.g. "09:00–15:00". */
    public String hours() {
        return Texts.format("meter.deepValley.hours", start.toString(), LocalTime.MIDNIGHT.equals(end) ? "24:00" : end.toString());
    }

    /** The documents of the holiday calendar, e.g. "国办发明电〔2024〕12号、国办发明电〔2025〕7号" (user text). */
    public String calendarDocuments() {
        return String.join(Texts.get("meter.tou.listSeparator"),
                holidays.years().stream().map(PublicHolidays.Year::document).filter(d -> !d.isBlank()).toList());
    }

    /** The years the calendar knows, e.g. "2024、2025、2026". */
    public String calendarYears() {
        return String.join(Texts.get("meter.tou.listSeparator"),
                holidays.years().stream().map(y -> String.valueOf(y.year())).toList());
    }
}
