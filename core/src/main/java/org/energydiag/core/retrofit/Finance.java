package org.energydiag.core.retrofit;

import java.util.OptionalDouble;
import org.energydiag.core.text.Texts;

/**
 * Simple engineering economics for a retrofit measure with a one-off investment at year 0 and an
 * equal net saving at the end of each year (an ordinary annuity). Money is in 万元, rates are
 * decimals (0.08 = 8 %), years are whole years.
 */
public final class Finance {

    /** Lowest rate searched for an IRR (exclusive): −99 %. */
    static final double IRR_LOWER = -0.99;
    /** Highest rate searched for an IRR: 1000 %. */
    static final double IRR_UPPER = 10.0;
    private static final double IRR_TOLERANCE = 1e-9;

    private Finance() {
    }

    /**
     * Static payback period in years: investment / annual net saving; {@code NaN} when the saving
     * is not positive or the investment is negative.
     */
    public static double simplePayback(double investment, double annualNetSaving) {
        if (!(annualNetSaving > 0) || investment < 0 || Double.isNaN(investment)) {
            return Double.NaN;
        }
        return investment / annualNetSaving;
    }

    /** Net present value: −investment + Σ_{t=1..years} saving / (1 + rate)^t. */
    public static double npv(double rate, double investment, double annualNetSaving, int years) {
        if (rate <= -1) {
            throw new IllegalArgumentException(Texts.format("retrofit.rateAboveMinus100", rate));
        }
        if (years < 0) {
            throw new IllegalArgumentException(Texts.format("retrofit.yearsNegative", years));
        }
        double sum = -investment;
        double discount = 1;
        for (int t = 1; t <= years; t++) {
            discount /= 1 + rate;
            sum += annualNetSaving * discount;
        }
        return sum;
    }

    /**
     * Internal rate of return: the rate r in (−99 %, 1000 %] with {@code npv(r) = 0}, found by
     * bisection to 1e-9. With a positive investment and a positive saving the NPV falls strictly as
     * the rate rises, so there is at most one root.
     * <p>
     * Empty when the investment or the saving is not positive, when {@code years < 1}, or when the
     * NPV does not change sign in that range. Note that when the total savings are less than the
     * investment the IRR is <em>negative</em> (e.g. 100 万元, 10 万元/年, 5 年 → about −19.4 %),
     * not empty; only a root below −99 % or above 1000 % gives empty.
     */
    public static OptionalDouble irr(double investment, double annualNetSaving, int years) {
        if (!(investment > 0) || !(annualNetSaving > 0) || years < 1
                || Double.isInfinite(investment) || Double.isInfinite(annualNetSaving)) {
            return OptionalDouble.empty();
        }
        double lo = IRR_LOWER;
        double hi = IRR_UPPER;
        double fLo = npv(lo, investment, annualNetSaving, years);
        double fHi = npv(hi, investment, annualNetSaving, years);
        if (fHi == 0) {
            return OptionalDouble.of(hi);
        }
        // npv is decreasing in the rate: a root needs npv(lo) > 0 > npv(hi); lo itself is excluded
        if (!(fLo > 0) || !(fHi < 0)) {
            return OptionalDouble.empty();
        }
        for (int i = 0; i < 200 && hi - lo > IRR_TOLERANCE; i++) {
            double mid = 0.5 * (lo + hi);
            double f = npv(mid, investment, annualNetSaving, years);
            if (f == 0) {
                return OptionalDouble.of(mid);
            }
            if (f > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return OptionalDouble.of(0.5 * (lo + hi));
    }

    /**
     * The economics of one measure, as shown in the retrofit table and the report.
     *
     * @param investment   万元
     * @param annualSaving annual net saving, 万元/年
     * @param lifeYears    economic life, years
     * @param discountRate decimal, e.g. 0.08
     * @param paybackYears static payback, NaN when there is none
     * @param npv          net present value at {@code discountRate}, 万元
     * @param irr          internal rate of return, empty when there is none in (−99 %, 1000 %]
     */
    public record Economics(double investment, double annualSaving, int lifeYears, double discountRate,
                            double paybackYears, double npv, OptionalDouble irr) {
    }

    /**
     * Payback, NPV and IRR of a measure.
     *
     * @throws IllegalArgumentException when {@code lifeYears} is outside 1..50, the discount rate
     *                                  outside [0, 1), or a money amount is not a finite number
     */
    public static Economics of(double investment, double annualSaving, int lifeYears, double discountRate) {
        if (lifeYears < 1 || lifeYears > 50) {
            throw new IllegalArgumentException(Texts.format("retrofit.lifeYearsRange", lifeYears));
        }
        if (!(discountRate >= 0 && discountRate < 1)) {
            throw new IllegalArgumentException(Texts.format("retrofit.discountRateRange", discountRate));
        }
        if (!Double.isFinite(investment) || !Double.isFinite(annualSaving)) {
            throw new IllegalArgumentException(Texts.get("retrofit.amountsNotNumbers"));
        }
        return new Economics(investment, annualSaving, lifeYears, discountRate,
                simplePayback(investment, annualSaving),
                npv(discountRate, investment, annualSaving, lifeYears),
                irr(investment, annualSaving, lifeYears));
    }
}
