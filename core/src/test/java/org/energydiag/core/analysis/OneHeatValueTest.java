package org.energydiag.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.carbon.FuelOverride;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.energy.ConsumptionRecord;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.energy.SupplyKind;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.CarrierId;
import org.energydiag.core.reference.EnergyCarrier;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.reference.FuelParameters;
import org.junit.jupiter.api.Test;

/**
 * The one-heat-value rule (#15, #18): a fuel's 折标 and its combustion CO2 stand on one heat value
 * object, and that value is the accounting standards' own: the 平均低位发热量 GB/T 2589's reference
 * table prints in the same row as the coefficient (柴油 42 652 kJ/kg beside 1.4571 kgce/kg; 原煤
 * 20 908 kJ/kg beside 0.7143; 气田天然气 35 544 kJ/m³ beside 1.2143 kgce/m³), which for diesel is the
 * 42.652 GJ/t of GB/T 32150-2015 附录A as well (20.2 tC/TJ, 98 %).
 */
class OneHeatValueTest {

    private static final EnergyReference REF = EnergyReference.load();
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    /** The demo cement plant, 2025, with 100 万m³ of natural gas added. */
    private static DiagnosisProject plant() {
        DiagnosisProject p = DemoProjects.cementPlant(NOW, "测试诊断机构");
        List<ConsumptionRecord> c = new ArrayList<>(p.energy().consumption());
        c.add(new ConsumptionRecord(2025, CarrierId.NATURAL_GAS, SupplyKind.PURCHASED, new BigDecimal("100"), "万m3", null, ""));
        return p.withEnergy(p.energy().withConsumption(c), NOW);
    }

    private static EnergySummary.CarrierLine line(ProjectAnalysis a, CarrierId id) {
        return a.energy().carriers().stream().filter(l -> l.carrierId().equals(id)).findFirst().orElseThrow();
    }

