package org.energydiag.core.energy;

import org.energydiag.core.reference.CarrierId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.energydiag.core.reference.EnergyCarrier;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.text.Texts;
import org.energydiag.core.unit.UnitException;
import org.energydiag.core.validation.Severity;
import org.energydiag.core.validation.ValidationIssue;

/**
 * Computes the energy balance from its units and streams: losses of conversion and distribution
 * units as input minus output, effective use of end uses from their measured 有效利用率, the
 * closure against the consumption statistics of the same year, the utilization rate, the ranked
 * losses, the balance table and the flow diagram.
 */
public final class EnergyBalanceCalculator {

    public static final String FIELD = "energy.balance";
    /** Output above input by more than this share of the input is an error, not rounding. */
    static final double OVERPRODUCTION_TOLERANCE = 0.005;

    private final EnergyReference reference;

    public EnergyBalanceCalculator(EnergyReference reference) {
        this.reference = reference;
    }

    public BalanceResult compute(EnergyData data, EnergySummary summary) {
        return compute(data, summary, Map.of());
    }

    /** @param measured measured 低位发热量 by carrier (the same that the consumption and emissions use) */
    public BalanceResult compute(EnergyData data, EnergySummary summary, Map<CarrierId, Coefficients.MeasuredNcv> measured) {
        return compute(data, summary, new Coefficients(reference, data, measured));
    }

