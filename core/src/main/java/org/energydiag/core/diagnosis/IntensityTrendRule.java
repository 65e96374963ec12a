package org.energydiag.core.diagnosis;

import java.util.List;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;
import org.energydiag.core.text.Texts;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule INTENSITY_TREND (“能耗强度变化趋势”): its findings and candidate tasks, or why it could not run. */
final class IntensityTrendRule implements DiagnosisRule {

    @Override
    public String id() {
        return "INTENSITY_TREND";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = Texts.get("diagnosis.intensity.name");
        if (in.analysis() == null) {
            return inactive(id, name, Texts.get("diagnosis.intensity.inactive.noData"));
        }
        List<EnergySummary.YearTotals> ts = in.analysis().energy().totals().stream()
                .filter(t -> !Double.isNaN(t.tcePerWanYuan())).toList();
        if (ts.size() < 2) {
            return inactive(id, name, Texts.get("diagnosis.intensity.inactive.years"));
        }
        EnergySummary.YearTotals prev = ts.get(ts.size() - 2);
        EnergySummary.YearTotals last = ts.get(ts.size() - 1);
        double change = (last.tcePerWanYuan() / prev.tcePerWanYuan() - 1) * 100;
        String evidence = Texts.format("diagnosis.intensity.evidence", prev.year(), fmt4(prev.tcePerWanYuan()), last.year(),
                fmt4(last.tcePerWanYuan()), (change >= 0 ? "+" : "") + fmt(change));
        if (change <= 0) {
            Finding f = new Finding(id, DiagnosisItem.CONSUMPTION_STRUCTURE, Texts.get("diagnosis.intensity.down"), evidence, "", Severity.INFO, id);
            return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of());
        }
        Finding f = new Finding(id, DiagnosisItem.CONSUMPTION_STRUCTURE, Texts.get("diagnosis.intensity.up"), evidence, "", Severity.MEDIUM, id);
        RetrofitTask task = new RetrofitTask("CAND:" + id, TaskCategory.MANAGEMENT, Texts.get("diagnosis.intensity.task.name"),
                Texts.get("diagnosis.intensity.task.content"), List.of(id), f.title(), List.of(),
                null, null, null, null, Texts.get("diagnosis.intensity.task.basis"), id);
        return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of(task));
    }
}
