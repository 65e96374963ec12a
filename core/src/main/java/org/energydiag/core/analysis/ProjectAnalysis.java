package org.energydiag.core.analysis;

import java.util.List;
import org.energydiag.core.benchmark.BenchmarkComparison;
import org.energydiag.core.carbon.CarbonCalculator;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.energy.BalanceResult;
import org.energydiag.core.energy.Coefficients;
import org.energydiag.core.energy.EnergyBalanceCalculator;
import org.energydiag.core.energy.EnergyCalculator;
import org.energydiag.core.energy.EnergyData;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.text.Texts;
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

    /** Field key of {@link #carbonBasis}: what the base year's emissions lack of the data they are computed from. */
    public static final String CARBON_BASIS = "carbon.basis";

    /**
     * The step 企业碳排放情况 is complete when the base year has emissions, they rest on that year's
     * consumption lines ({@link #carbonBasis} is empty) and nothing is in error.
     *
     * @param data the energy data this analysis was computed from
     */
    public boolean carbonComplete(EnergyData data) {
        int year = data.baseYear();
        return carbon.years().stream().anyMatch(y -> y.year() == year && !y.sources().isEmpty())
                && carbon.issues().stream().noneMatch(ValidationIssue::isError) && carbonBasis(data).isEmpty();
    }

    /**
     * What the base year's emissions lack of the data they are computed from, the base year's lines of
     * the consumption table (activity data of combustion and of purchased electricity and heat): no
     * line of that year counted (emissions typed as process emissions alone are not the enterprise's
     * emissions), or lines of that year not counted (no quantity, unknown carrier, a unit that does not
     * fit), whose emissions are then missing. Errors of field {@link #CARBON_BASIS}; empty when every
     * base-year line is counted and there is at least one.
     *
     * @param data the energy data this analysis was computed from
     */
    public List<ValidationIssue> carbonBasis(EnergyData data) {
        int year = data.baseYear();
        List<ValidationIssue> out = new java.util.ArrayList<>();
        String where = Texts.format("carbon.basis.where", String.valueOf(year));
        if (energy.carriers().stream().noneMatch(c -> c.tce().containsKey(year))) {
            boolean typedOnly = carbon.years().stream().anyMatch(y -> y.year() == year && !y.sources().isEmpty());
            out.add(ValidationIssue.error(CARBON_BASIS, where, Texts.format(typedOnly ? "carbon.basis.noLinesTyped" : "carbon.basis.noLines",
                    String.valueOf(year))));
        }
        List<String> rows = energy.issues().stream()
                .filter(i -> i.isError() && i.field().equals(EnergyCalculator.FIELD) && i.row() >= 0 && i.row() < data.consumption().size()
                        && data.consumption().get(i.row()).year() == year)
                .map(i -> i.row() + 1).distinct().sorted().map(String::valueOf).toList();
        if (!rows.isEmpty()) {
            out.add(ValidationIssue.error(CARBON_BASIS, where, Texts.format("carbon.basis.uncounted", String.valueOf(year),
                    String.join("、", rows))));
        }
        return out;
    }
}
