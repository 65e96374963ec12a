package org.energydiag.core.energy;

import org.energydiag.core.reference.CarrierId;
import java.math.BigDecimal;

/** One stream of one carrier from one unit to another, in physical units. */
public record BalanceFlow(CarrierId carrierId, String fromNode, String toNode, BigDecimal quantity, String unit) {
}
