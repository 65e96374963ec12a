package org.energydiag.core.evaluation;

import java.util.List;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.text.Texts;

/**
 * The typed 企业2025年能源消费量 (万tce, 企业基本情况 and 附件1) against the consumption table of
 * 2025: the 当量值 or the 等价值 must round to the figure as 附件1 prints it (two decimals), else a warning
 * (an error when off by a factor of two or more, the usual sign of tce typed as 万tce or the reverse).
 */
final class TypedFiguresCheck implements CheckRule {

    static final int YEAR = 2025;

    @Override
    public String id() {
        return "typed-figures";
    }

    @Override
    public List<CheckIssue> check(ProjectEvaluation ev) {
        var typed = ev.project().enterprise().energyConsumption2025();
        EnergySummary.YearTotals t = ev.analysis().energy().totals().stream().filter(y -> y.year() == YEAR).findFirst()
                .orElse(null);
        if (t == null || !(t.tce() > 0)) {
            return List.of();
        }
        double equal = t.tce() / 1e4;
        double equivalent = t.tceEqualComplete() && t.tceEqual() > 0 ? t.tceEqual() / 1e4 : Double.NaN;
        String section = Texts.get("check.section.typed");
        String computed = Double.isNaN(equivalent) ? Texts.format("check.typed.computed", f4(equal))
                : Texts.format("check.typed.computedBoth", f4(equal), f4(equivalent));
        if (typed == null) {
            return List.of(new CheckIssue(id(), CheckIssue.Level.WARNING, section, Texts.format("check.typed.missing", computed),
                    "enterprise#energyConsumption2025"));
        }
        double v = typed.doubleValue();
        double dEqual = Math.abs(v - equal) / equal;
        double dEquiv = Double.isNaN(equivalent) ? Double.POSITIVE_INFINITY : Math.abs(v - equivalent) / equivalent;
        double d = Math.min(dEqual, dEquiv);
        // 附件1 prints the figure with two decimals (WorkPlanWorkbook), the plan prints the computed one:
        // they agree when the computed one rounds to the typed one at that precision (33.97 for 33.9704)
        double rounding = 0.005;
        double absolute = Math.min(Math.abs(v - equal), Double.isNaN(equivalent) ? Double.POSITIVE_INFINITY : Math.abs(v - equivalent));
        if (absolute <= rounding + 1e-12) {
            return List.of();
        }
        double ref = dEqual <= dEquiv ? equal : equivalent;
        boolean factor = v >= 2 * ref || v <= ref / 2;
        return List.of(new CheckIssue(id(), factor ? CheckIssue.Level.ERROR : CheckIssue.Level.WARNING, section,
                Texts.format("check.typed.differs", f4(v), computed, PlanCheck.f(d * 100))
                        + (factor ? Texts.get("check.typed.unit") : ""),
                "enterprise#energyConsumption2025"));
    }

    static String f4(double v) {
        return String.format(java.util.Locale.ROOT, "%,.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
