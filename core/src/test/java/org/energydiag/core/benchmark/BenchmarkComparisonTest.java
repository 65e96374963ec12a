package org.energydiag.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.reference.EnergyReference;
import org.junit.jupiter.api.Test;

/** GB 16780-2021 表2 熟料单位产品综合能耗: 1级 100, 2级 107, 3级 117 kgce/t (benchmarks.json). */
class BenchmarkComparisonTest {

    static EnergySummary.UnitConsumption clinker(double v) {
        return new EnergySummary.UnitConsumption(2025, "水泥熟料", 2960000, "t", v * 2960, 100, v, "kgce/t", "");
    }

    @Test
    void positionsAgainstTheLevels() {
        var table = EnergyReference.load().benchmarks();
        var r = BenchmarkComparison.compare(List.of(clinker(98), clinker(104.2), clinker(120)), table, List.of());
        assertThat(r).extracting(BenchmarkComparison.Result::position).containsExactly(
                BenchmarkComparison.Position.ADVANCED, BenchmarkComparison.Position.BETWEEN,
                BenchmarkComparison.Position.BELOW_BASELINE);
        assertThat(r.get(0).benchmark().standard()).isEqualTo("GB 16780-2021");
        assertThat(r.get(1).gapToAdvanced()).isEqualTo(104.2 - 100);
        assertThat(r.get(2).positionText()).isEqualTo("劣于3级（限定值）");
    }

    @Test
    void differentUnitsAreNeverCompared() {
        var u = new EnergySummary.UnitConsumption(2025, "水泥熟料", 10, "件", 1, 100, 100, "kgce/件", "");
        assertThat(BenchmarkComparison.compare(List.of(u), EnergyReference.load().benchmarks(), List.of())).isEmpty();
    }
}
