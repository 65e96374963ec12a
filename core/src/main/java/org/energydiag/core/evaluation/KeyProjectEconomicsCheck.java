package org.energydiag.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.RetrofitPlan;
import org.energydiag.core.text.Texts;

/**
 * A key project whose economics (静态回收期, 净现值, 内部收益率 of 三（三）) cannot be computed although
 * its investment is known: the annual cost saving is missing, or the project's own life or discount
 * rate is outside what the calculation accepts. (A missing investment is a required item.)
 */
final class KeyProjectEconomicsCheck implements CheckRule {

    @Override
    public String id() {
        return "key-project-economics";
    }

    @Override
    public List<CheckIssue> check(ProjectEvaluation ev) {
        List<CheckIssue> out = new ArrayList<>();
        RetrofitPlan plan = ev.project().plan();
        String section = Texts.get("check.section.keyProjects");
        for (KeyProject k : plan.keyProjects()) {
            if (k.investmentWanYuan() == null) {
                continue;
            }
            String name = "“" + (k.name().isBlank() ? Texts.get("check.unnamed") : k.name()) + "”";
            if (k.costSavingWanYuan() == null) {
                out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, Texts.format("check.economics.noCostSaving", name),
                        CheckIssue.keyProject(k.id(), "costSaving")));
                continue;
            }
            RetrofitReport.ProjectResult r = RetrofitReport.economics(k, plan);
            if (r.economics() == null) {
                // the project's own life or rate when it has one out of range, else the plan's defaults (the chapter)
                String target = k.lifeYears() != null && (k.lifeYears() < 1 || k.lifeYears() > 50) ? CheckIssue.keyProject(k.id(), "life")
                        : k.discountRate() != null && !(k.discountRate() >= 0 && k.discountRate() < 1) ? CheckIssue.keyProject(k.id(), "rate")
                        : "keyProjects";
                out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, Texts.format("check.economics.invalid", name, r.note()), target));
            }
        }
        return out;
    }
}
