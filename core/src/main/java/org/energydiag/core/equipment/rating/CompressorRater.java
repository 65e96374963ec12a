package org.energydiag.core.equipment.rating;

import static org.energydiag.core.equipment.EquipmentField.COMPRESSOR_TYPE;
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
 * Air compressors: GB 19153-2019, input specific power by rated motor power, cooling (表1, 表2) and
 * discharge pressure; lower is better. The table follows from the compressor's type, lubrication
 * and drive (喷油回转 工频 → 表1, 变频 → 表2; 往复活塞 有油 → 表3, 无油 → 表4); a kind of
 * compressor without a table in the pack, and rows the pack did not read, are not rated, with the
 * reason.
 */
final class CompressorRater {

    static final String ROTARY = "回转式";
    static final String PISTON = "活塞式";
    static final String OIL_FREE = "无油";
    static final String VARIABLE_SPEED = "变频";
    static final String AIR_COOLED = "风冷";

    private final GradeTables.Compressor compressor;

    CompressorRater(GradeTables.Compressor compressor) {
        this.compressor = compressor;
    }

    Outcome rate(EquipmentItem item) {
        Inputs in = new Inputs(item);
        String type = in.optionalChoice(COMPRESSOR_TYPE);
        String lubrication = in.optionalChoice(LUBRICATION);
        String drive = in.optionalChoice(DRIVE);
        if (!in.ok()) { // a type, lubrication or drive that is not one of the choices decides no table
            return Outcome.cannot(compressor.source().withTable("", compressor.source().title()), in.problem());
        }
        List<String> notes = new ArrayList<>();
        List<String> blank = new ArrayList<>(); // fields left blank, and what they are taken to be
        List<String> assumed = new ArrayList<>();
        if (type == null) {
            type = ROTARY;
            blank.add(COMPRESSOR_TYPE.label());
            assumed.add(ROTARY);
        }
        boolean oilFree = OIL_FREE.equals(lubrication);
        boolean variable = VARIABLE_SPEED.equals(drive);
        if (lubrication == null) {
            blank.add(LUBRICATION.label());
            assumed.add(Texts.get(ROTARY.equals(type) ? "equipment.compressorOilInjected" : "equipment.compressorOil"));
        }
        if (drive == null) {
            blank.add(DRIVE.label());
            assumed.add(Texts.get("equipment.compressorFixed"));
        }
        GradeTables.CompressorTable table = null;
        for (GradeTables.CompressorTable t : compressor.tables()) {
            if (table == null && t.covers(type, oilFree, variable)) {
                table = t;
            }
        }
        String kind = type + "、" + (oilFree ? OIL_FREE : Texts.get("equipment.compressorOil")) + "、"
                + (variable ? VARIABLE_SPEED : Texts.get("equipment.compressorFixed"));
        if (table == null) {
            return Outcome.cannotBecause(compressor.source().withTable("", compressor.source().title()),
                    Texts.format("equipment.compressorNoTable", kind, compressor.source().standard(), String.join("；",
                            compressor.tables().stream().map(t -> t.source().table() + " " + t.scope()).toList())));
        }
        GradeTables.Source src = table.source();
        BigDecimal sp = in.number(SPECIFIC_POWER);
        BigDecimal kw = in.positive(RATED_POWER);
        BigDecimal mpa = in.positive(PRESSURE_MPA);
        String cooling = table.coolingColumns() ? in.choice(COOLING) : in.optionalChoice(COOLING);
        if (!in.ok()) {
            return Outcome.cannot(src, in.problem());
        }
        if (!assumed.isEmpty()) {
            notes.add(Texts.format("equipment.compressorAssumed", String.join("、", blank), String.join("、", assumed), src.table(),
                    table.scope()));
        }
        if (!table.measurementNote().isEmpty()) {
            notes.add(table.measurementNote());
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
            if (tabulated == null && p.compareTo(mpa) >= 0) {
                tabulated = p;
            }
        }
        if (tabulated == null) {
            return Outcome.cannotBecause(src, Texts.format("equipment.compressorPressureHigh", Fmt.n(mpa), src.table(),
                    Fmt.n(table.pressures().get(table.pressures().size() - 1))));
        }
        if (tabulated.compareTo(mpa) != 0) {
            notes.add(Texts.format("equipment.compressorPressureRule", Fmt.n(mpa), Fmt.n(tabulated), compressor.pressureRuleNote()));
        }
        String key;
        String coolingText;
        if (table.coolingColumns()) {
            key = AIR_COOLED.equals(cooling) ? "air" : "liquid";
            coolingText = AIR_COOLED.equals(cooling) ? AIR_COOLED : Texts.get("equipment.compressorLiquid");
        } else {
            key = GradeTables.ANY_COOLING;
            coolingText = "";
        }
        BigDecimal[] limits = new BigDecimal[3];
        boolean anyApplicable = false;
        boolean anyKnown = false;
        for (int g = 1; g <= 3; g++) {
            Map<String, Map<BigDecimal, GradeTables.Cell>> byCooling = row.get(g);
            GradeTables.Cell cell = byCooling == null || byCooling.get(key) == null ? null : byCooling.get(key).get(tabulated);
            if (cell == null || !cell.notApplicable()) {
                anyApplicable = true;
            }
            anyKnown |= cell != null && cell.known();
            limits[g - 1] = cell == null ? null : cell.value();
        }
        if (!anyApplicable) {
            return Outcome.cannotBecause(src, table.coolingColumns()
                    ? Texts.format("equipment.compressorNotApplicable", src.table(), Fmt.n(kw), coolingText)
                    : Texts.format("equipment.compressorPressureNotApplicable", src.table(), Fmt.n(kw), Fmt.n(tabulated)));
        }
        String spec = Texts.format("equipment.compressorSpec", src.table() + " " + table.scope(), Fmt.n(kw),
                coolingText.isEmpty() ? "" : coolingText + " ", Fmt.n(tabulated));
        if (!anyKnown) {
            return Outcome.cannotBecause(src, Texts.format("equipment.compressorCellsNotRead", spec, table.coverage()));
        }
        return Compare.single(src, SPECIFIC_POWER.label(), sp, SPECIFIC_POWER.unit(), false, limits, spec, notes);
    }
}
