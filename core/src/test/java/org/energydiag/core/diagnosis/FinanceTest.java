package org.energydiag.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.energydiag.core.retrofit.Finance;

/**
 * Worked examples, each calculated by hand in the comments (money in 万元).
 */
class FinanceTest {

    /*
     * Example A: investment 100, saving 30/yr, 5 years, discount rate 8 %.
     *
     *   payback = 100 / 30 = 3.333 years
     *
     *   1.08^5 = 1.08 × 1.08 = 1.1664; × 1.08 = 1.259712; × 1.08 = 1.36048896; × 1.08 = 1.4693280768
     *   1.08^−5 = 1 / 1.4693280768 = 0.6805832
     *   annuity factor (P/A, 8 %, 5) = (1 − 0.6805832) / 0.08 = 0.3194168 / 0.08 = 3.992710
     *   NPV = 30 × 3.992710 − 100 = 119.7813 − 100 = 19.7813
     *
     *   IRR: we need (P/A, r, 5) = 100 / 30 = 3.33333
     *     r = 15 %: 1.15^5 = 2.0113572, 1/that = 0.4971767, (1 − 0.4971767) / 0.15 = 3.352155
     *     r = 16 %: 1.16^5 = 2.1003414, 1/that = 0.4761130, (1 − 0.4761130) / 0.16 = 3.274294
     *     linear interpolation: 15 % + (3.352155 − 3.333333) / (3.352155 − 3.274294) × 1 %
     *                         = 15 % + 0.018822 / 0.077861 × 1 % = 15 % + 0.2417 % ≈ 15.24 %
     *   (bisection gives 15.2382 %; interpolation over a 1 % step is good to about 0.01 %.)
     */
    @Test
    void exampleA_payback_npv_irr() {
        assertThat(Finance.simplePayback(100, 30)).isCloseTo(3.3333, within(1e-4));
        assertThat(Finance.npv(0.08, 100, 30, 5)).isCloseTo(19.7813, within(1e-4));

        double irr = Finance.irr(100, 30, 5).orElseThrow();
        assertThat(irr).isCloseTo(0.1524, within(1e-4));
        // check: at the IRR the annuity factor is 100 / 30 and the NPV is zero
        double annuityFactor = (1 - Math.pow(1 + irr, -5)) / irr;
        assertThat(annuityFactor).isCloseTo(3.33333, within(1e-5));
        assertThat(Finance.npv(irr, 100, 30, 5)).isCloseTo(0, within(1e-6));
    }

    /*
     * Example B: the same measure at a zero discount rate. Nothing is discounted:
     *   NPV = 5 × 30 − 100 = 50
     */
    @Test
    void zeroDiscountRateNpvIsTheUndiscountedSurplus() {
        assertThat(Finance.npv(0, 100, 30, 5)).isCloseTo(50, within(1e-12));
    }

    /*
     * Example C, the standard compound-interest-table case (any engineering-economics interest
     * table, (P/A, 10 %, 5) = 3.7908): investment 1000, saving 300/yr, 5 years, 10 %.
     *   discount factors 1/1.1^t: 0.909091, 0.826446, 0.751315, 0.683013, 0.620921
     *   sum = 3.790787 → NPV = 300 × 3.790787 − 1000 = 1137.236 − 1000 = 137.236
     *   The cash flows are example A × 10, so the IRR is the same 15.24 % (IRR is scale-free).
     */
    @Test
    void textbookAnnuityFactorExample() {
        assertThat(Finance.npv(0.10, 1000, 300, 5)).isCloseTo(137.236, within(1e-3));
        assertThat(Finance.irr(1000, 300, 5).orElseThrow())
                .isCloseTo(Finance.irr(100, 30, 5).orElseThrow(), within(1e-8));
    }

    /*
     * Example D: total savings less than the investment. Investment 100, saving 10/yr, 5 years:
     *   undiscounted total 50 < 100, so NPV(0) = −50 < 0 and the IRR is negative.
     *   NPV(r) → +∞ as r → −100 %, so a root exists above −99 %. Put v = 1/(1+r):
     *     10 × (v + v² + v³ + v⁴ + v⁵) = 100  ⇔  v + v² + v³ + v⁴ + v⁵ = 10
     *     v = 1.24: 1.24 + 1.5376 + 1.906624 + 2.364214 + 2.931625 = 9.980   (just below 10)
     *     v = 1.25: 1.25 + 1.5625 + 1.953125 + 2.441406 + 3.051758 = 10.259  (above 10)
     *     v ≈ 1.24 + 0.01 × 0.020 / 0.279 ≈ 1.2407 → r = 1/1.2407 − 1 ≈ −0.194
     *   Documented behaviour: irr() returns this negative rate, about −19.4 %; it is not empty.
     */
    @Test
    void savingsBelowInvestmentGiveANegativeIrr() {
        double irr = Finance.irr(100, 10, 5).orElseThrow();
        assertThat(irr).isCloseTo(-0.1940, within(1e-4));
        assertThat(Finance.npv(irr, 100, 10, 5)).isCloseTo(0, within(1e-6));
        assertThat(Finance.simplePayback(100, 10)).isEqualTo(10.0); // longer than the 5-year life
    }

