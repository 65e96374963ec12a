package org.energydiag.core.equipment.rating;

import static org.energydiag.core.equipment.EquipmentField.POLES;
import static org.energydiag.core.equipment.EquipmentField.RATED_EFFICIENCY;
import static org.energydiag.core.equipment.EquipmentField.RATED_POWER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.text.Texts;

/** Three-phase induction motors: GB 18613-2020 表1, rated efficiency by rated power and poles. */
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
        List<String> notes = new ArrayList<>();
        GradeTables.MotorRow row = null;
        for (GradeTables.MotorRow r : rows) {
            if (r.kw().compareTo(kw) == 0) {
                row = r;
                break;
            }
        }
        if (row == null) {
            if (!"next_lower".equals(table.betweenRows())) {
                return Outcome.cannotBecause(src, Texts.format("equipment.motorNotTabulated", Fmt.n(kw), src.table()));
            }
            for (GradeTables.MotorRow r : rows) {
                if (r.kw().compareTo(kw) < 0) {
                    row = r;
                }
            }
            notes.add(Texts.format("equipment.motorNextLower", Fmt.n(kw), src.table(), Fmt.n(row.kw())));
        }
        BigDecimal[] limits = row.limitsByPoles().get(poles);
        String spec = Texts.format("equipment.motorSpec", String.valueOf(poles), Fmt.n(row.kw()));
        return Compare.single(src, RATED_EFFICIENCY.label(), eff, "%", true, limits, spec, notes);
    }
}
