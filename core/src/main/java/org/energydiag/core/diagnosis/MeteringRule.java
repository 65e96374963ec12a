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
import org.energydiag.core.text.Texts;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/**
 * Diagnosis rule METERING (“计量器具配备率（GB 17167-2006 表3）”): its findings and candidate tasks, or why it could not
 * run. The requirements are the 2006 edition's until the table of GB 17167-2025 (in force since 2026-02-01) is verified:
 * the rule's status says so (window, command line); findings and tasks cite the table plainly (plan, lists).
 */
final class MeteringRule implements DiagnosisRule {

    @Override
    public String id() {
        return "METERING";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = Texts.get("diagnosis.metering.name");
        ManagementAssessment a = in.management();
        if (a == null || a.metering().isEmpty()) {
            return inactive(id, name, Texts.get("diagnosis.metering.inactive"));
        }
        List<Finding> findings = new ArrayList<>();
        List<String> fids = new ArrayList<>();
        List<String> shortfalls = new ArrayList<>();
        for (MeteringResult r : a.metering()) {
            if (r.meets()) {
                continue;
            }
            String fid = id + ":" + r.count().energyKind() + ":" + r.count().level().name();
            fids.add(fid);
            shortfalls.add(r.count().energyKind() + r.count().level().label());
            findings.add(new Finding(fid, DiagnosisItem.METERING,
                    Texts.format("diagnosis.metering.title", r.count().energyKind(), r.count().level().label()),
                    Texts.format("diagnosis.metering.evidence", r.count().required(), r.count().installed(), fmt(r.ratePercent()),
                            fmt(r.requiredPercent())), r.basis(), Severity.HIGH, id));
        }
        List<RetrofitTask> tasks = fids.isEmpty() ? List.of() : List.of(new RetrofitTask("CAND:" + id,
                TaskCategory.DIGITAL, Texts.get("diagnosis.metering.task.name"),
                Texts.format("diagnosis.metering.task.content", String.join("、", shortfalls)),
                fids, String.join("；", findings.stream().map(Finding::title).toList()),
                techRefs(in.catalogue(), in.project().enterprise().sector(), List.of("计量", "能源管控"), 2), null, null, null, null,
                Texts.get("diagnosis.metering.task.basis"), id));
        return new Outcome(new RuleStatus(id, name, true, Texts.format("diagnosis.metering.status", a.metering().size(),
                org.energydiag.core.management.MeteringStandard.editionNote()), findings.size()),
                findings, tasks);
    }
}
