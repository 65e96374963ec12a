package org.energydiag.core.diagnosis;

import java.util.List;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule INTENSITY_TREND (“能耗强度变化趋势”): its findings and candidate tasks, or why it could not run. */
final class IntensityTrendRule implements DiagnosisRule {

    @Override
    public String id() {
        return "INTENSITY_TREND";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = "能耗强度变化趋势";
        if (in.analysis() == null) {
            return inactive(id, name, "无能源消费数据");
        }
        List<EnergySummary.YearTotals> ts = in.analysis().energy().totals().stream()
                .filter(t -> !Double.isNaN(t.tcePerWanYuan())).toList();
        if (ts.size() < 2) {
            return inactive(id, name, "需要至少两年的能源消费量和工业总产值（步骤“能源消费情况” › 产值）");
        }
        EnergySummary.YearTotals prev = ts.get(ts.size() - 2);
        EnergySummary.YearTotals last = ts.get(ts.size() - 1);
        double change = (last.tcePerWanYuan() / prev.tcePerWanYuan() - 1) * 100;
        String evidence = prev.year() + "年 " + fmt4(prev.tcePerWanYuan()) + " tce/万元 → " + last.year() + "年 "
                + fmt4(last.tcePerWanYuan()) + " tce/万元（" + (change >= 0 ? "+" : "") + fmt(change) + "%）；数据：能源消费情况";
        if (change <= 0) {
            Finding f = new Finding(id, DiagnosisItem.CONSUMPTION_STRUCTURE, "单位产值能耗下降", evidence, "", Severity.INFO, id);
            return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of());
        }
        Finding f = new Finding(id, DiagnosisItem.CONSUMPTION_STRUCTURE, "单位产值能耗上升", evidence, "", Severity.MEDIUM, id);
        RetrofitTask task = new RetrofitTask("CAND:" + id, TaskCategory.MANAGEMENT, "能耗强度目标分解与考核",
                "分析单位产值能耗上升原因，将能耗强度目标分解至车间和工序，纳入月度考核", List.of(id), f.title(), List.of(),
                null, null, null, null, "管理措施，节能量视执行情况核定", id);
        return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of(task));
    }
}
