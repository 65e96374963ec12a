package org.energydiag.core.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan check (方案检查): named rules across the sections of the plan, run on the one
 * evaluation. A new rule is one class here plus one line in {@link #RULES}.
 */
public final class PlanCheck {

    /** Every rule, in the order their issues are listed. */
    public static final List<CheckRule> RULES = List.of(
            new NotEvaluableCheck(),
            new RequiredItemsCheck(),
            new EvaluationConfirmedCheck(),
            new TypedFiguresCheck(),
            new BalanceStatementCheck(),
            new TargetsTable31Check(),
            new TargetYearCheck(),
            new PhaseDateCheck(),
            new SavingsPotentialCheck(),
            new SavingBasisCheck(),
            new KeyProjectEconomicsCheck(),
            new CatalogueScopeCheck(),
            new ReferencesConfirmedCheck());

    private PlanCheck() {
    }

    static List<CheckIssue> run(ProjectEvaluation ev) {
        List<CheckIssue> out = new ArrayList<>();
        for (CheckRule r : RULES) {
            out.addAll(r.check(ev));
        }
        out.sort(java.util.Comparator.comparing(CheckIssue::level)); // errors first, rule order kept within
        return out;
    }

    static String f(double v) {
        return String.format(java.util.Locale.ROOT, "%,.2f", v).replaceAll("\\.00$", "");
    }
}
