package org.energydiag.core.energy;

import org.energydiag.core.reference.CarrierId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.energydiag.core.reference.EnergyCarrier;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.text.Texts;
import org.energydiag.core.unit.PhysicalUnit;
import org.energydiag.core.unit.UnitException;
import org.energydiag.core.validation.ValidationIssue;

/**
 * Turns the consumption table into tonnes of standard coal (当量值 and 等价值) and the figures of
 * 一（三）. Pure: the same inputs always give the same summary, for screen, command line and document.
 */
public final class EnergyCalculator {

    public static final String FIELD = "energy.consumption";

    private final EnergyReference reference;

    public EnergyCalculator(EnergyReference reference) {
        this.reference = reference;
    }

    public EnergySummary summarize(EnergyData data) {
        return summarize(data, Map.of());
    }

    /** @param measured measured 低位发热量 by carrier (the same that the emissions use) */
    public EnergySummary summarize(EnergyData data, Map<CarrierId, Coefficients.MeasuredNcv> measured) {
        return summarize(data, new Coefficients(reference, data, measured));
    }

    /**
     * @param k the coefficients of this project, shared with the balance and the emissions so that a
     *          fuel's 当量值 and its emissions stand on the one heat value object
     */
    public EnergySummary summarize(EnergyData data, Coefficients k) {
        List<Integer> years = data.years();
        List<ValidationIssue> issues = new ArrayList<>();
        Map<String, Acc> lines = new LinkedHashMap<>();
        Set<String> sources = new LinkedHashSet<>();
        for (int i = 0; i < data.overrides().size(); i++) {
            CoefficientOverride o = data.overrides().get(i);
            String where = Texts.format("energy.overrides.row", i + 1);
            if (o.kgcePerUnit() == null || o.kgcePerUnit().signum() <= 0) {
                issues.add(new ValidationIssue("energy.overrides", where + " " + Texts.get("energy.column.coefficient"), i, "kgcePerUnit",
                        org.energydiag.core.validation.Severity.ERROR, Texts.get("energy.overrides.positive")));
                continue;
            }
            if (o.source() == null || o.source().isBlank()) {
                issues.add(new ValidationIssue("energy.overrides", where + " " + Texts.get("energy.column.source"), i, "source",
                        org.energydiag.core.validation.Severity.ERROR, Texts.get("energy.overrides.sourceRequired")));
            }
            try {
                k.equivalentValue(o.carrierId());
            } catch (UnitException e) {
                issues.add(new ValidationIssue("energy.overrides", where + " " + Texts.get("energy.column.unit"), i, "unit",
                        org.energydiag.core.validation.Severity.ERROR, e.getMessage() + "。"));
            }
        }

        for (int i = 0; i < data.consumption().size(); i++) {
            ConsumptionRecord r = data.consumption().get(i);
            String where = Texts.format("energy.consumption.row", i + 1);
            if (!years.contains(r.year())) {
                issues.add(row(where + " " + Texts.get("energy.column.year"), i, "year",
                        Texts.format("energy.consumption.yearOutside", r.year(), years.get(0), years.get(2))));
                continue;
            }
            if (r.quantity() == null) {
                issues.add(row(where + " " + Texts.get("energy.column.quantity"), i, "quantity", Texts.get("energy.quantityRequired")));
                continue;
            }
            EnergyCarrier c = reference.carrier(r.carrierId()).orElse(null);
            if (c == null) {
                issues.add(row(where + " " + Texts.get("energy.column.carrier"), i, "carrierId", Texts.format("energy.unknownCarrier", CarrierId.text(r.carrierId())) + "。"));
                continue;
            }
            double base;
            double tce;
            Coefficients.Coefficient eq;
            try {
                base = k.toBaseUnits(c.carrierId(), r.quantity().doubleValue(), r.unit());
                eq = k.equivalentValue(c.carrierId());
                tce = base * eq.kgcePerUnit() / 1000.0;
            } catch (UnitException e) {
                issues.add(row(where + " " + Texts.get("energy.column.unit"), i, "unit", Texts.format("energy.consumption.notCounted", e.getMessage())));
                continue;
            }
            sources.add(c.name() + "：" + eq.source());
            var equal = k.equalValue(c.carrierId());
            double tceEqual = equal.map(x -> base * x.kgcePerUnit() / 1000.0).orElse(Double.NaN);
            equal.ifPresent(x -> {
                if (!x.source().equals(eq.source())) {
                    sources.add(Texts.format("energy.source.equal", c.name(), x.source()));
                }
            });
            int sign = r.kind().sign();
            Acc a = lines.computeIfAbsent(c.id(), id -> new Acc(c));
            a.add(r.year(), sign * base, sign * tce, sign * tceEqual, r.costWanYuan() == null ? 0 : r.costWanYuan().doubleValue());
        }

        List<EnergySummary.CarrierLine> carrierLines = new ArrayList<>();
        for (Acc a : lines.values()) {
            carrierLines.add(new EnergySummary.CarrierLine(a.c.carrierId(), a.c.name(), a.c.baseUnit().symbol(), a.c.fossil(),
                    a.c.renewable(), a.quantity, a.tce, a.tceEqual, a.cost,
                    sources.stream().filter(s -> s.startsWith(a.c.name() + "：")).findFirst().orElse(""), heat(k, a.c)));
        }

        List<EnergySummary.YearTotals> totals = new ArrayList<>();
        double previous = Double.NaN;
        for (int y : years) {
            double total = 0;
            double totalEqual = 0;
            boolean equalComplete = true;
            double cost = 0;
            double renewable = 0;
            double electricity = 0;
            double greenElectricity = 0;
            for (Acc a : lines.values()) {
                double t = a.tce.getOrDefault(y, 0.0);
                total += t;
                double te = a.tceEqual.getOrDefault(y, 0.0);
                if (Double.isNaN(te)) {
                    equalComplete = false;
                } else {
                    totalEqual += te;
                }
                cost += a.cost.getOrDefault(y, 0.0);
                if (a.c.renewable()) {
                    renewable += t;
                }
                if (a.c.isElectricity()) {
                    double kwh = a.c.baseUnit().convert(a.quantity.getOrDefault(y, 0.0), PhysicalUnit.KWH);
                    electricity += kwh;
                    if (a.c.renewable()) {
                        greenElectricity += kwh;
                    }
                }
            }
            Map<String, Double> shares = new LinkedHashMap<>();
            for (Acc a : lines.values()) {
                shares.put(a.c.id(), total == 0 ? 0 : a.tce.getOrDefault(y, 0.0) / total);
            }
            double outputValue = data.outputValues().stream().filter(o -> o.year() == y && o.wanYuan() != null)
                    .mapToDouble(o -> o.wanYuan().doubleValue()).findFirst().orElse(Double.NaN);
            totals.add(new EnergySummary.YearTotals(y, total, totalEqual, equalComplete, cost, shares,
                    Double.isNaN(previous) || previous == 0 ? Double.NaN : (total - previous) / previous * 100.0,
                    total == 0 ? 0 : renewable / total, electricity == 0 ? 0 : greenElectricity / electricity,
                    electricity, outputValue, Double.isNaN(outputValue) || outputValue == 0 ? Double.NaN : total / outputValue));
            previous = total;
        }
        if (data.electricityEquivalent() == null && lines.values().stream().anyMatch(a -> a.c.isElectricity())) {
            issues.add(ValidationIssue.warning("energy.electricityEquivalent", Texts.get("energy.electricityEquivalent.where"),
                    Texts.get("energy.electricityEquivalent.missing")));
        }
        tariffIssues(data.tariff(), issues);
        return new EnergySummary(years, carrierLines, totals, unitConsumption(data, totals, issues),
                List.copyOf(sources), issues);
    }

