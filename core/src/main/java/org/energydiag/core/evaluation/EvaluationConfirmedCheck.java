package org.energydiag.core.evaluation;

import java.util.List;
import org.energydiag.core.text.Texts;

/**
 * 二（二）诊断综合评价 is the agency's judgement: the computed level is a suggestion until the engineer
 * confirms it (or sets another) in the diagnosis step. A plan whose level nobody confirmed is named.
 */
final class EvaluationConfirmedCheck implements CheckRule {

    @Override
    public String id() {
        return "evaluation-confirmed";
    }

    @Override
    public List<CheckIssue> check(ProjectEvaluation ev) {
        if (!ev.evaluable() || !ev.project().plan().evaluationLevel().isBlank()) {
            return List.of();
        }
        var e = ev.report().evaluation();
        return List.of(new CheckIssue(id(), CheckIssue.Level.WARNING, Texts.get("check.section.evaluation"),
                Texts.format("check.evaluationUnconfirmed", e.level(), String.join("；", e.justification())), "diagnosis"));
    }
}
