package org.energydiag.core.equipment.rating;

import static org.energydiag.core.equipment.EquipmentField.BOILER_CAPACITY;
import static org.energydiag.core.equipment.EquipmentField.DESIGN_EFFICIENCY;
import static org.energydiag.core.equipment.EquipmentField.FUEL;
import static org.energydiag.core.equipment.EquipmentField.MODEL;
import static org.energydiag.core.equipment.EquipmentField.NAME;
import static org.energydiag.core.equipment.EquipmentField.NOTES;
import static org.energydiag.core.equipment.EquipmentField.TESTED_EFFICIENCY;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.energydiag.core.equipment.EquipmentField;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.text.Texts;

/**
 * Industrial boilers: GB 24500-2020 thermal efficiency by fuel and capacity. Oil and gas: 表4
 * (室燃); biomass: 表3; electric: the 能效限定值 only (no grades). Coal needs the combustion method
 * and the coal class, which the equipment list does not carry.
 */
final class BoilerRater {

    static final String COAL = "燃煤";
    static final String GAS = "燃气";
    static final String OIL = "燃油";
    static final String BIOMASS = "生物质";
    static final String ELECTRIC = "电";
    static final String CONDENSING = "冷凝";
    private static final String CHAMBER_TABLE = "table4_chamber_combustion";
    private static final String BIOMASS_TABLE = "table3_biomass";
    private static final String ROW_NATURAL_GAS = "天然气";
    private static final String ROW_NON_CONDENSING = "非冷凝";
    private static final String ROW_OIL = "燃油";
    private static final String ROW_BIOMASS = "生物质";
    /** A capacity band as the tables write it: "≤20t/h（或≤14MW）", ">10t/h（或>7MW）". */
    private static final Pattern BAND = Pattern.compile("([≤<>≥])\\s*([0-9.]+)\\s*t/h");
    private static final BigDecimal HUNDRED_PERCENT = BigDecimal.valueOf(100);

    private final GradeTables.Boiler boiler;

    BoilerRater(GradeTables.Boiler boiler) {
        this.boiler = boiler;
    }

    Outcome rate(EquipmentItem item) {
        GradeTables.Source src = boiler.source();
        Inputs in = new Inputs(item);
        EquipmentField effField = in.blank(DESIGN_EFFICIENCY) && !in.blank(TESTED_EFFICIENCY) ? TESTED_EFFICIENCY
                : DESIGN_EFFICIENCY;
        BigDecimal eff = null;
        if (in.blank(DESIGN_EFFICIENCY) && in.blank(TESTED_EFFICIENCY)) {
            in.missingText(Texts.format("equipment.boilerMissingEfficiency", DESIGN_EFFICIENCY.label(), TESTED_EFFICIENCY.label()));
        } else {
            eff = in.number(effField);
        }
        String fuel = in.choice(FUEL);
        if (COAL.equals(fuel)) {
            return Outcome.cannotBecause(src, Texts.format("equipment.boilerCoal", src.standard()));
        }
        GradeTables.BoilerTable table = null;
        GradeTables.BoilerRow row = null;
        List<String> notes = new ArrayList<>();
        if (effField == TESTED_EFFICIENCY) {
            notes.add(Texts.format("equipment.boilerUsedTested", TESTED_EFFICIENCY.label(), DESIGN_EFFICIENCY.label()));
        }
        if (GAS.equals(fuel) || OIL.equals(fuel) || BIOMASS.equals(fuel)) {
            table = boiler.tables().get(BIOMASS.equals(fuel) ? BIOMASS_TABLE : CHAMBER_TABLE);
            String rowFuel;
            String rowKind = "";
            if (GAS.equals(fuel)) {
                rowFuel = ROW_NATURAL_GAS;
                String text = item.text(NAME) + item.text(MODEL) + item.text(NOTES);
                if (text.contains(CONDENSING)) {
                    rowKind = CONDENSING;
                    notes.add(Texts.get("equipment.boilerCondensingNamed"));
                } else if (eff != null && eff.compareTo(HUNDRED_PERCENT) > 0) {
                    rowKind = CONDENSING;
                    notes.add(Texts.get("equipment.boilerCondensingOver100"));
                } else {
                    rowKind = ROW_NON_CONDENSING;
                    notes.add(Texts.get("equipment.boilerNonCondensingAssumed"));
                }
            } else {
                rowFuel = OIL.equals(fuel) ? ROW_OIL : ROW_BIOMASS;
            }
            if (table != null) {
                for (GradeTables.BoilerRow r : table.rows()) {
                    if (r.fuel().equals(rowFuel) && r.kind().equals(rowKind)) {
                        row = r;
                    }
                }
                if (row != null && row.limitsByBand().size() > 1) {
                    in.number(BOILER_CAPACITY);
                }
            }
        }
        if (!in.ok()) {
            return Outcome.cannot(table == null ? src : table.source(), in.problem());
        }
        if (ELECTRIC.equals(fuel)) {
            return electric(eff, effField);
        }
        if (table == null || row == null) {
            return Outcome.cannotBecause(src, Texts.format("equipment.boilerNoRow", fuel, src.standard()));
        }
        int band = 0;
        if (row.limitsByBand().size() > 1) {
            BigDecimal tph = item.decimal(BOILER_CAPACITY).orElseThrow();
            band = -1;
            for (int b = 0; b < table.bands().size(); b++) {
                if (inBand(table.bands().get(b), tph)) {
                    band = b;
                    break;
                }
            }
            if (band < 0) {
                return Outcome.cannotBecause(table.source(), Texts.format("equipment.boilerBand", Fmt.n(tph), table.source().table(),
                        String.join("、", table.bands())));
            }
        }
        if (BIOMASS.equals(fuel)) {
            notes.add(Texts.get("equipment.boilerBiomassNote"));
        }
        String spec = Texts.format("equipment.boilerSpec", (row.fuel() + " " + row.kind()).trim(),
                row.limitsByBand().size() > 1 ? " " + table.bands().get(band) : "", item.text(BOILER_CAPACITY).isEmpty()
                        ? "" : "，" + Fmt.u(item.text(BOILER_CAPACITY), BOILER_CAPACITY.unit()));
        return Compare.single(table.source(), effField.label(), eff, "%", true, row.limitsByBand().get(band), spec, notes);
    }

    private Outcome electric(BigDecimal eff, EquipmentField effField) {
        GradeTables.Source src = boiler.source().withTable(Texts.format("equipment.boilerClause", boiler.electricClause()),
                boiler.source().title());
        String limit = Fmt.u(boiler.electricLimit(), "%");
        if (eff.compareTo(boiler.electricLimit()) < 0) {
            return Outcome.graded(Grade.BELOW, src, Texts.format("equipment.boilerElectricBelow", effField.label(),
                    Fmt.u(eff, "%"), limit));
        }
        return Outcome.cannot(src, Texts.get("equipment.cannotPrefix") + Texts.format("equipment.boilerElectricNoGrades",
                src.standard(), limit, src.table(), effField.label(), Fmt.u(eff, "%")),
                Texts.format("equipment.boilerElectricMet", effField.label(), Fmt.u(eff, "%"), limit));
    }

    static boolean inBand(String band, BigDecimal tph) {
        if ("all".equalsIgnoreCase(band.trim())) {
            return true;
        }
        Matcher m = BAND.matcher(band);
        if (!m.find()) {
            return false;
        }
        int c = tph.compareTo(new BigDecimal(m.group(2)));
        return switch (m.group(1)) {
            case "≤" -> c <= 0;
            case "<" -> c < 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }
}
