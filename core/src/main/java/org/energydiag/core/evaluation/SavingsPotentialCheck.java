package org.energydiag.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.benchmark.BenchmarkComparison;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.text.Texts;

/**
 * The accepted tasks' savings against what the enterprise can save: more than the base-year
 * consumption is impossible; more than the products' gap to the advanced level (标杆/先进值) of
 * their benchmark (the largest of them: one line's products share their energy) usually means the same energy is counted twice (a benchmark task and the
 * equipment tasks of the same line).
 */
final class SavingsPotentialCheck implements CheckRule {

    @Override
    public String id() {
        return "savings-potential";
    }

    @Override
    public List<CheckIssue> check(ProjectEvaluation ev) {
        List<CheckIssue> out = new ArrayList<>();
        double saving = ev.report().targets().computedSavingTce();
        if (!(saving > 0)) {
            return out;
        }
        String section = Texts.get("check.section.targets");
        EnergySummary.YearTotals base = ev.baseYearTotals();
        if (base != null && base.tce() > 0 && saving >= base.tce()) {
            out.add(new CheckIssue(id(), CheckIssue.Level.ERROR, section, Texts.format("check.savings.aboveConsumption",
                    PlanCheck.f(saving), PlanCheck.f(base.tce())), "retrofit"));
            return out;
        }
        double potential = potentialTce(ev);
        if (!Double.isNaN(potential) && saving > potential * 1.5 && base != null && potential < base.tce()) {
            out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, Texts.format("check.savings.abovePotential",
                    PlanCheck.f(saving), PlanCheck.f(potential), PlanCheck.f(saving / potential)), "retrofit"));
        }
        return out;
    }

    /**
     * The benchmark potential: the largest product's gap to the advanced level (标杆/先进值), tce per
     * year; NaN when no product with a kgce-per-unit indicator has a gap.
     */
    static double potentialTce(ProjectEvaluation ev) {
        // the largest product's gap: products of one line share their energy (cement contains its
        // clinker), so their gaps are not added up
        double potential = 0;
        int products = 0;
        for (BenchmarkComparison.Result r : ev.analysis().benchmarks()) {
            if (!(r.gapToAdvanced() > 0) || r.unit() == null || !r.unit().toLowerCase(java.util.Locale.ROOT).startsWith("kgce/")) {
                continue;
            }
            for (EnergySummary.UnitConsumption u : ev.analysis().energy().unitConsumption()) {
                if (u.year() == r.year() && u.product().equals(r.product()) && u.output() > 0) {
                    double tonnes = u.output() * (u.unit().startsWith("亿") ? 1e8 : u.unit().startsWith("万") ? 1e4 : 1);
                    potential = Math.max(potential, tonnes * r.gapToAdvanced() / 1000.0);
                    products++;
                }
            }
        }
        return products > 0 ? potential : Double.NaN;
    }
}
