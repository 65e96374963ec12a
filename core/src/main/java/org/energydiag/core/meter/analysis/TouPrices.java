package org.energydiag.core.meter.analysis;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The price ratios of a {@link TouSchedule} for one class of users (e.g. 两部制): the price of each period as a
 * multiple of the flat-period price (平段电价 = 1), as the document states them, with where they were read and how
 * far they were verified. The flat price itself is not in the document; the engineer gives it (the document's
 * {@code basis} says which price floats, e.g. 代理购电用户电价（不含政府性基金及附加）).
 *
 * @param name             the class of users the ratios apply to, e.g. "两部制用户"; empty when the document has one
 * @param basis            which price is the flat price that the ratios multiply
 * @param ratios           the ratios; a period without a ratio (other than FLAT, which is 1) cannot be priced
 * @param deepValley       the 深谷 price as a multiple of the flat price, or {@code null}; the days and hours are the
 *                         schedule's {@link DeepValleyRule}
 * @param deepValleyBasis  how the deep-valley ratio is stated in the document, may be empty
 * @param source           where the ratios were read
 * @param trust            how far they were verified
 * @param note             limits of the ratios, may be empty
 */
public record TouPrices(String name, String basis, List<Ratio> ratios, Double deepValley, String deepValleyBasis,
                        String source, String trust, String note) {

    /**
     * One ratio: the price of {@code period} in {@code months} (empty: every month) as a multiple of the flat price.
     *
     * @param basis how the document states it, e.g. "峰段电价基础上上浮25%：1.7 × 1.25"
     */
    public record Ratio(TouPeriod period, double factor, Set<Integer> months, String basis) {
        public Ratio {
            Objects.requireNonNull(period, "period");
            if (!(factor >= 0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("price ratio must be a number ≥ 0: " + factor);
            }
            months = months == null ? Set.of() : Set.copyOf(months);
            for (int m : months) {
                if (m < 1 || m > 12) {
                    throw new IllegalArgumentException("month out of range: " + m);
                }
            }
            basis = basis == null ? "" : basis;
        }

        /** A ratio for every month. */
        public Ratio(TouPeriod period, double factor) {
            this(period, factor, Set.of(), "");
        }

        boolean appliesIn(int month) {
            return months.isEmpty() || months.contains(month);
        }
    }

    public TouPrices {
        name = name == null ? "" : name;
        basis = basis == null ? "" : basis;
        ratios = ratios == null ? List.of() : List.copyOf(ratios);
        deepValleyBasis = deepValleyBasis == null ? "" : deepValleyBasis;
        source = source == null ? "" : source;
        trust = trust == null ? "" : trust;
        note = note == null ? "" : note;
        if (deepValley != null && (!(deepValley >= 0) || deepValley.isInfinite())) {
            throw new IllegalArgumentException("deep-valley ratio must be a number ≥ 0: " + deepValley);
        }
    }

    /** Ratios without class name, basis, source or notes (tests and user-defined prices). */
    public TouPrices(List<Ratio> ratios) {
        this("", "", ratios, null, "", "", "", "");
    }

    /**
     * The price of {@code period} in {@code month} (1–12) as a multiple of the flat price: the last ratio given for
     * the period and month, FLAT = 1 when none is given, DEEP_VALLEY the {@link #deepValley} ratio; empty when the
     * document gives no ratio for the period.
     */
    public OptionalDouble factor(TouPeriod period, int month) {
        if (period == TouPeriod.DEEP_VALLEY) {
            return deepValley == null ? OptionalDouble.empty() : OptionalDouble.of(deepValley);
        }
        for (int i = ratios.size() - 1; i >= 0; i--) {
            Ratio r = ratios.get(i);
            if (r.period() == period && r.appliesIn(month)) {
                return OptionalDouble.of(r.factor());
            }
        }
        return period == TouPeriod.FLAT ? OptionalDouble.of(1.0) : OptionalDouble.empty();
    }
}
