package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.energydiag.core.management.ManagementArea;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.management.ManagementItem;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;
import org.energydiag.core.text.Texts;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule MANAGEMENT (“能源管理检查表”): its findings and candidate tasks, or why it could not run. */
final class ManagementRule implements DiagnosisRule {

    @Override
    public String id() {
        return "MANAGEMENT";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = Texts.get("diagnosis.management.name");
        ManagementAssessment a = in.management();
        if (a == null || a.maxScore() <= 0) {
            return inactive(id, name, Texts.get("diagnosis.management.inactive"));
        }
        List<Finding> findings = new ArrayList<>();
        List<RetrofitTask> tasks = new ArrayList<>();
        Map<ManagementArea, List<ManagementItem>> gaps = new LinkedHashMap<>();
        for (ManagementItem g : a.gaps()) {
            gaps.computeIfAbsent(g.area(), k -> new ArrayList<>()).add(g);
        }
        for (Map.Entry<ManagementArea, List<ManagementItem>> e : gaps.entrySet()) {
            ManagementArea area = e.getKey();
            String fid = id + ":" + area.name();
            DiagnosisItem item = area == ManagementArea.METERING || area == ManagementArea.STATISTICS
                    ? DiagnosisItem.METERING : DiagnosisItem.MANAGEMENT;
            String questions = String.join("；", e.getValue().stream().map(ManagementItem::question).toList());
            String title = Texts.format("diagnosis.management.gap", area.label());
            findings.add(new Finding(fid, item, title, Texts.format("diagnosis.management.gap.evidence", questions),
                    String.join("；", e.getValue().stream().map(ManagementItem::basis).filter(s -> !s.isBlank()).distinct()
                            .toList()), e.getValue().size() >= 2 ? Severity.MEDIUM : Severity.LOW, id));
            TaskCategory cat;
            String task;
            String content;
            List<String> refs = List.of();
            switch (area) {
                case DIGITAL -> {
                    cat = TaskCategory.DIGITAL;
                    task = Texts.get("diagnosis.management.digitalTask.name");
                    content = Texts.get("diagnosis.management.digitalTask.content");
                    refs = techRefs(in.catalogue(), in.project().enterprise().sector(), List.of("能源管控", "能碳"), 3);
                }
                case METERING -> {
                    cat = TaskCategory.DIGITAL;
                    task = Texts.get("diagnosis.management.meteringTask.name");
                    content = Texts.get("diagnosis.management.meteringTask.content");
                }
                case CERTIFICATION -> {
                    cat = TaskCategory.MANAGEMENT;
                    task = Texts.get("diagnosis.management.certificationTask.name");
                    content = Texts.get("diagnosis.management.certificationTask.content");
                }
                default -> {
                    cat = TaskCategory.MANAGEMENT;
                    task = Texts.format("diagnosis.management.task.name", area.label());
                    content = Texts.format("diagnosis.management.task.content", questions);
                }
            }
            tasks.add(new RetrofitTask("CAND:" + fid, cat, task, content, List.of(fid), title, refs, null,
                    null, null, null, Texts.get("diagnosis.management.task.basis"), fid));
        }
        String status = Texts.format("diagnosis.management.status", fmt(a.score()), fmt(a.maxScore()), a.level());
        findings.add(0, new Finding(id + ":SCORE", DiagnosisItem.MANAGEMENT, Texts.format("diagnosis.management.level", a.level()),
                Texts.format("diagnosis.management.level.evidence", status),
                "", Severity.INFO, id));
        return new Outcome(new RuleStatus(id, name, true, status, findings.size()), findings, tasks);
    }
}