    /** @param k the project's coefficients, shared with the consumption and the emissions */
    public BalanceResult compute(EnergyData data, EnergySummary summary, Coefficients k) {
        EnergyBalanceData b = data.balance();
        List<ValidationIssue> issues = new ArrayList<>();
        Map<String, BalanceNode> nodes = new LinkedHashMap<>();
        for (BalanceNode n : b.nodes()) {
            if (nodes.put(n.id(), n) != null) {
                issues.add(ValidationIssue.error(FIELD, Texts.get("energy.balance.where.units"), Texts.format("energy.balance.duplicateId", n.id())));
            }
        }
        Map<String, double[]> io = new LinkedHashMap<>(); // id → {in, out}
        nodes.keySet().forEach(id -> io.put(id, new double[2]));
        List<BalanceResult.FlowResult> flows = new ArrayList<>();
        for (int i = 0; i < b.flows().size(); i++) {
            BalanceFlow f = b.flows().get(i);
            String where = Texts.format("energy.balance.where.flow", i + 1);
            BalanceNode from = nodes.get(f.fromNode());
            BalanceNode to = nodes.get(f.toNode());
            if (from == null || to == null) {
                issues.add(new ValidationIssue(FIELD, where, i, from == null ? "fromNode" : "toNode", Severity.ERROR,
                        Texts.format("energy.balance.undefinedNode", from == null ? f.fromNode() : f.toNode())));
                continue;
            }
            if (to.stage() == BalanceStage.PURCHASE) {
                issues.add(new ValidationIssue(FIELD, where, i, "toNode", Severity.ERROR,
                        Texts.format("energy.balance.intoPurchase", to.name())));
                continue;
            }
            if (f.quantity() == null) {
                issues.add(new ValidationIssue(FIELD, where, i, "quantity", Severity.ERROR, Texts.get("energy.quantityRequired")));
                continue;
            }
            double tce;
            EnergyCarrier c;
            try {
                c = k.carrier(f.carrierId()).orElseThrow(() -> new UnitException(Texts.format("energy.unknownCarrier", CarrierId.text(f.carrierId()))));
                tce = k.tce(c.carrierId(), f.quantity().doubleValue(), f.unit());
            } catch (UnitException e) {
                issues.add(new ValidationIssue(FIELD, where + " " + Texts.get("energy.column.unit"), i, "unit", Severity.ERROR,
                        Texts.format("energy.balance.flowNotCounted", e.getMessage())));
                continue;
            }
            io.get(from.id())[1] += tce;
            io.get(to.id())[0] += tce;
            flows.add(new BalanceResult.FlowResult(c.carrierId(), c.name(), from.id(), to.id(), tce));
        }

        List<BalanceResult.NodeResult> results = new ArrayList<>();
        double supply = 0;
        double export = 0;
        double endUse = 0;
        double effective = 0;
        double loss = 0;
        boolean estimated = false;
        boolean overproduction = false;
        for (BalanceNode n : nodes.values()) {
            double in = io.get(n.id())[0];
            double out = io.get(n.id())[1];
            double nodeLoss = 0;
            double nodeEffective = 0;
            String note = "";
            switch (n.stage()) {
                case PURCHASE -> supply += out;
                case CONVERSION, DISTRIBUTION, RECOVERY -> {
                    nodeLoss = in - out;
                    if (nodeLoss < -OVERPRODUCTION_TOLERANCE * Math.max(in, 1e-9)) {
                        overproduction = true;
                        issues.add(ValidationIssue.error(FIELD, Texts.format("energy.balance.where.node", n.name()), String.format(
                                Texts.get("energy.balance.overproduction"), out, in)));
                        nodeLoss = 0;
                        note = Texts.get("energy.balance.note.overproduction");
                    }
                    nodeLoss = Math.max(0, nodeLoss);
                }
                case MAIN_PRODUCTION, AUXILIARY, ANCILLARY -> {
                    endUse += in;
                    if (n.efficiencyPercent() != null) {
                        nodeEffective = in * n.efficiencyPercent().doubleValue() / 100.0;
                        if (nodeEffective + out > in * (1 + OVERPRODUCTION_TOLERANCE)) {
                            issues.add(ValidationIssue.error(FIELD, Texts.format("energy.balance.where.node", n.name()),
                                    Texts.get("energy.balance.effectiveAboveInput")));
                            nodeEffective = Math.max(0, in - out);
                        }
                    } else {
                        nodeEffective = Math.max(0, in - out);
                        estimated = in > 0 || estimated;
                        note = Texts.get("energy.balance.note.noEfficiency");
                    }
                    nodeLoss = Math.max(0, in - nodeEffective - out);
                    effective += nodeEffective;
                }
                case EXPORT -> export += in;
            }
            loss += nodeLoss;
            results.add(new BalanceResult.NodeResult(n.id(), n.name(), n.stage(), in, out, nodeLoss, nodeEffective, note));
        }

        double statistics = summary.totals().stream().filter(t -> t.year() == b.year()).mapToDouble(EnergySummary.YearTotals::tce)
                .findFirst().orElse(Double.NaN);
        boolean hasStatistics = summary.carriers().stream().anyMatch(c -> c.tce().containsKey(b.year()));
        if (!hasStatistics) {
            statistics = Double.NaN;
        }
        double net = supply - export;
        double diff = Double.isNaN(statistics) ? Double.NaN : net - statistics;
        double pct = Double.isNaN(statistics) || statistics == 0 ? Double.NaN : diff / statistics * 100.0;
        double tol = b.tolerancePercent().doubleValue();
        boolean closes = !overproduction && !Double.isNaN(pct) && Math.abs(pct) <= tol;
        if (!nodes.isEmpty() && Double.isNaN(pct)) {
            issues.add(ValidationIssue.warning(FIELD, Texts.get("energy.balance.where.closure"),
                    Texts.format("energy.balance.noStatistics", b.year())));
        } else if (!nodes.isEmpty() && !Double.isNaN(pct) && Math.abs(pct) > tol) { // an empty table is not filled in, not unbalanced
            issues.add(ValidationIssue.error(FIELD, Texts.get("energy.balance.where.closure"), String.format(
                    Texts.get("energy.balance.notClosing"), net, statistics, diff, pct, b.tolerancePercent().toPlainString())));
        }
        double utilization = supply == 0 ? Double.NaN : effective / supply * 100.0;
        List<BalanceResult.NodeResult> ranked = results.stream().filter(r -> r.lossTce() > 0)
                .sorted(Comparator.comparingDouble(BalanceResult.NodeResult::lossTce).reversed()).toList();
        return new BalanceResult(b.year(), results, flows, supply, statistics, export, endUse, effective, loss, diff, pct, tol,
                closes, utilization, estimated, ranked, table(nodes, flows, results), diagram(nodes, flows, results), issues);
    }

