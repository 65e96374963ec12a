package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.Severity;

/**
 * 二（二）诊断综合评价: a level (较好 / 一般 / 较差) with the reasons that decided it and a paragraph.
 *
 * <p>Rule: 较差 when a product is above its baseline (基准) level or three or more serious findings
 * exist; 较好 when there is no serious finding, at most two of medium severity and the management
 * checklist is not 较差; 一般 otherwise. These are the product's own evaluation rules (no standard sets
 * an overall level); the justification lists what applied.
 */
public record Evaluation(String level, List<String> justification, String paragraph) {

    public static Evaluation of(String enterprise, List<Finding> findings, ManagementAssessment management) {
        long high = findings.stream().filter(f -> f.severity() == Severity.HIGH).count();
        long medium = findings.stream().filter(f -> f.severity() == Severity.MEDIUM).count();
        boolean belowBaseline = findings.stream().anyMatch(f -> f.item() == DiagnosisItem.PRODUCT_CONSUMPTION
                && f.severity() == Severity.HIGH);
        boolean mgmtPoor = management != null && "较差".equals(management.level());
        List<String> why = new ArrayList<>();
        String level;
        if (belowBaseline || high >= 3) {
            level = "较差";
            if (belowBaseline) {
                why.add("存在单位产品能耗高于基准水平的产品");
            }
            if (high >= 3) {
                why.add("严重问题 " + high + " 项（≥3 项）");
            }
        } else if (high == 0 && medium <= 2 && !mgmtPoor) {
            level = "较好";
            why.add("无严重问题，一般问题 " + medium + " 项（≤2 项）");
            if (management != null && management.maxScore() > 0) {
                why.add("能源管理检查表评价为" + management.level());
            }
        } else {
            level = "一般";
            why.add("严重问题 " + high + " 项，一般问题 " + medium + " 项");
            if (mgmtPoor) {
                why.add("能源管理检查表评价为较差");
            }
        }
        return new Evaluation(level, why, paragraph(enterprise, level, findings, why));
    }

    static String paragraph(String enterprise, String level, List<Finding> findings, List<String> why) {
        String e = enterprise == null || enterprise.isBlank() ? "企业" : enterprise;
        StringBuilder sb = new StringBuilder();
        sb.append("经对").append(e).append("能源管理、能源消费结构、用能设备运行效率、产品综合能耗和碳排放等方面的诊断，");
        sb.append("企业节能降碳水平综合评价为“").append(level).append("”（").append(String.join("；", why)).append("）。");
        List<Finding> problems = findings.stream().filter(f -> f.severity() != Severity.INFO)
                .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
        if (problems.isEmpty()) {
            sb.append("本次诊断未发现明显问题。");
        } else {
            sb.append("主要问题包括：");
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < problems.size() && i < 6; i++) {
                parts.add((i + 1) + ". " + problems.get(i).title());
            }
            sb.append(String.join("；", parts));
            if (problems.size() > 6) {
                sb.append("等 ").append(problems.size()).append(" 项");
            }
            sb.append("。");
        }
        List<Finding> good = findings.stream().filter(f -> f.severity() == Severity.INFO).toList();
        if (!good.isEmpty()) {
            sb.append("此外，").append(String.join("，", good.stream().limit(4).map(Finding::title).toList())).append("。");
        }
        sb.append("针对上述问题，提出以下节能降碳改造方案。");
        return sb.toString();
    }
}
