package org.energydiag.core.energy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.energydiag.core.reference.EnergyCarrier;
import org.energydiag.core.reference.EnergyReference;
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
    public EnergySummary summarize(EnergyData data, Map<String, Coefficients.MeasuredNcv> measured) {
        Coefficients k = new Coefficients(reference, data, measured);
        List<Integer> years = data.years();
        List<ValidationIssue> issues = new ArrayList<>();
        Map<String, Acc> lines = new LinkedHashMap<>();
        Set<String> sources = new LinkedHashSet<>();
        for (int i = 0; i < data.overrides().size(); i++) {
            CoefficientOverride o = data.overrides().get(i);
            String where = "自定折标系数 第" + (i + 1) + "行";
            if (o.kgcePerUnit() == null || o.kgcePerUnit().signum() <= 0) {
                issues.add(new ValidationIssue("energy.overrides", where + " 系数", i, "kgcePerUnit",
                        org.energydiag.core.validation.Severity.ERROR, "请填写大于 0 的折标系数。"));
                continue;
            }
            if (o.source() == null || o.source().isBlank()) {
                issues.add(new ValidationIssue("energy.overrides", where + " 来源", i, "source",
                        org.energydiag.core.validation.Severity.ERROR, "请注明系数来源（如 化验报告编号、实测低位发热量）。"));
            }
            try {
                k.equivalentValue(o.carrierId());
            } catch (UnitException e) {
                issues.add(new ValidationIssue("energy.overrides", where + " 单位", i, "unit",
                        org.energydiag.core.validation.Severity.ERROR, e.getMessage() + "。"));
            }
        }

        for (int i = 0; i < data.consumption().size(); i++) {
            ConsumptionRecord r = data.consumption().get(i);
            String where = "能源消费 第" + (i + 1) + "行";
            if (!years.contains(r.year())) {
                issues.add(row(where + " 年份", i, "year", "年份 " + r.year() + " 不在近三年（" + years.get(0) + "～"
                        + years.get(2) + "）内，未计入。"));
                continue;
            }
            if (r.quantity() == null) {
                issues.add(row(where + " 实物量", i, "quantity", "请填写实物量。"));
                continue;
            }
            EnergyCarrier c = reference.carrier(r.carrierId()).orElse(null);
            if (c == null) {
                issues.add(row(where + " 能源品种", i, "carrierId", "未知的能源品种“" + r.carrierId() + "”。"));
                continue;
            }
            double base;
            double tce;
            Coefficients.Coefficient eq;
            try {
                base = k.toBaseUnits(c.id(), r.quantity().doubleValue(), r.unit());
                eq = k.equivalentValue(c.id());
                tce = base * eq.kgcePerUnit() / 1000.0;
            } catch (UnitException e) {
                issues.add(row(where + " 单位", i, "unit", e.getMessage() + "。该行未计入合计。"));
                continue;
            }
            sources.add(c.name() + "：" + eq.source());
            var equal = k.equalValue(c.id());
            double tceEqual = equal.map(x -> base * x.kgcePerUnit() / 1000.0).orElse(Double.NaN);
            equal.ifPresent(x -> {
                if (!x.source().equals(eq.source())) {
                    sources.add(c.name() + "（等价值）：" + x.source());
                }
            });
            int sign = r.kind().sign();
            Acc a = lines.computeIfAbsent(c.id(), id -> new Acc(c));
            a.add(r.year(), sign * base, sign * tce, sign * tceEqual, r.costWanYuan() == null ? 0 : r.costWanYuan().doubleValue());
        }

        List<EnergySummary.CarrierLine> carrierLines = new ArrayList<>();
        for (Acc a : lines.values()) {
            carrierLines.add(new EnergySummary.CarrierLine(a.c.id(), a.c.name(), a.c.baseUnit().symbol(), a.c.fossil(),
                    a.c.renewable(), a.quantity, a.tce, a.tceEqual, a.cost,
                    sources.stream().filter(s -> s.startsWith(a.c.name() + "：")).findFirst().orElse("")));
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
            issues.add(ValidationIssue.warning("energy.electricityEquivalent", "电力等价值系数",
                    "未设置电力等价值折标系数，等价值合计不含电力。请选择或填写系数并注明来源。"));
        }
        return new EnergySummary(years, carrierLines, totals, unitConsumption(data, totals, issues),
                List.copyOf(sources), issues);
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
                    basis = "按分摊比例 " + p.energySharePercent().toPlainString() + "%";
                } else if (ps.size() == 1) {
                    share = 100;
                    basis = "单一产品，全部能耗";
                } else {
                    issues.add(ValidationIssue.warning("energy.production", t.year() + "年 " + p.product(),
                            "有多种产品时请填写能耗分摊比例，才能计算单位产品综合能耗。"));
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
