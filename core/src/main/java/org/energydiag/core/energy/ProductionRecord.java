package org.energydiag.core.energy;

import java.math.BigDecimal;

/**
 * A product's output in one year and the share of the enterprise's energy attributed to it
 * (per cent; may be left empty when there is a single product, which then carries it all).
 */
public record ProductionRecord(int year, String product, BigDecimal output, String unit, BigDecimal energySharePercent) {
}
