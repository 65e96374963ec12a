package org.energydiag.core.energy;

import java.math.BigDecimal;

/** One stream of one carrier from one unit to another, in physical units. */
public record BalanceFlow(String carrierId, String fromNode, String toNode, BigDecimal quantity, String unit) {
}
