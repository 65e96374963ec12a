package org.energydiag.core.meter.analysis;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.energydiag.core.text.Texts;

/**
 * The time-of-use split of a meter's energy: each interval in the period of the schedule in force on its date
 * ({@link TouCalendar}), and priced with that schedule's ratios (multiples of the flat price). Figures that cannot
 * be computed are NaN. The cost needs the flat price, which the engineer gives ({@link #cost}, {@link #shift}).
 *
 * @param calendar         the schedules the split was made with
 * @param priceOption      the class of users whose ratios were used ("" = each schedule's first)
 * @param parts            one per schedule that covered an interval, in date order
 * @param energy           energy per period over the covered intervals (every period; 深谷 only where a schedule's
 *                         holiday deep valley applies, see {@link DeepValley})
 * @param uncoveredEnergy  energy of intervals on dates no schedule is in force
 * @param uncoveredFirst   first date with such an interval, {@code null} when none
 * @param uncoveredLast    last date with such an interval, {@code null} when none
 * @param pricedEnergy     energy per period of the intervals whose schedule gives a ratio for their period
 * @param pricedCost       Σ energy × ratio per period of those intervals (kWh at the flat price)
 * @param unpricedEnergy   covered energy without a ratio (the schedule has no prices, or none for the period)
 */
