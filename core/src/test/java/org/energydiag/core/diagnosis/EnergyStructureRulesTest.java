package org.energydiag.core.diagnosis;

import org.energydiag.core.reference.CarrierId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.energydiag.core.diagnosis.RetrofitFixtures.candidate;
import static org.energydiag.core.diagnosis.RetrofitFixtures.demo;
import static org.energydiag.core.diagnosis.RetrofitFixtures.demoWithEnergy;
import static org.energydiag.core.diagnosis.RetrofitFixtures.finding;
import static org.energydiag.core.diagnosis.RetrofitFixtures.input;

import java.math.BigDecimal;
import java.util.List;
import org.energydiag.core.energy.ConsumptionRecord;
import org.energydiag.core.energy.OutputValue;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;

/**
 * Rules NON_FOSSIL, INTENSITY_TREND and ENERGY_COST on the demo's three years of consumption, output value and
 * costs (当量值 coefficients: coal 0.7143 kgce/kg, electricity 0.1229 kgce/kWh, diesel 1.4571 kgce/kg).
 */
class EnergyStructureRulesTest {

    // ---------------------------------------------------------------- non-fossil share

    /*
     * 2025: green electricity 2 000 万kWh × 0.1229 = 2 458 tce, rooftop PV 600 万kWh × 0.1229 = 737.4 tce
     * non-fossil share = 3 195.4 ÷ 339 703.935 = 0.94 % < 20 %
     * green share of electricity = (2 000 + 600) ÷ (22 300 + 2 000 + 600) = 2 600 ÷ 24 900 = 10.44 %
     */
    @Test
    void lowNonFossilShareIsAnEnergyStructureTask() {
        DiagnosisRules.Outcome o = new NonFossilRule().apply(input(demo()));

        assertThat(o.status().active()).isTrue();
        Finding f = finding(o, "NON_FOSSIL");
        assertThat(f.item()).isEqualTo(DiagnosisItem.CONSUMPTION_STRUCTURE);
        assertThat(f.severity()).isEqualTo(Severity.LOW);
        assertThat(f.title()).isEqualTo("非化石能源消费比重偏低");
        assertThat(f.evidence()).contains("2025年非化石能源占能源消费总量（当量值）0.94%").contains("绿电占用电量 10.44%")
                .contains("低于全国目标 20%");
        assertThat(f.source()).isEqualTo(DiagnosisRules.NON_FOSSIL_SOURCE).contains("国发〔2021〕23号");
        RetrofitTask c = candidate(o, "NON_FOSSIL");
        assertThat(c.category()).isEqualTo(TaskCategory.ENERGY_STRUCTURE);
        assertThat(c.category().label()).isEqualTo("能源结构优化与低碳替代类");
        assertThat(c.name()).isEqualTo("可再生能源利用与绿电绿证应用");
    }

