package org.energydiag.core.equipment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.text.Texts;
import org.energydiag.core.validation.Severity;
import org.energydiag.core.validation.ValidationIssue;

/** Checks an item's fields against the schema: required, numbers, ranges, choices. */
public final class EquipmentValidator {

    public static final String FIELD = "equipment.items";

    private EquipmentValidator() {
    }

    /**
     * @param row 0-based row of the item in its class's table (for messages)
     */
    public static List<ValidationIssue> validate(EquipmentItem item, int row) {
        List<ValidationIssue> out = new ArrayList<>();
        String where = Texts.format("equipment.where", item.equipmentClass().label(), row + 1);
        for (EquipmentField f : EquipmentField.of(item.equipmentClass())) {
            String v = item.text(f);
            String msg = check(f, v);
            if (msg != null) {
                out.add(new ValidationIssue(FIELD, where + " " + f.label(), row, f.name(), Severity.ERROR, msg));
            }
        }
        return out;
    }

    /** What is wrong with a value of a field, or null when it is fine. */
    public static String check(EquipmentField f, String v) {
        if (v == null || v.isBlank()) {
            return f.required() ? Texts.get("equipment.required") : null;
        }
        switch (f.kind()) {
            case TEXT -> {
                return v.length() > 200 ? Texts.get("equipment.tooLong") : null;
            }
            case CHOICE -> {
                return f.choices().contains(v) ? null
                        : Texts.format("equipment.notAChoice", v, String.join("、", f.choices()));
            }
            default -> {
                BigDecimal n;
                try {
                    n = new BigDecimal(v.replace(",", ""));
                } catch (NumberFormatException e) {
                    return Texts.format("equipment.notANumber", v,
                            f.unit().isEmpty() ? "" : Texts.format("equipment.notANumberUnit", f.unit()));
                }
                if (f.kind() == EquipmentField.Kind.INTEGER && n.stripTrailingZeros().scale() > 0) {
                    return Texts.get("equipment.notAnInteger");
                }
                if (f.min() != null && n.doubleValue() < f.min() || f.max() != null && n.doubleValue() > f.max()) {
                    return Texts.format("equipment.outOfRange", trim(f.min()), trim(f.max()),
                            f.unit().isEmpty() ? "" : " " + f.unit());
                }
                return null;
            }
        }
    }

    private static String trim(Double d) {
        return d == null ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** All issues of an inventory, rows counted within each class. */
    public static List<ValidationIssue> validate(EquipmentInventory inv) {
        List<ValidationIssue> out = new ArrayList<>();
        for (EquipmentClass c : EquipmentClass.values()) {
            int row = 0;
            for (EquipmentItem i : inv.items()) {
                if (i.equipmentClass() == c) {
                    out.addAll(validate(i, row++));
                }
            }
        }
        return out;
    }
}
