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
 * A small plant worked by hand (coefficients of energy-carriers.json):
 * 原煤 1 000 t → 锅炉房 = 714.3 tce; 锅炉房 → 厂区管网 蒸汽(1.0 MPa) 5 000 t × 0.108571 kgce/kg = 542.855 tce,
 * so the boiler house loses 714.3 − 542.855 = 171.445 tce. 电力 10 GWh → 厂区管网 = 1 229 tce;
 * 管网 → 回转窑 电 6 GWh (737.4 tce) + 蒸汽 5 000 t (542.855 tce); 管网 → 空压站 电 3.9 GWh (479.31 tce);
 * network loss 1 229 + 542.855 − 737.4 − 542.855 − 479.31 = 12.29 tce. Kiln 有效利用率 50 %:
 * effective 640.1275, loss 640.1275. Compressor station without a measured rate: all 479.31 effective.
 * Supply 714.3 + 1 229 = 1 943.3 tce; effective 1 119.4375; utilization 57.606 %.
 */
class EnergyBalanceCalculatorTest {

    static final EnergyReference REF = EnergyReference.load();

    static EnergyData plant(String coalTonnesInStatistics) {
        List<BalanceNode> nodes = List.of(
                new BalanceNode("P", "外购", BalanceStage.PURCHASE, null),
                new BalanceNode("B", "锅炉房", BalanceStage.CONVERSION, null),
                new BalanceNode("D", "厂区管网", BalanceStage.DISTRIBUTION, null),
                new BalanceNode("K", "回转窑", BalanceStage.MAIN_PRODUCTION, new BigDecimal("50")),
                new BalanceNode("A", "空压站", BalanceStage.AUXILIARY, null));
        List<BalanceFlow> flows = List.of(
                new BalanceFlow(CarrierId.of("RAW_COAL"), "P", "B", new BigDecimal("1000"), "t"),
                new BalanceFlow(CarrierId.of("STEAM_1_0MPA"), "B", "D", new BigDecimal("5000"), "t"),
                new BalanceFlow(CarrierId.of("ELECTRICITY"), "P", "D", new BigDecimal("10"), "GWh"),
                new BalanceFlow(CarrierId.of("ELECTRICITY"), "D", "K", new BigDecimal("6"), "GWh"),
                new BalanceFlow(CarrierId.of("STEAM_1_0MPA"), "D", "K", new BigDecimal("5000"), "t"),
                new BalanceFlow(CarrierId.of("ELECTRICITY"), "D", "A", new BigDecimal("3.9"), "GWh"));
        return EnergyData.empty()
                .withConsumption(List.of(
                        new ConsumptionRecord(2025, CarrierId.of("RAW_COAL"), SupplyKind.PURCHASED, new BigDecimal(coalTonnesInStatistics), "t", null, ""),
                        new ConsumptionRecord(2025, CarrierId.of("ELECTRICITY"), SupplyKind.PURCHASED, new BigDecimal("1000"), "万kWh", null, "")))
                .withBalance(new EnergyBalanceData(2025, nodes, flows, null));
    }

    static BalanceResult compute(EnergyData d) {
        return new EnergyBalanceCalculator(REF).compute(d, new EnergyCalculator(REF).summarize(d));
    }

