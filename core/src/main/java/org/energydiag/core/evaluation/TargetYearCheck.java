package org.energydiag.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.retrofit.KeyProject;

/** The target year (三（一）) against the plan date and the key projects' 实施时间 (表3-1). */
final class TargetYearCheck implements CheckRule {

    @Override
    public String id() {
        return "target-year";
    }

    @Override
    public List<CheckIssue> check(ProjectEvaluation ev) {
        List<CheckIssue> out = new ArrayList<>();
        int year = ev.report().targets().targetYear();
        String section = "三（一）改造目标";
        if (year < ev.date().getYear()) {
            out.add(new CheckIssue(id(), CheckIssue.Level.ERROR, section, "目标年 " + year + " 年早于方案日期（" + ev.date().getYear()
                    + " 年）", "retrofit#targets"));
        }
        for (KeyProject k : ev.project().plan().keyProjects()) {
            ImplementationTime.parse(k.implementationTime()).ifPresent(span -> {
                if (span.end().getYear() > year) {
                    out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, "重点项目“" + k.name() + "”实施至 "
                            + ImplementationTime.text(span.end()) + "，晚于目标年 " + year + " 年：其效果到目标年尚未实现；"
                            + "请推迟目标年或调整项目实施时间", "keyProjects#" + k.id()));
                }
            });
        }
        return out;
    }
}
