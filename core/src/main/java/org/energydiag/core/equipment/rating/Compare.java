package org.energydiag.core.equipment.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.text.Texts;

/** Rating of one measured value against 1级/2级/3级 limits, with the basis text. */
final class Compare {

    private Compare() {
    }

    /**
     * @param quantity      the compared quantity as the user knows it, e.g. "额定效率"
     * @param limits        [1级, 2级, 3级]; null where the reference data lacks the value
     * @param higherIsBetter true for efficiencies, false for specific power and losses
     * @param spec          the table row used, e.g. "4极 37 kW"
     * @param notes         rules and assumptions applied, appended to the basis
     */
    static Outcome single(GradeTables.Source source, String quantity, BigDecimal value, String unit,
                          boolean higherIsBetter, BigDecimal[] limits, String spec, List<String> notes) {
        GradeScale.Decision d = GradeScale.decide(GradeScale.against(value, limits, higherIsBetter));
        String valueText = Fmt.u(value, unit);
        String list = limitList(limits, unit);
        String tail = tail(notes);
        if (d.decided()) {
            if (d.grade() == Grade.BELOW) {
                return Outcome.graded(Grade.BELOW, source, Texts.format("equipment.compareBelow", quantity, valueText,
                        higherIsBetter ? "<" : ">", Fmt.u(limits[2], unit), spec, list) + tail).withGrade1(limits[0]);
            }
            int k = d.atLeast();
            return Outcome.graded(d.grade(), source, Texts.format("equipment.compareMet", quantity, valueText,
                    higherIsBetter ? "≥" : "≤", limitName(k), Fmt.u(limits[k - 1], unit), spec, list) + tail).withGrade1(limits[0]);
        }
        String grades = GradeScale.gradeList(d.unknown());
        String missing;
        if (d.atLeast() > 0) {
            int k = d.atLeast();
            missing = Texts.get("equipment.cannotPrefix") + Texts.format("equipment.compareOpenBetter", spec, grades,
                    quantity, valueText, limitName(k), Fmt.u(limits[k - 1], unit));
        } else {
            int k = d.failedBest();
            missing = Texts.get("equipment.cannotPrefix") + Texts.format("equipment.compareOpenWorse", spec, grades,
                    quantity, valueText, limitName(k), Fmt.u(limits[k - 1], unit));
        }
        return Outcome.cannot(source, missing, Texts.format("equipment.compareOpen", spec, list) + tail);
    }

    /** "2级限值", "3级限值（能效限定值）". */
    static String limitName(int grade) {
        return grade == 3 ? Texts.format("equipment.gradeLimit3", String.valueOf(grade))
                : Texts.format("equipment.gradeLimit", String.valueOf(grade));
    }

    /** "1级 96.1%、2级 95.2%、3级 93.9%" or "1级 6.7、2级 7.3、3级 8.1 kW/(m³/min)". */
    static String limitList(BigDecimal[] limits, String unit) {
        boolean percent = "%".equals(unit);
        List<String> parts = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            BigDecimal l = limits[k - 1];
            parts.add(Texts.format("equipment.limitEntry", k, percent && l != null ? Fmt.u(l, unit) : Fmt.n(l)));
        }
        String s = String.join("、", parts);
        return percent || unit.isEmpty() ? s : s + " " + unit;
    }

    static String tail(List<String> notes) {
        return notes.isEmpty() ? "" : "；" + String.join("；", notes);
    }
}
