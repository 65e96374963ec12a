package org.energydiag.core.carbon;

import org.energydiag.core.reference.CarrierId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.energydiag.core.energy.ConsumptionRecord;
import org.energydiag.core.energy.EnergyCalculator;
import org.energydiag.core.energy.EnergyData;
import org.energydiag.core.energy.SupplyKind;
import org.energydiag.core.reference.EnergyReference;
import org.junit.jupiter.api.Test;

/**
 * Worked examples with the bundled packs: fuel-emission-parameters.json (烟煤 NCV 23.204 GJ/t,
 * CC 0.02618 tC/GJ, OF 93 %), emission-factors.json (2023 全国电力平均二氧化碳排放因子 0.5306
 * kgCO2/kWh; 外购热力 0.11 tCO2/GJ; IPCC 2006 clinker 0.52 tCO2/t).
 */
class CarbonCalculatorTest {

    static final EnergyReference REF = EnergyReference.load();

    static CarbonResult compute(EnergyData e, CarbonData c) {
        return new CarbonCalculator(REF).compute(e, c, new EnergyCalculator(REF).summarize(e));
    }

    static ConsumptionRecord rec(String carrier, SupplyKind kind, String qty, String unit) {
        return new ConsumptionRecord(2025, CarrierId.of(carrier), kind, new BigDecimal(qty), unit, null, "");
    }

    @Test
    void coalCombustion() {
        // one heat value per fuel: 原煤's row of the GB/T 2589 reference table prints 20 908 kJ/kg beside
        // 0.7143 kgce/kg; the tce uses the coefficient, the emissions that row's 20.908 GJ/t, with 烟煤's
        // carbon content and oxidation (mapping): 1 000 t × 20.908 GJ/t × 0.02618 tC/GJ × 0.93 × 44/12
        // = 1 866.537 tCO2 (was 1 868.895 from 0.7143 × 29.3076 = 20.934 GJ/t)
        CarbonResult r = compute(EnergyData.empty().withConsumption(List.of(rec("RAW_COAL", SupplyKind.PURCHASED, "1000", "t"))),
                CarbonData.empty());
        assertThat(r.of(2025).totalTco2()).isCloseTo(1000 * 20.908 * 0.02618 * 0.93 * 44 / 12, within(1e-6));
        assertThat(r.of(2025).totalTco2()).isCloseTo(1866.537, within(1e-3));
        assertThat(r.of(2025).sources().get(0).factorSource()).contains("烟煤").contains("与折标同一值").contains("20.908 GJ/t");
    }

    @Test
    void aMeasuredHeatValueDecidesBothTheTceAndTheEmissions() {
        // the engineer's 低位发热量 23.204 GJ/t (e.g. the coal supplier's test report): 1 000 t →
        // 23.204 ÷ 29.3076 × 1 000 = 791.740 tce and 1 000 × 23.204 × 0.02618 × 0.93 × 44/12 = 2 071.509 tCO2
        EnergyData e = EnergyData.empty().withConsumption(List.of(rec("RAW_COAL", SupplyKind.PURCHASED, "1000", "t")));
        CarbonData c = CarbonData.empty().withFuelOverrides(List.of(new org.energydiag.core.carbon.FuelOverride(CarrierId.RAW_COAL, null,
                new BigDecimal("23.204"), null, null, "2025年煤质化验报告")));
        var measured = c.measuredNcv();
        var summary = new EnergyCalculator(REF).summarize(e, measured);
        assertThat(summary.totalsOf(2025).tce()).isCloseTo(1000 * 23.204 / 29.3076, within(1e-6));
        assertThat(summary.totalsOf(2025).tce()).isCloseTo(791.740, within(1e-3));
        CarbonResult r = new CarbonCalculator(REF).compute(e, c, summary);
        assertThat(r.of(2025).totalTco2()).isCloseTo(2071.509, within(1e-3));
        assertThat(summary.coefficientSources()).anySatisfy(s -> assertThat(s).contains("实测低位发热量 23.204").contains("2025年煤质化验报告"));
    }

    @Test
    void electricityHeatAndExportWithDefaultFactors() {
        // 10 GWh = 10 000 MWh × 0.5306 = 5 306 tCO2; heat 1 000 GJ × 0.11 = 110 tCO2;
        // exported 1 GWh = 1 000 MWh × 0.5306 = −530.6 tCO2; green electricity 2 GWh × 0 = 0
        CarbonResult r = compute(EnergyData.empty().withConsumption(List.of(
                rec("ELECTRICITY", SupplyKind.PURCHASED, "10", "GWh"),
                rec("HEAT", SupplyKind.PURCHASED, "1000", "GJ"),
                rec("ELECTRICITY", SupplyKind.EXPORTED, "1", "GWh"),
                rec("GREEN_ELECTRICITY", SupplyKind.PURCHASED, "2", "GWh"))), CarbonData.empty());
        assertThat(r.of(2025).totalTco2()).isCloseTo(5306 + 110 - 530.6, within(1e-6));
        assertThat(r.of(2025).ranked().get(0).name()).isEqualTo("外购电力");
        assertThat(r.of(2025).ranked().get(0).factor()).contains("2023");
    }

    @Test
    void gridFactorChosenByTheEngineerWithItsSource() {
        CarbonResult r = compute(EnergyData.empty().withConsumption(List.of(rec("ELECTRICITY", SupplyKind.PURCHASED, "1000", "MWh"))),
                CarbonData.empty().withGrid(new BigDecimal("0.6782"), "2022年安徽省电力平均二氧化碳排放因子"));
        assertThat(r.of(2025).totalTco2()).isCloseTo(678.2, within(1e-9));
        assertThat(r.of(2025).sources().get(0).factorSource()).contains("安徽");
    }

    @Test
    void clinkerCalcinationByDefaultAndByComposition() {
        EnergyData e = EnergyData.empty();
        // default: 1 000 000 t × 0.52 tCO2/t (IPCC 2006) = 520 000 tCO2
        CarbonResult d = compute(e, CarbonData.empty().withClinker(List.of(
                new ClinkerRecord(2025, new BigDecimal("1000000"), null, null, null, null, null, ""))));
        assertThat(d.of(2025).totalTco2()).isCloseTo(520000, within(1e-6));
        // CaO 65 %, MgO 2 %: 0.65 × 44/56 + 0.02 × 44/40 = 0.510714 + 0.022 = 0.532714 tCO2/t
        CarbonResult c = compute(e, CarbonData.empty().withClinker(List.of(
                new ClinkerRecord(2025, new BigDecimal("1000000"), new BigDecimal("65"), new BigDecimal("2"), null, null, null, "化验"))));
        assertThat(c.of(2025).totalTco2()).isCloseTo(532714.2857, within(1e-3));
    }

    @Test
    void processEmissionsEnteredByTheEngineerCount() {
        CarbonResult r = compute(EnergyData.empty(), CarbonData.empty().withProcessEmissions(List.of(
                new ProcessEmission(2025, "脱硫剂碳酸盐分解", new BigDecimal("120.5"), "石灰石用量 × 0.44"))));
        assertThat(r.of(2025).totalTco2()).isCloseTo(120.5, within(1e-9));
    }
}
