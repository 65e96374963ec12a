package org.energydiag.core.energy;

import java.math.BigDecimal;
import java.util.List;

/**
 * The energy balance of one year, entered as units and the streams between them. Losses of
 * conversion and distribution units follow from their input minus output.
 *
 * @param tolerancePercent closure tolerance; a difference above it is flagged (default 5 %)
 */
public record EnergyBalanceData(int year, List<BalanceNode> nodes, List<BalanceFlow> flows, BigDecimal tolerancePercent) {
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("5");

    public EnergyBalanceData {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        flows = flows == null ? List.of() : List.copyOf(flows);
        tolerancePercent = tolerancePercent == null ? DEFAULT_TOLERANCE : tolerancePercent;
    }

    public static EnergyBalanceData empty(int year) {
        return new EnergyBalanceData(year, List.of(), List.of(), DEFAULT_TOLERANCE);
    }
}