    /** A flat price outside (0, 10] yuan/kWh or a negative kWh to shift is refused; neither is then used. */
    private static void tariffIssues(ElectricityTariff t, List<ValidationIssue> issues) {
        if (t.flatPrice() != null && (t.flatPrice().signum() <= 0 || t.flatPrice().compareTo(ElectricityTariff.MAX_FLAT_PRICE) > 0)) {
            issues.add(ValidationIssue.error("energy.tariff.flatPrice", Texts.get("energy.tariff.flatPrice.where"),
                    Texts.format("energy.tariff.flatPrice.range", t.flatPrice().toPlainString(), ElectricityTariff.MAX_FLAT_PRICE.toPlainString())));
        }
        if (t.shiftKwhPerYear() != null && t.shiftKwhPerYear().signum() < 0) {
            issues.add(ValidationIssue.error("energy.tariff.shiftKwh", Texts.get("energy.tariff.shiftKwh.where"),
                    Texts.format("energy.tariff.shiftKwh.negative", t.shiftKwhPerYear().toPlainString())));
        }
    }

    private static List<EnergySummary.UnitConsumption> unitConsumption(EnergyData data, List<EnergySummary.YearTotals> totals,
                                                                       List<ValidationIssue> issues) {
        List<EnergySummary.UnitConsumption> out = new ArrayList<>();
        for (EnergySummary.YearTotals t : totals) {
            List<ProductionRecord> ps = data.production().stream().filter(p -> p.year() == t.year()).toList();
            for (ProductionRecord p : ps) {
                if (p.output() == null || p.output().signum() <= 0) {
                    continue;
                }
                double share;
                String basis;
                if (p.energySharePercent() != null) {
                    share = p.energySharePercent().doubleValue();
                    basis = Texts.format("energy.production.share", p.energySharePercent().toPlainString());
                } else if (ps.size() == 1) {
                    share = 100;
                    basis = Texts.get("energy.production.single");
                } else {
                    issues.add(ValidationIssue.warning("energy.production", Texts.format("energy.production.where", t.year(), p.product()),
                            Texts.get("energy.production.shareMissing")));
                    continue;
                }
                double energy = t.tce() * share / 100.0;
                // kgce per unit of product: tce × 1000 / output; a mass output is taken in tonnes
                double amount = p.output().doubleValue();
                String per = p.unit();
                var u = PhysicalUnit.parse(p.unit());
                if (u.isPresent() && u.get().dimension() == org.energydiag.core.unit.Dimension.MASS) {
                    amount = u.get().convert(amount, PhysicalUnit.T);
                    per = "t";
                }
                out.add(new EnergySummary.UnitConsumption(t.year(), p.product(), p.output().doubleValue(), p.unit(), energy,
                        share, energy * 1000.0 / amount, "kgce/" + per, basis));
            }
        }
        return out;
    }

    /** The heat value a fossil fuel's 当量值 stands for (null for the rest, or without a coefficient). */
    private static Coefficients.HeatValue heat(Coefficients k, EnergyCarrier c) {
        try {
            return k.equivalentValue(c.carrierId()).heat();
        } catch (UnitException e) {
            return null;
        }
    }

    private static ValidationIssue row(String where, int row, String column, String message) {
        return new ValidationIssue(FIELD, where, row, column, org.energydiag.core.validation.Severity.ERROR, message);
    }

    private static final class Acc {
        final EnergyCarrier c;
        final Map<Integer, Double> quantity = new LinkedHashMap<>();
        final Map<Integer, Double> tce = new LinkedHashMap<>();
        final Map<Integer, Double> tceEqual = new LinkedHashMap<>();
        final Map<Integer, Double> cost = new LinkedHashMap<>();

        Acc(EnergyCarrier c) {
            this.c = c;
        }

        void add(int year, double q, double t, double te, double c) {
            quantity.merge(year, q, Double::sum);
            tce.merge(year, t, Double::sum);
            tceEqual.merge(year, te, Double::sum);
            cost.merge(year, c, Double::sum);
        }
    }
}
