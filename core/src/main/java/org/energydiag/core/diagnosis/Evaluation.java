package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.text.Texts;

/**
 * 二（二）诊断综合评价: a suggested level (较好 / 一般 / 较差) with the reasons that decided it and a
 * paragraph; the engineer confirms or changes the level (the plan check says when it is not confirmed).
 *
 * <p>The level rests on what the enterprise's energy performance is, not on how many findings were
 * written: three aspects, each rated 较好 / 一般 / 较差 when its data exist —
 * <ul>
 *   <li>能效水平: the products' unit consumption against their benchmarks (all at 标杆 or better 较好,
 *       any above 基准 较差, otherwise 一般);</li>
 *   <li>能源结构: the share of non-fossil energy (meeting the target 较好, below it 一般; it never makes
 *       the level 较差 on its own);</li>
 *   <li>能源管理: the level of the management checklist.</li>
 * </ul>
 * The overall level is the lowest of the rated aspects; equipment, processes or metering that fail a
 * mandatory limit (serious findings outside the product benchmarks) keep it from 较好. These are the
 * product's own rules (no standard sets an overall level); the justification names each aspect.
 */
public record Evaluation(String level, List<String> justification, String paragraph) {

    static final String GOOD = "较好";
    static final String FAIR = "一般";
    static final String POOR = "较差";

    public static Evaluation of(String enterprise, List<Finding> findings, ManagementAssessment management) {
        List<String> why = new ArrayList<>();
        int level = 2; // 2 较好, 1 一般, 0 较差; -1 when no aspect could be rated
        boolean rated = false;

        List<Finding> products = findings.stream().filter(f -> f.item() == DiagnosisItem.PRODUCT_CONSUMPTION
                && "BENCHMARK".equals(f.ruleId())).toList();
        if (!products.isEmpty()) {
            int l = products.stream().anyMatch(f -> f.severity() == Severity.HIGH) ? 0
                    : products.stream().allMatch(f -> f.severity() == Severity.INFO) ? 2 : 1;
            why.add(switch (l) {
                case 2 -> Texts.format("diagnosis.evaluation.aspect.benchmark.2", products.size());
                case 1 -> Texts.get("diagnosis.evaluation.aspect.benchmark.1");
                default -> Texts.get("diagnosis.evaluation.aspect.benchmark.0");
            });
            level = Math.min(level, l);
            rated = true;
        }
        List<Finding> structure = findings.stream().filter(f -> f.item() == DiagnosisItem.CONSUMPTION_STRUCTURE
                && "NON_FOSSIL".equals(f.ruleId())).toList();
        if (!structure.isEmpty()) {
            int l = structure.stream().allMatch(f -> f.severity() == Severity.INFO) ? 2 : 1;
            why.add(Texts.get(l == 2 ? "diagnosis.evaluation.aspect.structure.2" : "diagnosis.evaluation.aspect.structure.1"));
            level = Math.min(level, l);
            rated = true;
        }
        if (management != null && management.maxScore() > 0 && !ManagementAssessment.NOT_RATED.equals(management.level())) {
            int l = GOOD.equals(management.level()) ? 2 : POOR.equals(management.level()) ? 0 : 1;
            why.add(Texts.format("diagnosis.evaluation.aspect.management", management.level()));
            level = Math.min(level, l);
            rated = true;
        }
        long failing = findings.stream().filter(f -> f.severity() == Severity.HIGH && f.item() != DiagnosisItem.PRODUCT_CONSUMPTION)
                .count();
        if (failing > 0) {
            why.add(Texts.format("diagnosis.evaluation.aspect.compliance", failing));
            level = Math.min(level, 1);
        }
        if (!rated) {
            // no aspect has data (the project evaluation says 无法评价 when consumption is missing): never 较好
            level = Math.min(level, 1);
            why.add(Texts.get("diagnosis.evaluation.aspect.none"));
        }
        String name = level == 2 ? GOOD : level == 1 ? FAIR : POOR;
        return new Evaluation(name, why, paragraph(enterprise, name, findings, why));
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
