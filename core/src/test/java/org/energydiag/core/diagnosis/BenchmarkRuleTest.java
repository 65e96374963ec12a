package org.energydiag.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.energydiag.core.diagnosis.RetrofitFixtures.candidate;
import static org.energydiag.core.diagnosis.RetrofitFixtures.demo;
import static org.energydiag.core.diagnosis.RetrofitFixtures.demoWithEnergy;
import static org.energydiag.core.diagnosis.RetrofitFixtures.finding;
import static org.energydiag.core.diagnosis.RetrofitFixtures.input;

import java.math.BigDecimal;
import java.util.List;
import org.energydiag.core.energy.ProductionRecord;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;

/**
 * Rule BENCHMARK: product output + energy → unit consumption → position against GB 16780-2021 → finding → task.
 *
 * <p>Demo 2025: total 339 703.935 tce (当量值); clinker takes 92 % = 312 527.620 tce for 2 960 000 t, cement
 * 100 % for 3 850 000 t (cement's comprehensive consumption includes its clinker). Energy cost 52 424 万元 →
 * 0.154323 万元/tce. Energy-related CO2 (process emissions excluded) = coal 805 493.79 + diesel 2 634.74 +
 * grid 118 323.80 = 926 452.33 tCO2 → 2.727235 tCO2/tce (each fuel at the heat value of its 当量值, see
 * CarbonRulesTest).
 */
class BenchmarkRuleTest {

    private static final String CLINKER = "BENCHMARK:水泥熟料";
    private static final String CEMENT = "BENCHMARK:水泥";

    /** The demo with only the clinker line's production (a clinker plant selling clinker). */
    private static DiagnosisProject clinkerOnly(String output2025WanT) {
        return demoWithEnergy(e -> e.withProduction(e.production().stream().filter(r -> r.product().equals("水泥熟料"))
                .map(r -> r.year() == 2025 ? new ProductionRecord(2025, "水泥熟料", new BigDecimal(output2025WanT), "万t",
                        new BigDecimal("92")) : r)
                .toList()));
    }

    /*
     * cement: 339 703.935 × 1000 ÷ 3 850 000 t = 88.23 kgce/t, between 1级 80 and 3级 94 (2级 87: it reaches 3级; GB 16780-2021 has no 标杆/基准 — those names are the 723号 table's).
     * potential = energy × (value − 1级) ÷ value = energy − 1级 × output = 339 703.935 − 80 × 3 850 = 31 703.935 tce
     * It is a 节能潜力 (chapter 二), not the task's saving: the task has no estimate until its measures give one.
     */
    @Test
    void cementBetweenBaselineAndBenchmarkIsAProcessTask() {
        DiagnosisRules.Outcome o = new BenchmarkRule().apply(input(demo()));

        assertThat(o.status().active()).isTrue();
        assertThat(o.status().reason()).isEqualTo("已对标 2 个产品");
        Finding f = finding(o, CEMENT);
        assertThat(f.item()).isEqualTo(DiagnosisItem.PRODUCT_CONSUMPTION);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.title()).isEqualTo("水泥单位产品能耗未达到1级（先进值）");
        assertThat(f.evidence()).contains("2025年水泥单位产品综合能耗 88.23 kgce/t").contains("（1级（先进值） 80，3级（限定值） 94），达到3级（GB 16780-2021 表1）");
        assertThat(f.source()).isEqualTo("GB 16780-2021");

