package org.energydiag.core.equipment.rating;

import static org.energydiag.core.equipment.EquipmentField.EFFICIENCY;
import static org.energydiag.core.equipment.EquipmentField.FAN_NUMBER;
import static org.energydiag.core.equipment.EquipmentField.FAN_TYPE;
import static org.energydiag.core.equipment.EquipmentField.HUB_RATIO;
import static org.energydiag.core.equipment.EquipmentField.PRESSURE_COEFFICIENT;
import static org.energydiag.core.equipment.EquipmentField.SPECIFIC_SPEED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.text.Texts;

/**
 * Fans: GB 19761-2020. Centrifugal fans by pressure coefficient ψ and specific speed ns (表1, 表2),
 * axial fans by hub ratio γ (表3), outer-rotor forward multi-blade fans by ψ and ns (表4, partial);
 * the column by fan number (机号). Efficiency, higher is better.
 */
final class FanRater {

    private final List<GradeTables.FanTable> tables;

    FanRater(List<GradeTables.FanTable> tables) {
        this.tables = tables;
    }

    Outcome rate(EquipmentItem item) {
        GradeTables.Source base = tables.get(0).source();
        Inputs in = new Inputs(item);
        BigDecimal eff = in.number(EFFICIENCY);
        String type = in.choice(FAN_TYPE);
        BigDecimal number = in.positive(FAN_NUMBER);
        List<GradeTables.FanTable> candidates = new ArrayList<>();
        if (type != null) {
            for (GradeTables.FanTable t : tables) {
                if (t.fanType().equals(type)) {
                    candidates.add(t);
                }
            }
        }
        boolean byHub = !candidates.isEmpty() && "hub_ratio".equals(candidates.get(0).selector());
        BigDecimal coef = null;
        BigDecimal ns = null;
        if (type != null && byHub) {
            coef = in.number(HUB_RATIO);
        } else if (type != null) {
            coef = in.number(PRESSURE_COEFFICIENT);
            ns = in.number(SPECIFIC_SPEED);
        }
        if (!in.ok()) {
            return Outcome.cannot(candidates.isEmpty() ? base : candidates.get(0).source(), in.problem());
        }
        if (candidates.isEmpty()) {
            return Outcome.cannotBecause(base, Texts.format("equipment.fanNoTable", type, base.standard()));
        }
        String coefName = byHub ? "γ" : "ψ";
        GradeTables.FanTable table = null;
        GradeTables.FanRow row = null;
        List<String> nsRanges = new ArrayList<>();
        for (GradeTables.FanTable t : candidates) {
            for (GradeTables.FanRow r : t.rows()) {
                if (r.coefficient().contains(coef)) {
                    if (r.ns() == null || r.ns().contains(ns)) {
                        if (row == null) {
                            table = t;
                            row = r;
                        }
                    } else {
                        nsRanges.add(t.source().table() + " " + r.coefficient().text() + "：" + r.ns().text());
                    }
                }
            }
        }
        String tablesText = String.join("、", candidates.stream().map(t -> t.source().table()).toList());
        base = base.withTable(tablesText, base.title());
        if (row == null) {
            String partial = candidates.stream().filter(t -> !t.partial().isEmpty())
                    .map(t -> "；" + t.source().table() + " " + t.partial()).reduce("", String::concat);
            if (nsRanges.isEmpty()) {
                return Outcome.cannotBecause(base, Texts.format("equipment.fanNoCoefRow", coefName, Fmt.n(coef), base.standard(),
                        tablesText, type) + partial);
            }
            return Outcome.cannotBecause(base, Texts.format("equipment.fanNoNsRow", coefName, Fmt.n(coef), Fmt.n(ns), base.standard(),
                    tablesText, String.join("；", nsRanges)) + partial);
        }
        GradeTables.Source src = table.source();
        List<String> notes = new ArrayList<>();
        int band = -1;
        for (int b = 0; b < table.bands().size(); b++) {
            if (table.bands().get(b).contains(number)) {
                band = b;
                break;
            }
        }
        if (band < 0) {
            for (int b = 0; b + 1 < table.bands().size(); b++) {
                Interval left = table.bands().get(b);
                Interval right = table.bands().get(b + 1);
                if (left.excludedBoundaryWith(right, number)) {
                    if (Arrays.equals(row.limits()[b], row.limits()[b + 1])) {
                        band = b;
                        notes.add(Texts.format("equipment.fanBoundarySame", Fmt.n(number), left.text(), right.text()));
                    } else {
                        return Outcome.cannotBecause(src, Texts.format("equipment.fanBoundary", Fmt.n(number), left.text(),
                                right.text(), src.standard(), src.table()));
                    }
                }
            }
        }
        if (band < 0) {
            return Outcome.cannotBecause(src, Texts.format("equipment.fanNumberRange", Fmt.n(number), src.standard(), src.table(),
                    String.join("、", table.bands().stream().map(Interval::text).toList())));
        }
        BigDecimal[] limits = row.limits()[band];
        String rowText = row.coefficient().text() + (row.ns() == null ? "" : "、" + row.ns().text());
        if (limits[0] == null && limits[1] == null && limits[2] == null) {
            return Outcome.cannotBecause(src, Texts.format("equipment.fanDash", src.table(), rowText, table.bands().get(band).text()));
        }
        String spec = Texts.format("equipment.fanSpec", type, rowText, table.bands().get(band).text(), coefName, Fmt.n(coef),
                ns == null ? "" : "、ns=" + Fmt.n(ns), Fmt.n(number));
        return Compare.single(src, EFFICIENCY.label(), eff, "%", true, limits, spec, notes);
    }
}
