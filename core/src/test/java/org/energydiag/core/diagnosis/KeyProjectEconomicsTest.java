package org.energydiag.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.energydiag.core.retrofit.Finance;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.RetrofitPlan;

/** Economics of a key project as {@link RetrofitReport} computes them, with the plan's or the project's life and rate. */
class KeyProjectEconomicsTest {

    private static KeyProject project(Double inv, Double cost) {
        KeyProject.Builder b = KeyProject.named("高效电机替换").edit();
        b.investmentWanYuan = inv;
        b.costSavingWanYuan = cost;
        return b.build();
    }

    /*
     * Investment 100 万元, cost saving 30 万元/年, plan defaults 10 years and 8 %:
     *   1.08^10 = 2.158925, 1/that = 0.463193
     *   (P/A, 8 %, 10) = (1 − 0.463193) ÷ 0.08 = 6.710081
     *   NPV = 30 × 6.710081 − 100 = 201.302 − 100 = 101.30 万元
     *   payback = 100 ÷ 30 = 3.33 years
     *   IRR: (P/A, r, 10) = 100 ÷ 30 = 3.3333; at 27 % the factor is 3.3644, at 28 % 3.2689
     *        → 27 % + (3.3644 − 3.3333) ÷ (3.3644 − 3.2689) × 1 % = 27 % + 0.0311 ÷ 0.0955 × 1 % ≈ 27.33 %
     *        (bisection gives 27.32 %)
     */
    @Test
    void plansDefaultLifeAndRate() {
        RetrofitReport.ProjectResult r = RetrofitReport.economics(project(100.0, 30.0), RetrofitPlan.empty());

        assertThat(r.lifeYears()).isEqualTo(10);
        assertThat(r.discountRate()).isEqualTo(0.08);
        assertThat(r.note()).isEmpty();
        assertThat(r.economics().npv()).isCloseTo(101.30, within(0.005));
        assertThat(r.economics().paybackYears()).isCloseTo(3.33, within(0.005));
        double irr = r.economics().irr().orElseThrow();
        assertThat(irr).isCloseTo(0.2733, within(2e-4));
        assertThat(Finance.npv(irr, 100, 30, 10)).isCloseTo(0, within(1e-6));
    }

    /* The project's own 5 years override the plan's 10: NPV = 30 × 3.992710 − 100 = 19.78 (FinanceTest example A). */
    @Test
    void projectLifeOverridesThePlan() {
        KeyProject.Builder b = project(100.0, 30.0).edit();
        b.lifeYears = 5;
        RetrofitReport.ProjectResult r = RetrofitReport.economics(b.build(), RetrofitPlan.empty().withEconomics(15, 0.06));

        assertThat(r.lifeYears()).isEqualTo(5);
        assertThat(r.discountRate()).isEqualTo(0.06); // the rate still comes from the plan
        // (P/A, 6 %, 5) = (1 − 1.06^−5) ÷ 0.06 = (1 − 0.747258) ÷ 0.06 = 4.212364 → NPV = 126.371 − 100 = 26.37
        assertThat(r.economics().npv()).isCloseTo(26.37, within(0.005));
    }

    @Test
    void missingInvestmentOrSavingGivesANoteInsteadOfFigures() {
        RetrofitReport.ProjectResult noInvestment = RetrofitReport.economics(project(null, 30.0), RetrofitPlan.empty());
        assertThat(noInvestment.economics()).isNull();
        assertThat(noInvestment.note()).isEqualTo("缺少投资测算，无法计算回收期、净现值和内部收益率");

        RetrofitReport.ProjectResult noSaving = RetrofitReport.economics(project(100.0, null), RetrofitPlan.empty());
        assertThat(noSaving.economics()).isNull();
        assertThat(noSaving.note()).isEqualTo("缺少年节约费用，无法计算回收期、净现值和内部收益率");
    }

    @Test
    void lifeOutsideTheAllowedRangeIsANote() {
        KeyProject.Builder b = project(100.0, 30.0).edit();
        b.lifeYears = 60;
        RetrofitReport.ProjectResult r = RetrofitReport.economics(b.build(), RetrofitPlan.empty());
        assertThat(r.economics()).isNull();
        assertThat(r.note()).isEqualTo("经济寿命应为 1～50 年，实际为 60 年");
    }

    @Test
    void reportCarriesTheEconomicsOfEveryKeyProject() {
        var p = RetrofitFixtures.demo();
        p = p.withPlan(p.plan().withKeyProjects(java.util.List.of(project(100.0, 30.0), project(null, 30.0))),
                RetrofitFixtures.NOW);
        RetrofitReport r = RetrofitFixtures.report(p);

        assertThat(r.keyProjects()).hasSize(2);
        assertThat(r.keyProjects().get(0).economics().npv()).isCloseTo(101.30, within(0.005));
        assertThat(r.keyProjects().get(1).note()).startsWith("缺少投资测算");
        assertThat(r.table31()).hasSize(2);
    }
}
