package org.energydiag.core.diagnosis;

import org.energydiag.core.reference.CarrierId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.energydiag.core.diagnosis.RetrofitFixtures.NOW;
import static org.energydiag.core.diagnosis.RetrofitFixtures.candidate;
import static org.energydiag.core.diagnosis.RetrofitFixtures.demo;
import static org.energydiag.core.diagnosis.RetrofitFixtures.finding;
import static org.energydiag.core.diagnosis.RetrofitFixtures.input;

import java.util.List;
import org.energydiag.core.carbon.CarbonData;
import org.energydiag.core.carbon.FuelOverride;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;

/**
 * Rules EMISSION_SOURCES and GHG_ACCOUNTING on the demo's 2025 emissions.
 *
 * <pre>
 * Each fuel at the one heat value its 当量值 row of the GB/T 2589 reference table prints beside the
 * coefficient (coal 20 908 kJ/kg beside 0.7143 kgce/kg, diesel 42 652 kJ/kg beside 1.4571 — the
 * diesel value GB/T 32150-2015 附录A gives as well):
 * coal   431 000 t × 20.908 GJ/t × 0.02618 tC/GJ × 93 % × 44/12 =   804 477.28 tCO2
 * diesel     850 t × 42.652 GJ/t × 0.0202 tC/GJ × 98 % × 44/12  =     2 631.52
 * grid   223 000 MWh × 0.5306 tCO2/MWh                          =   118 323.80 (green electricity counts 0)
 * clinker 2 960 000 t × (64.4 % × 44/56 + 1.8 % × 44/40) = 2 960 000 × 0.5258 = 1 556 368.00
 * total                                                          = 2 481 800.60 tCO2
 * </pre>
 */
class CarbonRulesTest {

    private static DiagnosisProject withCarbon(DiagnosisProject p, CarbonData c) {
        return p.withCarbon(c, NOW);
    }

