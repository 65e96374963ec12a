package org.energydiag.core.equipment.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.equipment.EquipmentField;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.text.Texts;

/**
 * Reads the fields a rater needs and collects what is missing or unreadable, so one message names
 * every problem: "无法评级：缺少额定效率、极数".
 */
final class Inputs {

    private final EquipmentItem item;
    private final List<String> missing = new ArrayList<>();
    private final List<String> invalid = new ArrayList<>();

    Inputs(EquipmentItem item) {
        this.item = item;
    }

    /** A required number; null (and recorded) when blank, not a number or outside the field's range. */
    BigDecimal number(EquipmentField f) {
        if (item.text(f).isEmpty()) {
            missing.add(f.label());
            return null;
        }
        return optionalNumber(f);
    }

    /** A number that may be blank; null when blank; recorded when unreadable or out of range. */
    BigDecimal optionalNumber(EquipmentField f) {
        String text = item.text(f);
        if (text.isEmpty()) {
            return null;
        }
        String cleaned = stripUnit(f, text);
        BigDecimal v;
        try {
            v = new BigDecimal(cleaned.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            invalid.add(Texts.format("equipment.invalidNumber", f.label(), text));
            return null;
        }
        if ((f.min() != null && v.doubleValue() < f.min()) || (f.max() != null && v.doubleValue() > f.max())) {
            invalid.add(Texts.format("equipment.invalidRange", f.label(), text, Fmt.n(BigDecimal.valueOf(f.min())),
                    Fmt.u(Fmt.n(BigDecimal.valueOf(f.max())), f.unit())));
            return null;
        }
        return v;
    }

    /** A required positive number (for values that enter a logarithm or a division). */
    BigDecimal positive(EquipmentField f) {
        BigDecimal v = number(f);
        if (v != null && v.signum() <= 0) {
            invalid.add(Texts.format("equipment.invalidPositive", f.label()));
            return null;
        }
        return v;
    }

    /** A required choice; null (and recorded) when blank or not one of the field's choices. */
    String choice(EquipmentField f) {
        if (item.text(f).isEmpty()) {
            missing.add(f.label());
            return null;
        }
        return optionalChoice(f);
    }

    /** A choice that may be blank; null when blank; recorded when not one of the field's choices. */
    String optionalChoice(EquipmentField f) {
        String text = item.text(f);
        if (text.isEmpty()) {
            return null;
        }
        String v = stripUnit(f, text);
        if (f == EquipmentField.POLES) {
            v = v.replace("极", "").replace("P", "").replace("p", "");
        }
        if (f == EquipmentField.INSULATION_CLASS) {
            v = v.replace("级", "").toUpperCase();
        }
        for (String c : f.choices()) {
            if (c.equalsIgnoreCase(v)) {
                return c;
            }
        }
        invalid.add(Texts.format("equipment.invalidChoice", f.label(), text, String.join("、", f.choices())));
        return null;
    }

    /** Records a missing field with an explanation: "比转速ns（…）". */
    void missing(EquipmentField f, String why) {
        missing.add(why == null || why.isEmpty() ? f.label() : f.label() + "（" + why + "）");
    }

    /** Records a missing input that is not a single field. */
    void missingText(String what) {
        missing.add(what);
    }

    boolean blank(EquipmentField f) {
        return item.text(f).isEmpty();
    }

    boolean ok() {
        return missing.isEmpty() && invalid.isEmpty();
    }

    /** "无法评级：缺少额定效率、极数；额定功率“abc”不是数字". */
    String problem() {
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add(Texts.format("equipment.missingFields", String.join("、", missing)));
        }
        parts.addAll(invalid);
        return Texts.get("equipment.cannotPrefix") + String.join("；", parts);
    }

    private static String stripUnit(EquipmentField f, String text) {
        String v = text.replace(" ", "").replace("　", "");
        String unit = f.unit();
        if (!unit.isEmpty() && v.toLowerCase().endsWith(unit.toLowerCase()) && v.length() > unit.length()) {
            v = v.substring(0, v.length() - unit.length());
        }
        return v;
    }
}
