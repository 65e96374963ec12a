package org.energydiag.core.retrofit;

import java.util.OptionalDouble;
import org.energydiag.core.text.Texts;

/**
 * Engineering economics of a retrofit measure with a one-off investment and an equal net saving at
 * the end of each year of its life (an ordinary annuity). Money is in 万元, rates are decimals
 * (0.08 = 8 %), years are whole years.
 * <p>
 * NPV and IRR are computed on the commissioning basis: the investment at year 0, the saving at the
 * end of years 1…life. The payback follows a {@link PaybackConvention}: from commissioning (the
 * default) or, after 《建设项目经济评价方法与参数》（第三版）, from the start of construction, static
 * and dynamic.
 */
public final class Finance {

    /** Bound of the search for ln(1 + IRR): e^±2048 is far outside what a double holds. */
    private static final double LOG_RATE_BOUND = 2048;
    /** Longest construction period accepted for the construction-start convention, years. */
    public static final int MAX_CONSTRUCTION_YEARS = 10;

    private Finance() {
    }

    /** Why an IRR is or is not given. */
    public enum IrrStatus {
        /** A rate r > −100 % with NPV(r) = 0 exists and was found. */
        FOUND("retrofit.irr.found"),
        /**
         * No root: the flows never turn positive (the annual saving is zero or negative), so the
         * NPV is negative at every rate — the investment is never recovered.
         */
        NEVER_RECOVERS("retrofit.irr.neverRecovers"),
        /**
         * The flows are not "outlay first, returns after" (no investment, a negative investment,
         * or more than one change of sign): the IRR is not defined as a single rate.
         */
        NOT_CONVENTIONAL("retrofit.irr.notConventional"),
        /**
         * A root exists but the rate does not fit a double: above about 10^308, or so close to
         * −100 % that 1 + r rounds to 0.
         */
        OUT_OF_RANGE("retrofit.irr.outOfRange");

        private final String key;

        IrrStatus(String key) {
            this.key = key;
        }

        /** What the status means, for the window, the command line and the plan. */
        public String text() {
            return Texts.get(key);
        }
    }

    /**
     * An internal rate of return with its status.
     *
     * @param rate the rate (decimal) when {@code status} is FOUND, NaN otherwise
     */
    public record Irr(IrrStatus status, double rate) {