    /* top source: clinker calcination 1 556 368 ÷ 2 481 800.60 = 62.71 % → process emission task */
    @Test
    void clinkerCalcinationIsTheMainSourceAndAProcessTask() {
        DiagnosisRules.Outcome o = new EmissionSourcesRule().apply(input(demo()));

        assertThat(o.status().active()).isTrue();
        Finding f = finding(o, "EMISSION_SOURCES:熟料煅烧（过程排放）");
        assertThat(f.item()).isEqualTo(DiagnosisItem.EMISSION_SOURCES);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.title()).isEqualTo("主要碳排放环节为熟料煅烧（过程排放）");
        assertThat(f.evidence()).startsWith("2025年排放总量 2,481,800.60 tCO2，最大排放源“熟料煅烧（过程排放）” 1,556,368 tCO2（62.71%）");
        RetrofitTask c = candidate(o, "EMISSION_SOURCES:熟料煅烧（过程排放）");
        assertThat(c.category()).isEqualTo(TaskCategory.PROCESS);
        assertThat(c.category().label()).isEqualTo("工艺系统节能提效类");
        assertThat(c.name()).isEqualTo("工业过程排放控制");
    }

    /*
     * Without the clinker data the fuels lead: coal 804 477.28 ÷ (804 477.28 + 2 631.52 + 118 323.80 = 925 432.60)
     * = 86.93 % → fuel switching task.
     */
    @Test
    void coalAsTheMainSourceIsAFuelSwitchTask() {
        DiagnosisRules.Outcome o = new EmissionSourcesRule().apply(input(withCarbon(demo(), CarbonData.empty())));

        Finding f = finding(o, "EMISSION_SOURCES:原煤燃烧");
        assertThat(f.evidence()).startsWith("2025年排放总量 925,432.60 tCO2，最大排放源“原煤燃烧” 804,477.28 tCO2（86.93%）");
        RetrofitTask c = candidate(o, "EMISSION_SOURCES:原煤燃烧");
        assertThat(c.category().label()).isEqualTo("能源结构优化与低碳替代类");
        assertThat(c.name()).isEqualTo("原煤燃烧燃料替代与电气化改造");
    }

    /*
     * A grinding station (no kiln, no coal, no diesel): only electricity. 223 000 MWh × 0.5306 = 118 323.8 tCO2 = 100 %
     * → green electricity task.
     */
    @Test
    void purchasedElectricityAsTheMainSourceIsAGreenPowerTask() {
        DiagnosisProject demo = demo();
        DiagnosisProject p = withCarbon(demo.withEnergy(demo.energy().withConsumption(demo.energy().consumption().stream()
                .filter(r -> r.carrierId().value().contains("ELECTRICITY") || r.carrierId().equals(CarrierId.of("ONSITE_PV"))).toList()), NOW),
                CarbonData.empty());
        DiagnosisRules.Outcome o = new EmissionSourcesRule().apply(input(p));

        Finding f = finding(o, "EMISSION_SOURCES:外购电力");
        assertThat(f.evidence()).contains("最大排放源“外购电力” 118,323.80 tCO2（100%）");
        RetrofitTask c = candidate(o, "EMISSION_SOURCES:外购电力");
        assertThat(c.category()).isEqualTo(TaskCategory.ENERGY_STRUCTURE);
        assertThat(c.name()).isEqualTo("绿电应用降低间接排放");
    }

    @Test
    void withoutEmissionsTheSourceRuleIsInactive() {
        DiagnosisProject demo = demo();
        DiagnosisProject p = withCarbon(demo.withEnergy(demo.energy().withConsumption(List.of()), NOW), CarbonData.empty());
        DiagnosisRules.Outcome o = new EmissionSourcesRule().apply(input(p));

        assertThat(o.status().active()).isFalse();
        assertThat(o.status().reason()).isEqualTo("基准年无碳排放核算结果（步骤“企业碳排放情况”）");
        assertThat(o.findings()).isEmpty();
        assertThat(o.candidates()).isEmpty();
    }

    // ---------------------------------------------------------------- accounting completeness

    @Test
    void completeAccountingIsANote() {
        DiagnosisRules.Outcome o = new GhgAccountingRule().apply(input(demo()));

        Finding f = finding(o, "GHG_ACCOUNTING");
        assertThat(f.item()).isEqualTo(DiagnosisItem.GHG_ACCOUNTING);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.title()).isEqualTo("温室气体排放核算数据完整");
        assertThat(f.evidence()).isEqualTo("核算 3 个年度，未发现缺失项");
        assertThat(o.candidates()).isEmpty();
    }

    /*
     * Raw coal given natural-gas parameters (per 10⁴ Nm³) although it is measured by mass: the coal emissions of
     * each of the three years cannot be computed → 3 issues → incomplete accounting.
     */
    @Test
    void incompleteAccountingIsAManagementTask() {
        DiagnosisProject demo = demo();
        DiagnosisProject p = withCarbon(demo, demo.carbon().withFuelOverrides(List.of(
                new FuelOverride(CarrierId.of("RAW_COAL"), "NATURAL_GAS", null, null, null, "误选燃料类型"))));
        DiagnosisRules.Outcome o = new GhgAccountingRule().apply(input(p));

        Finding f = finding(o, "GHG_ACCOUNTING");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.title()).isEqualTo("温室气体排放核算数据不完整");
        assertThat(f.evidence()).contains("燃料参数按体积（10⁴Nm³）给出，但该能源按质量计量");
        assertThat(f.evidence().split("；")).hasSize(3);
        RetrofitTask c = candidate(o, "GHG_ACCOUNTING");
        assertThat(c.category().label()).isEqualTo("节能降碳管理提升类");
        assertThat(c.name()).isEqualTo("碳排放管理制度与核算台账建设");
    }

    @Test
    void withoutCarbonAnalysisTheAccountingRuleIsInactive() {
        DiagnosisInput in = input(demo());
        DiagnosisInput noAnalysis = new DiagnosisInput(in.project(), null, in.ratings(), in.savings(), List.of(),
                in.management(), in.catalogue());
        DiagnosisRules.Outcome o = new GhgAccountingRule().apply(noAnalysis);

        assertThat(o.status().active()).isFalse();
        assertThat(o.status().reason()).isEqualTo("无碳排放核算数据（步骤“企业碳排放情况”）");
        assertThat(o.findings()).isEmpty();
    }

    @Test
    void anEmptyProjectHasNoAccountingToJudge() {
        // the carbon calculator always lists the three years, but with no source in any of them
        DiagnosisRules.Outcome o = new GhgAccountingRule().apply(input(DiagnosisProject.create(NOW)));

        assertThat(o.status().active()).isFalse();
        assertThat(o.status().reason()).isEqualTo("无碳排放核算数据（步骤“企业碳排放情况”）");
        assertThat(o.findings()).isEmpty();
    }
}