    private static BalanceResult.Table table(Map<String, BalanceNode> nodes, List<BalanceResult.FlowResult> flows,
                                             List<BalanceResult.NodeResult> results) {
        List<String> groups = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<java.util.function.Predicate<BalanceResult.FlowResult>> selectors = new ArrayList<>();
        groups.add(BalanceStage.PURCHASE.label());
        columns.add(Texts.get("energy.balance.column.purchase"));
        selectors.add(f -> nodes.get(f.from()).stage() == BalanceStage.PURCHASE);
        for (BalanceNode n : nodes.values()) {
            if (n.stage() == BalanceStage.CONVERSION) {
                groups.add(BalanceStage.CONVERSION.label());
                columns.add(Texts.format("energy.balance.column.input", n.name()));
                selectors.add(f -> f.to().equals(n.id()));
                groups.add(BalanceStage.CONVERSION.label());
                columns.add(Texts.format("energy.balance.column.output", n.name()));
                selectors.add(f -> f.from().equals(n.id()));
            }
        }
        for (BalanceNode n : nodes.values()) {
            if (n.stage() == BalanceStage.DISTRIBUTION) {
                groups.add(BalanceStage.DISTRIBUTION.label());
                columns.add(n.name());
                selectors.add(f -> f.to().equals(n.id()));
            }
        }
        for (BalanceStage s : List.of(BalanceStage.MAIN_PRODUCTION, BalanceStage.AUXILIARY, BalanceStage.ANCILLARY)) {
            for (BalanceNode n : nodes.values()) {
                if (n.stage() == s) {
                    groups.add(s.label());
                    columns.add(n.name());
                    selectors.add(f -> f.to().equals(n.id()));
                }
            }
        }
        groups.add(BalanceStage.RECOVERY.label());
        columns.add(Texts.get("energy.balance.column.recovery"));
        selectors.add(f -> nodes.get(f.to()).stage() == BalanceStage.RECOVERY);
        groups.add(BalanceStage.EXPORT.label());
        columns.add(Texts.get("energy.balance.column.export"));
        selectors.add(f -> nodes.get(f.to()).stage() == BalanceStage.EXPORT);

        Map<CarrierId, String> carrierNames = new LinkedHashMap<>();
        flows.forEach(f -> carrierNames.putIfAbsent(f.carrierId(), f.carrierName()));
        List<BalanceResult.Row> rows = new ArrayList<>();
        double[] total = new double[columns.size()];
        for (var e : carrierNames.entrySet()) {
            double[] v = new double[columns.size()];
            for (BalanceResult.FlowResult f : flows) {
                if (!f.carrierId().equals(e.getKey())) {
                    continue;
                }
                for (int c = 0; c < selectors.size(); c++) {
                    if (selectors.get(c).test(f)) {
                        v[c] += f.tce();
                        total[c] += f.tce();
                    }
                }
            }
            rows.add(new BalanceResult.Row(e.getValue(), v));
        }
        // losses per unit go into a row of their own, under the unit's input column
        double[] lossRow = new double[columns.size()];
        for (BalanceResult.NodeResult r : results) {
            if (r.lossTce() <= 0) {
                continue;
            }
            int col = columns.indexOf(r.stage() == BalanceStage.CONVERSION ? Texts.format("energy.balance.column.input", r.name()) : r.name());
            if (col < 0 && r.stage() == BalanceStage.RECOVERY) {
                col = columns.indexOf(Texts.get("energy.balance.column.recovery"));
            }
            if (col >= 0) {
                lossRow[col] += r.lossTce();
            }
        }
        rows.add(new BalanceResult.Row(Texts.get("energy.balance.row.loss"), lossRow));
        return new BalanceResult.Table(groups, columns, rows, new BalanceResult.Row(Texts.get("energy.balance.row.total"), total));
    }

    private static BalanceResult.FlowDiagram diagram(Map<String, BalanceNode> nodes, List<BalanceResult.FlowResult> flows,
                                                     List<BalanceResult.NodeResult> results) {
        List<BalanceResult.DiagramNode> dn = new ArrayList<>();
        for (BalanceNode n : nodes.values()) {
            dn.add(new BalanceResult.DiagramNode(n.id(), n.name(), n.stage().column(), "UNIT"));
        }
        Map<String, BalanceResult.DiagramLink> links = new LinkedHashMap<>();
        for (BalanceResult.FlowResult f : flows) {
            String key = f.from() + "→" + f.to();
            BalanceResult.DiagramLink old = links.get(key);
            links.put(key, old == null ? new BalanceResult.DiagramLink(f.from(), f.to(), f.tce(), f.carrierName())
                    : new BalanceResult.DiagramLink(f.from(), f.to(), old.tce() + f.tce(),
                    old.label().contains(f.carrierName()) ? old.label() : old.label() + "、" + f.carrierName()));
        }
        boolean anyLoss = results.stream().anyMatch(r -> r.lossTce() > 0);
        boolean anyEffective = results.stream().anyMatch(r -> r.effectiveTce() > 0);
        if (anyEffective) {
            dn.add(new BalanceResult.DiagramNode("__effective", Texts.get("energy.balance.effective"), 5, "EFFECTIVE"));
        }
        if (anyLoss) {
            dn.add(new BalanceResult.DiagramNode("__loss", Texts.get("energy.balance.loss"), 5, "LOSS"));
        }
        for (BalanceResult.NodeResult r : results) {
            if (r.effectiveTce() > 0) {
                links.put(r.id() + "→__effective", new BalanceResult.DiagramLink(r.id(), "__effective", r.effectiveTce(), Texts.get("energy.balance.effective")));
            }
            if (r.lossTce() > 0) {
                links.put(r.id() + "→__loss", new BalanceResult.DiagramLink(r.id(), "__loss", r.lossTce(), Texts.get("energy.balance.loss")));
            }
        }
        return new BalanceResult.FlowDiagram(dn, List.copyOf(links.values()));
    }
}
