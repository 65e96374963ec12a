package org.energydiag.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.energy.BalanceResult;

/**
 * The energy balance against what the plan says of it (一（三）能源利用状况): an open balance is
 * reported, and a utilisation of 100 % beside an open balance is a contradiction.
 */
final class BalanceStatementCheck implements CheckRule {

    @Override
    public String id() {
        return "balance-statement";
    }

    @Override
    public List<CheckIssue> check(ProjectEvaluation ev) {
        BalanceResult b = ev.analysis().balance();
        List<CheckIssue> out = new ArrayList<>();
        if (b == null || b.nodes().isEmpty() || !(b.supplyTce() > 0)) {
            return out;
        }
        String section = "一（三）能量平衡";
        if (!b.closes() && !Double.isNaN(b.differencePercent())) {
            boolean contradiction = b.utilizationPercent() >= 99.95;
            out.add(new CheckIssue(id(), contradiction ? CheckIssue.Level.ERROR : CheckIssue.Level.WARNING, section,
                    "能量平衡不闭合：供入减外供与能源消费统计相差 " + PlanCheck.f(b.differencePercent()) + "%（允许 ±"
                            + PlanCheck.f(b.tolerancePercent()) + "%）"
                            + (contradiction ? "，而能源利用率为 " + PlanCheck.f(b.utilizationPercent())
                            + "%，两者不能同时成立；请补全各环节的损失和终端有效利用率" : "；请核对平衡图各环节的输入输出"),
                    "energy#balance"));
        } else if (b.utilizationEstimated()) {
            out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, "能源利用率 " + PlanCheck.f(b.utilizationPercent())
                    + "% 是上限估计：部分终端用能单元未填有效利用率，其全部输入按有效利用计", "energy#balance"));
        }
        return out;
    }
}
