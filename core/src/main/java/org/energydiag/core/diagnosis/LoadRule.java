package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.meter.analysis.LoadAnalysis;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule LOAD (“负荷特性（电表数据）”): its findings and candidate tasks, or why it could not run. */
final class LoadRule implements DiagnosisRule {

    @Override
    public String id() {
        return "LOAD";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = "负荷特性（电表数据）";
        List<LoadAnalysis> loads = in.loads().stream().filter(LoadAnalysis::hasData).toList();
        if (loads.isEmpty()) {
            return inactive(id, name, "未导入电表数据（步骤“能源消费情况” › 电表数据）");
        }
        List<Finding> findings = new ArrayList<>();
        List<RetrofitTask> tasks = new ArrayList<>();
        for (LoadAnalysis l : loads) {
            String m = l.meterName();
            String period = "电表“" + m + "”" + l.firstStart().toLocalDate() + "至" + l.lastStart().toLocalDate();
            if (!Double.isNaN(l.powerFactor()) && l.powerFactor() < POWER_FACTOR_STANDARD) {
                String fid = id + ":PF:" + m;
                findings.add(new Finding(fid, DiagnosisItem.ENERGY_FLOW, m + "功率因数偏低",
                        period + "平均功率因数 " + fmt3(l.powerFactor()) + "，低于 " + fmt(POWER_FACTOR_STANDARD), POWER_FACTOR_SOURCE,
                        Severity.MEDIUM, id));
                tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.AUXILIARY, m + "无功补偿改造",
                        "在" + m + "供电回路加装或更新动态无功补偿装置，使功率因数达到0.90以上，减少线损和力调电费", List.of(fid),
                        m + "功率因数偏低", techRefs(in.catalogue(), List.of("无功补偿", "电能质量"), 2), null, null, null, null,
                        "节电量取决于线路和变压器损耗，需按补偿容量测算；力调电费按当地电价政策核算", fid));
            }
            if (!Double.isNaN(l.loadFactor()) && l.loadFactor() < LOAD_FACTOR_THRESHOLD) {
                String fid = id + ":LF:" + m;
                findings.add(new Finding(fid, DiagnosisItem.ENERGY_FLOW, m + "负荷率偏低",
                        period + "平均负荷 " + fmt(l.averageKw()) + " kW，最大需量 " + fmt(l.maxDemandKw()) + " kW，负荷率 "
                                + fmt(l.loadFactor() * 100) + "%（提示阈值 " + fmt(LOAD_FACTOR_THRESHOLD * 100) + "%" + ASSUMPTION + "）",
                        "", Severity.LOW, id));
                tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.DIGITAL, m + "负荷在线监测与需量管理",
                        "建设负荷在线监测，实施需量控制和设备启停优化，削减尖峰负荷", List.of(fid), m + "负荷率偏低",
                        techRefs(in.catalogue(), List.of("能源管控", "需量"), 2), null, null, null, null,
                        "主要降低需量电费，按当地两部制电价核算", fid));
            }
            if (!Double.isNaN(l.nightBaseLoadShare()) && l.nightBaseLoadShare() >= NIGHT_BASE_THRESHOLD) {
                String fid = id + ":NIGHT:" + m;
                findings.add(new Finding(fid, DiagnosisItem.ENERGY_FLOW, m + "夜间基础负荷较高",
                        period + "0—5时平均负荷 " + fmt(l.nightBaseLoadKw()) + " kW，为平均负荷的 " + fmt(l.nightBaseLoadShare() * 100)
                                + "%（提示阈值 " + fmt(NIGHT_BASE_THRESHOLD * 100) + "%" + ASSUMPTION + "；连续生产企业可忽略）",
                        "", Severity.LOW, id));
                tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.MANAGEMENT, "非生产时段停机与待机管理",
                        "核查" + m + "夜间及非生产时段运行设备，建立停机、待机管理制度", List.of(fid), m + "夜间基础负荷较高",
                        List.of(), null, null, null, null, "节电量 = 可停运负荷 × 非生产小时，需现场核实", fid));
            }
            if (!Double.isNaN(l.peakShare()) && l.peakShare() >= PEAK_SHARE_THRESHOLD) {
                String fid = id + ":PEAK:" + m;
                findings.add(new Finding(fid, DiagnosisItem.ENERGY_COST, m + "峰段用电占比偏高",
                        period + "尖峰、高峰时段用电占 " + fmt(l.peakShare() * 100) + "%（分时电价：" + (l.touSchedule() == null ? ""
                                : l.touSchedule().name()) + "；提示阈值 " + fmt(PEAK_SHARE_THRESHOLD * 100) + "%" + ASSUMPTION + "）",
                        "", Severity.LOW, id));
                tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.ENERGY_STRUCTURE, "移峰填谷与用户侧储能",
                        "优化生产排班，将可调节负荷移至低谷时段，评估建设用户侧储能", List.of(fid), m + "峰段用电占比偏高",
                        techRefs(in.catalogue(), List.of("储能"), 2), null, null, null, null, "降低电费，不直接节能", fid));
            }
        }
        return new Outcome(new RuleStatus(id, name, true, "已分析 " + loads.size() + " 块电表", findings.size()), findings,
                tasks);
    }
}
