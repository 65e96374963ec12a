package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.management.MeteringResult;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule METERING (“计量器具配备率（GB 17167）”): its findings and candidate tasks, or why it could not run. */
final class MeteringRule implements DiagnosisRule {

    @Override
    public String id() {
        return "METERING";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = "计量器具配备率（GB 17167）";
        ManagementAssessment a = in.management();
        if (a == null || a.metering().isEmpty()) {
            return inactive(id, name, "未填写计量器具配备情况（步骤“能源管理情况” › 计量器具配备）");
        }
        List<Finding> findings = new ArrayList<>();
        List<String> fids = new ArrayList<>();
        for (MeteringResult r : a.metering()) {
            if (r.meets()) {
                continue;
            }
            String fid = id + ":" + r.count().energyKind() + ":" + r.count().level().name();
            fids.add(fid);
            findings.add(new Finding(fid, DiagnosisItem.METERING, r.count().energyKind() + r.count().level().label() + "计量器具配备率不达标",
                    "应配 " + r.count().required() + " 处，已配 " + r.count().installed() + " 处，配备率 " + fmt(r.ratePercent())
                            + "%，要求 " + fmt(r.requiredPercent()) + "%；数据：能源管理情况 › 计量器具配备", r.basis(), Severity.HIGH, id));
        }
        List<RetrofitTask> tasks = fids.isEmpty() ? List.of() : List.of(new RetrofitTask("CAND:" + id,
                TaskCategory.DIGITAL, "能源计量器具配备完善", "补齐" + String.join("、", findings.stream().map(f -> f.title()
                .replace("计量器具配备率不达标", "")).toList()) + "的计量器具，使配备率达到 GB 17167-2006 要求，并接入在线监测系统",
                fids, String.join("；", findings.stream().map(Finding::title).toList()),
                techRefs(in.catalogue(), List.of("计量", "能源管控"), 2), null, null, null, null,
                "按缺配数量和器具单价测算投资", id));
        return new Outcome(new RuleStatus(id, name, true, "已核对 " + a.metering().size() + " 项配备率", findings.size()),
                findings, tasks);
    }
}
