package org.energydiag.core.analysis;

import java.util.List;
import org.energydiag.core.benchmark.BenchmarkComparison;
import org.energydiag.core.carbon.CarbonCalculator;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.energy.BalanceResult;
import org.energydiag.core.energy.Coefficients;
import org.energydiag.core.energy.EnergyBalanceCalculator;
import org.energydiag.core.energy.EnergyCalculator;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.validation.ValidationIssue;

/**
 * Everything computed from a project's energy and carbon data, in one place, so the screen, the
 * command line and the documents show the same numbers.
 */
public record ProjectAnalysis(EnergySummary energy, BalanceResult balance, CarbonResult carbon,
                              List<BenchmarkComparison.Result> benchmarks) {

    public static ProjectAnalysis of(DiagnosisProject p, EnergyReference reference) {
        // one heat value per fuel: one Coefficients for the consumption, the balance and the emissions,
        // so a fuel's 当量值 and its emissions stand on the same heat value object (measured or the reference's)
        Coefficients k = new Coefficients(reference, p.energy(), p.carbon().measuredNcv());
        EnergySummary s = new EnergyCalculator(reference).summarize(p.energy(), k);
        BalanceResult b = new EnergyBalanceCalculator(reference).compute(p.energy(), s, k);
        CarbonResult c = new CarbonCalculator(reference).compute(p.energy(), p.carbon(), s, k);
        int year = p.energy().baseYear();
        List<BenchmarkComparison.Result> bm = BenchmarkComparison.compare(
                s.unitConsumption().stream().filter(u -> u.year() == year).toList(), reference.benchmarks(),
                p.energy().benchmarkLinks());
        return new ProjectAnalysis(s, b, c, bm);
    }

    /** Issues of the 能源消费情况 step (consumption and balance). */
    public List<ValidationIssue> energyIssues() {
        List<ValidationIssue> out = new java.util.ArrayList<>(energy.issues());
        out.addAll(balance.issues());
        return out;
    }

    /** The step 能源消费情况 is complete when the base year has consumption and nothing is in error. */
    public boolean energyComplete(int baseYear) {
        boolean hasBaseYear = energy.carriers().stream().anyMatch(c -> c.tce().containsKey(baseYear));
        return hasBaseYear && energyIssues().stream().noneMatch(ValidationIssue::isError);
    }

    /** The step 企业碳排放情况 is complete when the base year has emissions and nothing is in error. */
    public boolean carbonComplete(int baseYear) {
        return carbon.years().stream().anyMatch(y -> y.year() == baseYear && !y.sources().isEmpty())
                && carbon.issues().stream().noneMatch(ValidationIssue::isError);
    }
}
