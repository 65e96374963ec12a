package org.energydiag.core.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The IRR wherever its root is (issue #18: investment 10, saving 200 a year gave "no IRR"), and the
 * two payback conventions: from commissioning (the default) and, after 《建设项目经济评价方法与参数》
 * （第三版）, from the start of construction, static and dynamic. Every expected value is worked out
 * here independently of {@link Finance}: by hand in the comments, by the closed form of a level
 * annuity, or by a bisection written in this test; payback cases are published worked examples
 * (their addresses are given) recomputed by hand.
 */
class FinanceConventionsTest {

    /** The NPV of −I at year 0 and S at the end of years 1…n by the annuity closed form S·(1 − (1+r)^−n)/r − I. */
    private static double closedFormNpv(double rate, double investment, double saving, int years) {
        return saving * (1 - Math.pow(1 + rate, -years)) / rate - investment;
    }

    /** A plain bisection on r itself in [lo, hi], written here so that the expected value does not come from Finance. */
    private static double bisect(double lo, double hi, double investment, double saving, int years) {
        for (int i = 0; i < 300; i++) {
            double mid = 0.5 * (lo + hi);
            if (closedFormNpv(mid, investment, saving, years) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /*
     * Issue #18: investment 10 万元, saving 200 万元/年, default life 10 years. The old search stopped at
     * 1000 % and reported "无解（收益不足以收回投资）" — the opposite of the truth.
     *   Level annuity: 200·(1 − (1+r)^−10)/r = 10  ⇔  (1 − (1+r)^−10)/r = 0.05.
     *   For r = 20: (1 − 21^−10)/20 = (1 − 6.05e-14)/20 = 0.05 − 3e-15, just below 0.05, so r is a hair
     *   under 20, i.e. the IRR is 2 000 % (to 1e-10). The bisection below on [1, 1000] gives the same.
     */
    @Test
    void issue18_investment10_saving200_hasAnIrrOfAbout2000Percent() {
        double expected = bisect(1, 1000, 10, 200, 10);
        assertThat(expected).isCloseTo(20.0, within(1e-9));

        Finance.Irr irr = Finance.irrOf(10, 200, 10);
        assertThat(irr.status()).isEqualTo(Finance.IrrStatus.FOUND);
        assertThat(irr.rate()).isCloseTo(expected, within(1e-9));
        // at the rate found the closed-form NPV is zero
        assertThat(closedFormNpv(irr.rate(), 10, 200, 10)).isCloseTo(0, within(1e-9));

        Finance.Economics e = Finance.of(10, 200, 10, 0.08);
        assertThat(e.irrStatus()).isEqualTo(Finance.IrrStatus.FOUND);
        assertThat(e.irr().orElseThrow()).isCloseTo(20.0, within(1e-9));
        assertThat(e.paybackYears()).isCloseTo(0.05, within(1e-12)); // 10 / 200
    }

    /*
     * Huge and tiny rates alike, each against the bisection above:
     *   investment 1, saving 1e6 a year for 3 years: r ≈ 1e6 (the later years hardly count);
     *   investment 100, saving 20.000001 a year for 5 years: the savings exceed the outlay by 5e-6,
     *   the IRR is a tiny positive rate (about 5e-6 / Σt·20 = 5e-6 / 300 ≈ 1.7e-8).
     */
    @Test
    void hugeAndTinyRatesAreFound() {
        double huge = Finance.irr(1, 1e6, 3).orElseThrow();
        assertThat(huge).isCloseTo(bisect(1e3, 1e9, 1, 1e6, 3), within(1e-3));

        double tiny = Finance.irr(100, 20.000001, 5).orElseThrow();
        assertThat(tiny).isPositive().isCloseTo(1.6667e-8, within(1e-11));
        // the closed form loses digits for so small an r: check the discounted sum term by term
        double sum = -100;
        for (int t = 1; t <= 5; t++) {
            sum += 20.000001 / Math.pow(1 + tiny, t);
        }
        assertThat(sum).isCloseTo(0, within(1e-11));
    }

    @Test
    void unconventionalFlowsAreSaidSo() {
        // money received first, paid back later (a loan): NPV rises with the rate
        assertThat(Finance.irrOf(new double[] {100, -60, -60}).status()).isEqualTo(Finance.IrrStatus.NOT_CONVENTIONAL);
        // two changes of sign (outlay, return, outlay again): more than one root can exist
        assertThat(Finance.irrOf(new double[] {-100, 230, -132}).status()).isEqualTo(Finance.IrrStatus.NOT_CONVENTIONAL);
        // nothing back at all
        assertThat(Finance.irrOf(new double[] {-100, 0, 0}).status()).isEqualTo(Finance.IrrStatus.NEVER_RECOVERS);
        // zeros do not count as a change of sign: outlay over two years, returns after
        assertThat(Finance.irrOf(new double[] {0, -50, -50, 0, 80, 80}).status()).isEqualTo(Finance.IrrStatus.FOUND);
    }

    /*
     * Static payback read from the cumulative flow, P = T − 1 + |cumulative of year T−1| ÷ flow of year T.
     *
     * Worked example 1 (exam question, https://sutiku.cn/question/132919.html; answer 4.25):
     *   建设期 1 年, 建设投资 800 万元; year-end net flows of years 2…5: 220, 242, 266, 293.
     *   cumulative: year 1 −800, year 2 −580, year 3 −338, year 4 −72, year 5 +221 → T = 5,
     *   P = 5 − 1 + 72 / 293 = 4.2457 ≈ 4.25.
     *
     * Worked example 2 (https://woyaosouti.com/x_ask/vse4mhnNhRmPMVckpa.html; answer B, 4.31):
     *   investment 4 800 at the end of year 1; year 2 1 200, year 3 1 500, from year 4 1 600 a year.
     *   cumulative: −4 800, −3 600, −2 100, −500, +1 100 → T = 5, P = 4 + 500 / 1 600 = 4.3125.
     */
    @Test
    void staticPaybackFromTheCumulativeFlow_publishedExamples() {
        assertThat(Finance.paybackFromFlows(new double[] {0, -800, 220, 242, 266, 293})).isCloseTo(4 + 72.0 / 293, within(1e-12));
        assertThat(Finance.paybackFromFlows(new double[] {0, -4800, 1200, 1500, 1600, 1600, 1600, 1600}))
                .isCloseTo(4.3125, within(1e-12));
        // never recovered: NaN; nothing laid out: 0
        assertThat(Finance.paybackFromFlows(new double[] {-100, 10, 10})).isNaN();
        assertThat(Finance.paybackFromFlows(new double[] {0, 10, 10})).isZero();
    }

    /*
     * Dynamic payback (discounted cumulative flow).
     *
     * Worked example 3 (https://k51.com.cn/QuestDetail/50911f68-81bb-4ecc-8d3b-af7776c68d65.html; answer 7.28):
     *   investment 1 000 at year 0, 200 a year for 8 years, 10 %:
     *   discounted 181.8, 165.3, 150.3, 136.6, 124.2, 112.9, 102.6, 93.3; cumulative after year 7 −26.3,
     *   after year 8 +67 → P' = 8 − 1 + 26.3 / 93.3 = 7.28.
     *
     * Worked example 4 (https://xiaoyuandeng.com/wd-wt/tiLu4X7WXQ4enOxJYDiai1S.html; answer 5.67):
     *   investment 2 000, 480 a year from the end of year 1, 10 %: (P/A, 10 %, 5) = 3.7908,
     *   cumulative after year 5 480 × 3.7908 − 2 000 = −180.4; year 6 480 × (4.3553 − 3.7908) = 270.96
     *   → P' = 5 + 180.4 / 270.96 = 5.67.
     */
    @Test
    void dynamicPayback_publishedExamples() {
        double[] a = new double[9];
        a[0] = -1000;
        java.util.Arrays.fill(a, 1, 9, 200);
        assertThat(Finance.discountedPaybackFromFlows(a, 0.10)).isCloseTo(7.28, within(0.005));
        double[] b = new double[11];
        b[0] = -2000;
        java.util.Arrays.fill(b, 1, 11, 480);
        assertThat(Finance.discountedPaybackFromFlows(b, 0.10)).isCloseTo(5.67, within(0.005));
    }

    /*
     * The same measure in both conventions: investment 100, saving 30 a year, 5 years, 8 %.
     *
     * From commissioning (default): static 100 / 30 = 3.3333.
     *   discounted savings 30/1.08^t: 27.7778, 25.7202, 23.8150, 22.0509, 20.4175;
     *   cumulative −100 → −72.2222, −46.5021, −22.6871, −0.6362, +19.7813 → dynamic 4 + 0.6362/20.4175 = 4.0312.
     *
     * From the start of construction, construction period 1 year (the guide's cash-flow table: the
     * investment at the end of year 1, the savings at the end of years 2…6):
     *   static: cumulative −100, −70, −40, −10, +20 → 4 + 10/30 = 4.3333 (= 1 + 100/30);
     *   discounted: −100/1.08 = −92.5926, then 25.7202, 23.8150, 22.0509, 20.4175, 18.9051;
     *   cumulative −92.5926, −66.8724, −43.0575, −21.0066, −0.5891, +18.3160 → 5 + 0.5891/18.9051 = 5.0312.
     * NPV and IRR stay on the commissioning basis in both conventions (19.7813, 15.24 %).
     */
    @Test
    void bothConventionsOfOneMeasure() {
        Finance.Economics fromCommissioning = Finance.of(100, 30, 5, 0.08);
        assertThat(fromCommissioning.payback().convention()).isEqualTo(PaybackConvention.FROM_COMMISSIONING);
        assertThat(fromCommissioning.payback().constructionYears()).isZero();
        assertThat(fromCommissioning.payback().staticYears()).isCloseTo(3.3333, within(1e-4));
        assertThat(fromCommissioning.payback().dynamicYears()).isCloseTo(4 + 0.6362 / 20.4175, within(1e-4));

        Finance.Economics fromConstruction = Finance.of(100, 30, 5, 0.08, PaybackConvention.FROM_CONSTRUCTION_START, 1);
        assertThat(fromConstruction.payback().convention()).isEqualTo(PaybackConvention.FROM_CONSTRUCTION_START);
        assertThat(fromConstruction.payback().constructionYears()).isEqualTo(1);
        assertThat(fromConstruction.paybackYears()).isCloseTo(4.3333, within(1e-4));
        assertThat(fromConstruction.payback().dynamicYears()).isCloseTo(5 + 0.5891 / 18.9051, within(1e-4));
        assertThat(fromConstruction.npv()).isCloseTo(fromCommissioning.npv(), within(1e-12));
        assertThat(fromConstruction.irr().orElseThrow()).isCloseTo(fromCommissioning.irr().orElseThrow(), within(1e-12));
        assertThat(fromConstruction.payback().basis(0.08)).contains("建设项目经济评价方法与参数", "建设期 1 年", "8%");
        assertThat(fromCommissioning.payback().basis(0.08)).contains("自投产年起算");
    }

    /*
     * Construction over two years: investment 100 spent 50 at the end of year 1 and 50 at the end of
     * year 2, saving 30 a year from year 3, 5 years, 0 %: cumulative −50, −100, −70, −40, −10, +20 →
     * static = dynamic (no discounting) = 5 + 10/30 = 5.3333 = 2 + 100/30.
     */
    @Test
    void constructionOverTwoYears() {
        Finance.Economics e = Finance.of(100, 30, 5, 0.0, PaybackConvention.FROM_CONSTRUCTION_START, 2);
        assertThat(e.paybackYears()).isCloseTo(2 + 100.0 / 30, within(1e-12));
        assertThat(e.payback().dynamicYears()).isCloseTo(2 + 100.0 / 30, within(1e-12));
    }

    /*
     * Dynamic payback beyond the life: investment 100, saving 30, 3 years, 8 %: the discounted savings
     * 27.78 + 25.72 + 23.82 = 77.31 < 100, never recovered within the life → NaN; the static payback
     * (3.33 years, longer than the life) is still given, as before.
     */
    @Test
    void dynamicPaybackNotReachedWithinTheLife() {
        Finance.Economics e = Finance.of(100, 30, 3, 0.08);
        assertThat(e.payback().dynamicYears()).isNaN();
        assertThat(e.paybackYears()).isCloseTo(3.3333, within(1e-4));
    }

    @Test
    void constructionPeriodIsChecked() {
        assertThatThrownBy(() -> Finance.of(100, 30, 5, 0.08, PaybackConvention.FROM_CONSTRUCTION_START, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("建设期");
        assertThatThrownBy(() -> Finance.of(100, 30, 5, 0.08, PaybackConvention.FROM_CONSTRUCTION_START, 11))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("建设期");
        // ignored from commissioning
        assertThat(Finance.of(100, 30, 5, 0.08, PaybackConvention.FROM_COMMISSIONING, 0).paybackYears())
                .isCloseTo(3.3333, within(1e-4));
    }
}
