package org.energydiag.core.equipment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
        String where = item.equipmentClass().label() + " 第" + (row + 1) + "行";
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
            return f.required() ? "必填，请填写。" : null;
        }
        switch (f.kind()) {
            case TEXT -> {
                return v.length() > 200 ? "过长（最多200字）。" : null;
            }
            case CHOICE -> {
                return f.choices().contains(v) ? null : "“" + v + "”不是可选值，应为：" + String.join("、", f.choices()) + "。";
            }
            default -> {
                BigDecimal n;
                try {
                    n = new BigDecimal(v.replace(",", ""));
                } catch (NumberFormatException e) {
                    return "“" + v + "”不是数字" + (f.unit().isEmpty() ? "" : "（单位 " + f.unit() + "）") + "。";
                }
                if (f.kind() == EquipmentField.Kind.INTEGER && n.stripTrailingZeros().scale() > 0) {
                    return "应为整数。";
                }
                if (f.min() != null && n.doubleValue() < f.min() || f.max() != null && n.doubleValue() > f.max()) {
                    return "超出合理范围（" + trim(f.min()) + "～" + trim(f.max()) + (f.unit().isEmpty() ? "" : " " + f.unit())
                            + "），请核对数值和单位。";
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
