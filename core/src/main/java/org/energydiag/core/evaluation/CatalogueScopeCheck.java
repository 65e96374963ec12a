package org.energydiag.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.diagnosis.CatalogueScope;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.text.Texts;

/**
 * The accepted tasks' catalogue references against the enterprise's industry: a task accepted
 * before the references were matched to the sector (or copied from another project) may still
 * point a cement plant to a steel technology; the plan should not print it.
 */
final class CatalogueScopeCheck implements CheckRule {

    @Override
    public String id() {
        return "catalogue-scope";
    }

    @Override
    public List<CheckIssue> check(ProjectEvaluation ev) {
        List<CheckIssue> out = new ArrayList<>();
        var sector = ev.project().enterprise().sector();
        for (RetrofitTask t : ev.report().tasks()) {
            List<String> foreign = t.catalogueRefs().stream()
                    .filter(r -> !CatalogueScope.referenceApplies(ev.references().catalogue(), r, sector)).toList();
            if (!foreign.isEmpty()) {
                out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, Texts.get("check.section.tasks"),
                        Texts.format("check.catalogueScope", t.name(), sector == null ? Texts.get("check.catalogueScope.noSector")
                                : sector.label(), String.join("；", foreign)), "retrofit"));
            }
        }
        return out;
    }
}
