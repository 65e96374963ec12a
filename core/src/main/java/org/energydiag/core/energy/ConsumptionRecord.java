package org.energydiag.core.energy;

import org.energydiag.core.reference.CarrierId;
import java.math.BigDecimal;

/**
 * One line of the consumption table: a carrier's physical quantity in one year.
 *
 * @param unit          as entered (t, 万m³, kWh …); must fit the carrier's dimension
 * @param costWanYuan   cost in 万元, optional
 */
public record ConsumptionRecord(int year, CarrierId carrierId, SupplyKind kind, BigDecimal quantity, String unit,
                                BigDecimal costWanYuan, String note) {
    public ConsumptionRecord {
        kind = kind == null ? SupplyKind.PURCHASED : kind;
        unit = unit == null ? "" : unit;
        note = note == null ? "" : note;
    }
}
