package org.energydiag.core.energy;

import org.energydiag.core.reference.CarrierId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.validation.ValidationIssue;
import org.junit.jupiter.api.Test;

/**
 * Worked examples with the bundled GB/T 2589 reference coefficients (energy-carriers.json:
 * 原煤 0.7143 kgce/kg, 电力 0.1229 kgce/kWh 当量值, 天然气 1.2143 kgce/m³, 热力 0.03412 kgce/MJ).
 */
class EnergyCalculatorTest {

    static final EnergyReference REF = EnergyReference.load();
    final EnergyCalculator calc = new EnergyCalculator(REF);

    static ConsumptionRecord rec(int year, String carrier, String qty, String unit) {
        return new ConsumptionRecord(year, CarrierId.of(carrier), SupplyKind.PURCHASED, new BigDecimal(qty), unit, null, "");
    }

    static EnergyData data(ConsumptionRecord... r) {
        return EnergyData.empty().withConsumption(List.of(r));
    }

    @Test
    void rawCoalToTce() {
        // 1 000 t × 1 000 kg/t × 0.7143 kgce/kg = 714 300 kgce = 714.3 tce
        EnergySummary s = calc.summarize(data(rec(2025, "RAW_COAL", "1000", "t")));
        assertThat(s.totalsOf(2025).tce()).isCloseTo(714.3, within(1e-9));
        assertThat(s.issues()).isEmpty();
    }

    @Test
    void electricityEquivalentAndEqualValue() {
        // 10 GWh = 10 000 000 kWh × 0.1229 kgce/kWh = 1 229 000 kgce = 1 229 tce (当量值)
        // 等价值 at 0.404 kgce/kWh (statistical reporting list, emission-factors.json): 4 040 tce
        EnergyData d = data(rec(2025, "ELECTRICITY", "10", "GWh"))
                .withEquivalents(new BigDecimal("0.404"), "统计报表目录等价值", null, null);
        EnergySummary s = calc.summarize(d);
        assertThat(s.totalsOf(2025).tce()).isCloseTo(1229, within(1e-9));
        assertThat(s.totalsOf(2025).tceEqual()).isCloseTo(4040, within(1e-9));
        assertThat(s.totalsOf(2025).tceEqualComplete()).isTrue();
        assertThat(s.coefficientSources()).anyMatch(x -> x.contains("0.404"));
    }

    @Test
    void withoutElectricityEqualValueTheTotalIsMarkedIncomplete() {
        EnergySummary s = calc.summarize(data(rec(2025, "ELECTRICITY", "1000", "万kWh")));
        assertThat(s.totalsOf(2025).tceEqualComplete()).isFalse();
        assertThat(s.issues()).extracting(ValidationIssue::field).contains("energy.electricityEquivalent");
    }

    @Test
    void gasHeatAndStructure() {
        // 天然气 100 万m³ = 1 000 000 m³ × 1.2143 = 1 214.3 tce; 热力 5 000 GJ = 5 000 000 MJ × 0.03412 = 170.6 tce
        EnergySummary s = calc.summarize(data(rec(2025, "NATURAL_GAS", "100", "万m³"), rec(2025, "HEAT", "5000", "GJ")));
        var t = s.totalsOf(2025);
        assertThat(t.tce()).isCloseTo(1384.9, within(1e-9));
        assertThat(t.shares().get("NATURAL_GAS")).isCloseTo(1214.3 / 1384.9, within(1e-12));
    }

    @Test
    void mismatchedOrUnknownUnitIsRefusedAndNamesTheRow() {
        EnergySummary s = calc.summarize(data(rec(2025, "RAW_COAL", "1000", "t"), rec(2025, "ELECTRICITY", "500", "t"),
                rec(2025, "NATURAL_GAS", "3", "桶")));
        assertThat(s.totalsOf(2025).tce()).isCloseTo(714.3, within(1e-9)); // refused rows left out
        assertThat(s.issues()).extracting(ValidationIssue::where).containsExactly("能源消费 第2行 单位", "能源消费 第3行 单位");
        assertThat(s.issues().get(0).message()).contains("电力").contains("电量单位");
        assertThat(s.issues().get(1).message()).contains("无法识别");
    }

