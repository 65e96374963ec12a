package org.energydiag.core.meter.analysis;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.energydiag.core.reference.PublicHolidays;
import org.energydiag.core.text.Texts;

/**
 * A provincial time-of-use schedule (分时电价时段划分) with the document it was taken from, the dates it is in force
 * and the price ratios of its periods. Slots are applied in list order and a later slot overrides an earlier one,
 * so a month-limited {@link TouPeriod#SHARP} slot can sit on top of a {@link TouPeriod#PEAK} slot; time covered by
 * no slot is {@link TouPeriod#FLAT}. Which schedule applies on a date is {@link TouCalendar}'s business.
 *
 * @param name       display name, e.g. "广东省 工商业峰谷分时（粤发改价格〔2021〕331号）"
 * @param province   province (may be empty)
 * @param document   the document number, e.g. "粤发改价格〔2021〕331号" (may be empty)
 * @param validFrom  first day in force, {@code null} when not recorded (then it applies to every earlier date)
 * @param validUntil last day in force, {@code null} while in force
 * @param source     notice, document number and URL the periods were transcribed from
 * @param trust      how far the transcription was verified (e.g. "medium"), may be empty
 * @param note       scope and limits of the schedule, may be empty
 * @param slots      the time bands, later ones overriding earlier ones
 * @param prices     the price ratios per class of users (the first is the default); empty when not found
 * @param deepValley the holiday deep valley (节假日深谷) on top of the slots, {@code null} when the document has none
 */
