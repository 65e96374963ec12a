package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.energydiag.core.benchmark.BenchmarkComparison;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule BENCHMARK (“单位产品能耗对标”): its findings and candidate tasks, or why it could not run. */
final class BenchmarkRule implements DiagnosisRule {

    @Override
    public String id() {
        return "BENCHMARK";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = "单位产品能耗对标";
        if (in.analysis() == null || in.analysis().energy().unitConsumption().isEmpty()) {
            return inactive(id, name, "未填写产品产量，无法计算单位产品能耗（步骤“能源消费情况” › 产品产量）");
        }
        if (in.analysis().benchmarks().isEmpty()) {
            return inactive(id, name, "产品未匹配到能效标杆/基准值，请在“能源消费情况”中关联标杆（或补充标杆数据包）");
        }
        List<Finding> findings = new ArrayList<>();
        List<RetrofitTask> tasks = new ArrayList<>();
        double co2PerTce = co2PerTce(in);
        double costPerTce = costPerTce(in);
        // products whose energy shares add up to more than 100 % overlap (e.g. clinker inside cement):
        // only the product with the largest share carries the saving, so targets do not count it twice
        List<EnergySummary.UnitConsumption> base = in.analysis().energy().unitConsumption().stream()
                .filter(u -> u.year() == in.project().energy().baseYear()).toList();
        double shareSum = base.stream().mapToDouble(EnergySummary.UnitConsumption::sharePercent).sum();
        String carrier = shareSum > 100.5 ? base.stream().max(java.util.Comparator.comparingDouble(
                EnergySummary.UnitConsumption::sharePercent)).map(EnergySummary.UnitConsumption::product).orElse("") : null;
        for (BenchmarkComparison.Result b : in.analysis().benchmarks()) {
            Optional<EnergySummary.UnitConsumption> u = in.analysis().energy().unitConsumption().stream()
                    .filter(x -> x.product().equals(b.product()) && x.year() == b.year()).findFirst();
            String evidence = b.year() + "年" + b.product() + "单位产品综合能耗 " + fmt(b.value()) + " " + b.unit()
                    + "，" + b.positionText() + "（标杆 " + fmt(b.benchmark().level1()) + "，基准 "
                    + fmt(b.benchmark().level3()) + "）；数据：能源消费情况 › 单位产品能耗";
            String source = b.benchmark().standard();
            String fid = id + ":" + b.product();
            switch (b.position()) {
                case ADVANCED -> findings.add(new Finding(fid, DiagnosisItem.PRODUCT_CONSUMPTION,
                        b.product() + "单位产品能耗达到标杆水平", evidence, source, Severity.INFO, id));
                case BETWEEN, BELOW_BASELINE -> {
                    boolean below = b.position() == BenchmarkComparison.Position.BELOW_BASELINE;
                    findings.add(new Finding(fid, DiagnosisItem.PRODUCT_CONSUMPTION,
                            b.product() + (below ? "单位产品能耗高于基准水平" : "单位产品能耗未达到标杆水平"), evidence, source,
                            below ? Severity.HIGH : Severity.MEDIUM, id));
                    boolean overlapped = carrier != null && !carrier.equals(b.product());
                    Double tce = overlapped ? null : u.map(x -> x.energyTce() * b.gapToAdvanced() / x.value()).orElse(null);
                    String basis = overlapped ? "各产品能耗分摊比例合计 " + fmt(shareSum) + "%，与“" + carrier
                            + "”的能耗重叠，节能量计入该产品的任务，此处不重复计算" : u.isPresent() ? "节能量 = 产品能耗 " + fmt(u.get().energyTce()) + " tce × （现值 − 标杆值）÷ 现值 = "
                            + fmt(tce) + " tce/年；减排量按企业基准年能源活动排放强度（不含工业过程排放） " + fmt(co2PerTce) + " tCO2/tce 折算；费用按平均能源价格 "
                            + fmt(costPerTce) + " 万元/tce 折算；投资需按工艺方案测算" : "";
                    tasks.add(new RetrofitTask("CAND:" + fid, below ? TaskCategory.COMPLIANCE : TaskCategory.PROCESS,
                            below ? b.product() + "单位产品能耗达标整改" : b.product() + "生产工艺系统节能提效",
                            below ? "针对" + b.product() + "单位产品能耗高于基准水平，实施工序整改，限期达到基准水平并向标杆水平提升"
                                    : "通过工艺流程优化、参数优化控制和能量系统优化，将" + b.product() + "单位产品能耗降至标杆水平",
                            List.of(fid), findings.get(findings.size() - 1).title(),
                            techRefs(in.catalogue(), List.of(b.product(), "余热"), 3), tce,
                            tce == null || Double.isNaN(co2PerTce) ? null : tce * co2PerTce,
                            tce == null || Double.isNaN(costPerTce) ? null : tce * costPerTce, null, basis, fid));
                }
            }
        }
        return new Outcome(new RuleStatus(id, name, true, "已对标 " + in.analysis().benchmarks().size() + " 个产品",
                findings.size()), findings, tasks);
    }
}