    @Test
    void overrideWithItsSourceReplacesTheReference() {
        // measured NCV 22 000 kJ/kg → 22 000 / 29 307.6 = 0.7507 kgce/kg; 1 000 t → 750.7 tce
        EnergyData d = data(rec(2025, "RAW_COAL", "1000", "t")).withOverrides(List.of(
                new CoefficientOverride(CarrierId.of("RAW_COAL"), new BigDecimal("0.7507"), "kg", "2025年入厂煤化验报告")));
        assertThat(calc.summarize(d).totalsOf(2025).tce()).isCloseTo(750.7, within(1e-9));
        // the same coefficient given per tonne
        EnergyData d2 = data(rec(2025, "RAW_COAL", "1000", "t")).withOverrides(List.of(
                new CoefficientOverride(CarrierId.of("RAW_COAL"), new BigDecimal("750.7"), "t", "化验报告")));
        assertThat(calc.summarize(d2).totalsOf(2025).tce()).isCloseTo(750.7, within(1e-9));
    }

    @Test
    void overrideWithAWrongUnitOrWithoutSourceIsReportedOnItsOwnRow() {
        EnergyData d = data(rec(2025, "RAW_COAL", "1000", "t")).withOverrides(List.of(
                new CoefficientOverride(CarrierId.of("RAW_COAL"), new BigDecimal("0.75"), "kWh", "化验报告"),
                new CoefficientOverride(CarrierId.of("DIESEL"), new BigDecimal("1.45"), "kg", "")));
        EnergySummary s = calc.summarize(d);
        assertThat(s.issues()).extracting(ValidationIssue::where)
                .contains("自定折标系数 第1行 单位", "自定折标系数 第2行 来源");
    }

    @Test
    void trendSharesExportsAndUnitConsumption() {
        EnergyData d = EnergyData.empty().withConsumption(List.of(
                        rec(2024, "ELECTRICITY", "1000", "万kWh"),
                        rec(2025, "ELECTRICITY", "900", "万kWh"),
                        rec(2025, "ONSITE_PV", "100", "万kWh"),
                        new ConsumptionRecord(2025, CarrierId.of("ELECTRICITY"), SupplyKind.EXPORTED, new BigDecimal("50"), "万kWh", null, "")))
                .withOutputValues(List.of(new OutputValue(2025, new BigDecimal("10000"), "工业总产值")))
                .withProduction(List.of(new ProductionRecord(2025, "水泥", new BigDecimal("10"), "万t", null)));
        EnergySummary s = calc.summarize(d);
        // 2024: 10 000 000 kWh × 0.1229 = 1 229 tce; 2025: (900 + 100 − 50) 万kWh = 9 500 000 kWh → 1 167.55 tce
        assertThat(s.totalsOf(2024).tce()).isCloseTo(1229, within(1e-9));
        assertThat(s.totalsOf(2025).tce()).isCloseTo(1167.55, within(1e-9));
        assertThat(s.totalsOf(2025).yoyPercent()).isCloseTo((1167.55 - 1229) / 1229 * 100, within(1e-9));
        // PV: 100 万kWh of 950 万kWh net electricity
        assertThat(s.totalsOf(2025).greenElectricityShare()).isCloseTo(100.0 / 950.0, within(1e-12));
        assertThat(s.totalsOf(2025).nonFossilShare()).isCloseTo(122.9 / 1167.55, within(1e-12));
        // 1 167.55 tce / 10 000 万元 = 0.116755 tce/万元
        assertThat(s.totalsOf(2025).tcePerWanYuan()).isCloseTo(0.116755, within(1e-12));
        // 10 万t = 100 000 t; 1 167.55 tce × 1000 / 100 000 t = 11.6755 kgce/t
        assertThat(s.unitConsumption()).singleElement().satisfies(u -> {
            assertThat(u.value()).isCloseTo(11.6755, within(1e-9));
            assertThat(u.indicatorUnit()).isEqualTo("kgce/t");
        });
    }
}