public record TouSchedule(String name, String province, String document, LocalDate validFrom, LocalDate validUntil,
                          String source, String trust, String note, List<TouSlot> slots, List<TouPrices> prices,
                          DeepValleyRule deepValley) {

    /** Classpath location of the bundled pack. */
    public static final String RESOURCE = "/org/energydiag/core/reference/tou-periods.json";

    public TouSchedule {
        Objects.requireNonNull(name, "name");
        province = province == null ? "" : province;
        document = document == null ? "" : document;
        source = source == null ? "" : source;
        trust = trust == null ? "" : trust;
        note = note == null ? "" : note;
        slots = slots == null ? List.of() : List.copyOf(slots);
        prices = prices == null ? List.of() : List.copyOf(prices);
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("schedule " + name + " ends before it starts: " + validFrom + " – " + validUntil);
        }
        if (deepValley != null) {
            for (String c : deepValley.priceClasses()) {
                if (prices.stream().noneMatch(p -> p.name().equals(c))) {
                    throw new IllegalArgumentException("schedule " + name + ": the deep valley names the class " + c
                            + ", which has no prices");
                }
            }
        }
    }

    /** A schedule without holiday deep valley. */
    public TouSchedule(String name, String province, String document, LocalDate validFrom, LocalDate validUntil,
                       String source, String trust, String note, List<TouSlot> slots, List<TouPrices> prices) {
        this(name, province, document, validFrom, validUntil, source, trust, note, slots, prices, null);
    }

    /** A schedule in force on every date, without prices. */
    public TouSchedule(String name, String province, String source, String trust, String note, List<TouSlot> slots) {
        this(name, province, "", null, null, source, trust, note, slots, List.of());
    }

    /** A schedule without province, trust or note (tests and user-defined schedules). */
    public TouSchedule(String name, String source, List<TouSlot> slots) {
        this(name, "", source, "", "", slots);
    }

    /**
     * The period of the slots at local wall time {@code t} (whatever the validity: see {@link TouCalendar}; the holiday
     * deep valley is the split's business, {@link TouSplit}, as it depends on the class of users and the calendar).
     */
    public TouPeriod periodAt(LocalDateTime t) {
        for (int i = slots.size() - 1; i >= 0; i--) {
            TouSlot slot = slots.get(i);
            if (slot.contains(t)) {
                return slot.period();
            }
        }
        return TouPeriod.FLAT;
    }

    /** Whether the schedule is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
    }

    /** The prices of the class of users {@code option} (by name), else the first (default) ones; empty without prices. */
    public Optional<TouPrices> pricesFor(String option) {
        if (prices.isEmpty()) {
            return Optional.empty();
        }
        if (option != null && !option.isBlank()) {
            for (TouPrices p : prices) {
                if (p.name().equals(option)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.of(prices.get(0));
    }

    /** The short citation: the document number, else the name. */
    public String citation() {
        return document.isBlank() ? name : document;
    }

    /**
     * The citation with the dates in force, e.g. "浙发改价格〔2026〕112号（2026-07-01起执行）" (user text, also in the plan:
     * no source or trust).
     */
    public String citationWithValidity() {
        if (validFrom != null && validUntil != null) {
            return Texts.format("meter.tou.validFromUntil", citation(), validFrom.toString(), validUntil.toString());
        }
        if (validFrom != null) {
            return Texts.format("meter.tou.validFrom", citation(), validFrom.toString());
        }
        if (validUntil != null) {
            return Texts.format("meter.tou.validUntil", citation(), validUntil.toString());
        }
        return citation();
    }

    /** The schedules bundled as {@code tou-periods.json}, their holiday deep valleys on the bundled holiday calendar. */
    public static List<TouSchedule> loadBundled() {
        return loadBundled(PublicHolidays.loadBundled());
    }

    /** The schedules bundled as {@code tou-periods.json}, their holiday deep valleys on {@code holidays}. */
    public static List<TouSchedule> loadBundled(PublicHolidays holidays) {
        try (InputStream in = TouSchedule.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + RESOURCE);
            }
            return load(in, holidays);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a pack in the format of {@code tou-periods.json}, with the bundled holiday calendar. */
    public static List<TouSchedule> load(InputStream in) throws IOException {
        return load(in, PublicHolidays.loadBundled());
    }

    /**
     * Reads a pack in the format of {@code tou-periods.json} (e.g. a newer pack in the data folder); the holiday deep
     * valleys take their days from {@code holidays}.
     */
    public static List<TouSchedule> load(InputStream in, PublicHolidays holidays) throws IOException {
        Pack pack = new ObjectMapper().readValue(in, Pack.class);
        if (pack.schedules() == null) {
            return List.of();
        }
        List<TouSchedule> result = new ArrayList<>();
        for (ScheduleJson s : pack.schedules()) {
            List<TouSlot> slots = new ArrayList<>();
            if (s.slots() != null) {
                for (SlotJson j : s.slots()) {
                    slots.add(new TouSlot(TouPeriod.valueOf(j.period()), time(j.start()), time(j.end()),
                            j.months() == null ? Set.of() : Set.copyOf(j.months())));
                }
            }
            List<TouPrices> prices = new ArrayList<>();
            if (s.prices() != null) {
                for (PricesJson p : s.prices()) {
                    List<TouPrices.Ratio> ratios = new ArrayList<>();
                    if (p.ratios() != null) {
                        for (RatioJson r : p.ratios()) {
                            if (r.factor() == null) {
                                throw new IllegalArgumentException("price ratio without factor in TOU pack: " + s.name());
                            }
                            ratios.add(new TouPrices.Ratio(TouPeriod.valueOf(r.period()), r.factor(),
                                    r.months() == null ? Set.of() : Set.copyOf(r.months()), r.basis()));
                        }
                    }
                    prices.add(new TouPrices(p.name(), p.basis(), ratios, p.deepValley(), p.deepValleyBasis(), p.source(),
                            p.trust(), p.note()));
                }
            }
            result.add(new TouSchedule(s.name(), s.province(), s.document(), date(s.validFrom()), date(s.validUntil()),
                    s.source(), s.trust(), s.note(), slots, prices, deepValley(s, holidays)));
        }
        return List.copyOf(result);
    }

    private static DeepValleyRule deepValley(ScheduleJson s, PublicHolidays holidays) {
        DeepValleyJson d = s.deepValley();
        if (d == null) {
            return null;
        }
        if (d.days() == null || d.days().isEmpty()) {
            throw new IllegalArgumentException("deep valley without days in TOU pack: " + s.name());
        }
        List<DeepValleyRule.Days> days = d.days().stream()
                .map(j -> new DeepValleyRule.Days(j.holiday(), j.minDays(), j.firstDays())).toList();
        return new DeepValleyRule(days, time(d.start()), time(d.end()), d.priceClasses(), d.when(), d.condition(), d.text(),
                d.source(), d.trust(), d.note(), holidays);
    }

    /** "HH:mm"; "24:00" is midnight at the end of the day. */
    private static LocalTime time(String text) {
        if ("24:00".equals(text)) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("invalid time of day in TOU pack: " + text, e);
        }
    }

    /** "yyyy-MM-dd", or nothing. */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid date in TOU pack: " + text, e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Pack(String pack, String version, List<ScheduleJson> schedules) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScheduleJson(String name, String province, String document, String validFrom, String validUntil, String source,
                        String trust, String note, List<SlotJson> slots, List<PricesJson> prices, DeepValleyJson deepValley) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DeepValleyJson(List<DaysJson> days, String start, String end, List<String> priceClasses, String when,
                          String condition, String text, String source, String trust, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DaysJson(String holiday, Integer minDays, Integer firstDays) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SlotJson(String period, String start, String end, List<Integer> months) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PricesJson(String name, String basis, List<RatioJson> ratios, Double deepValley, String deepValleyBasis,
                      String source, String trust, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RatioJson(String period, Double factor, List<Integer> months, String basis) {
    }
}
