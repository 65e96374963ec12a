package org.energydiag.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.text.Texts;

/**
 * Catalogue references are suggestions until the engineer confirms them: the plan prints only the
 * confirmed ones, so tasks with references nobody looked at are named (their references are left
 * out of the document until confirmed).
 */
final class ReferencesConfirmedCheck implements CheckRule {

    @Override
    public String id() {
        return "references-confirmed";
    }

    @Override
    public List<CheckIssue> check(ProjectEvaluation ev) {
        List<String> tasks = new ArrayList<>();
        int refs = 0;
        for (RetrofitTask t : ev.project().plan().tasks()) {
            int n = t.unconfirmedRefs().size();
            if (n > 0) {
                refs += n;
                tasks.add(Texts.format("check.referencesUnconfirmed.task", t.name(), n));
            }
        }
        if (tasks.isEmpty()) {
            return List.of();
        }
        return List.of(new CheckIssue(id(), CheckIssue.Level.WARNING, Texts.get("check.section.tasks"),
                Texts.format("check.referencesUnconfirmed", tasks.size(), refs, String.join("、", tasks)), "retrofit"));
    }
}
