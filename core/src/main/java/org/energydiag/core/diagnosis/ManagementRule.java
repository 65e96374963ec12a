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
        String name = "能源管理检查表";
        ManagementAssessment a = in.management();
        if (a == null || a.maxScore() <= 0) {
            return inactive(id, name, "能源管理检查表尚未填写（步骤“能源管理情况”）");
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
            findings.add(new Finding(fid, item, area.label() + "存在不足", "能源管理检查表未满足项：" + questions,
                    String.join("；", e.getValue().stream().map(ManagementItem::basis).filter(s -> !s.isBlank()).distinct()
                            .toList()), e.getValue().size() >= 2 ? Severity.MEDIUM : Severity.LOW, id));
            TaskCategory cat;
            String task;
            String content;
            List<String> refs = List.of();
            switch (area) {
                case DIGITAL -> {
                    cat = TaskCategory.DIGITAL;
                    task = "数字化能碳管理平台建设";
                    content = "建设能源在线监测和数字化能碳管理平台，实现重点用能设备和主要碳排放源数据实时采集、分析和预警";
                    refs = techRefs(in.catalogue(), List.of("能源管控", "能碳"), 3);
                }
                case METERING -> {
                    cat = TaskCategory.DIGITAL;
                    task = "能源计量器具配备与管理完善";
                    content = "按 GB 17167 要求补齐计量器具，建立计量器具台账并定期检定校准";
                }
                case CERTIFICATION -> {
                    cat = TaskCategory.MANAGEMENT;
                    task = "能源管理体系建设与认证";
                    content = "按 GB/T 23331（ISO 50001）建立能源管理体系并通过认证";
                }
                default -> {
                    cat = TaskCategory.MANAGEMENT;
                    task = area.label() + "完善";
                    content = "针对检查发现的不足：" + questions + "，完善相关制度、岗位职责和考核机制";
                }
            }
            tasks.add(new RetrofitTask("CAND:" + fid, cat, task, content, List.of(fid), area.label() + "存在不足", refs, null,
                    null, null, null, "管理类措施，节能量视执行情况核定", fid));
        }
        String status = "得分 " + fmt(a.score()) + "/" + fmt(a.maxScore()) + "（" + a.level() + "）";
        findings.add(0, new Finding(id + ":SCORE", DiagnosisItem.MANAGEMENT, "能源管理水平" + a.level(), "能源管理检查表" + status,
                "", Severity.INFO, id));
        return new Outcome(new RuleStatus(id, name, true, status, findings.size()), findings, tasks);
    }
}