        RetrofitTask c = candidate(o, CEMENT);
        assertThat(c.category()).isEqualTo(TaskCategory.PROCESS);
        assertThat(c.category().label()).isEqualTo("工艺系统节能提效类");
        assertThat(c.name()).isEqualTo("水泥生产工艺系统节能提效");
        assertThat(c.savingTce()).isNull();
        assertThat(c.savingTco2()).isNull();
        assertThat(c.costSavingWanYuan()).isNull();
        assertThat(c.investmentWanYuan()).isNull();
        // 31 703.935 is 31 703.934999… in binary floating point, so the text shows 31,703.93
        assertThat(f.evidence()).contains("达到1级（先进值）的节能潜力约 31,703.93 tce/年（= 产品能耗 339,703.94 tce × （现值 − 1级（先进值））÷ 现值）");
        assertThat(c.basis()).startsWith("达到1级（先进值）的节能潜力约 31,703.93 tce/年（对标差距，非项目节能量）")
                .contains("项目节能量须按所选技术措施测算");
    }

    /*
     * clinker: 312 527.620 × 1000 ÷ 2 960 000 t = 105.58 kgce/t, between 1级 100 and 3级 117 (2级 107: it reaches 2级). Its energy is part of
     * cement's (shares 92 % + 100 % = 192 % > 100 %), so the saving is carried by the cement task only.
     */
    @Test
    void clinkerInsideCementIsAFindingAndATaskWithoutADoubleCountedSaving() {
        DiagnosisRules.Outcome o = new BenchmarkRule().apply(input(demo()));

        Finding f = finding(o, CLINKER);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.title()).isEqualTo("水泥熟料单位产品能耗未达到1级（先进值）");
        assertThat(f.evidence()).contains("2025年水泥熟料单位产品综合能耗 105.58 kgce/t").contains("（1级（先进值） 100，3级（限定值） 117），达到2级（GB 16780-2021 表2）");
        RetrofitTask c = candidate(o, CLINKER);
        assertThat(c.category().label()).isEqualTo("工艺系统节能提效类");
        assertThat(c.savingTce()).isNull();
        assertThat(c.costSavingWanYuan()).isNull();
        assertThat(c.basis()).contains("192%").contains("“水泥”");
        // 312 527.620 − 100 × 2 960 = 16 527.62 tce, inside cement's potential
        assertThat(f.evidence()).contains("节能潜力约 16,527.62 tce/年，包含在“水泥”的节能潜力中，不另计");
    }

    /* Clinker alone (no overlap): potential = 312 527.620 − 100 × 2 960 = 16 527.620 tce, no saving of its own. */
    @Test
    void clinkerAloneShowsItsPotential() {
        DiagnosisRules.Outcome o = new BenchmarkRule().apply(input(clinkerOnly("296")));

        RetrofitTask c = candidate(o, CLINKER);
        assertThat(c.savingTce()).isNull();
        assertThat(c.costSavingWanYuan()).isNull();
        assertThat(finding(o, CLINKER).evidence()).contains("节能潜力约 16,527.62 tce/年（= 产品能耗 312,527.62 tce");
        assertThat(c.basis()).startsWith("达到1级（先进值）的节能潜力约 16,527.62 tce/年");
        assertThat(o.candidates()).hasSize(1);
    }

    /*
     * Clinker output lowered to 260 万t: 312 527.620 × 1000 ÷ 2 600 000 = 120.20 kgce/t > 3级 117 (not compliant).
     * potential = 312 527.620 − 100 × 2 600 = 52 527.620 tce.
     */
    @Test
    void clinkerAboveTheBaselineIsAComplianceTask() {
        DiagnosisRules.Outcome o = new BenchmarkRule().apply(input(clinkerOnly("260")));

        Finding f = finding(o, CLINKER);
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.title()).isEqualTo("水泥熟料单位产品能耗高于3级（限定值）");
        assertThat(f.evidence()).contains("120.20 kgce/t").contains("未达到3级（限定值），不符合GB 16780-2021 表2");
        RetrofitTask c = candidate(o, CLINKER);
        assertThat(c.category()).isEqualTo(TaskCategory.COMPLIANCE);
        assertThat(c.category().label()).isEqualTo("合规整改类");
        assertThat(c.name()).isEqualTo("水泥熟料单位产品能耗达标整改");
        assertThat(c.savingTce()).isNull();
        assertThat(f.evidence()).contains("节能潜力约 52,527.62 tce/年");
    }

    /* Clinker output raised to 320 万t: 312 527.620 × 1000 ÷ 3 200 000 = 97.66 kgce/t ≤ 1级 100: a note, no task. */
    @Test
    void clinkerAtBenchmarkIsANoteWithoutTask() {
        DiagnosisRules.Outcome o = new BenchmarkRule().apply(input(clinkerOnly("320")));

        Finding f = finding(o, CLINKER);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.title()).isEqualTo("水泥熟料单位产品能耗达到1级（先进值）");
        assertThat(f.evidence()).contains("97.66 kgce/t");
        assertThat(o.candidates()).isEmpty();
    }

    @Test
    void withoutProductOutputTheRuleIsInactive() {
        DiagnosisRules.Outcome o = new BenchmarkRule().apply(input(demoWithEnergy(e -> e.withProduction(List.of()))));

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
        DiagnosisRules.Outcome o = new BenchmarkRule().apply(input(p));

        assertThat(o.status().active()).isFalse();
        assertThat(o.status().reason()).startsWith("产品未匹配到能效标杆/基准值");
        assertThat(o.candidates()).isEmpty();
    }
}
