package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.energy.BalanceResult;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule BALANCE (“能量平衡与能源利用率”): its findings and candidate tasks, or why it could not run. */
final class BalanceRule implements DiagnosisRule {

    @Override
    public String id() {
        return "BALANCE";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = "能量平衡与能源利用率";
        BalanceResult b = in.analysis() == null ? null : in.analysis().balance();
        if (b == null || b.nodes().isEmpty() || b.supplyTce() <= 0) {
            return inactive(id, name, "未填写能量平衡（步骤“能源消费情况” › 能量平衡）");
        }
        List<Finding> findings = new ArrayList<>();
        List<RetrofitTask> tasks = new ArrayList<>();
        String where = b.year() + "年能量平衡表";
        if (!b.closes()) {
            String fid = id + ":NOT_CLOSING";
            findings.add(new Finding(fid, DiagnosisItem.METERING, "能量平衡不闭合",
                    where + "：供入 " + fmt(b.supplyTce()) + " tce，差额 " + fmt(b.differenceTce()) + " tce（"
                            + fmt(b.differencePercent()) + "%），超出允许偏差 ±" + fmt(b.tolerancePercent()) + "%",
                    "GB/T 3484-2009《企业能量平衡通则》", Severity.MEDIUM, id));
            tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.DIGITAL, "完善能源计量与统计体系",
                    "补齐各级能源计量器具，规范能源统计台账，使能量平衡差额控制在允许范围内", List.of(fid), "能量平衡不闭合",
                    techRefs(in.catalogue(), List.of("能源管控", "计量"), 2), null, null, null, null,
                    "计量完善本身不直接产生节能量；投资按需配置的计量器具数量测算", fid));
        }
        for (BalanceResult.NodeResult n : b.lossesRanked()) {
            double share = n.lossTce() / b.supplyTce();
            if (share < LOSS_SHARE_THRESHOLD) {
                break;
            }
            String fid = id + ":LOSS:" + n.id();
            findings.add(new Finding(fid, DiagnosisItem.ENERGY_FLOW, n.name() + "能量损失较大",
                    where + "：" + n.name() + "损失 " + fmt(n.lossTce()) + " tce，占供入能量 " + fmt(share * 100) + "%（提示阈值 "
                            + fmt(LOSS_SHARE_THRESHOLD * 100) + "%" + ASSUMPTION + "）",
                    "GB/T 3484-2009《企业能量平衡通则》", Severity.MEDIUM, id));
            tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.PROCESS, n.name() + "余热余压回收与能量系统优化",
                    "对" + n.name() + "的能量损失开展测试分析，实施余热余压回收、保温强化或能量梯级利用", List.of(fid),
                    n.name() + "能量损失较大", techRefs(in.catalogue(), List.of("余热", "余压"), 3), null, null, null, null,
                    "可回收量需现场测试确定；损失量 " + fmt(n.lossTce()) + " tce 为回收潜力上限", fid));
        }
        String util = "能源利用率 " + fmt(b.utilizationPercent()) + "%" + (b.utilizationEstimated() ? "（部分终端未测有效利用率，为上限估计）" : "");
        findings.add(new Finding(id + ":UTILIZATION", DiagnosisItem.ENERGY_FLOW, util, where + "：有效利用 "
                + fmt(b.effectiveTce()) + " tce ÷ 供入 " + fmt(b.supplyTce()) + " tce", "GB/T 3484-2009《企业能量平衡通则》",
                Severity.INFO, id));
        return new Outcome(new RuleStatus(id, name, true, where + "：" + util, findings.size()), findings, tasks);
    }
}
