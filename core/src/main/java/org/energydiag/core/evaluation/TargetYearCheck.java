package org.energydiag.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.text.Texts;

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
        String section = Texts.get("check.section.targets");
        if (year < ev.date().getYear()) {
            out.add(new CheckIssue(id(), CheckIssue.Level.ERROR, section, Texts.format("check.targetYear.beforePlan",
                    String.valueOf(year), String.valueOf(ev.date().getYear())), "retrofit#targets"));
        }
        for (KeyProject k : ev.project().plan().keyProjects()) {
            ImplementationTime.parse(k.implementationTime()).ifPresent(span -> {
                if (span.end().getYear() > year) {
                    out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, Texts.format("check.targetYear.projectLater",
                            k.name(), ImplementationTime.text(span.end()), String.valueOf(year)), CheckIssue.keyProject(k.id(), "time")));
                }
            });
        }
        return out;
    }
}
