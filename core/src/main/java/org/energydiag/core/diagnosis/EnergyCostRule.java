package org.energydiag.core.diagnosis;

import java.util.List;
import java.util.Optional;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.Severity;

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
        String name = "能源成本构成";
        Optional<EnergySummary.YearTotals> t = baseTotals(in);
        if (t.isEmpty() || !(t.get().costWanYuan() > 0)) {
            return inactive(id, name, "基准年未填写能源费用（步骤“能源消费情况” › 费用）");
        }
        int year = t.get().year();
        EnergySummary.CarrierLine top = in.analysis().energy().carriers().stream()
                .max(java.util.Comparator.comparingDouble(c -> c.costWanYuan().getOrDefault(year, 0.0))).orElseThrow();
        double topCost = top.costWanYuan().getOrDefault(year, 0.0);
        String evidence = year + "年能源费用 " + fmt(t.get().costWanYuan()) + " 万元，其中" + top.name() + " " + fmt(topCost)
                + " 万元（" + fmt(topCost / t.get().costWanYuan() * 100) + "%），平均 " + fmt(t.get().costWanYuan() / t.get().tce())
                + " 万元/tce；数据：能源消费情况";
        Finding f = new Finding(id, DiagnosisItem.ENERGY_COST, "能源成本以" + top.name() + "为主", evidence, "", Severity.INFO, id);
        return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of());
    }
}
