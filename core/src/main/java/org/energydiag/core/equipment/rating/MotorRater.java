package org.energydiag.core.equipment.rating;

import static org.energydiag.core.equipment.EquipmentField.POLES;
import static org.energydiag.core.equipment.EquipmentField.RATED_EFFICIENCY;
import static org.energydiag.core.equipment.EquipmentField.RATED_POWER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.text.Texts;

/**
 * Three-phase induction motors: GB 18613-2020 表1, rated efficiency by rated power and poles. A
 * power between two listed powers is rated as the pack prescribes ({@link GradeTables.Motor#betweenRows()}):
 * with the IEC 60034-30-1 interpolation formula for the grades that have coefficients and the next
 * higher listed power for the others, and the basis says which limit came from where.
 */
final class MotorRater {

    private final GradeTables.Motor table;

    MotorRater(GradeTables.Motor table) {
        this.table = table;
    }

    Outcome rate(EquipmentItem item) {
        GradeTables.Source src = table.source();
        Inputs in = new Inputs(item);
        BigDecimal eff = in.number(RATED_EFFICIENCY);
        BigDecimal kw = in.positive(RATED_POWER);
        String polesText = in.choice(POLES);
        if (!in.ok()) {
            return Outcome.cannot(src, in.problem());
        }
        int poles = Integer.parseInt(polesText);
        List<GradeTables.MotorRow> rows = table.rows();
        GradeTables.MotorRow first = rows.get(0);
        GradeTables.MotorRow last = rows.get(rows.size() - 1);
        if (!first.limitsByPoles().containsKey(poles)) {
            return Outcome.cannotBecause(src, Texts.format("equipment.motorPoles", polesText, src.standard(), src.table(),
                    String.join("、", first.limitsByPoles().keySet().stream().map(String::valueOf).toList())));
        }
        if (kw.compareTo(first.kw()) < 0 || kw.compareTo(last.kw()) > 0) {
            return Outcome.cannotBecause(src, Texts.format("equipment.motorRange", Fmt.n(kw), src.standard(), src.table(),
                    Fmt.n(first.kw()), Fmt.n(last.kw())));
        }
        GradeTables.MotorRow lower = null;
        GradeTables.MotorRow upper = null;
        for (GradeTables.MotorRow r : rows) {
            if (r.kw().compareTo(kw) == 0) {
                BigDecimal[] limits = r.limitsByPoles().get(poles);
                String spec = Texts.format("equipment.motorSpec", String.valueOf(poles), Fmt.n(r.kw()));
                return Compare.single(src, RATED_EFFICIENCY.label(), eff, "%", true, limits, spec, List.of());
            }
            if (r.kw().compareTo(kw) < 0) {
                lower = r;
            } else if (upper == null) {
                upper = r;
            }
        }
        return switch (table.betweenRows()) {
            case "iec_interpolation" -> interpolated(src, eff, kw, poles, lower, upper);
            case "next_lower" -> {
                BigDecimal[] limits = lower.limitsByPoles().get(poles);
                String spec = Texts.format("equipment.motorSpec", String.valueOf(poles), Fmt.n(lower.kw()));
                yield Compare.single(src, RATED_EFFICIENCY.label(), eff, "%", true, limits, spec,
                        List.of(Texts.format("equipment.motorNextLower", Fmt.n(kw), src.table(), Fmt.n(lower.kw()))));
            }
            default -> Outcome.cannotBecause(src, Texts.format("equipment.motorNotTabulated", Fmt.n(kw), src.table()));
        };
    }

    /**
     * Limits for a power between the rows {@code lower} and {@code upper}: from the interpolation
     * formula where the pack has coefficients for the grade's IE class and this power, else the upper
     * row's (the stricter of the two neighbours, as limits rise with power).
     */
    private Outcome interpolated(GradeTables.Source src, BigDecimal eff, BigDecimal kw, int poles, GradeTables.MotorRow lower,
                                 GradeTables.MotorRow upper) {
        GradeTables.Interpolation ip = table.interpolation();
        GradeTables.InterpolationRange range = ip.range(kw);
        BigDecimal[] upperLimits = upper.limitsByPoles().get(poles);
        BigDecimal[] limits = new BigDecimal[3];
        List<String> byFormula = new ArrayList<>();
        List<String> byUpper = new ArrayList<>();
        for (int g = 1; g <= 3; g++) {
            String ie = ip.gradeClasses().get(g);
            BigDecimal v = range == null || ie == null ? null : range.limit(ie, poles, kw, ip.decimals());
            if (v != null) {
                limits[g - 1] = v;
                byFormula.add(Texts.format("equipment.motorInterpolatedGrade", Grade.ofNumber(g).label(), ie, Fmt.u(v, "%")));
            } else {
                limits[g - 1] = upperLimits[g - 1];
                byUpper.add(Grade.ofNumber(g).label());
            }
        }
        List<String> parts = new ArrayList<>();
        if (!byFormula.isEmpty()) {
            parts.add(Texts.format("equipment.motorByFormula", ip.citation(), String.join("、", byFormula)));
        }
        if (!byUpper.isEmpty()) {
            parts.add(Texts.format(byFormula.isEmpty() ? "equipment.motorByUpperNoFormula" : "equipment.motorByUpper",
                    String.join("、", byUpper), Fmt.n(upper.kw())));
        }
        String note = Texts.format("equipment.motorBetweenRows", Fmt.n(kw), src.table(), Fmt.n(lower.kw()), Fmt.n(upper.kw()),
                String.join("；", parts));
        String spec = Texts.format("equipment.motorSpecBetween", String.valueOf(poles), Fmt.n(kw));
        String rule = byFormula.isEmpty() ? Texts.format("equipment.motorRuleUpper", Fmt.n(upper.kw()))
                : Texts.format("equipment.motorRuleFormula", ip.citation());
        return Compare.single(src, RATED_EFFICIENCY.label(), eff, "%", true, limits, spec, List.of(note)).withRule(rule);
    }
}
