package org.energydiag.core.evaluation;

import java.util.List;
import org.energydiag.core.text.Texts;

/** No data, no verdict: the evaluation lacks what an overall level needs (二（二）诊断综合评价). */
final class NotEvaluableCheck implements CheckRule {

    @Override
    public String id() {
        return "not-evaluable";
    }

    @Override
    public List<CheckIssue> check(ProjectEvaluation ev) {
        return ev.missing().stream().map(m -> new CheckIssue(id(), CheckIssue.Level.ERROR,
                Texts.get("check.section.evaluation"), Texts.format("check.notEvaluable", m, ProjectEvaluation.NOT_EVALUABLE), targetOf(m))).toList();
    }

    private static String targetOf(String missing) {
        if (missing.equals(Texts.get("check.missing.equipment"))) {
            return "equipment";
        }
        if (missing.equals(Texts.get("check.missing.management"))) {
            return "management";
        }
        return "energy";
    }
}
