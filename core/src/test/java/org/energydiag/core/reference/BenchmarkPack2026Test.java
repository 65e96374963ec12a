package org.energydiag.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.energydiag.core.benchmark.BenchmarkComparison;
import org.energydiag.core.energy.BenchmarkLink;
import org.energydiag.core.energy.EnergySummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The benchmark rows added in 2026-12 (issue #18), each against the table it cites.
 *
 * <p>GB 30251-2024 (炼油单位产品能源消耗限额, with 乙烯, 聚丙烯, 苯乙烯, 对二甲苯, 精对苯二甲酸, 环氧丙烷, 邻苯二甲酸酐):
 * the rows of the 'uebench' builder {@code build_30251} (code-index 71347476748; each row names its table and page),
 * as listed in shared/reference/found-2026-12 §1.2 — faithful reproduction, not cross-checked with the PDF:
 * <pre>
 * ("refinery", "炼油单位能量因数能耗", "kgoe/(t·能量因数)", ["6.85", "7.50", "8.50"], "表1", 7)
 * ("ethylene", "乙烯装置单位产品综合能耗", "kgoe/t", ["580", "590", "640"], "表2", 7)
 * ("polypropylene-gas", "聚丙烯单位产品综合能耗（连续气相法）", "kgoe/t", ["48", "54", "79"], "表3", 7)
 * ("polypropylene-liquid", "聚丙烯单位产品综合能耗（连续液相本体法）", "kgoe/t", ["51", "64", "95"], "表3", 7)
 * ("styrene-dehydrogenation", "苯乙烯单位产品综合能耗（纯乙烯法、乙苯脱氢法）", "kgoe/t", ["238", "260", "362"], "表4", 8)
 * ("styrene-dry-gas", "苯乙烯单位产品综合能耗（干气法）", "kgoe/t", ["424", "480", "545"], "表4", 8)
 * ("styrene-cooxidation", "苯乙烯单位产品综合能耗（乙苯共氧化法）", "kgoe/t", ["270", "315", "320"], "表4", 8)
 * ("p-xylene", "对二甲苯单位产品综合能耗", "kgoe/t", ["370", "380", "550"], "表5", 8)
 * ("pta", "精对苯二甲酸单位产品综合能耗", "kgce/t", ["70", "80", "180"], "表6", 8)
 * ("propylene-oxide-cooxidation", "环氧丙烷单位产品综合能耗（乙苯共氧化法）", "kgce/t", ["386", "450", "457"], "表7", 9)
 * ("propylene-oxide-isobutane", "环氧丙烷单位产品综合能耗（异丁烷共氧化法）", "kgce/t", ["280", "345", "390"], "表7", 9)
 * ("propylene-oxide-hydrogen-peroxide", "环氧丙烷单位产品综合能耗（过氧化氢法）", "kgce/t", ["480", "545", "550"], "表7", 9)
 * chlorohydrin: "环氧丙烷单位产品综合能耗（氯醇法）", "kgce/t", [None, None, "380"], page 9, 表7 ("原文1级、2级为—")
 * ("phthalic-anhydride", "邻苯二甲酸酐单位产品综合能耗", "kgce/t", ["-296", "-249", "-111"], "表8", 9)
 * </pre>
 *
 * <p>标杆/基准 (POLICY rows; found-2026-12 §1.1, secondary): 锰硅合金 860 / 950 and 硅铁 1770 / 1850 kgce/t
 * (发改产业〔2023〕723号, machine-translated reprint on ny.zjferroalloy.com, 2023-07-07); 电解铝 铝液交流电耗 13000 /
 * 13350 kWh/t (2021, cmgroup.net report); 水泥熟料 100 / 117 kgce/t (2021, e.ccement.com).
 */
class BenchmarkPack2026Test {

    private static final List<Benchmark> TABLE = EnergyReference.load().benchmarks();

    private static Benchmark row(String standard, String product) {
        return TABLE.stream().filter(b -> b.standard().equals(standard) && b.product().equals(product)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + standard + " " + product));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "—", textBlock = """
            炼油                           | 炼油单位能量因数能耗            | kgoe/(t·能量因数) | 6.85 | 7.5  | 8.5  | 表1
            乙烯装置                       | 乙烯装置单位产品综合能耗        | kgoe/t | 580  | 590  | 640  | 表2
            聚丙烯（连续气相法）           | 聚丙烯单位产品综合能耗          | kgoe/t | 48   | 54   | 79   | 表3
            聚丙烯（连续液相本体法）       | 聚丙烯单位产品综合能耗          | kgoe/t | 51   | 64   | 95   | 表3
            苯乙烯（纯乙烯法、乙苯脱氢法） | 苯乙烯单位产品综合能耗          | kgoe/t | 238  | 260  | 362  | 表4
            苯乙烯（干气法）               | 苯乙烯单位产品综合能耗          | kgoe/t | 424  | 480  | 545  | 表4
            苯乙烯（乙苯共氧化法）         | 苯乙烯单位产品综合能耗          | kgoe/t | 270  | 315  | 320  | 表4
            对二甲苯                       | 对二甲苯单位产品综合能耗        | kgoe/t | 370  | 380  | 550  | 表5
            精对苯二甲酸                   | 精对苯二甲酸单位产品综合能耗    | kgce/t | 70   | 80   | 180  | 表6
            环氧丙烷（乙苯共氧化法）       | 环氧丙烷单位产品综合能耗        | kgce/t | 386  | 450  | 457  | 表7
            环氧丙烷（异丁烷共氧化法）     | 环氧丙烷单位产品综合能耗        | kgce/t | 280  | 345  | 390  | 表7
            环氧丙烷（过氧化氢法）         | 环氧丙烷单位产品综合能耗        | kgce/t | 480  | 545  | 550  | 表7
            环氧丙烷（氯醇法）             | 环氧丙烷单位产品综合能耗        | kgce/t | —    | —    | 380  | 表7
            邻苯二甲酸酐                   | 邻苯二甲酸酐单位产品综合能耗    | kgce/t | -296 | -249 | -111 | 表8
            """)
    void gb30251Rows(String product, String indicator, String unit, Double l1, Double l2, Double l3, String table) {
        Benchmark b = row("GB 30251-2024", product);
        assertThat(b.kind()).isEqualTo("LIMIT_STANDARD");
        assertThat(b.indicator()).isEqualTo(indicator);
        assertThat(b.unit()).isEqualTo(unit);
        assertThat(b.level1()).isEqualTo(l1);
        assertThat(b.level2()).isEqualTo(l2);
        assertThat(b.level3()).isEqualTo(l3);
        assertThat(b.table()).isEqualTo(table);
        assertThat(b.source()).contains("71347476748");
        assertThat(b.trust()).isEqualTo("medium");
        if (unit.startsWith("kgoe")) {
            assertThat(b.note()).contains("kgoe");
        }
    }

    @Test
    void gb30251HasFourteenRowsAndNotesTheEquivalentValueRuleForRefiningAndEthylene() {
        assertThat(TABLE.stream().filter(b -> b.standard().equals("GB 30251-2024"))).hasSize(14);
        for (String p : new String[] {"炼油", "乙烯装置"}) {
            assertThat(row("GB 30251-2024", p).note()).as(p).contains("等价值").contains("§6.1.5").contains("未核实");
        }
        assertThat(row("GB 30251-2024", "精对苯二甲酸").note()).doesNotContain("等价值");
    }

    @ParameterizedTest(name = "{1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            发改产业〔2023〕723号              | 锰硅合金 | 单位产品综合能耗 | kgce/t | 860   | 950   | zjferroalloy
            发改产业〔2023〕723号              | 硅铁     | 单位产品综合能耗 | kgce/t | 1770  | 1850  | zjferroalloy
            能效标杆水平和基准水平（2021年版） | 电解铝   | 铝液交流电耗     | kWh/t  | 13000 | 13350 | cmgroup.net
            能效标杆水平和基准水平（2021年版） | 水泥熟料 | 单位产品综合能耗 | kgce/t | 100   | 117   | ccement.com
            """)
    void policyRowsAsFound(String standard, String product, String indicator, String unit, double benchmark, double baseline,
                           String source) {
        Benchmark b = row(standard, product);
        assertThat(b.isPolicy()).isTrue();
        assertThat(b.indicator()).isEqualTo(indicator);
        assertThat(b.unit()).isEqualTo(unit);
        assertThat(b.level1()).isEqualTo(benchmark);
        assertThat(b.level2()).isNull();
        assertThat(b.level3()).isEqualTo(baseline);
        assertThat(b.advancedName()).isEqualTo("标杆水平");
        assertThat(b.baselineName()).isEqualTo("基准水平");
        assertThat(b.source()).contains(source);
        assertThat(b.trust()).isEqualTo("low-medium");
        assertThat(b.note()).contains("由机构按原文录入");
    }

    @Test
    void onlyTheFoundPolicyRowsAreBundled() {
        assertThat(TABLE.stream().filter(Benchmark::isPolicy).map(Benchmark::product))
                .containsExactlyInAnyOrder("锰硅合金", "硅铁", "电解铝", "水泥熟料");
    }

    private static EnergySummary.UnitConsumption product(String name, double kgcePerT) {
        return new EnergySummary.UnitConsumption(2025, name, 1000, "t", kgcePerT, 100, kgcePerT, "kgce/t", "");
    }

    @Test
    void aPtaPlantIsComparedWithTable6AndTheLimitStandardIsPreferredToThePolicyRow() {
        var r = BenchmarkComparison.compare(List.of(product("精对苯二甲酸", 95), product("水泥熟料", 105)), TABLE, List.of());
        assertThat(r).hasSize(2);
        // 70 (1级) < 95 ≤ 180 (3级)
        assertThat(r.get(0).benchmark().standard()).isEqualTo("GB 30251-2024");
        assertThat(r.get(0).benchmark().table()).isEqualTo("表6");
        assertThat(r.get(0).position()).isEqualTo(BenchmarkComparison.Position.BETWEEN);
        // clinker: GB 16780-2021 表2 and the 2021 标杆/基准 row match equally; the national standard is used
        assertThat(r.get(1).benchmark().standard()).isEqualTo("GB 16780-2021");
    }

    @Test
    void thePolicyRowIsUsedWhenTheEngineerLinksIt() {
        var link = new BenchmarkLink("水泥熟料", "能效标杆水平和基准水平（2021年版）", "水泥熟料", "单位产品综合能耗");
        var r = BenchmarkComparison.compare(List.of(product("水泥熟料", 105)), TABLE, List.of(link));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.benchmark().isPolicy()).isTrue();
            assertThat(x.positionText()).isEqualTo("介于标杆水平与基准水平之间");
            assertThat(x.linkedByEngineer()).isTrue();
        });
    }

    @Test
    void kgoeRowsAreNeverComparedWithKgce() {
        var r = BenchmarkComparison.compare(List.of(product("对二甲苯", 400), product("乙烯装置", 600)), TABLE, List.of());
        assertThat(r).isEmpty();
        assertThat(Arrays.asList("kgoe/t", "kgoe/(t·能量因数)")).contains(row("GB 30251-2024", "对二甲苯").unit());
    }
}
