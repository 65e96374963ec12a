package org.energydiag.core.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.energydiag.core.retrofit.RetrofitFixtures.candidate;
import static org.energydiag.core.retrofit.RetrofitFixtures.demo;
import static org.energydiag.core.retrofit.RetrofitFixtures.demoWithEnergy;
import static org.energydiag.core.retrofit.RetrofitFixtures.finding;
import static org.energydiag.core.retrofit.RetrofitFixtures.input;

import java.math.BigDecimal;
import java.util.List;
import org.energydiag.core.energy.ProductionRecord;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/**
 * Rule BENCHMARK: product output + energy → unit consumption → position against GB 16780-2021 → finding → task.
 *
 * <p>Demo 2025: total 339 703.935 tce (当量值), clinker takes 92 % = 312 527.620 tce for 2 960 000 t;
 * energy cost 52 424 万元 → 0.154323 万元/tce.
 */
class BenchmarkRuleTest {

    private static DiagnosisProject clinker2025(String outputWanT) {
        return demoWithEnergy(e -> e.withProduction(e.production().stream()
                .map(r -> r.year() == 2025 && r.product().equals("水泥熟料")
                        ? new ProductionRecord(2025, "水泥熟料", new BigDecimal(outputWanT), "万t", new BigDecimal("92")) : r)
                .toList()));
    }

    /*
     * 312 527.620 tce × 1000 ÷ 2 960 000 t = 105.58 kgce/t: between 标杆 100 and 基准 117.
     * saving = energy × (value − 标杆) ÷ value = energy − 标杆 × output = 312 527.620 − 100 × 2 960 = 16 527.620 tce
     * cost   = 16 527.620 × 52 424 ÷ 339 703.935 = 2 550.59 万元
     */
    @Test
    void clinkerBetweenBaselineAndBenchmarkIsAProcessTask() {
        DiagnosisRules.Outcome o = DiagnosisRules.benchmark(input(demo()));

        assertThat(o.status().active()).isTrue();
        assertThat(o.status().reason()).isEqualTo("已对标 2 个产品");
        Finding f = finding(o, "BENCHMARK:水泥熟料");
        assertThat(f.item()).isEqualTo(DiagnosisItem.PRODUCT_CONSUMPTION);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.title()).isEqualTo("水泥熟料单位产品能耗未达到标杆水平");
        assertThat(f.evidence()).contains("2025年水泥熟料单位产品综合能耗 105.58 kgce/t").contains("（标杆 100，基准 117）");
        assertThat(f.source()).isEqualTo("GB 16780-2021");

        RetrofitTask c = candidate(o, "BENCHMARK:水泥熟料");
        assertThat(c.category().label()).isEqualTo("工艺系统节能提效类");
        assertThat(c.name()).isEqualTo("水泥熟料生产工艺系统节能提效");
        assertThat(c.savingTce()).isCloseTo(16527.620, within(1e-3));
        assertThat(c.costSavingWanYuan()).isCloseTo(2550.59, within(0.01));
        assertThat(c.investmentWanYuan()).isNull();
        assertThat(c.basis()).contains("16,527.62 tce/年");
    }

    /*
     * Clinker output lowered to 260 万t: 312 527.620 × 1000 ÷ 2 600 000 = 120.20 kgce/t > 基准 117.
     * saving = 312 527.620 − 100 × 2 600 = 52 527.620 tce.
     */
    @Test
    void clinkerAboveTheBaselineIsAComplianceTask() {
        DiagnosisRules.Outcome o = DiagnosisRules.benchmark(input(clinker2025("260")));

        Finding f = finding(o, "BENCHMARK:水泥熟料");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.title()).isEqualTo("水泥熟料单位产品能耗高于基准水平");
        assertThat(f.evidence()).contains("120.20 kgce/t");
        RetrofitTask c = candidate(o, "BENCHMARK:水泥熟料");
        assertThat(c.category()).isEqualTo(TaskCategory.COMPLIANCE);
        assertThat(c.category().label()).isEqualTo("合规整改类");
        assertThat(c.name()).isEqualTo("水泥熟料单位产品能耗达标整改");
        assertThat(c.savingTce()).isCloseTo(52527.620, within(1e-3));
    }

    /* Clinker output raised to 320 万t: 312 527.620 × 1000 ÷ 3 200 000 = 97.66 kgce/t ≤ 标杆 100: a note, no task. */
    @Test
    void clinkerAtBenchmarkIsANoteWithoutTask() {
        DiagnosisRules.Outcome o = DiagnosisRules.benchmark(input(clinker2025("320")));

        Finding f = finding(o, "BENCHMARK:水泥熟料");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.title()).isEqualTo("水泥熟料单位产品能耗达到标杆水平");
        assertThat(f.evidence()).contains("97.66 kgce/t");
        assertThat(o.candidates()).extracting(RetrofitTask::sourceKey).containsExactly("BENCHMARK:水泥");
    }

    @Test
    void withoutProductOutputTheRuleIsInactive() {
        DiagnosisRules.Outcome o = DiagnosisRules.benchmark(input(demoWithEnergy(e -> e.withProduction(List.of()))));

        assertThat(o.status().active()).isFalse();
        assertThat(o.status().reason()).isEqualTo("未填写产品产量，无法计算单位产品能耗（步骤“能源消费情况” › 产品产量）");
        assertThat(o.findings()).isEmpty();
        assertThat(o.candidates()).isEmpty();
    }

    @Test
    void productsWithoutABenchmarkMakeTheRuleInactive() {
        DiagnosisProject p = demoWithEnergy(e -> e.withProduction(e.production().stream()
                .map(r -> new ProductionRecord(r.year(), r.product().equals("水泥") ? "干混砂浆" : "特种骨料", r.output(),
                        r.unit(), r.energySharePercent())).toList()));
        DiagnosisRules.Outcome o = DiagnosisRules.benchmark(input(p));

        assertThat(o.status().active()).isFalse();
        assertThat(o.status().reason()).startsWith("产品未匹配到能效标杆/基准值");
        assertThat(o.candidates()).isEmpty();
    }
}
