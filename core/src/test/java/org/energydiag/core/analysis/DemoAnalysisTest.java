package org.energydiag.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.energydiag.core.benchmark.BenchmarkComparison;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.reference.EnergyReference;
import org.junit.jupiter.api.Test;

/** The demo cement plant: every chapter so far has data and the numbers are those worked out in DemoProjects. */
class DemoAnalysisTest {

    @Test
    void demoPlantAnalysis() {
        var demo = DemoProjects.cementPlant(Instant.parse("2026-06-01T00:00:00Z"), "");
        ProjectAnalysis a = ProjectAnalysis.of(demo, EnergyReference.load());
        // 431 000 t × 0.7143 + 24 900 万kWh × 0.1229 + 850 t × 1.4571 = 307 863.3 + 30 602.1 + 1 238.535
        assertThat(a.energy().totalsOf(2025).tce()).isCloseTo(339703.935, within(1e-6));
        assertThat(a.energy().issues()).isEmpty();
        assertThat(a.balance().issues()).isEmpty();
        assertThat(a.balance().closes()).isTrue();
        assertThat(a.balance().supplyTce()).isCloseTo(339703.935, within(1e-6));
        assertThat(a.energyComplete(2025)).isTrue();
        assertThat(a.carbonComplete(demo.energy())).isTrue();
        // clinker: (65.2 − 0.8) % × 44/56 + 1.8 % × 44/40 = 0.506000 + 0.019800 = 0.525800 tCO2/t × 2 960 000 t
        assertThat(a.carbon().of(2025).sources()).anySatisfy(s -> {
            assertThat(s.category()).isEqualTo("PROCESS");
            assertThat(s.tco2()).isCloseTo(2960000 * (0.644 * 44 / 56 + 0.018 * 44 / 40), within(1e-3));
        });
        // clinker 92 % of 339 703.935 tce ÷ 2 960 000 t = 105.58 kgce/t: between 1级 100 and 3级 117 (GB 16780-2021 表2)
        assertThat(a.benchmarks()).extracting(BenchmarkComparison.Result::product).containsExactly("水泥熟料", "水泥");
        assertThat(a.benchmarks().get(0).value()).isCloseTo(339703.935 * 0.92 * 1000 / 2960000, within(1e-9));
        assertThat(a.benchmarks().get(0).position()).isEqualTo(BenchmarkComparison.Position.BETWEEN);
    }
}