    @Test
    void balanceClosesWithDerivedLosses() {
        BalanceResult r = compute(plant("1000"));
        assertThat(r.supplyTce()).isCloseTo(1943.3, within(1e-9));
        assertThat(r.statisticsTce()).isCloseTo(1943.3, within(1e-9));
        assertThat(r.differenceTce()).isCloseTo(0, within(1e-9));
        assertThat(r.closes()).isTrue();
        assertThat(r.lossesRanked()).extracting(BalanceResult.NodeResult::name).containsExactly("回转窑", "锅炉房", "厂区管网");
        assertThat(r.lossesRanked()).extracting(BalanceResult.NodeResult::lossTce)
                .satisfiesExactly(
                        x -> assertThat(x).isCloseTo(640.1275, within(1e-9)),
                        x -> assertThat(x).isCloseTo(171.445, within(1e-9)),
                        x -> assertThat(x).isCloseTo(12.29, within(1e-9)));
        assertThat(r.effectiveTce()).isCloseTo(1119.4375, within(1e-9));
        assertThat(r.utilizationPercent()).isCloseTo(1119.4375 / 1943.3 * 100, within(1e-9));
        assertThat(r.utilizationEstimated()).isTrue(); // the compressor station has no measured rate
        // supply = end-use effective + losses
        assertThat(r.effectiveTce() + r.lossTce()).isCloseTo(r.supplyTce(), within(1e-9));
        // table: total of the purchase column is the supply
        assertThat(r.table().total().values()[0]).isCloseTo(1943.3, within(1e-9));
        assertThat(r.diagram().nodes()).extracting(BalanceResult.DiagramNode::name).contains("损失", "有效利用");
    }

    @Test
    void balanceThatDoesNotCloseIsFlagged() {
        // statistics say 1 200 t coal: 857.16 + 1 229 = 2 086.16 tce; balance 1 943.3 → −142.86 tce (−6.85 %) > 5 %
        BalanceResult r = compute(plant("1200"));
        assertThat(r.differenceTce()).isCloseTo(-142.86, within(1e-9));
        assertThat(r.differencePercent()).isCloseTo(-142.86 / 2086.16 * 100, within(1e-9));
        assertThat(r.closes()).isFalse();
        assertThat(r.issues()).anySatisfy(i -> {
            assertThat(i.where()).isEqualTo("能量平衡 闭合检查");
            assertThat(i.message()).contains("超过允许偏差 5%");
        });
    }

    /** A balance table not filled in (the methanol sample's) is absent, not a balance that misses by 100 %. */
    @Test
    void anEmptyBalanceTableIsNoClosureError() {
        EnergyData d = plant("1200");
        BalanceResult r = compute(d.withBalance(new EnergyBalanceData(2025, List.of(), List.of(), null)));
        assertThat(r.issues()).isEmpty();
        assertThat(r.closes()).isFalse();
        assertThat(r.supplyTce()).isZero();
    }

    @Test
    void toleranceIsConfigurable() {
        EnergyData d = plant("1200");
        d = d.withBalance(new EnergyBalanceData(2025, d.balance().nodes(), d.balance().flows(), new BigDecimal("8")));
        assertThat(compute(d).closes()).isTrue();
    }

    @Test
    void unitProducingMoreThanItReceivesIsAnError() {
        EnergyData d = plant("1000");
        List<BalanceFlow> flows = new java.util.ArrayList<>(d.balance().flows());
        flows.set(1, new BalanceFlow(CarrierId.of("STEAM_1_0MPA"), "B", "D", new BigDecimal("9000"), "t")); // 977 tce out of 714 in
        d = d.withBalance(new EnergyBalanceData(2025, d.balance().nodes(), flows, null));
        BalanceResult r = compute(d);
        assertThat(r.closes()).isFalse();
        assertThat(r.issues()).extracting(ValidationIssue::where).contains("能量平衡 锅炉房");
    }

    @Test
    void flowWithWrongUnitIsRefusedWithTheRow() {
        EnergyData d = plant("1000");
        List<BalanceFlow> flows = new java.util.ArrayList<>(d.balance().flows());
        flows.set(2, new BalanceFlow(CarrierId.of("ELECTRICITY"), "P", "D", new BigDecimal("10"), "GJ"));
        BalanceResult r = compute(d.withBalance(new EnergyBalanceData(2025, d.balance().nodes(), flows, null)));
        assertThat(r.issues()).anySatisfy(i -> {
            assertThat(i.where()).isEqualTo("能量平衡 能流 第3行 单位");
            assertThat(i.row()).isEqualTo(2);
        });
    }
}
