package org.energydiag.core.report.plan;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.benchmark.BenchmarkComparison;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.equipment.EquipmentClass;
import org.energydiag.core.equipment.EquipmentField;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.equipment.rating.Grade;
import org.energydiag.core.equipment.rating.Rating;
import org.energydiag.core.energy.BalanceResult;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.text.Texts;

/**
 * The tables the plan and the diagnosis report both print (consumption, unit consumption against
 * the benchmarks, emissions, equipment), made once from the evaluation's objects so that the two
 * documents show the same rows.
 */
public final class PlanTables {

    /** A table's title (without its number), header, rows and column widths (null: from the content). */
    public record Table(String title, List<String> header, List<List<String>> rows, int[] widths) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    private PlanTables() {
    }

    /** 能源消费表: every carrier by year, quantity and tce, with the total (当量值) of each year. */
    public static Table energy(EnergySummary s) {
        List<String> header = new ArrayList<>(List.of(Texts.get("plan.colCarrier"), Texts.get("plan.colUnit")));
        for (int y : s.years()) {
            header.add(Texts.format("plan.colYearQuantity", y));
            header.add(Texts.format("plan.colYearTce", y));
        }
        List<List<String>> rows = new ArrayList<>();
        for (EnergySummary.CarrierLine c : s.carriers()) {
            // one unit per row, larger where the quantities are large (431 000 000 kg → 43.1 万t)
            double largest = c.quantity().values().stream().filter(v -> v != null && !Double.isNaN(v))
                    .mapToDouble(Math::abs).max().orElse(Double.NaN);
            NumberStyle.Scale unit = NumberStyle.scale(c.unit(), largest);
            List<String> row = new ArrayList<>(List.of(c.name(), unit.unit()));
            for (int y : s.years()) {
                row.add(unit.format(c.quantity().getOrDefault(y, Double.NaN)));
                row.add(NumberStyle.amount(c.tce().getOrDefault(y, Double.NaN)));
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of(Texts.get("plan.totalEquivalent"), "tce"));
        for (int y : s.years()) {
            // a year without any consumption entered has no total (not 0)
            boolean any = s.carriers().stream().anyMatch(c -> {
                Double q = c.quantity().get(y);
                return q != null && !Double.isNaN(q);
            });
            total.add("");
            total.add(any ? NumberStyle.amount(s.totalsOf(y).tce()) : "—");
        }
        rows.add(total);
        return new Table(Texts.get("plan.tableEnergy"), header, rows, null);
    }

    /** 单位产品能耗 of the year with each product's benchmark position; null when no unit consumption is known. */
    public static Table unitConsumption(ProjectAnalysis analysis, int year) {
        EnergySummary s = analysis.energy();
        if (s.unitConsumption().isEmpty()) {
            return null;
        }
        List<List<String>> uc = new ArrayList<>();
        for (EnergySummary.UnitConsumption u : s.unitConsumption().stream().filter(u -> u.year() == year).toList()) {
            BenchmarkComparison.Result b = analysis.benchmarks().stream().filter(x -> x.product().equals(u.product()))
                    .findFirst().orElse(null);
            uc.add(List.of(u.product(), NumberStyle.amount(u.output()) + " " + u.unit(), NumberStyle.intensity(u.value()) + " " + u.indicatorUnit(),
                    b == null ? Texts.get("plan.notBenchmarked") : b.positionText() + "（" + b.benchmark().standard() + "）"));
        }
        return new Table(Texts.format("plan.tableUnitConsumption", year), List.of(Texts.get("plan.colProduct"), Texts.get("plan.colOutput"),
                Texts.get("plan.colUnitConsumption"), Texts.get("plan.colBenchmark")), uc, null);
    }

    /** The emission sources of a year, the exported (negative) ones after them, and the total they add up to. */
    public static Table carbon(CarbonResult.YearEmissions e, int year) {
        List<List<String>> rows = new ArrayList<>();
        e.ranked().forEach(s -> rows.add(List.of(s.name(), s.categoryLabel(), s.activity(), s.factor(), NumberStyle.amount(s.tco2()),
                NumberStyle.percent(s.tco2() / e.totalTco2() * 100) + "%")));
        e.sources().stream().filter(s -> s.tco2() < 0).forEach(s -> rows.add(List.of(s.name(), s.categoryLabel(), s.activity(),
                s.factor(), NumberStyle.amount(s.tco2()), "")));
        rows.add(List.of(Texts.get("plan.total"), "", "", "", NumberStyle.amount(e.totalTco2()), ""));
        return new Table(Texts.format("plan.tableCarbon", year), List.of(Texts.get("plan.colSource"), Texts.get("plan.colCategory"),
                Texts.get("plan.colActivity"), Texts.get("plan.colFactor"), Texts.get("plan.colEmission"), Texts.get("plan.colShare")),
                rows, new int[] {1700, 900, 1900, 2100, 1200, 800});
    }

    /** The equipment inventory with each item's grade and the standard it was rated against ({@code ratings} in item order). */
    public static Table equipment(List<EquipmentItem> items, List<Rating> ratings) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EquipmentItem it = items.get(i);
            Rating r = i < ratings.size() ? ratings.get(i) : null;
            String size = it.text(it.equipmentClass() == EquipmentClass.TRANSFORMER ? EquipmentField.CAPACITY_KVA : EquipmentField.RATED_POWER);
            rows.add(List.of(String.valueOf(i + 1), it.name(), it.equipmentClass().label(), it.text(EquipmentField.MODEL),
                    String.valueOf(it.quantity()), size, r == null ? "" : r.grade().label() + (r.obsolete() ? Texts.get("plan.obsoleteMark") : ""),
                    r == null ? "" : r.citation()));
        }
        return new Table(Texts.get("plan.tableEquipment"), List.of(Texts.get("plan.colNo"), Texts.get("plan.colEquipmentName"),
                Texts.get("plan.colCategory"), Texts.get("plan.colModel"), Texts.get("plan.colQuantity"), Texts.get("plan.colPower"),
                Texts.get("plan.colGrade"), Texts.get("plan.colReference")), rows,
                new int[] {500, 1800, 900, 1500, 500, 1100, 1100, 1500});
    }

    /** 主要产品: name, annual output, unit, capacity; null when none is entered. */
    public static Table products(Enterprise e) {
        if (e.products().isEmpty()) {
            return null;
        }
        return new Table(Texts.get("plan.tableProducts"), List.of(Texts.get("plan.colNo"), Texts.get("plan.colProductName"),
                Texts.get("plan.colAnnualOutput"), Texts.get("plan.colUnit"), Texts.get("plan.colCapacity")), e.products().stream().map(pr -> List.of(
                String.valueOf(e.products().indexOf(pr) + 1), pr.name(), plain(pr.annualOutput()), pr.unit(),
                plain(pr.capacity()))).toList(), null);
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    // ------------------------------------------------------------------ the sentences with them

    /** The base year's consumption in one paragraph (当量值, 等价值 when complete, cost, shares, change). */
    public static String energyIntro(EnergySummary.YearTotals t, int year) {
        return Texts.format("plan.energyIntro", year, NumberStyle.amount(t.tce()),
                t.tceEqualComplete() ? Texts.format("plan.energyEquivalent", NumberStyle.amount(t.tceEqual())) : "",
                NumberStyle.money(t.costWanYuan()), NumberStyle.percent(t.nonFossilShare() * 100),
                NumberStyle.percent(t.greenElectricityShare() * 100), Double.isNaN(t.yoyPercent()) ? ""
                        : Texts.format(t.yoyPercent() >= 0 ? "plan.energyIncrease" : "plan.energyDecrease",
                                NumberStyle.percent(Math.abs(t.yoyPercent()))));
    }

    /** The energy balance in one sentence: supply, effective use, losses, utilisation and whether it closes. */
    public static String balanceText(BalanceResult bal) {
        return Texts.format("plan.balance", bal.year(), NumberStyle.amount(bal.supplyTce()), NumberStyle.amount(bal.effectiveTce()),
                NumberStyle.amount(bal.lossTce()), NumberStyle.percent(bal.utilizationPercent()), bal.closes()
                        ? Texts.get("plan.balanceCloses") : Texts.format("plan.balanceOpen", NumberStyle.percent(bal.differencePercent())));
    }

    /** A year's emissions in one sentence (total and, when the output value is known, per 万元). */
    public static String carbonIntro(CarbonResult.YearEmissions e, int year) {
        return Texts.format("plan.carbonIntro", year, NumberStyle.amount(e.totalTco2()), Double.isNaN(e.perWanYuan()) ? ""
                : Texts.format("plan.carbonPerValue", NumberStyle.intensity(e.perWanYuan())));
    }

    /** The inventory in one sentence: items, units, below the minimum and obsolete. */
    public static String equipmentSummary(List<EquipmentItem> items, List<Rating> ratings) {
        long below = ratings.stream().filter(r -> r.grade() == Grade.BELOW).count();
        long obsolete = ratings.stream().filter(Rating::obsolete).count();
        return Texts.format("plan.equipmentSummary", items.size(), items.stream().mapToInt(EquipmentItem::quantity).sum(), below,
                obsolete);
    }
}
