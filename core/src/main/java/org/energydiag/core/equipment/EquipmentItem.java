package org.energydiag.core.equipment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One item (or group of identical items, see {@link EquipmentField#QUANTITY}) of the equipment
 * inventory. Values are kept as entered text per field; numbers are read with {@link #decimal}.
 *
 * @param investmentWanYuan the engineer's investment estimate for its replacement (overrides the
 *                          computed estimate), in 万元
 */
public record EquipmentItem(String id, EquipmentClass equipmentClass, Map<EquipmentField, String> values,
                            BigDecimal investmentWanYuan) {

    public EquipmentItem {
        id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
        Map<EquipmentField, String> m = new EnumMap<>(EquipmentField.class);
        if (values != null) {
            values.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    m.put(k, v.trim());
                }
            });
        }
        values = java.util.Collections.unmodifiableMap(m);
    }

    public static EquipmentItem of(EquipmentClass c, String name) {
        return new EquipmentItem(null, c, Map.of(EquipmentField.NAME, name, EquipmentField.QUANTITY, "1"), null);
    }

    public String text(EquipmentField f) {
        return values.getOrDefault(f, "");
    }

    /** The field as a number; empty when blank or not a number. */
    public Optional<BigDecimal> decimal(EquipmentField f) {
        String s = values.get(f);
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(s.replace(",", "").replace("，", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @JsonIgnore
    public int quantity() {
        return decimal(EquipmentField.QUANTITY).map(BigDecimal::intValue).filter(q -> q > 0).orElse(1);
    }

    @JsonIgnore
    public String name() {
        return text(EquipmentField.NAME);
    }

    public EquipmentItem with(EquipmentField f, String v) {
        Map<EquipmentField, String> m = new EnumMap<>(EquipmentField.class);
        m.putAll(values);
        if (v == null || v.isBlank()) {
            m.remove(f);
        } else {
            m.put(f, v);
        }
        return new EquipmentItem(id, equipmentClass, m, investmentWanYuan);
    }

    public EquipmentItem withInvestment(BigDecimal v) {
        return new EquipmentItem(id, equipmentClass, values, v);
    }

    /** A copy with a new identity (复制行). */
    public EquipmentItem copy() {
        return new EquipmentItem(null, equipmentClass, values, investmentWanYuan);
    }
}
