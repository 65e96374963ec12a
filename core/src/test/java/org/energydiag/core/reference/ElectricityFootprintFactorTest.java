package org.energydiag.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.energydiag.core.carbon.CarbonCalculator;
import org.energydiag.core.carbon.CarbonData;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.energy.ConsumptionRecord;
import org.energydiag.core.energy.EnergyCalculator;
import org.energydiag.core.energy.EnergyData;
import org.energydiag.core.energy.SupplyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The electricity carbon-footprint factor is a factor type of its own, for product footprints, and
 * never a Scope-2 factor. 2024 national value 0.5777 kgCO2e/kWh: 生态环境部、国家统计局、国家能源局
 * 《关于发布2024年电力碳足迹因子数据的公告》 (2025-09-28), value as reported by hasugian.com
 * (shared/reference/found-2026-12.md §5, secondary). The Scope-2 national average for 2023 is 0.5306
 * kgCO2/kWh (《关于发布2023年电力二氧化碳排放因子的公告》, ibid.).
 */
class ElectricityFootprintFactorTest {

    private static final EnergyReference REF = EnergyReference.load();

    @Test
    void the2024FootprintFactorIsItsOwnType() {
        ElectricityFootprintFactor f = REF.defaultFootprintFactor(2025).orElseThrow();
        assertThat(f.year()).isEqualTo(2024);
        assertThat(f.value()).isEqualTo(0.5777);
        assertThat(f.unit()).isEqualTo("kgCO2e/kWh");
        assertThat(f.source()).contains("2024年电力碳足迹因子");
        assertThat(REF.electricityFootprintFactors()).extracting(ElectricityFootprintFactor::value).contains(0.5777, 0.6205);
        // for 2024 itself and for 2023 (its own year)
        assertThat(REF.defaultFootprintFactor(2024).orElseThrow().value()).isEqualTo(0.5777);
        assertThat(REF.defaultFootprintFactor(2023).orElseThrow().value()).isEqualTo(0.6205);
    }

    @Test
    void neverAmongTheScope2Factors() {
        assertThat(REF.electricityFactors()).noneSatisfy(f -> assertThat(f.unit()).contains("CO2e"))
                .noneSatisfy(f -> assertThat(f.kind()).isEqualTo("FOOTPRINT"))
                .extracting(EmissionFactor::value).doesNotContain(0.5777, 0.6205);
        assertThat(REF.gridFactorsFor("广东省")).extracting(EmissionFactor::value).doesNotContain(0.5777, 0.6205);
        // the Scope-2 default for reporting years 2024–2026 is the 2023 national average, not the footprint factor
        for (int year = 2024; year <= 2026; year++) {
            assertThat(REF.defaultGridFactor(year).orElseThrow().value()).as("grid factor %d", year).isEqualTo(0.5306);
        }
    }

    /* 1 000 MWh purchased in 2025: 1 000 × 0.5306 = 530.6 tCO2 (with 0.5777 it would be 577.7). */
    @Test
    void purchasedElectricityEmissionsUseTheScope2Factor() {
        EnergyData e = EnergyData.empty().withConsumption(List.of(new ConsumptionRecord(2025, CarrierId.ELECTRICITY,
                SupplyKind.PURCHASED, new java.math.BigDecimal("1000"), "MWh", null, "")));
        CarbonResult r = new CarbonCalculator(REF).compute(e, CarbonData.empty(), new EnergyCalculator(REF).summarize(e));
        assertThat(r.of(2025).totalTco2()).isCloseTo(530.6, within(1e-9));
        assertThat(r.of(2025).sources()).allSatisfy(s -> assertThat(s.factor()).doesNotContain("CO2e"));
    }

    /* A pack of the older shape (footprint rows among the electricity factors) is read apart all the same. */
    @Test
    void anOlderPackKeepsThemApartToo(@TempDir Path dir) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode pack;
        try (InputStream in = EnergyReference.class.getResourceAsStream("emission-factors.json")) {
            pack = (ObjectNode) m.readTree(in);
        }
        ArrayNode electricity = (ArrayNode) pack.get("electricity");
        ObjectNode old = electricity.addObject();
        old.put("year", 2023).put("scope", "NATIONAL").put("area", "全国").put("indicator", "全国电力平均碳足迹因子")
                .put("kind", "FOOTPRINT").put("value", 0.6205).put("unit", "kgCO2e/kWh").put("source", "公告 2025-01-17");
        pack.remove("electricityFootprint");
        Files.write(dir.resolve("emission-factors.json"), m.writeValueAsBytes(pack));

        EnergyReference ref = EnergyReference.load(dir);
        assertThat(ref.electricityFactors()).extracting(EmissionFactor::value).doesNotContain(0.6205);
        assertThat(ref.electricityFootprintFactors()).extracting(ElectricityFootprintFactor::value).containsExactly(0.6205);
        assertThat(ref.defaultGridFactor(2025).orElseThrow().value()).isEqualTo(0.5306);
    }
}
