package org.energydiag.core.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The national public holidays as the State Council General Office announces them each year (《国务院办公厅关于20XX年部分
 * 节假日安排的通知》, 国办发明电): per year, each holiday block with its consecutive days off (the weekend days joined to
 * the holiday included) and the 调休 working days. A year whose notice is not in the pack is unknown: nothing is
 * inferred for it ({@link #knows}).
 *
 * @param title the pack's title
 * @param note  how the pack is transcribed
 * @param years one entry per notice, by year
 */
public record PublicHolidays(String title, String note, List<Year> years) {

    /** Classpath location of the bundled pack. */
    public static final String RESOURCE = "/org/energydiag/core/reference/public-holidays.json";

    public PublicHolidays {
        title = title == null ? "" : title;
        note = note == null ? "" : note;
        List<Year> sorted = new ArrayList<>(years == null ? List.of() : years);
        sorted.sort(Comparator.comparingInt(Year::year));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).year() == sorted.get(i - 1).year()) {
                throw new IllegalArgumentException("two notices for the year " + sorted.get(i).year());
            }
        }
        years = List.copyOf(sorted);
    }

    /** A pack without any year (no holiday is known). */
    public static PublicHolidays none() {
        return new PublicHolidays("", "", List.of());
    }

    /**
     * One year's notice.
     *
     * @param year     the year the notice arranges
     * @param document its number, e.g. "国办发明电〔2025〕7号"
     * @param title    its title
     * @param issued   the day it was issued, may be null
     * @param source   where the text was read
     * @param trust    how far it was verified
     * @param note     what the transcription had to add, may be empty
     * @param holidays the holiday blocks in date order
     */
    public record Year(int year, String document, String title, LocalDate issued, String source, String trust, String note,
                       List<Holiday> holidays) {
        public Year {
            document = document == null ? "" : document;
            title = title == null ? "" : title;
            source = source == null ? "" : source;
            trust = trust == null ? "" : trust;
            note = note == null ? "" : note;
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
        }
    }

    /**
     * One holiday block of a notice: the days off {@code first}…{@code last} (consecutive, weekends included).
     *
     * @param name      the name in the notice, e.g. "国庆节、中秋节"
     * @param festivals the festivals of the block, e.g. [国庆节, 中秋节] when they are merged
     * @param first     first day off
     * @param last      last day off
     * @param days      the number of days off the notice states (= last − first + 1)
     * @param workdays  the 调休 working days the notice sets for the block
     * @param text      the notice's item, verbatim
     * @param note      what the transcription had to infer, may be empty
     */
    public record Holiday(String name, List<String> festivals, LocalDate first, LocalDate last, int days, List<LocalDate> workdays,
                          String text, String note) {
        public Holiday {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            festivals = festivals == null || festivals.isEmpty() ? List.of(name) : List.copyOf(festivals);
            workdays = workdays == null ? List.of() : List.copyOf(workdays);
            text = text == null ? "" : text;
            note = note == null ? "" : note;
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("holiday " + name + " ends before it starts: " + first + " – " + last);
            }
            if (ChronoUnit.DAYS.between(first, last) + 1 != days) {
                throw new IllegalArgumentException("holiday " + name + " " + first + " – " + last + " is not " + days + " days");
            }
            for (LocalDate w : workdays) {
                if (!w.isBefore(first) && !w.isAfter(last)) {
                    throw new IllegalArgumentException("working day " + w + " inside the holiday " + name);
                }
            }
        }

        /** Whether {@code date} is one of the block's days off. */
        public boolean contains(LocalDate date) {
            return !date.isBefore(first) && !date.isAfter(last);
        }

        /** The 1-based day of the block {@code date} is (1 = {@code first}); 0 when outside it. */
        public int dayOf(LocalDate date) {
            return contains(date) ? (int) ChronoUnit.DAYS.between(first, date) + 1 : 0;
        }

        /** Whether the block is (or includes) {@code festival}, e.g. 国庆节 for the merged 国庆节、中秋节. */
        public boolean is(String festival) {
            return festivals.contains(festival);
        }
    }

    /** The notice for {@code year}, empty when the pack has none. */
    public Optional<Year> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    /** Whether the pack holds the notice for {@code year}. */
    public boolean knows(int year) {
        return year(year).isPresent();
    }

    /** The holiday blocks that contain {@code date} (a 元旦 block may begin in the December before its year). */
    public List<Holiday> blocksOn(LocalDate date) {
        List<Holiday> out = new ArrayList<>();
        for (Year y : years) {
            if (Math.abs(y.year() - date.getYear()) > 1) {
                continue;
            }
            for (Holiday h : y.holidays()) {
                if (h.contains(date)) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    /** The notice that lists {@code holiday}. */
    public Optional<Year> yearOf(Holiday holiday) {
        return years.stream().filter(y -> y.holidays().contains(holiday)).findFirst();
    }

    /** The bundled pack {@code public-holidays.json}. */
    public static PublicHolidays loadBundled() {
        try (InputStream in = PublicHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a pack in the format of {@code public-holidays.json}. */
    public static PublicHolidays load(InputStream in) throws IOException {
        Pack pack = new ObjectMapper().readValue(in, Pack.class);
        List<Year> years = new ArrayList<>();
        if (pack.years() != null) {
            for (YearJson y : pack.years()) {
                if (y.year() == null) {
                    throw new IllegalArgumentException("holiday notice without year in " + RESOURCE);
                }
                List<Holiday> holidays = new ArrayList<>();
                if (y.holidays() != null) {
                    for (HolidayJson h : y.holidays()) {
                        if (h.days() == null) {
                            throw new IllegalArgumentException("holiday " + h.name() + " of " + y.year() + " without days");
                        }
                        holidays.add(new Holiday(h.name(), h.festivals(), date(h.first()), date(h.last()), h.days(),
                                h.workdays() == null ? List.of() : h.workdays().stream().map(PublicHolidays::date).toList(),
                                h.text(), h.note()));
                    }
                }
                holidays.sort(Comparator.comparing(Holiday::first));
                years.add(new Year(y.year(), y.document(), y.title(), y.issued() == null ? null : date(y.issued()), y.source(),
                        y.trust(), y.note(), holidays));
            }
        }
        return new PublicHolidays(pack.title(), pack.note(), years);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("invalid date in the holiday pack: " + text, e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Pack(String pack, String version, String title, String note, List<YearJson> years) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record YearJson(Integer year, String document, String title, String issued, String source, String trust, String note,
                    List<HolidayJson> holidays) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HolidayJson(String name, List<String> festivals, String first, String last, Integer days, List<String> workdays,
                       String text, String note) {
    }
}