    /*
     * Example E: no IRR, and why.
     *   - saving 0 or negative: the flows never turn positive, NPV(r) = −investment − … < 0 for
     *     every r: no root, the investment is never recovered (NEVER_RECOVERS); payback is NaN too.
     *   - investment 0: nothing is laid out, NPV > 0 at every rate: not a conventional
     *     "outlay first, returns after" series (NOT_CONVENTIONAL), no rate is defined.
     *   - a rate too large for a double: investment 1e-300, saving 1e300 for 1 year:
     *       1e300 / (1 + r) = 1e-300 → 1 + r = 1e600 > Double.MAX_VALUE (OUT_OF_RANGE);
     *     too close to −100 %: investment 1e300, saving 1e-300: 1 + r = 1e-600 rounds to 0.
     * These are kept apart: the plan, the window and the command line say which it is.
     */
    @Test
    void noIrrSaysWhy() {
        assertThat(Finance.irr(100, 0, 5)).isEmpty();
        assertThat(Finance.irrOf(100, 0, 5).status()).isEqualTo(Finance.IrrStatus.NEVER_RECOVERS);
        assertThat(Finance.irrOf(100, -5, 5).status()).isEqualTo(Finance.IrrStatus.NEVER_RECOVERS);
        assertThat(Finance.irrOf(0, 30, 5).status()).isEqualTo(Finance.IrrStatus.NOT_CONVENTIONAL);
        assertThat(Finance.irrOf(-10, 30, 5).status()).isEqualTo(Finance.IrrStatus.NOT_CONVENTIONAL);
        assertThat(Finance.irrOf(1e-300, 1e300, 1).status()).isEqualTo(Finance.IrrStatus.OUT_OF_RANGE);
        assertThat(Finance.irrOf(1e300, 1e-300, 1).status()).isEqualTo(Finance.IrrStatus.OUT_OF_RANGE);
        assertThat(Finance.irrOf(1e-300, 1e300, 1).value()).isEmpty();
        assertThat(Finance.IrrStatus.NEVER_RECOVERS.text()).contains("收不回");
        assertThat(Finance.IrrStatus.NOT_CONVENTIONAL.text()).contains("常规");
        assertThat(Finance.IrrStatus.OUT_OF_RANGE.text()).contains("范围");
        assertThat(Finance.simplePayback(100, 0)).isNaN();
        assertThat(Finance.simplePayback(100, -5)).isNaN();
        assertThat(Finance.simplePayback(-1, 30)).isNaN();
    }

    /*
     * Example F: roots far from the old search range (−99 %, 1000 %], which gave "no IRR" for both.
     *   investment 1, saving 1000 for 1 year: 1000 / (1 + r) = 1 → r = 999 (99 900 %).
     *   investment 1, saving 1e-9 for 1 year: 1e-9 / (1 + r) = 1 → 1 + r = 1e-9, r = −0.999999999.
     */
    @Test
    void rootsOutsideTheOldSearchRangeAreFound() {
        assertThat(Finance.irr(1, 1000, 1).orElseThrow()).isCloseTo(999, within(1e-9));
        // r = 1e-9 − 1 = −0.999999999 (a double holds it to about 1e-16, so 1 + r to about 1e-7 relative)
        assertThat(Finance.irr(1, 1e-9, 1).orElseThrow()).isCloseTo(1e-9 - 1, within(1e-15));
    }

    /* One year: 100 invested, 110 back after a year → IRR = 110/100 − 1 = 10 % exactly. */
    @Test
    void oneYearIrrIsTheSimpleReturn() {
        assertThat(Finance.irr(100, 110, 1).orElseThrow()).isCloseTo(0.10, within(1e-9));
    }

    @Test
    void economicsCombinesTheThreeMeasures() {
        Finance.Economics e = Finance.of(100, 30, 5, 0.08);
        assertThat(e.paybackYears()).isCloseTo(3.3333, within(1e-4));
        assertThat(e.npv()).isCloseTo(19.7813, within(1e-4));
        assertThat(e.irr().orElseThrow()).isCloseTo(0.1524, within(1e-4));
        assertThat(e.lifeYears()).isEqualTo(5);
        assertThat(e.discountRate()).isEqualTo(0.08);

        Finance.Economics none = Finance.of(100, 0, 10, 0.0);
        assertThat(none.paybackYears()).isNaN();
        assertThat(none.npv()).isEqualTo(-100.0);
        assertThat(none.irr()).isEmpty();
        assertThat(none.irrStatus()).isEqualTo(Finance.IrrStatus.NEVER_RECOVERS);
    }

    @Test
    void economicsValidatesLifeAndRate() {
        assertThatThrownBy(() -> Finance.of(100, 30, 0, 0.08))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("经济寿命");
        assertThatThrownBy(() -> Finance.of(100, 30, 51, 0.08))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("经济寿命");
        assertThatThrownBy(() -> Finance.of(100, 30, 5, -0.01))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("折现率");
        assertThatThrownBy(() -> Finance.of(100, 30, 5, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("折现率");
        assertThatThrownBy(() -> Finance.of(100, 30, 5, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Finance.of(100, 30, 1, 0.0)).isNotNull();
        assertThat(Finance.of(100, 30, 50, 0.999)).isNotNull();
    }
}
