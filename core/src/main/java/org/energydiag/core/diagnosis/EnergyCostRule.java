package org.energydiag.core.diagnosis;

import java.util.List;
import java.util.Optional;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.text.Texts;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule ENERGY_COST (“能源成本构成”): its findings and candidate tasks, or why it could not run. */
final class EnergyCostRule implements DiagnosisRule {

    @Override
    public String id() {
        return "ENERGY_COST";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = Texts.get("diagnosis.cost.name");
        Optional<EnergySummary.YearTotals> t = baseTotals(in);
        if (t.isEmpty() || !(t.get().costWanYuan() > 0)) {
            return inactive(id, name, Texts.get("diagnosis.cost.inactive"));
        }
        int year = t.get().year();
        EnergySummary.CarrierLine top = in.analysis().energy().carriers().stream()
                .max(java.util.Comparator.comparingDouble(c -> c.costWanYuan().getOrDefault(year, 0.0))).orElseThrow();
        double topCost = top.costWanYuan().getOrDefault(year, 0.0);
        String evidence = Texts.format("diagnosis.cost.evidence", year, fmt(t.get().costWanYuan()), top.name(), fmt(topCost),
                fmt(topCost / t.get().costWanYuan() * 100), fmt(t.get().costWanYuan() / t.get().tce()));
        Finding f = new Finding(id, DiagnosisItem.ENERGY_COST, Texts.format("diagnosis.cost.title", top.name()), evidence, "", Severity.INFO, id);
        return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of());
    }
}