        public OptionalDouble value() {
            return status == IrrStatus.FOUND ? OptionalDouble.of(rate) : OptionalDouble.empty();
        }
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
     * Internal rate of return of an investment at year 0 and an equal saving at the end of years
     * 1…{@code years}; empty unless a rate was found (see {@link #irrOf(double, double, int)} for why).
     */
    public static OptionalDouble irr(double investment, double annualNetSaving, int years) {
        return irrOf(investment, annualNetSaving, years).value();
    }

    /**
     * The IRR of an investment at year 0 and an equal saving at the end of years 1…{@code years}.
     * With a positive investment and a positive saving there is always exactly one root above
     * −100 %: negative when the savings do not add up to the investment (100 万元, 10 万元/年,
     * 5 年 → about −19.4 %), and as large as it is — investment 10, saving 200 a year gives about
     * 2 000 %.
     */
    public static Irr irrOf(double investment, double annualNetSaving, int years) {
        if (!Double.isFinite(investment) || !Double.isFinite(annualNetSaving) || years < 1) {
            return new Irr(IrrStatus.NOT_CONVENTIONAL, Double.NaN);
        }
        double[] flows = new double[years + 1];
        flows[0] = -investment;
        for (int t = 1; t <= years; t++) {
            flows[t] = annualNetSaving;
        }
        return irrOf(flows);
    }

    /**
     * The IRR of yearly net cash flows, {@code flows[t]} at the end of year t (t = 0 the start).
     * <p>
     * Conventional flows — outlays (negative) first, then returns (positive), zeros anywhere —
     * have exactly one root r > −100 %: multiplied by (1 + r)^k (k = the first positive year) the
     * NPV is Σ CF_t·(1 + r)^(k−t), where every outlay term falls and every return term falls as r
     * rises, so it is strictly decreasing, positive for r → −100 % and negative for r → ∞. The root
     * is found by bisection on x = ln(1 + r), the bracket doubled outward from [−1, 1] until the
     * sign changes, so it is found wherever it is (2 000 %, or −99.999 %), to about 1e-15 in x.
     */
    public static Irr irrOf(double[] flows) {
        int firstPositive = -1;
        boolean outlay = false;
        int changes = 0;
        int sign = 0;
        for (int t = 0; t < flows.length; t++) {
            double f = flows[t];
            if (!Double.isFinite(f)) {
                return new Irr(IrrStatus.NOT_CONVENTIONAL, Double.NaN);
            }
            int s = f > 0 ? 1 : f < 0 ? -1 : 0;
            if (s == 0) {
                continue;
            }
            if (s < 0) {
                outlay = true;
            } else if (firstPositive < 0) {
                firstPositive = t;
            }
            if (sign != 0 && s != sign) {
                changes++;
            }
            sign = s;
        }
        if (firstPositive < 0) {
            // nothing ever comes back: with an outlay the NPV is negative at every rate
            return new Irr(outlay ? IrrStatus.NEVER_RECOVERS : IrrStatus.NOT_CONVENTIONAL, Double.NaN);
        }
        if (!outlay || changes != 1 || firstNonZeroSign(flows) > 0) {
            return new Irr(IrrStatus.NOT_CONVENTIONAL, Double.NaN);
        }
        int k = firstPositive;
        double lo = -1;
        double hi = 1;
        while (scaledNpv(flows, k, hi) > 0) {
            lo = hi;
            hi *= 2;
            if (hi > LOG_RATE_BOUND) {
                return new Irr(IrrStatus.OUT_OF_RANGE, Double.NaN);
            }
        }
        while (scaledNpv(flows, k, lo) < 0) {
            hi = lo;
            lo *= 2;
            if (lo < -LOG_RATE_BOUND) {
                return new Irr(IrrStatus.OUT_OF_RANGE, Double.NaN);
            }
        }
        for (int i = 0; i < 400 && hi - lo > 1e-15 * Math.max(1, Math.max(Math.abs(lo), Math.abs(hi))); i++) {
            double mid = 0.5 * (lo + hi);
            double f = scaledNpv(flows, k, mid);
            if (f == 0) {
                lo = mid;
                hi = mid;
                break;
            }
            if (f > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double rate = Math.expm1(0.5 * (lo + hi));
        if (!Double.isFinite(rate) || rate <= -1) {
            return new Irr(IrrStatus.OUT_OF_RANGE, Double.NaN);
        }
        return new Irr(IrrStatus.FOUND, rate);
    }

    private static int firstNonZeroSign(double[] flows) {
        for (double f : flows) {
            if (f != 0) {
                return f > 0 ? 1 : -1;
            }
        }
        return 0;
    }

    /**
     * NPV × (1 + r)^k with x = ln(1 + r): Σ CF_t·e^((k−t)·x); same sign as the NPV. Each term is
     * e^(ln|CF_t| + (k−t)·x), so a tiny flow times a huge factor neither underflows nor overflows
     * on the way (1e-300 × e^1381 is 1e300, not 0 × ∞).
     */
    private static double scaledNpv(double[] flows, int k, double x) {
        double sum = 0;
        for (int t = 0; t < flows.length; t++) {
            double f = flows[t];
            if (f != 0) {
                sum += Math.copySign(Math.exp(Math.log(Math.abs(f)) + (k - t) * x), f);
            }
        }
        return sum;
    }

    /**
     * Payback read from the cumulative net cash flow, as 《建设项目经济评价方法与参数》 reads it:
     * P = T − 1 + |Σ_{t≤T−1} CF_t| ÷ CF_T, T the first year in which the cumulative flow, after
     * having been negative, is no longer negative. {@code flows[t]} is the net flow at the end of
     * year t (t = 0 the start). 0 when the cumulative flow is never negative, NaN when it stays
     * negative to the end.
     */
    public static double paybackFromFlows(double[] flows) {
        double cumulative = 0;
        boolean negative = false;
        for (int t = 0; t < flows.length; t++) {
            double before = cumulative;
            cumulative += flows[t];
            if (cumulative < 0) {
                negative = true;
            } else if (negative) {
                return (t - 1) + (-before) / flows[t];
            }
        }
        return negative ? Double.NaN : 0;
    }

    /** The same on the discounted flows CF_t ÷ (1 + rate)^t (动态投资回收期). */
    public static double discountedPaybackFromFlows(double[] flows, double rate) {
        if (rate <= -1) {
            throw new IllegalArgumentException(Texts.format("retrofit.rateAboveMinus100", rate));
        }
        double[] d = new double[flows.length];
        double factor = 1;
        for (int t = 0; t < flows.length; t++) {
            d[t] = flows[t] * factor;
            factor /= 1 + rate;
        }
        return paybackFromFlows(d);
    }

    /**
     * The yearly net cash flows a payback convention reads, {@code [t]} at the end of year t:
     * from commissioning −investment at t = 0 and the saving at 1…life; from the start of
     * construction nothing at t = 0, the investment evenly over years 1…c, the saving over years
     * c + 1…c + life.
     */
    public static double[] flows(double investment, double annualSaving, int lifeYears, PaybackConvention convention,
                                 int constructionYears) {
        int c = convention == PaybackConvention.FROM_CONSTRUCTION_START ? constructionYears : 0;
        double[] f = new double[c + lifeYears + 1];
        if (c == 0) {
            f[0] = -investment;
        } else {
            for (int t = 1; t <= c; t++) {
                f[t] = -investment / c;
            }
        }
        for (int t = c + 1; t <= c + lifeYears; t++) {
            f[t] = annualSaving;
        }
        return f;
    }

    /**
     * A payback period and the convention it was counted in.
     *
     * @param constructionYears the construction period counted (0 from commissioning)
     * @param staticYears       静态投资回收期; NaN when the saving is not positive or the investment negative
     * @param dynamicYears      动态投资回收期 at the discount rate; NaN when not reached within the life
     */
    public record Payback(PaybackConvention convention, int constructionYears, double staticYears, double dynamicYears) {

        /** How this payback was counted, with its source, for the window and the command line. */
        public String basis(double discountRate) {
            return convention == PaybackConvention.FROM_CONSTRUCTION_START
                    ? Texts.format("retrofit.payback.basisConstruction", constructionYears, percent(discountRate))
                    : Texts.get("retrofit.payback.basisCommissioning");
        }
    }

    private static String percent(double rate) {
        return java.math.BigDecimal.valueOf(rate * 100).stripTrailingZeros().toPlainString();
    }

    /**
     * The economics of one measure, as shown in the retrofit table and the report.
     *
     * @param investment   万元
     * @param annualSaving annual net saving, 万元/年
     * @param lifeYears    economic life, years
     * @param discountRate decimal, e.g. 0.08
     * @param paybackYears the static payback of {@code payback}'s convention, NaN when there is none
     * @param npv          net present value at {@code discountRate}, 万元 (commissioning basis)
     * @param irr          internal rate of return, empty unless {@code irrStatus} is FOUND
     * @param irrStatus    why there is or is not an IRR
     * @param payback      the payback with its convention, static and dynamic
     */
    public record Economics(double investment, double annualSaving, int lifeYears, double discountRate,
                            double paybackYears, double npv, OptionalDouble irr, IrrStatus irrStatus, Payback payback) {

        /** How NPV and IRR were computed (the commissioning basis), for the window and the command line. */
        public String npvBasis() {
            return Texts.format("retrofit.npv.basis", lifeYears, percent(discountRate));
        }
    }

    /** Where a discount rate comes from: the guide's 8 % 社会折现率 when it is the default, else the engineer. */
    public static String discountRateSource(double rate) {
        return rate == RetrofitPlan.DEFAULT_DISCOUNT_RATE ? Texts.get("retrofit.discountRate.default")
                : Texts.get("retrofit.discountRate.set");
    }

    /** Payback (from commissioning), NPV and IRR of a measure. */
    public static Economics of(double investment, double annualSaving, int lifeYears, double discountRate) {
        return of(investment, annualSaving, lifeYears, discountRate, PaybackConvention.FROM_COMMISSIONING, 0);
    }

    /**
     * Payback in the given convention, NPV and IRR of a measure.
     *
     * @param constructionYears the construction period for {@link PaybackConvention#FROM_CONSTRUCTION_START}
     *                          (1…{@value #MAX_CONSTRUCTION_YEARS}); ignored from commissioning
     * @throws IllegalArgumentException when {@code lifeYears} is outside 1..50, the discount rate
     *                                  outside [0, 1), a money amount is not a finite number, or the
     *                                  construction period is out of range
     */
    public static Economics of(double investment, double annualSaving, int lifeYears, double discountRate,
                               PaybackConvention convention, int constructionYears) {
        if (lifeYears < 1 || lifeYears > 50) {
            throw new IllegalArgumentException(Texts.format("retrofit.lifeYearsRange", lifeYears));
        }
        if (!(discountRate >= 0 && discountRate < 1)) {
            throw new IllegalArgumentException(Texts.format("retrofit.discountRateRange", discountRate));
        }
        if (!Double.isFinite(investment) || !Double.isFinite(annualSaving)) {
            throw new IllegalArgumentException(Texts.get("retrofit.amountsNotNumbers"));
        }
        PaybackConvention conv = convention == null ? PaybackConvention.FROM_COMMISSIONING : convention;
        int c = 0;
        if (conv == PaybackConvention.FROM_CONSTRUCTION_START) {
            if (constructionYears < 1 || constructionYears > MAX_CONSTRUCTION_YEARS) {
                throw new IllegalArgumentException(Texts.format("retrofit.constructionYearsRange", constructionYears,
                        MAX_CONSTRUCTION_YEARS));
            }
            c = constructionYears;
        }
        double simple = simplePayback(investment, annualSaving);
        // nothing invested: nothing to recover, in either convention (the cumulative flow is never negative)
        double staticYears = Double.isNaN(simple) ? Double.NaN : simple == 0 ? 0 : c + simple;
        double dynamicYears = Double.isNaN(simple) ? Double.NaN
                : discountedPaybackFromFlows(flows(investment, annualSaving, lifeYears, conv, c), discountRate);
        Irr irr = irrOf(investment, annualSaving, lifeYears);
        return new Economics(investment, annualSaving, lifeYears, discountRate, staticYears,
                npv(discountRate, investment, annualSaving, lifeYears), irr.value(), irr.status(),
                new Payback(conv, c, staticYears, dynamicYears));
    }
}
