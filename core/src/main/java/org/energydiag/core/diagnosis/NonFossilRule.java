package org.energydiag.core.diagnosis;

import java.util.List;
import java.util.Optional;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;

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
        String name = "非化石能源消费比重";
        Optional<EnergySummary.YearTotals> t = baseTotals(in);
        if (t.isEmpty() || t.get().tce() <= 0) {
            return inactive(id, name, "基准年无能源消费数据（步骤“能源消费情况”）");
        }
        double share = t.get().nonFossilShare();
        String evidence = t.get().year() + "年非化石能源占能源消费总量（当量值）" + fmt(share * 100) + "%，绿电占用电量 "
                + fmt(t.get().greenElectricityShare() * 100) + "%；数据：能源消费情况";
        if (share >= NON_FOSSIL_TARGET) {
            Finding f = new Finding(id, DiagnosisItem.CONSUMPTION_STRUCTURE, "非化石能源消费比重不低于全国2025年目标",
                    evidence, NON_FOSSIL_SOURCE, Severity.INFO, id);
            return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of());
        }
        Finding f = new Finding(id, DiagnosisItem.CONSUMPTION_STRUCTURE, "非化石能源消费比重偏低", evidence + "，低于全国目标 "
                + fmt(NON_FOSSIL_TARGET * 100) + "%", NON_FOSSIL_SOURCE, Severity.LOW, id);
        RetrofitTask task = new RetrofitTask("CAND:" + id, TaskCategory.ENERGY_STRUCTURE, "可再生能源利用与绿电绿证应用",
                "利用厂房屋顶及空地建设分布式光伏，开展绿电交易和绿证购买，提高非化石能源消费比重", List.of(id), f.title(),
                techRefs(in.catalogue(), List.of("光伏", "储能"), 3), null, null, null, null,
                "规模需按可利用屋顶面积、用电负荷和绿电交易量测算", id);
        return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of(task));
    }
}
