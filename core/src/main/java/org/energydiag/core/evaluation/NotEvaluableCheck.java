package org.energydiag.core.evaluation;

import java.util.List;

/** No data, no verdict: the evaluation lacks what an overall level needs (二（二）诊断综合评价). */
final class NotEvaluableCheck implements CheckRule {

    @Override
    public String id() {
        return "not-evaluable";
    }

    @Override
    public List<CheckIssue> check(ProjectEvaluation ev) {
        return ev.missing().stream().map(m -> new CheckIssue(id(), CheckIssue.Level.ERROR, "二（二）诊断综合评价",
                "缺少" + m + "，综合评价为“" + ProjectEvaluation.NOT_EVALUABLE + "”", targetOf(m))).toList();
    }

    private static String targetOf(String missing) {
        if (missing.contains("设备")) {
            return "equipment";
        }
        if (missing.contains("管理")) {
            return "management";
        }
        return "energy";
    }
}
