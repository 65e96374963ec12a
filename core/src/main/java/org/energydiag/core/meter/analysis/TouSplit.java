package org.energydiag.core.meter.analysis;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The time-of-use split of a meter's energy: each interval in the period of the schedule in force on its date
 * ({@link TouCalendar}), and priced with that schedule's ratios (multiples of the flat price). Figures that cannot
 * be computed are NaN. The cost needs the flat price, which the engineer gives ({@link #cost}, {@link #shift}).
 *
 * @param calendar         the schedules the split was made with
 * @param priceOption      the class of users whose ratios were used ("" = each schedule's first)
 * @param parts            one per schedule that covered an interval, in date order
 * @param energy           energy per period over the covered intervals (all four periods)
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
     * @param prices the ratios used, {@code null} when the schedule has none
     * @param first  first date covered
     * @param last   last date covered
     * @param energy energy per period (all four periods)
     */
    public record Part(TouSchedule schedule, TouPrices prices, LocalDate first, LocalDate last, Map<TouPeriod, Double> energy) {
        public Part {
            energy = Collections.unmodifiableMap(new EnumMap<>(energy));
        }

        public double total() {
            return energy.values().stream().mapToDouble(Double::doubleValue).sum();
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

        Builder(TouCalendar calendar, String option) {
            this.calendar = calendar;
            this.option = option == null ? "" : option;
        }

        void add(LocalDateTime t, double v) {
            LocalDate d = t.toLocalDate();
            if (!d.equals(day)) {
                day = d;
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
            PartAcc a = new PartAcc(s, s.pricesFor(option).orElse(null), day);
            parts.add(a);
            return a;
        }

        TouSplit build() {
            List<Part> out = new ArrayList<>();
            for (PartAcc a : parts) {
                out.add(new Part(a.schedule, a.prices, a.first, a.last, map(a.energy)));
            }
            return new TouSplit(calendar, option, out, map(energy), uncovered, uncoveredFirst, uncoveredLast, map(priced),
                    map(cost), unpriced);
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

            PartAcc(TouSchedule schedule, TouPrices prices, LocalDate first) {
                this.schedule = schedule;
                this.prices = prices;
                this.first = first;
                this.last = first;
            }
        }
    }
}
