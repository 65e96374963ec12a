package org.energydiag.core.energy;

import org.energydiag.core.reference.CarrierId;
import java.util.List;
import org.energydiag.core.validation.ValidationIssue;

/**
 * The computed energy balance of one year (GB/T 3484 / GB/T 28751), all in tce (当量值).
 *
 * @param supplyTce          energy supplied to the enterprise: streams out of 购入贮存 units
 * @param statisticsTce      the same year's net consumption from the consumption table (NaN if none)
 * @param differenceTce      (supply − export) − statistics
 * @param differencePercent  difference against the statistics, per cent (NaN if no statistics)
 * @param closes             |differencePercent| ≤ tolerance and no unit produces more than it receives
 * @param utilizationPercent 企业能量利用率 = effective energy ÷ supply × 100
 * @param utilizationEstimated true when some end use has no measured 有效利用率 (its whole input is
 *                           counted as effective, so the rate is an upper bound)
 */
public record BalanceResult(int year, List<NodeResult> nodes, List<FlowResult> flows, double supplyTce,
                            double statisticsTce, double exportTce, double endUseTce, double effectiveTce,
                            double lossTce, double differenceTce, double differencePercent, double tolerancePercent,
                            boolean closes, double utilizationPercent, boolean utilizationEstimated,
                            List<NodeResult> lossesRanked, Table table, FlowDiagram diagram,
                            List<ValidationIssue> issues) {

    /** A unit of the balance with what enters, leaves, is lost and is used effectively. */
    public record NodeResult(String id, String name, BalanceStage stage, double inTce, double outTce, double lossTce,
                             double effectiveTce, String note) {
    }

    /** A stream in tce. */
    public record FlowResult(CarrierId carrierId, String carrierName, String from, String to, double tce) {
    }

    /**
     * The balance table: one row per carrier plus a total row, columns grouped by stage.
     *
     * @param groups one entry per column: the stage group it belongs to
     * @param columns one entry per column: its title
     */
    public record Table(List<String> groups, List<String> columns, List<Row> rows, Row total) {
    }

    public record Row(String name, double[] values) {
    }

    /** What the flow (Sankey) diagram draws: nodes in columns left to right, links in tce. */
    public record FlowDiagram(List<DiagramNode> nodes, List<DiagramLink> links) {
    }

    /** @param kind UNIT, LOSS or EFFECTIVE */
    public record DiagramNode(String id, String name, int column, String kind) {
    }

    public record DiagramLink(String from, String to, double tce, String label) {
    }
}
