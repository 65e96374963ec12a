package org.energydiag.core.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.reference.Benchmark;
import org.energydiag.core.energy.BenchmarkLink;
import org.energydiag.core.text.Texts;

/**
 * Places each product's unit consumption against its benchmark: at or better than the advanced
 * level (标杆 / 1级), between the levels, or worse than the baseline (基准 / 3级 限定值).
 * Products are matched by an explicit link, or by name and unit when there is no link.
 */
public final class BenchmarkComparison {

    public enum Position {
        ADVANCED,
        BETWEEN,
        BELOW_BASELINE;

        public String describe(Benchmark b) {
            return switch (this) {
                case ADVANCED -> String.format(Texts.get("benchmark.advanced"), b.advancedName());
                case BETWEEN -> String.format(Texts.get("benchmark.between"), b.advancedName(), b.baselineName());
                case BELOW_BASELINE -> String.format(Texts.get("benchmark.belowBaseline"), b.baselineName());
            };
        }
    }

    /**
     * @param gapToAdvanced value − advanced level (positive: that much above the better end)
     * @param gapToBaseline value − baseline level (positive: worse than the baseline)
     */
    public record Result(String product, int year, double value, String unit, Benchmark benchmark, Position position,
                         double gapToAdvanced, double gapToBaseline, boolean linkedByEngineer) {
        public String positionText() {
            return position.describe(benchmark);
        }
    }

    private BenchmarkComparison() {
    }

    public static List<Result> compare(List<EnergySummary.UnitConsumption> values, List<Benchmark> table,
                                       List<BenchmarkLink> links) {
        List<Result> out = new ArrayList<>();
        for (EnergySummary.UnitConsumption u : values) {
            Optional<BenchmarkLink> link = links.stream().filter(l -> l.product().equals(u.product())).findFirst();
            Optional<Benchmark> b = link.flatMap(l -> table.stream().filter(x -> x.standard().equals(l.standard())
                            && x.product().equals(l.benchmarkProduct()) && x.indicator().equals(l.indicator())).findFirst())
                    .or(() -> link.isPresent() ? Optional.empty() : match(u, table));
            if (b.isEmpty() || b.get().level1() == null || b.get().level3() == null) {
                continue;
            }
            Benchmark x = b.get();
            if (!x.unit().trim().equalsIgnoreCase(u.indicatorUnit())) {
                continue; // never compare across units
            }
            double adv = x.level1();
            double base = x.level3();
            Position p = u.value() <= adv ? Position.ADVANCED : u.value() <= base ? Position.BETWEEN : Position.BELOW_BASELINE;
            out.add(new Result(u.product(), u.year(), u.value(), u.indicatorUnit(), x, p, u.value() - adv, u.value() - base,
                    link.isPresent()));
        }
        return out;
    }

    /**
     * A benchmark whose product name occurs in the product's name (longest match) and whose unit fits; of equally
     * long matches a national limit standard before a policy row (标杆/基准, secondary sources: link those
     * explicitly), then the first in the table.
     */
    static Optional<Benchmark> match(EnergySummary.UnitConsumption u, List<Benchmark> table) {
        String name = u.product().toLowerCase(Locale.ROOT);
        java.util.Comparator<Benchmark> better = java.util.Comparator.<Benchmark>comparingInt(b -> b.product().length())
                .thenComparing(b -> !b.isPolicy());
        Benchmark best = null;
        for (Benchmark b : table) {
            if (b.product() != null && name.contains(b.product().toLowerCase(Locale.ROOT))
                    && b.unit() != null && b.unit().trim().equalsIgnoreCase(u.indicatorUnit())
                    && b.indicator() != null && b.indicator().contains("综合能耗")
                    && (best == null || better.compare(b, best) > 0)) {
                best = b;
            }
        }
        return Optional.ofNullable(best);
    }
}
