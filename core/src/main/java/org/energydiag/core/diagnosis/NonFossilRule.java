package org.energydiag.core.diagnosis;

import java.util.List;
import java.util.Optional;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;
import org.energydiag.core.text.Texts;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule NON_FOSSIL (“非化石能源消费比重”): its findings and candidate tasks, or why it could not run. */
final class NonFossilRule implements DiagnosisRule {

    @Override
    public String id() {
        return "NON_FOSSIL";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = Texts.get("diagnosis.nonFossil.name");
        Optional<EnergySummary.YearTotals> t = baseTotals(in);
        if (t.isEmpty() || t.get().tce() <= 0) {
            return inactive(id, name, Texts.get("diagnosis.nonFossil.inactive"));
        }
        double share = t.get().nonFossilShare();
        String evidence = Texts.format("diagnosis.nonFossil.evidence", t.get().year(), fmt(share * 100),
                fmt(t.get().greenElectricityShare() * 100));
        if (share >= NON_FOSSIL_TARGET) {
            Finding f = new Finding(id, DiagnosisItem.CONSUMPTION_STRUCTURE, Texts.get("diagnosis.nonFossil.met"),
                    evidence, NON_FOSSIL_SOURCE, Severity.INFO, id);
            return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of());
        }
        Finding f = new Finding(id, DiagnosisItem.CONSUMPTION_STRUCTURE, Texts.get("diagnosis.nonFossil.low"),
                Texts.format("diagnosis.nonFossil.low.evidence", evidence, fmt(NON_FOSSIL_TARGET * 100)), NON_FOSSIL_SOURCE, Severity.LOW, id);
        RetrofitTask task = new RetrofitTask("CAND:" + id, TaskCategory.ENERGY_STRUCTURE, Texts.get("diagnosis.nonFossil.task.name"),
                Texts.get("diagnosis.nonFossil.task.content"), List.of(id), f.title(),
                techRefs(in.catalogue(), in.project().enterprise().sector(), List.of("光伏", "储能"), 3), null, null, null, null,
                Texts.get("diagnosis.nonFossil.task.basis"), id);
        return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of(task));
    }
}
