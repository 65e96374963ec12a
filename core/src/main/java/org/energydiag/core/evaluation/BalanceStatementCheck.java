package org.energydiag.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.energy.BalanceResult;
import org.energydiag.core.text.Texts;

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
        String section = Texts.get("check.section.balance");
        if (!b.closes() && !Double.isNaN(b.differencePercent())) {
            boolean contradiction = b.utilizationPercent() >= 99.95;
            out.add(new CheckIssue(id(), contradiction ? CheckIssue.Level.ERROR : CheckIssue.Level.WARNING, section,
                    Texts.format("check.balance.open", PlanCheck.f(b.differencePercent()), PlanCheck.f(b.tolerancePercent()))
                            + (contradiction ? Texts.format("check.balance.contradiction", PlanCheck.f(b.utilizationPercent()))
                            : Texts.get("check.balance.openFix")),
                    "energy#balance"));
        } else if (b.utilizationEstimated()) {
            out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section,
                    Texts.format("check.balance.estimated", PlanCheck.f(b.utilizationPercent())), "energy#balance"));
        }
        return out;
    }
}
