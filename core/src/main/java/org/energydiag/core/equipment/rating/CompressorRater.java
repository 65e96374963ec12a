package org.energydiag.core.equipment.rating;

import static org.energydiag.core.equipment.EquipmentField.COOLING;
import static org.energydiag.core.equipment.EquipmentField.DRIVE;
import static org.energydiag.core.equipment.EquipmentField.LUBRICATION;
import static org.energydiag.core.equipment.EquipmentField.PRESSURE_MPA;
import static org.energydiag.core.equipment.EquipmentField.RATED_POWER;
import static org.energydiag.core.equipment.EquipmentField.SPECIFIC_POWER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.text.Texts;

/**
 * Air compressors: GB 19153-2019 表1 (一般用喷油回转空气压缩机, 工频), input specific power by
 * rated motor power, cooling and discharge pressure; lower is better. Only part of 表1 is in the
 * reference data; other tables (无油, 变频 …) are not.
 */
final class CompressorRater {

    static final String OIL_FREE = "无油";
    static final String VARIABLE_SPEED = "变频";
    static final String OIL_INJECTED = "喷油";
    static final String FIXED_SPEED = "工频";
    static final String AIR_COOLED = "风冷";
    static final String WATER_COOLED = "水冷";

    private final GradeTables.Compressor table;

    CompressorRater(GradeTables.Compressor table) {
        this.table = table;
    }

    Outcome rate(EquipmentItem item) {
        GradeTables.Source src = table.source();
        Inputs in = new Inputs(item);
        String lubrication = in.optionalChoice(LUBRICATION);
        String drive = in.optionalChoice(DRIVE);
        if (OIL_FREE.equals(lubrication) || VARIABLE_SPEED.equals(drive)) {
            List<String> what = new ArrayList<>();
            if (OIL_FREE.equals(lubrication)) {
                what.add(OIL_FREE);
            }
            if (VARIABLE_SPEED.equals(drive)) {
                what.add(VARIABLE_SPEED);
            }
            return Outcome.cannotBecause(src, Texts.format("equipment.compressorOnlyTable1", src.table(), String.join("、", what)));
        }
        BigDecimal sp = in.number(SPECIFIC_POWER);
        BigDecimal kw = in.positive(RATED_POWER);
        BigDecimal mpa = in.positive(PRESSURE_MPA);
        String cooling = in.choice(COOLING);
        if (!in.ok()) {
            return Outcome.cannot(src, in.problem());
        }
        List<String> notes = new ArrayList<>();
        if (lubrication == null || drive == null) {
            notes.add(Texts.format("equipment.compressorAssumedTable1", src.table()));
        }
        Map<Integer, Map<String, Map<BigDecimal, GradeTables.Cell>>> row = null;
        for (Map.Entry<BigDecimal, Map<Integer, Map<String, Map<BigDecimal, GradeTables.Cell>>>> e : table.rows().entrySet()) {
            if (e.getKey().compareTo(kw) == 0) {
                row = e.getValue();
            }
        }
        if (row == null) {
            for (GradeTables.NotRead gap : table.notRead()) {
                if (gap.contains(kw)) {
                    return Outcome.cannotBecause(src, Texts.format("equipment.compressorNotRead", gap.text(), src.standard(),
                            src.table()));
                }
            }
            return Outcome.cannotBecause(src, Texts.format("equipment.compressorNotTabulated", Fmt.n(kw), src.table(),
                    Fmt.list(table.rows().keySet())));
        }
        BigDecimal tabulated = null;
        for (BigDecimal p : table.pressures()) {
            if (p.compareTo(mpa) >= 0) {
                tabulated = p;
                break;
            }
        }
        if (tabulated == null) {
            return Outcome.cannotBecause(src, Texts.format("equipment.compressorPressureHigh", Fmt.n(mpa), src.table(),
                    Fmt.n(table.pressures().get(table.pressures().size() - 1))));
        }
        if (tabulated.compareTo(mpa) != 0) {
            notes.add(Texts.format("equipment.compressorPressureRule", Fmt.n(mpa), Fmt.n(tabulated), table.pressureRuleNote()));
        }
        String key = AIR_COOLED.equals(cooling) ? "air" : "liquid";
        String coolingText = AIR_COOLED.equals(cooling) ? AIR_COOLED : Texts.get("equipment.compressorLiquid");
        BigDecimal[] limits = new BigDecimal[3];
        boolean anyApplicable = false;
        for (int g = 1; g <= 3; g++) {
            Map<String, Map<BigDecimal, GradeTables.Cell>> byCooling = row.get(g);
            GradeTables.Cell cell = byCooling == null || byCooling.get(key) == null ? null : byCooling.get(key).get(tabulated);
            if (cell == null || !cell.notApplicable()) {
                anyApplicable = true;
            }
            limits[g - 1] = cell == null ? null : cell.value();
        }
        if (!anyApplicable) {
            return Outcome.cannotBecause(src, Texts.format("equipment.compressorNotApplicable", src.table(), Fmt.n(kw), coolingText));
        }
        String spec = Texts.format("equipment.compressorSpec", table.scope(), Fmt.n(kw), coolingText, Fmt.n(tabulated));
        return Compare.single(src, SPECIFIC_POWER.label(), sp, SPECIFIC_POWER.unit(), false, limits, spec, notes);
    }
}
