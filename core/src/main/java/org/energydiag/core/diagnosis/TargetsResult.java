package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.retrofit.RetrofitPlan;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Targets;
import org.energydiag.core.retrofit.TaskCategory;
import org.energydiag.core.text.Texts;

/**
 * 三（一）改造目标 computed from the accepted tasks, and the values in force (the engineer's where set).
 *
 * <p>Intensity drops assume the output value of the base year: drop % = saving ÷ base-year total × 100.
 *
 * @param tasksWithoutEstimate accepted tasks whose energy saving is unknown (not counted)
 */
public record TargetsResult(int baseYear, int targetYear, double baseTce, double baseTco2, double computedSavingTce,
                            double computedReductionTco2, double computedEnergyIntensityDrop,
                            double computedCarbonIntensityDrop, double savingTce, double reductionTco2,
                            double energyIntensityDrop, double carbonIntensityDrop, List<CategoryRow> byCategory,
                            int tasksWithoutEstimate, String subTargets) {

    /** Sub-target of one category: its accepted tasks and their sums. */
    public record CategoryRow(TaskCategory category, int tasks, double savingTce, double reductionTco2,
                              double investmentWanYuan, List<String> names) {
    }

    public static TargetsResult of(ProjectAnalysis a, int baseYear, RetrofitPlan plan) {
        double baseTce = a == null ? Double.NaN : a.energy().totals().stream().filter(t -> t.year() == baseYear)
                .mapToDouble(EnergySummary.YearTotals::tce).findFirst().orElse(Double.NaN);
        double baseCo2 = a == null ? Double.NaN : a.carbon().years().stream().filter(y -> y.year() == baseYear)
                .mapToDouble(CarbonResult.YearEmissions::totalTco2).findFirst().orElse(Double.NaN);
        List<CategoryRow> rows = new ArrayList<>();
        double tce = 0;
        double co2 = 0;
        int unknown = 0;
        for (TaskCategory c : TaskCategory.values()) {
            List<RetrofitTask> ts = plan.tasks().stream().filter(t -> t.category() == c).toList();
            double s = 0, r = 0, inv = 0;
            for (RetrofitTask t : ts) {
                if (t.savingTce() == null) {
                    unknown++;
                } else {
                    s += t.savingTce();
                }
                r += t.savingTco2() == null ? 0 : t.savingTco2();
                inv += t.investmentWanYuan() == null ? 0 : t.investmentWanYuan();
            }
            tce += s;
            co2 += r;
            rows.add(new CategoryRow(c, ts.size(), s, r, inv, ts.stream().map(RetrofitTask::name).toList()));
        }
        double eDrop = baseTce > 0 ? tce / baseTce * 100 : Double.NaN;
        double cDrop = baseCo2 > 0 ? co2 / baseCo2 * 100 : Double.NaN;
        Targets t = plan.targets();
        int targetYear = t.targetYear() > 0 ? t.targetYear() : baseYear + 3;
        String sub = t.subTargets().isBlank() ? subTargets(rows) : t.subTargets();
        // an engineer's saving carries over to the intensity drop unless the drop is set too
        double saving = or(t.energySavingTce(), tce);
        double reduction = or(t.carbonReductionTco2(), co2);
        double eDropInForce = t.energyIntensityDropPercent() != null ? t.energyIntensityDropPercent()
                : baseTce > 0 ? saving / baseTce * 100 : Double.NaN;
        double cDropInForce = t.carbonIntensityDropPercent() != null ? t.carbonIntensityDropPercent()
                : baseCo2 > 0 ? reduction / baseCo2 * 100 : Double.NaN;
        return new TargetsResult(baseYear, targetYear, baseTce, baseCo2, tce, co2, eDrop, cDrop, saving, reduction,
                eDropInForce, cDropInForce, rows, unknown, sub);
    }

    private static double or(Double v, double computed) {
        return v == null ? computed : v;
    }

    static String subTargets(List<CategoryRow> rows) {
        List<String> parts = new ArrayList<>();
        int i = 1;
        for (CategoryRow r : rows) {
            if (r.tasks() == 0) {
                continue;
            }
            parts.add(Texts.format("diagnosis.targets.subTarget", i++, r.category().label(), String.join("、", r.names()),
                    r.savingTce() > 0 ? Texts.format("diagnosis.targets.subTarget.saving", f(r.savingTce())) : "",
                    r.reductionTco2() > 0 ? Texts.format("diagnosis.targets.subTarget.reduction", f(r.reductionTco2())) : ""));
        }
        return String.join("\n", parts);
    }

    /** The 总体目标 sentence. */
    public String overallText(String enterprise) {
        String e = enterprise == null || enterprise.isBlank() ? Texts.get("diagnosis.enterprise") : enterprise;
        return Texts.format("diagnosis.targets.overall", targetYear, e, f(savingTce), f(reductionTco2), baseYear,
                f(energyIntensityDrop), f(carbonIntensityDrop));
    }

    public Optional<CategoryRow> row(TaskCategory c) {
        return byCategory.stream().filter(r -> r.category() == c).findFirst();
    }

    static String f(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%,.2f", v);
    }
}
