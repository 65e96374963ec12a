package org.energydiag.core.evaluation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.Phase;

/**
 * Each key project's phase (表3-1 项目阶段: 短期 1年内, 中期 2—3年内, 长期 3年以后) against its
 * 实施时间 and the plan date: none may start before the plan, a 短期 project ends within a year of
 * it, a 中期 one within three years, a 长期 one later.
 */
final class PhaseDateCheck implements CheckRule {

    @Override
    public String id() {
        return "phase-date";
    }

    @Override
    public List<CheckIssue> check(ProjectEvaluation ev) {
        List<CheckIssue> out = new ArrayList<>();
        YearMonth plan = YearMonth.from(ev.date());
        String section = "表3-1 实施时间";
        for (KeyProject k : ev.project().plan().keyProjects()) {
            String name = "“" + (k.name().isBlank() ? "（未命名项目）" : k.name()) + "”";
            String target = "keyProjects#" + k.id();
            var span = ImplementationTime.parse(k.implementationTime());
            if (span.isEmpty()) {
                out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, "重点项目" + name + "的实施时间"
                        + (k.implementationTime().isBlank() ? "未填写" : "“" + k.implementationTime() + "”无法识别")
                        + "（应写成如 " + plan.getYear() + "年" + plan.getMonthValue() + "月—" + (plan.getYear() + 1) + "年"
                        + plan.getMonthValue() + "月）", target));
                continue;
            }
            YearMonth start = span.get().start();
            YearMonth end = span.get().end();
            if (start.isBefore(plan)) {
                out.add(new CheckIssue(id(), CheckIssue.Level.ERROR, section, "重点项目" + name + "自 " + ImplementationTime.text(start)
                        + " 开始，早于方案日期（" + ImplementationTime.text(plan) + "）" + (end.isBefore(plan) ? "，且整个实施期都在方案日期之前" : "")
                        + "；已实施的项目不应列为改造计划", target));
            }
            Phase p = k.phase();
            if (p == Phase.SHORT && end.isAfter(plan.plusMonths(12))) {
                out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, "短期项目" + name + "实施至 " + ImplementationTime.text(end)
                        + "，超出方案日期起一年（" + ImplementationTime.text(plan.plusMonths(12)) + "）；请改为中期或调整实施时间", target));
            } else if (p == Phase.MEDIUM && end.isAfter(plan.plusMonths(36))) {
                out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, "中期项目" + name + "实施至 " + ImplementationTime.text(end)
                        + "，超出方案日期起三年（" + ImplementationTime.text(plan.plusMonths(36)) + "）；请改为长期或调整实施时间", target));
            } else if (p == Phase.LONG && !end.isAfter(plan.plusMonths(36))) {
                out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, "长期项目" + name + "在 " + ImplementationTime.text(end)
                        + " 前完成，未超过三年；请改为短期或中期", target));
            }
        }
        return out;
    }
}
