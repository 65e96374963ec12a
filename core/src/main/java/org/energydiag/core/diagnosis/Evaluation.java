package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.text.Texts;

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
                why.add(Texts.get("diagnosis.evaluation.belowBaseline"));
            }
            if (high >= 3) {
                why.add(Texts.format("diagnosis.evaluation.manyHigh", high));
            }
        } else if (high == 0 && medium <= 2 && !mgmtPoor) {
            level = "较好";
            why.add(Texts.format("diagnosis.evaluation.good", medium));
            if (management != null && management.maxScore() > 0) {
                why.add(Texts.format("diagnosis.evaluation.management", management.level()));
            }
        } else {
            level = "一般";
            why.add(Texts.format("diagnosis.evaluation.counts", high, medium));
            if (mgmtPoor) {
                why.add(Texts.format("diagnosis.evaluation.management", management.level()));
            }
        }
        return new Evaluation(level, why, paragraph(enterprise, level, findings, why));
    }

    static String paragraph(String enterprise, String level, List<Finding> findings, List<String> why) {
        String e = enterprise == null || enterprise.isBlank() ? Texts.get("diagnosis.enterprise") : enterprise;
        StringBuilder sb = new StringBuilder();
        sb.append(Texts.format("diagnosis.evaluation.paragraph.scope", e));
        sb.append(Texts.format("diagnosis.evaluation.paragraph.level", level, String.join("；", why)));
        List<Finding> problems = findings.stream().filter(f -> f.severity() != Severity.INFO)
                .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
        if (problems.isEmpty()) {
            sb.append(Texts.get("diagnosis.evaluation.paragraph.noProblems"));
        } else {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < problems.size() && i < 6; i++) {
                parts.add((i + 1) + ". " + problems.get(i).title());
            }
            sb.append(Texts.format("diagnosis.evaluation.paragraph.problems", String.join("；", parts)
                    + (problems.size() > 6 ? Texts.format("diagnosis.andMore", problems.size()) : "")));
        }
        List<Finding> good = findings.stream().filter(f -> f.severity() == Severity.INFO).toList();
        if (!good.isEmpty()) {
            sb.append(Texts.format("diagnosis.evaluation.paragraph.good", String.join("，", good.stream().limit(4).map(Finding::title).toList())));
        }
        sb.append(Texts.get("diagnosis.evaluation.paragraph.closing"));
        return sb.toString();
    }
}
