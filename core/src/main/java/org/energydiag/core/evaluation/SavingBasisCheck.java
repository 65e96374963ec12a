package org.energydiag.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.text.Texts;

/**
 * A key project's saving without its basis: a saving comes from the project's measures (the
 * calculation of an equipment replacement, or the engineer's figure from a test or a design), and
 * the plan prints that basis next to it. A figure nobody can trace back is not hand-in ready.
 */
final class SavingBasisCheck implements CheckRule {

    @Override
    public String id() {
        return "saving-basis";
    }

    @Override
    public List<CheckIssue> check(ProjectEvaluation ev) {
        List<CheckIssue> out = new ArrayList<>();
        for (KeyProject k : ev.project().plan().keyProjects()) {
            if (k.savingTce() != null && k.savingTce() > 0 && k.savingBasis().isBlank()) {
                out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, Texts.get("check.section.keyProjects"),
                        Texts.format("check.savingBasis", k.name(), PlanCheck.f(k.savingTce())), CheckIssue.keyProject(k.id(), "savingBasis")));
            }
        }
        return out;
    }
}
