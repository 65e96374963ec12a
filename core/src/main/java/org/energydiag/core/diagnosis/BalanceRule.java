package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.energy.BalanceResult;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;
import org.energydiag.core.text.Texts;

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
        String name = Texts.get("diagnosis.balance.name");
        BalanceResult b = in.analysis() == null ? null : in.analysis().balance();
        if (b == null || b.nodes().isEmpty() || b.supplyTce() <= 0) {
            return inactive(id, name, Texts.get("diagnosis.balance.inactive"));
        }
        List<Finding> findings = new ArrayList<>();
        List<RetrofitTask> tasks = new ArrayList<>();
        String where = Texts.format("diagnosis.balance.where", b.year());
        String source = Texts.get("diagnosis.balance.source");
        if (!b.closes()) {
            String fid = id + ":NOT_CLOSING";
            String title = Texts.get("diagnosis.balance.notClosing");
            findings.add(new Finding(fid, DiagnosisItem.METERING, title,
                    Texts.format("diagnosis.balance.notClosing.evidence", where, fmt(b.supplyTce()), fmt(b.differenceTce()),
                            fmt(b.differencePercent()), fmt(b.tolerancePercent())),
                    source, Severity.MEDIUM, id));
            tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.DIGITAL, Texts.get("diagnosis.balance.meteringTask.name"),
                    Texts.get("diagnosis.balance.meteringTask.content"), List.of(fid), title,
                    techRefs(in.catalogue(), in.project().enterprise().sector(), List.of("能源管控", "计量"), 2), null, null, null, null,
                    Texts.get("diagnosis.balance.meteringTask.basis"), fid));
        }
        for (BalanceResult.NodeResult n : b.lossesRanked()) {
            double share = n.lossTce() / b.supplyTce();
            if (share < LOSS_SHARE_THRESHOLD) {
                break;
            }
            String fid = id + ":LOSS:" + n.id();
            String title = Texts.format("diagnosis.balance.loss", n.name());
            findings.add(new Finding(fid, DiagnosisItem.ENERGY_FLOW, title,
                    Texts.format("diagnosis.balance.loss.evidence", where, n.name(), fmt(n.lossTce()), fmt(share * 100),
                            fmt(LOSS_SHARE_THRESHOLD * 100), ASSUMPTION),
                    source, Severity.MEDIUM, id));
            tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.PROCESS, Texts.format("diagnosis.balance.lossTask.name", n.name()),
                    Texts.format("diagnosis.balance.lossTask.content", n.name()), List.of(fid),
                    title, techRefs(in.catalogue(), in.project().enterprise().sector(), List.of("余热", "余压"), 3), null, null, null, null,
                    Texts.format("diagnosis.balance.lossTask.basis", fmt(n.lossTce())), fid));
        }
        String util = Texts.format("diagnosis.balance.utilization", fmt(b.utilizationPercent()))
                + (b.utilizationEstimated() ? Texts.get("diagnosis.balance.utilization.estimated") : "");
        findings.add(new Finding(id + ":UTILIZATION", DiagnosisItem.ENERGY_FLOW, util,
                Texts.format("diagnosis.balance.utilization.evidence", where, fmt(b.effectiveTce()), fmt(b.supplyTce())), source,
                Severity.INFO, id));
        return new Outcome(new RuleStatus(id, name, true, where + "：" + util, findings.size()), findings, tasks);
    }
}
