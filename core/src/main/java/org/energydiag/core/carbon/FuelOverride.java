package org.energydiag.core.carbon;

import org.energydiag.core.reference.CarrierId;
import java.math.BigDecimal;

/**
 * A project's combustion parameters for one carrier: which default fuel row to use (e.g. 无烟煤
 * instead of 烟煤 for 原煤), and/or measured values, with their source.
 *
 * @param ncv           GJ/t or GJ/10⁴Nm³ as the fuel row; null keeps the default
 * @param carbonContent tC/GJ; null keeps the default
 * @param oxidationPercent per cent; null keeps the default
 */
public record FuelOverride(CarrierId carrierId, String fuelId, BigDecimal ncv, BigDecimal carbonContent,
                           BigDecimal oxidationPercent, String source) {
}
