package org.energydiag.core.meter.analysis;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A provincial time-of-use schedule (分时电价时段划分) with the document it was taken from.
 * Slots are applied in list order and a later slot overrides an earlier one, so a month-limited
 * {@link TouPeriod#SHARP} slot can sit on top of a {@link TouPeriod#PEAK} slot; time covered by no slot is
 * {@link TouPeriod#FLAT}.
 *
 * @param name     display name, e.g. "广东省 工商业峰谷分时（粤发改价格〔2021〕331号）"
 * @param province province (may be empty)
 * @param source   notice, document number and URL the periods were transcribed from
 * @param trust    how far the transcription was verified (e.g. "medium"), may be empty
 * @param note     scope and limits of the schedule, may be empty
 * @param slots    the time bands, later ones overriding earlier ones
 */
public record TouSchedule(String name, String province, String source, String trust, String note, List<TouSlot> slots) {

    /** Classpath location of the bundled pack. */
    public static final String RESOURCE = "/org/energydiag/core/reference/tou-periods.json";

    public TouSchedule {
        Objects.requireNonNull(name, "name");
        province = province == null ? "" : province;
        source = source == null ? "" : source;
        trust = trust == null ? "" : trust;
        note = note == null ? "" : note;
        slots = slots == null ? List.of() : List.copyOf(slots);
    }

    /** A schedule without province, trust or note (tests and user-defined schedules). */
    public TouSchedule(String name, String source, List<TouSlot> slots) {
        this(name, "", source, "", "", slots);
    }

    /** The period that applies at local wall time {@code t}. */
    public TouPeriod periodAt(LocalDateTime t) {
        for (int i = slots.size() - 1; i >= 0; i--) {
            TouSlot slot = slots.get(i);
            if (slot.contains(t)) {
                return slot.period();
            }
        }
        return TouPeriod.FLAT;
    }

    /** The schedules bundled as {@code tou-periods.json}. */
    public static List<TouSchedule> loadBundled() {
        try (InputStream in = TouSchedule.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a pack in the format of {@code tou-periods.json} (e.g. a newer pack chosen by the user). */
    public static List<TouSchedule> load(InputStream in) throws IOException {
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
            result.add(new TouSchedule(s.name(), s.province(), s.source(), s.trust(), s.note(), slots));
        }
        return List.copyOf(result);
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

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Pack(String pack, String version, List<ScheduleJson> schedules) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScheduleJson(String name, String province, String source, String trust, String note, List<SlotJson> slots) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SlotJson(String period, String start, String end, List<Integer> months) {
    }
}
