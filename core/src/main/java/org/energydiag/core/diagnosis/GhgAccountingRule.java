package org.energydiag.core.diagnosis;

import java.util.List;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;
import org.energydiag.core.text.Texts;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule GHG_ACCOUNTING (“温室气体排放核算完整性”): its findings and candidate tasks, or why it could not run. */
final class GhgAccountingRule implements DiagnosisRule {

    @Override
    public String id() {
        return "GHG_ACCOUNTING";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = Texts.get("diagnosis.ghg.name");
        if (in.analysis() == null || in.analysis().carbon().years().stream().allMatch(y -> y.sources().isEmpty())) {
            return inactive(id, name, Texts.get("diagnosis.ghg.inactive"));
        }
        var issues = in.analysis().carbon().issues();
        if (issues.isEmpty()) {
            Finding f = new Finding(id, DiagnosisItem.GHG_ACCOUNTING, Texts.get("diagnosis.ghg.complete"),
                    Texts.format("diagnosis.ghg.complete.evidence",
                            in.analysis().carbon().years().stream().filter(y -> !y.sources().isEmpty()).count()), "", Severity.INFO, id);
            return new Outcome(new RuleStatus(id, name, true, f.evidence(), 1), List.of(f), List.of());
        }
        String evidence = String.join("；", issues.stream().limit(5).map(i -> i.field() + "：" + i.message()).toList())
                + (issues.size() > 5 ? Texts.format("diagnosis.andMore", issues.size()) : "");
        Finding f = new Finding(id, DiagnosisItem.GHG_ACCOUNTING, Texts.get("diagnosis.ghg.incomplete"), evidence, "", Severity.MEDIUM, id);
        RetrofitTask task = new RetrofitTask("CAND:" + id, TaskCategory.MANAGEMENT, Texts.get("diagnosis.ghg.task.name"),
                Texts.get("diagnosis.ghg.task.content"), List.of(id), f.title(), List.of(),
                null, null, null, null, Texts.get("diagnosis.ghg.task.basis"), id);
        return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of(task));
    }
}