public record TouSplit(TouCalendar calendar, String priceOption, List<Part> parts, Map<TouPeriod, Double> energy,
                       double uncoveredEnergy, LocalDate uncoveredFirst, LocalDate uncoveredLast,
                       Map<TouPeriod, Double> pricedEnergy, Map<TouPeriod, Double> pricedCost, double unpricedEnergy) {

    /**
     * The intervals one schedule covered.
     *
     * @param prices     the ratios used, {@code null} when the schedule has none
     * @param first      first date covered
     * @param last       last date covered
     * @param energy     energy per period (every period)
     * @param deepValley what became of the schedule's holiday deep valley, {@code null} when it has none
     */
    public record Part(TouSchedule schedule, TouPrices prices, LocalDate first, LocalDate last, Map<TouPeriod, Double> energy,
                       DeepValley deepValley) {
        public Part {
            energy = Collections.unmodifiableMap(new EnumMap<>(energy));
        }

        /** A part of a schedule without holiday deep valley. */
        public Part(TouSchedule schedule, TouPrices prices, LocalDate first, LocalDate last, Map<TouPeriod, Double> energy) {
            this(schedule, prices, first, last, energy, null);
        }

        public double total() {
            return energy.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /**
     * The holiday deep valley of one schedule over the intervals it covered: applied (its hours on its holiday days
     * are {@link TouPeriod#DEEP_VALLEY}) when it applies to the class of users, else what it would have covered; and
     * the intervals in its hours on dates the holiday calendar cannot decide (no State Council notice for the year),
     * which stay in the slots' period — the split says so rather than assume a date is, or is not, a holiday.
     *
     * @param rule             the schedule's rule
     * @param applicability    whether it applies to the class of users of the split
     * @param energy           energy counted as 深谷
     * @param notAppliedEnergy energy in its hours on its holiday days not counted as 深谷 because the class of users
     *                         is not chosen or not one it names (0 when it applies)
     * @param unknownEnergy    energy in its hours on dates the calendar cannot decide (0 when the class is excluded)
     * @param unknownFirst     first such date, {@code null} when none
     * @param unknownLast      last such date, {@code null} when none
     * @param unknownYears     the years of such dates
     * @param document         the schedule's citation, e.g. "皖发改价格〔2025〕302号"
     * @param priceClass       the class of users of the split ("" = none chosen)
     * @param notices          the holiday notices the covered dates were decided with, e.g. "国办发明电〔2025〕7号"
     */
    public record DeepValley(DeepValleyRule rule, DeepValleyRule.Applicability applicability, double energy,
                             double notAppliedEnergy, double unknownEnergy, LocalDate unknownFirst, LocalDate unknownLast,
                             List<Integer> unknownYears, String document, String priceClass, List<String> notices) {
        public DeepValley {
            unknownYears = List.copyOf(unknownYears);
            document = document == null ? "" : document;
            priceClass = priceClass == null ? "" : priceClass;
            notices = List.copyOf(notices);
        }

        /** Whether the deep valley was applied to the intervals of this schedule. */
        public boolean applied() {
            return applicability == DeepValleyRule.Applicability.APPLIES;
        }

        /** Whether some hours of the deep valley could not be decided for want of a holiday notice. */
        public boolean incomplete() {
            return unknownEnergy > 0;
        }

        /**
         * What became of the deep valley, in one sentence for the window, the command line and the plan (document
         * numbers only, no source or trust), e.g. "浙发改价格〔2026〕112号：节假日（劳动节、国庆节前三天，春节）09:00–15:00 计入深谷
         * 144.0 kWh（节假日按国办发明电〔2025〕7号）".
         */
        public String reason() {
            String kwh = kwh(energy);
            String notices = String.join(Texts.get("meter.tou.listSeparator"), this.notices);
            StringBuilder sb = new StringBuilder(switch (applicability) {
                case APPLIES -> notices.isEmpty()
                        ? Texts.format("meter.deepValley.appliedNoNotice", document, rule.when(), rule.hours())
                        : energy > 0 ? Texts.format("meter.deepValley.applied", document, rule.when(), rule.hours(), kwh, notices)
                        : Texts.format("meter.deepValley.noDay", document, rule.when(), rule.hours(), notices);
                case CLASS_NOT_CHOSEN -> Texts.format("meter.deepValley.notChosen", document, rule.condition(),
                        kwh(notAppliedEnergy));
                case CLASS_EXCLUDED -> Texts.format("meter.deepValley.excluded", document, priceClass, rule.condition());
            });
            if (unknownEnergy > 0) {
                sb.append(Texts.format("meter.deepValley.unknown", String.join(Texts.get("meter.tou.listSeparator"),
                        unknownYears.stream().map(String::valueOf).toList()), unknownFirst.toString(), unknownLast.toString(),
                        kwh(unknownEnergy)));
            }
            return sb.toString();
        }

        private static String kwh(double v) {
            return String.format(java.util.Locale.ROOT, "%,.1f", v);
        }
    }

    /**
     * The cost over the analysed intervals that could be priced.
     *
     * @param basePrice    the flat price (yuan/kWh) given by the engineer
     * @param yuan         cost per period (yuan)
     * @param total        Σ yuan
     * @param energy       the priced energy (kWh)
     * @param averagePrice total ÷ energy (yuan/kWh)
     */
    public record Cost(double basePrice, Map<TouPeriod, Double> yuan, double total, double energy, double averagePrice) {
        public Cost {
            yuan = Collections.unmodifiableMap(new EnumMap<>(yuan));
        }
    }

    /**
     * The saving of moving {@code kwhPerYear} from one period to another: kWh × flat price × (ratio from − ratio to).
     * The ratios are the energy-weighted mean ratios of the two periods over the priced intervals (a ratio that
     * differs by month, e.g. 安徽's peak, weighs the months as the load did).
     */
    public record ShiftSaving(TouPeriod from, TouPeriod to, double kwhPerYear, double basePrice, double fromFactor,
                              double toFactor, double yuanPerYear) {
    }

    public TouSplit {
        parts = List.copyOf(parts);
        energy = Collections.unmodifiableMap(new EnumMap<>(energy));
        pricedEnergy = Collections.unmodifiableMap(new EnumMap<>(pricedEnergy));
        pricedCost = Collections.unmodifiableMap(new EnumMap<>(pricedCost));
        priceOption = priceOption == null ? "" : priceOption;
    }

    /** Energy of the covered intervals. */
    public double coveredEnergy() {
        return sum(energy);
    }

    /** Share of the covered energy per period (NaN without covered energy). */
    public Map<TouPeriod, Double> share() {
        Map<TouPeriod, Double> out = new EnumMap<>(TouPeriod.class);
        double total = coveredEnergy();
        for (TouPeriod p : TouPeriod.values()) {
            out.put(p, ratio(energy.getOrDefault(p, 0.0), total));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The holiday deep valleys of the schedules used, in date order (one per schedule that has one). */
    public List<DeepValley> deepValleys() {
        return parts.stream().map(Part::deepValley).filter(java.util.Objects::nonNull).toList();
    }

    /** Share of SHARP + PEAK in the covered energy. */
    public double peakShare() {
        Map<TouPeriod, Double> s = share();
        return s.get(TouPeriod.SHARP) + s.get(TouPeriod.PEAK);
    }

    /** Whether every interval was covered by a schedule and priced. */
    public boolean fullyPriced() {
        return uncoveredEnergy == 0 && unpricedEnergy == 0 && sum(pricedEnergy) > 0;
    }

    /** Energy of the priced intervals. */
    public double pricedTotal() {
        return sum(pricedEnergy);
    }

    /** Σ energy × ratio of the priced intervals: their cost in kWh at the flat price. */
    public double relativeCost() {
        return sum(pricedCost);
    }

    /** The energy-weighted mean ratio of {@code p} over the priced intervals, NaN when none was in that period. */
    public double averageFactor(TouPeriod p) {
        return ratio(pricedCost.getOrDefault(p, 0.0), pricedEnergy.getOrDefault(p, 0.0));
    }

    /** The average price of the priced energy as a multiple of the flat price. */
    public double averagePriceFactor() {
        return ratio(relativeCost(), pricedTotal());
    }

    /** Share of each period in the cost of the priced intervals. */
    public Map<TouPeriod, Double> costShare() {
        Map<TouPeriod, Double> out = new EnumMap<>(TouPeriod.class);
        double total = relativeCost();
        for (TouPeriod p : TouPeriod.values()) {
            out.put(p, ratio(pricedCost.getOrDefault(p, 0.0), total));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The cost of the priced intervals at the flat price {@code basePrice} (yuan/kWh). */
    public Cost cost(double basePrice) {
        Map<TouPeriod, Double> yuan = new EnumMap<>(TouPeriod.class);
        for (TouPeriod p : TouPeriod.values()) {
            yuan.put(p, pricedCost.getOrDefault(p, 0.0) * basePrice);
        }
        double total = relativeCost() * basePrice;
        return new Cost(basePrice, yuan, total, pricedTotal(), ratio(total, pricedTotal()));
    }

    /** See {@link ShiftSaving}; NaN yuan when either period had no priced energy. */
    public ShiftSaving shift(double kwhPerYear, double basePrice, TouPeriod from, TouPeriod to) {
        double f = averageFactor(from);
        double t = averageFactor(to);
        return new ShiftSaving(from, to, kwhPerYear, basePrice, f, t, kwhPerYear * basePrice * (f - t));
    }

    /** The citations of the schedules used, with their dates in force, e.g. "A（…至2026-06-30）、B（2026-07-01起执行）". */
    public String citations() {
        return String.join(org.energydiag.core.text.Texts.get("meter.tou.listSeparator"),
                parts.stream().map(p -> p.schedule().citationWithValidity()).distinct().toList());
    }

    private static double sum(Map<TouPeriod, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? Double.NaN : a / b;
    }

    /** Accumulates intervals in time order (one lookup of the schedule per date). */
    static final class Builder {
        private final TouCalendar calendar;
        private final String option;
        private final List<PartAcc> parts = new ArrayList<>();
        private final double[] energy = new double[TouPeriod.values().length];
        private final double[] priced = new double[TouPeriod.values().length];
        private final double[] cost = new double[TouPeriod.values().length];
        private double uncovered;
        private double unpriced;
        private LocalDate uncoveredFirst;
        private LocalDate uncoveredLast;
        private LocalDate day;
        private PartAcc current;
        /** The deep-valley status of {@link #day} for the current part's rule, computed when first needed. */
        private DeepValleyRule.DayStatus dayStatus;

        Builder(TouCalendar calendar, String option) {
            this.calendar = calendar;
            this.option = option == null ? "" : option;
        }

        void add(LocalDateTime t, double v) {
            LocalDate d = t.toLocalDate();
            if (!d.equals(day)) {
                day = d;
                dayStatus = null;
                TouSchedule s = calendar.scheduleOn(d).orElse(null);
                current = s == null ? null : part(s);
            }
            if (current == null) {
                uncovered += v;
                uncoveredFirst = uncoveredFirst == null ? d : uncoveredFirst;
                uncoveredLast = d;
                return;
            }
            current.last = d;
            TouPeriod p = current.schedule.periodAt(t);
            DeepValleyRule rule = current.schedule.deepValley();
            if (rule != null && rule.inHours(t)) {
                if (dayStatus == null) {
                    dayStatus = rule.dayStatus(d);
                }
                if (dayStatus == DeepValleyRule.DayStatus.DEEP_VALLEY) {
                    if (current.applicability == DeepValleyRule.Applicability.APPLIES) {
                        p = TouPeriod.DEEP_VALLEY;
                    } else {
                        current.notApplied += v;
                    }
                } else if (dayStatus == DeepValleyRule.DayStatus.UNKNOWN
                        && current.applicability != DeepValleyRule.Applicability.CLASS_EXCLUDED) {
                    current.unknown += v;
                    current.unknownFirst = current.unknownFirst == null ? d : current.unknownFirst;
                    current.unknownLast = d;
                    current.unknownYears.add(d.getYear());
                }
            }
            int i = p.ordinal();
            energy[i] += v;
            current.energy[i] += v;
            OptionalDouble f = current.prices == null ? OptionalDouble.empty() : current.prices.factor(p, t.getMonthValue());
            if (f.isPresent()) {
                priced[i] += v;
                cost[i] += v * f.getAsDouble();
            } else {
                unpriced += v;
            }
        }

        private PartAcc part(TouSchedule s) {
            for (PartAcc a : parts) {
                if (a.schedule == s) {
                    return a;
                }
            }
            // a class the schedule does not know (e.g. another province's) is no choice for its deep valley either
            String known = s.prices().stream().anyMatch(p -> p.name().equals(option)) ? option : "";
            PartAcc a = new PartAcc(s, s.pricesFor(option).orElse(null), day,
                    s.deepValley() == null ? null : s.deepValley().applicability(known));
            parts.add(a);
            return a;
        }

        TouSplit build() {
            List<Part> out = new ArrayList<>();
            for (PartAcc a : parts) {
                DeepValleyRule rule = a.schedule.deepValley();
                DeepValley dv = rule == null ? null : new DeepValley(rule, a.applicability, a.energy[TouPeriod.DEEP_VALLEY.ordinal()],
                        a.notApplied, a.unknown, a.unknownFirst, a.unknownLast, List.copyOf(a.unknownYears),
                        a.schedule.citation(), option, notices(rule, a.first, a.last));
                out.add(new Part(a.schedule, a.prices, a.first, a.last, map(a.energy), dv));
            }
            return new TouSplit(calendar, option, out, map(energy), uncovered, uncoveredFirst, uncoveredLast, map(priced),
                    map(cost), unpriced);
        }

        /** The documents of the holiday notices for the years {@code first}…{@code last} the calendar holds. */
        private static List<String> notices(DeepValleyRule rule, LocalDate first, LocalDate last) {
            List<String> out = new ArrayList<>();
            for (int y = first.getYear(); y <= last.getYear(); y++) {
                rule.holidays().year(y).map(org.energydiag.core.reference.PublicHolidays.Year::document)
                        .filter(d -> !d.isBlank()).ifPresent(out::add);
            }
            return out;
        }

        private static Map<TouPeriod, Double> map(double[] a) {
            Map<TouPeriod, Double> m = new EnumMap<>(TouPeriod.class);
            for (TouPeriod p : TouPeriod.values()) {
                m.put(p, a[p.ordinal()]);
            }
            return m;
        }

        private static final class PartAcc {
            final TouSchedule schedule;
            final TouPrices prices;
            final LocalDate first;
            LocalDate last;
            final double[] energy = new double[TouPeriod.values().length];
            final DeepValleyRule.Applicability applicability;
            double notApplied;
            double unknown;
            LocalDate unknownFirst;
            LocalDate unknownLast;
            final java.util.SortedSet<Integer> unknownYears = new java.util.TreeSet<>();

            PartAcc(TouSchedule schedule, TouPrices prices, LocalDate first, DeepValleyRule.Applicability applicability) {
                this.schedule = schedule;
                this.prices = prices;
                this.first = first;
                this.last = first;
                this.applicability = applicability;
            }
        }
    }
}