    /*
     * Green electricity 2025 raised to 70 000 万kWh = 86 030 tce: total 339 703.935 − 2 458 + 86 030 = 423 275.935 tce;
     * non-fossil (86 030 + 737.4) ÷ 423 275.935 = 20.50 % ≥ 20 %: a note, no task.
     */
    @Test
    void nonFossilShareAtTheTargetIsANote() {
        DiagnosisProject p = demoWithEnergy(e -> e.withConsumption(e.consumption().stream()
                .map(r -> r.year() == 2025 && r.carrierId().equals(CarrierId.GREEN_ELECTRICITY) ? new ConsumptionRecord(2025,
                        r.carrierId(), r.kind(), new BigDecimal("70000"), r.unit(), r.costWanYuan(), "") : r).toList()));
        DiagnosisRules.Outcome o = new NonFossilRule().apply(input(p));

        Finding f = finding(o, "NON_FOSSIL");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.title()).isEqualTo("非化石能源消费比重不低于全国2025年目标");
        assertThat(f.evidence()).contains("20.50%");
        assertThat(o.candidates()).isEmpty();
    }

    @Test
    void withoutBaseYearConsumptionNonFossilIsInactive() {
        DiagnosisProject p = demoWithEnergy(e -> e.withConsumption(e.consumption().stream().filter(r -> r.year() != 2025).toList()));
        DiagnosisRules.Outcome o = new NonFossilRule().apply(input(p));

        assertThat(o.status().active()).isFalse();
        assertThat(o.status().reason()).isEqualTo("基准年无能源消费数据（步骤“能源消费情况”）");
        assertThat(o.candidates()).isEmpty();
    }

    // ---------------------------------------------------------------- intensity trend

    /*
     * 2024: 334 478.648 tce ÷ 128 500 万元 = 2.6029 tce/万元; 2025: 339 703.935 ÷ 132 000 = 2.5735 tce/万元
     * change = 2.5735 ÷ 2.6029 − 1 = −1.13 %: falling, a note.
     */
    @Test
    void fallingIntensityIsANote() {
        DiagnosisRules.Outcome o = new IntensityTrendRule().apply(input(demo()));

        Finding f = finding(o, "INTENSITY_TREND");
        assertThat(f.item()).isEqualTo(DiagnosisItem.CONSUMPTION_STRUCTURE);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.title()).isEqualTo("单位产值能耗下降");
        assertThat(f.evidence()).startsWith("2024年 2.6029 tce/万元 → 2025年 2.5735 tce/万元（-1.13%）");
        assertThat(o.candidates()).isEmpty();
    }

    /*
     * 2025 output value entered as 120 000 万元: 339 703.935 ÷ 120 000 = 2.8309 tce/万元;
     * change = 2.8309 ÷ 2.6029 − 1 = +8.76 %: rising, a management task.
     */
    @Test
    void risingIntensityIsAManagementTask() {
        DiagnosisProject p = demoWithEnergy(e -> e.withOutputValues(e.outputValues().stream()
                .map(v -> v.year() == 2025 ? new OutputValue(2025, new BigDecimal("120000"), v.basis()) : v).toList()));
        DiagnosisRules.Outcome o = new IntensityTrendRule().apply(input(p));

        Finding f = finding(o, "INTENSITY_TREND");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.title()).isEqualTo("单位产值能耗上升");
        assertThat(f.evidence()).contains("2025年 2.8309 tce/万元（+8.76%）");
        RetrofitTask c = candidate(o, "INTENSITY_TREND");
        assertThat(c.category()).isEqualTo(TaskCategory.MANAGEMENT);
        assertThat(c.category().label()).isEqualTo("节能降碳管理提升类");
        assertThat(c.name()).isEqualTo("能耗强度目标分解与考核");
    }

    @Test
    void oneYearOfOutputValueMakesTheTrendInactive() {
        DiagnosisProject p = demoWithEnergy(e -> e.withOutputValues(e.outputValues().stream().filter(v -> v.year() == 2025).toList()));
        DiagnosisRules.Outcome o = new IntensityTrendRule().apply(input(p));

        assertThat(o.status().active()).isFalse();
        assertThat(o.status().reason()).isEqualTo("需要至少两年的能源消费量和工业总产值（步骤“能源消费情况” › 产值）");
        assertThat(o.findings()).isEmpty();
    }

    @Test
    void withoutAnalysisTheTrendIsInactive() {
        DiagnosisInput in = input(demo());
        DiagnosisInput noAnalysis = new DiagnosisInput(in.project(), null, in.ratings(), in.savings(), List.of(),
                in.management(), in.catalogue());

        assertThat(new IntensityTrendRule().apply(noAnalysis).status().reason()).isEqualTo("无能源消费数据");
        assertThat(new IntensityTrendRule().apply(noAnalysis).status().active()).isFalse();
    }

    // ---------------------------------------------------------------- energy cost

    /*
     * 2025 costs: coal 36 635 + electricity 13 826 + green electricity 1 300 + diesel 663 = 52 424 万元
     * coal share 36 635 ÷ 52 424 = 69.88 %; average 52 424 ÷ 339 703.935 = 0.154 万元/tce (shown as 0.15)
     */
    @Test
    void costStructureIsANoteWithoutTask() {
        DiagnosisRules.Outcome o = new EnergyCostRule().apply(input(demo()));

        assertThat(o.status().active()).isTrue();
        Finding f = finding(o, "ENERGY_COST");
        assertThat(f.item()).isEqualTo(DiagnosisItem.ENERGY_COST);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.title()).isEqualTo("能源成本以原煤为主");
        assertThat(f.evidence()).isEqualTo("2025年能源费用 52,424 万元，其中原煤 36,635 万元（69.88%），平均 0.15 万元/tce；数据：能源消费情况");
        // the cost rule only describes; the tasks come from the rules that find the causes
        assertThat(o.candidates()).isEmpty();
    }

    @Test
    void withoutBaseYearCostsTheCostRuleIsInactive() {
        DiagnosisProject p = demoWithEnergy(e -> e.withConsumption(e.consumption().stream()
                .map(r -> r.year() == 2025 ? new ConsumptionRecord(2025, r.carrierId(), r.kind(), r.quantity(), r.unit(), null, "") : r)
                .toList()));
        DiagnosisRules.Outcome o = new EnergyCostRule().apply(input(p));

        assertThat(o.status().active()).isFalse();
        assertThat(o.status().reason()).isEqualTo("基准年未填写能源费用（步骤“能源消费情况” › 费用）");
        assertThat(o.findings()).isEmpty();
    }
}
