package org.energydiag.core.diagnosis;

import java.util.List;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;

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
        String name = "温室气体排放核算完整性";
        if (in.analysis() == null || in.analysis().carbon().years().stream().allMatch(y -> y.sources().isEmpty())) {
            return inactive(id, name, "无碳排放核算数据（步骤“企业碳排放情况”）");
        }
        var issues = in.analysis().carbon().issues();
        if (issues.isEmpty()) {
            Finding f = new Finding(id, DiagnosisItem.GHG_ACCOUNTING, "温室气体排放核算数据完整",
                    "核算 " + in.analysis().carbon().years().stream().filter(y -> !y.sources().isEmpty()).count()
                            + " 个年度，未发现缺失项", "", Severity.INFO, id);
            return new Outcome(new RuleStatus(id, name, true, f.evidence(), 1), List.of(f), List.of());
        }
        String evidence = String.join("；", issues.stream().limit(5).map(i -> i.field() + "：" + i.message()).toList())
                + (issues.size() > 5 ? "等 " + issues.size() + " 项" : "");
        Finding f = new Finding(id, DiagnosisItem.GHG_ACCOUNTING, "温室气体排放核算数据不完整", evidence, "", Severity.MEDIUM, id);
        RetrofitTask task = new RetrofitTask("CAND:" + id, TaskCategory.MANAGEMENT, "碳排放管理制度与核算台账建设",
                "建立碳排放管理制度，明确核算边界、活动数据和排放因子来源，建立月度核算台账", List.of(id), f.title(), List.of(),
                null, null, null, null, "管理类措施", id);
        return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of(task));
    }
}