    private static CarbonResult.Source source(ProjectAnalysis a, String name) {
        return a.carbon().of(2025).sources().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /*
     * Diesel, 850 t in 2025:
     *   tce = 850 t × 1.4571 kgce/kg = 1 238.535 tce            (GB/T 2589 参考表 柴油 1.4571 kgce/kg)
     *   CO2 = 850 t × 42.652 GJ/t × 0.0202 tC/GJ × 98 % × 44/12  (GB/T 32150-2015 附录A: 42.652, 20.2 tC/TJ, 98 %)
     *       = 850 × 42.652 = 36 254.2 GJ; × 0.0202 = 732.33484 tC; × 0.98 = 717.688143; × 44/12 = 2 631.523 tCO2
     *   (with the old fuel row's 43.33 GJ/t it was 2 673.35, +1.6 %; after #15, 1.4571 × 29.3076 = 42.704 GJ/t, 2 634.74)
     */
    @Test
    void dieselTceAndCo2StandOnTheSameHeatValueObject() {
        ProjectAnalysis a = ProjectAnalysis.of(plant(), REF);
        EnergySummary.CarrierLine diesel = line(a, CarrierId.DIESEL);
        CarbonResult.Source co2 = source(a, "柴油燃烧");

        assertThat(diesel.heat()).isNotNull();
        assertThat(co2.heat()).isSameAs(diesel.heat());
        assertThat(diesel.heat().value()).isEqualTo(42.652);
        assertThat(diesel.tce().get(2025)).isCloseTo(850 * 1.4571, within(1e-9));
        assertThat(co2.tco2()).isCloseTo(850 * 42.652 * 0.0202 * 0.98 * 44 / 12, within(1e-9));
        assertThat(co2.tco2()).isCloseTo(2631.523, within(1e-3));
        assertThat(co2.factorSource()).contains("42.652 GJ/t", "1.4571 kgce/kg", "GB/T 32150-2015");
    }

    /*
     * Natural gas (气田天然气, the NATURAL_GAS carrier), 100 万m³:
     *   tce = 1 000 000 m³ × 1.2143 kgce/m³ = 1 214.3 tce
     *   heat value of that row 35 544 kJ/m³ = 355.44 GJ/万m³ — not the 389.31 GJ/万Nm³ of the emission defaults
     *   (that is the 油田天然气 row's 38 931 kJ/m³; it is kept as an alternative with its source)
     *   CO2 = 100 万m³ × 355.44 × 0.0153 tC/GJ × 99 % × 44/12 = 35 544 × 0.0153 = 543.8232 tC; × 0.99 = 538.384968;
     *       × 44/12 = 1 974.078 tCO2
     */
    @Test
    void naturalGasTceAndCo2StandOnTheGasFieldRow() {
        ProjectAnalysis a = ProjectAnalysis.of(plant(), REF);
        EnergySummary.CarrierLine gas = line(a, CarrierId.NATURAL_GAS);
        CarbonResult.Source co2 = source(a, "天然气燃烧");

        assertThat(co2.heat()).isSameAs(gas.heat());
        assertThat(gas.heat().value()).isEqualTo(355.44);
        assertThat(gas.heat().perVolume()).isTrue();
        assertThat(gas.tce().get(2025)).isCloseTo(1214.3, within(1e-6));
        assertThat(co2.tco2()).isCloseTo(1974.078, within(1e-3));
        EnergyCarrier carrier = REF.carrier(CarrierId.NATURAL_GAS).orElseThrow();
        assertThat(carrier.alternatives()).anySatisfy(x -> {
            assertThat(x.value()).isEqualTo(389.31);
            assertThat(x.note()).contains("油田天然气");
        });
    }

    /*
     * A measured heat value (coal 23.204 GJ/t from the supplier's test report) replaces the reference
     * row for both, again one object: tce = 431 000 t × 23.204 / 29.3076 = 341 242.0 tce.
     */
    @Test
    void aMeasuredHeatValueIsTheOneObjectToo() {
        DiagnosisProject p = plant();
        p = p.withCarbon(p.carbon().withFuelOverrides(List.of(new FuelOverride(CarrierId.RAW_COAL, null,
                new BigDecimal("23.204"), null, null, "2025年煤质化验报告"))), NOW);
        ProjectAnalysis a = ProjectAnalysis.of(p, REF);
        EnergySummary.CarrierLine coal = line(a, CarrierId.RAW_COAL);
        CarbonResult.Source co2 = source(a, "原煤燃烧");

        assertThat(co2.heat()).isSameAs(coal.heat());
        assertThat(coal.heat().value()).isEqualTo(23.204);
        assertThat(coal.tce().get(2025)).isCloseTo(431000 * 23.204 / 29.3076, within(1e-6));
        assertThat(co2.tco2()).isCloseTo(431000 * 23.204 * 0.02618 * 0.93 * 44 / 12, within(1e-6));
    }

    /*
     * The pack itself: every carrier's heat value is the one its coefficient's row prints, so the two
     * must agree to the reference table's own kcal rounding (kJ at 4.1816 kJ/kcal, kgce at 7 000 kcal,
     * 29.3076 MJ/kgce at 4.1868): within 0.2 %. E.g. 柴油 42.652 / 29.3076 = 1.45532 against 1.4571 (−0.12 %).
     */
    @Test
    void everyHeatValueAgreesWithItsCoefficient() {
        List<EnergyCarrier> withHeat = REF.carriers().values().stream().filter(c -> c.ncvGj() != null).toList();
        assertThat(withHeat).extracting(EnergyCarrier::id).contains("RAW_COAL", "DIESEL", "NATURAL_GAS", "COKE_OVEN_GAS");
        for (EnergyCarrier c : withHeat) {
            double perUnit = c.dimension() == org.energydiag.core.unit.Dimension.VOLUME ? 10_000 : 1_000; // m³ per 万m³, kg per t
            double kgce = c.ncvGj() / 0.0293076 / perUnit;
            assertThat(kgce / c.kgcePerUnit()).as(c.id()).isCloseTo(1.0, within(0.002));
        }
    }

    /* The diesel emission row now carries GB/T 32150-2015 附录A's values and says so. */
    @Test
    void dieselRowIsTheAccountingStandards() {
        FuelParameters d = REF.fuel("DIESEL").orElseThrow();
        assertThat(d.ncv()).isEqualTo(42.652);
        assertThat(d.carbonContent()).isEqualTo(0.0202);
        assertThat(d.oxidation()).isEqualTo(0.98);
        assertThat(d.source()).contains("GB/T 32150-2015").contains("附录A");
    }

    /*
     * 原煤 (#18): whether GB/T 32150-2015 附录A 表A.1 has a 原煤 row could not be settled (no text of the
     * table in the sources at hand), so its combustion keeps the 烟煤 carbon content and oxidation on
     * the 原煤 heat value, and the 原煤 row of a third-party compilation (26.37 tC/TJ, 0.94, book118
     * 《各种能源折标准煤及碳排放参考系数》) is carried as unverified alternatives only. Worked by hand:
     *   431 000 t × 20.908 GJ/t = 9 011 348 GJ; × 0.02618 tC/GJ = 235 917.091 tC; × 93 % = 219 402.895;
     *   × 44/12 = 804 477.28 tCO2 (1.8665 tCO2/t); the alternative row would give 1.9003 tCO2/t (+1.8 %).
     */
    @Test
    void rawCoalKeepsTheBituminousDefaultsAndCarriesTheUnverifiedRow() {
        ProjectAnalysis a = ProjectAnalysis.of(plant(), REF);
        CarbonResult.Source co2 = source(a, "原煤燃烧");
        assertThat(co2.tco2()).isCloseTo(431000 * 20.908 * 0.02618 * 0.93 * 44 / 12, within(1e-6))
                .isCloseTo(804_477.28, within(0.01));
        EnergyCarrier coal = REF.carrier(CarrierId.RAW_COAL).orElseThrow();
        assertThat(coal.alternatives()).extracting(EnergyCarrier.Alternative::value).containsExactly(0.02637, 0.94);
        assertThat(coal.alternatives()).allSatisfy(x -> {
            assertThat(x.trust()).isEqualTo("unverified");
            assertThat(x.source()).contains("原煤");
        });
        assertThat(coal.note()).contains("GB/T 32150-2015 附录A 表A.1", "无法判定", "+9.0%");
    }

    /* Converter gas and LNG keep no default coefficient (the documented choice); the alternative found is carried. */
    @Test
    void disputedCoefficientsKeepTheChoiceAndCarryTheAlternative() {
        for (String id : List.of("CONVERTER_GAS", "LNG")) {
            EnergyCarrier c = REF.carrier(id).orElseThrow();
            assertThat(c.kgcePerUnit()).as(id).isNull();
            assertThat(c.alternatives()).as(id).isNotEmpty().allSatisfy(x -> {
                assertThat(x.source()).isNotBlank();
                assertThat(x.trust()).isEqualTo("unverified");
            });
        }
        EnergyCarrier cog = REF.carrier("COKE_OVEN_GAS").orElseThrow();
        assertThat(cog.kgcePerUnit()).isEqualTo(0.6143);
        assertThat(cog.alternatives()).extracting(EnergyCarrier.Alternative::value).contains(0.5714, 173.854);
    }
}
