package org.energydiag.core.diagnosis;

import java.util.List;
import java.util.Optional;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule EMISSION_SOURCES (“主要碳排放环节”): its findings and candidate tasks, or why it could not run. */
final class EmissionSourcesRule implements DiagnosisRule {

    @Override
    public String id() {
        return "EMISSION_SOURCES";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = "主要碳排放环节";
        Optional<CarbonResult.YearEmissions> y = baseEmissions(in);
        if (y.isEmpty() || y.get().ranked().isEmpty()) {
            return inactive(id, name, "基准年无碳排放核算结果（步骤“企业碳排放情况”）");
        }
        CarbonResult.Source top = y.get().ranked().get(0);
        double share = top.tco2() / y.get().totalTco2();
        String evidence = y.get().year() + "年排放总量 " + fmt(y.get().totalTco2()) + " tCO2，最大排放源“" + top.name() + "” "
                + fmt(top.tco2()) + " tCO2（" + fmt(share * 100) + "%）；排放因子：" + top.factorSource();
        String fid = id + ":" + top.name();
        Finding f = new Finding(fid, DiagnosisItem.EMISSION_SOURCES, "主要碳排放环节为" + top.name(), evidence, top.factorSource(),
                Severity.INFO, id);
        RetrofitTask task = switch (top.category()) {
            case "FUEL" -> new RetrofitTask("CAND:" + fid, TaskCategory.ENERGY_STRUCTURE, top.name() + "燃料替代与电气化改造",
                    "评估以电能、天然气、生物质等低碳能源替代" + top.name() + "的可行性，实施电气化改造", List.of(fid), f.title(),
                    techRefs(in.catalogue(), List.of("电气化", "热泵", "替代"), 3), null, null, null, null,
                    "减排量按替代燃料量 × 排放因子差测算", fid);
            case "PROCESS" -> new RetrofitTask("CAND:" + fid, TaskCategory.PROCESS, "工业过程排放控制",
                    "针对" + top.name() + "，实施原料替代、降低熟料系数等过程减排措施", List.of(fid), f.title(),
                    techRefs(in.catalogue(), List.of("原料替代", "熟料"), 3), null, null, null, null,
                    "减排量按替代原料量测算", fid);
            case "ELECTRICITY" -> new RetrofitTask("CAND:" + fid, TaskCategory.ENERGY_STRUCTURE, "绿电应用降低间接排放",
                    "通过分布式光伏、绿电交易和绿证降低外购电力间接排放", List.of(fid), f.title(),
                    techRefs(in.catalogue(), List.of("光伏"), 2), null, null, null, null, "减排量 = 绿电量 × 电网排放因子", fid);
            default -> null;
        };
        return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), task == null ? List.of() : List.of(task));
    }
}
