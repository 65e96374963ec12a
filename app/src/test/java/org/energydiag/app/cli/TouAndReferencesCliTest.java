package org.energydiag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.CarrierId;
import org.energydiag.core.reference.Region;
import org.junit.jupiter.api.Test;

/**
 * The reference data of issue #18 on the command line: the time-of-use split across 2026-07-01 with each document's
 * number, dates in force, source and trust, the cost and the saving of shifting load ({@code balance --json} with the
 * data folder's meter data, {@code meter-import --province}); the standard and table of each benchmark figure; the
 * metering requirements labelled as GB 17167-2006 表3's values until the 2025 table is verified.
 *
 * <p>Load curve (as {@code TouCalendarTest}): 浙江, 2026-06-29 to 2026-07-02, 100 kWh per hour × the day's number:
 * 浙发改价格〔2024〕21号 until 2026-06-30 (高峰 2 100, 平 2 100, 低谷 3 000 kWh; no ratios found), 浙发改价格〔2026〕112号
 * from 2026-07-01 (尖峰 2 800, 高峰 2 100, 平 4 900, 低谷 7 000 kWh; 尖峰:高峰:平段:低谷 = 2.05 : 1.85 : 1 : 0.4) → cost
 * 17 325 kWh at the flat price, at 0.60 yuan/kWh 10 395 yuan; 100 000 kWh/a from 高峰 to 低谷: 100 000 × 0.60 × (1.85 −
 * 0.4) = 87 000 yuan/a.
 */
class TouAndReferencesCliTest extends CliHarness {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final LocalDateTime FIRST = LocalDateTime.of(2026, 6, 29, 0, 0);

    @Override
    Instant now() {
        return NOW;
    }

    JsonNode json(String... args) throws Exception {
        assertThat(run(args)).as(err()).isIn(0, 2);
        return new ObjectMapper().readTree(out());
    }

    private static double kwhPerQuarter(LocalDateTime t) {
        int day = t.getDayOfMonth() == 29 ? 1 : t.getDayOfMonth() == 30 ? 2 : t.getDayOfMonth() == 1 ? 3 : 4;
        return 25.0 * day;
    }

    /** The cement demo, moved to 浙江 (the TOU schedules follow the enterprise's province). */
    private DiagnosisProject zhejiangDemo() {
        DiagnosisProject p = DemoProjects.cementPlant(NOW, "某诊断机构");
        p = p.withEnterprise(p.enterprise().toBuilder().province(new Region("330000", "浙江省")).build(), NOW);
        return DemoProjects.withDecisions(p, services.evaluate(p).report(), NOW);
    }

    private static void assertZhejiangSplit(JsonNode tou) {
        assertThat(tou.get("province").asText()).isEqualTo("浙江省");
        JsonNode used = tou.get("schedulesUsed");
        assertThat(used).hasSize(2);
        JsonNode old = used.get(0);
        assertThat(old.get("document").asText()).isEqualTo("浙发改价格〔2024〕21号");
        assertThat(old.get("validUntil").asText()).isEqualTo("2026-06-30");
        assertThat(old.get("covers").get("from").asText()).isEqualTo("2026-06-29");
        assertThat(old.get("covers").get("to").asText()).isEqualTo("2026-06-30");
        assertThat(old.get("source").asText()).contains("浙发改价格〔2024〕21号");
        assertThat(old.get("trust").asText()).isEqualTo("low");
        assertThat(old.get("prices").isNull()).isTrue();
        assertThat(old.at("/energyKWh/PEAK").asDouble()).isEqualTo(2100);
        assertThat(old.at("/energyKWh/VALLEY").asDouble()).isEqualTo(3000);
        JsonNode now = used.get(1);
        assertThat(now.get("document").asText()).isEqualTo("浙发改价格〔2026〕112号");
        assertThat(now.get("validFrom").asText()).isEqualTo("2026-07-01");
        assertThat(now.get("citation").asText()).isEqualTo("浙发改价格〔2026〕112号（2026-07-01起执行）");
        assertThat(now.get("covers").get("from").asText()).isEqualTo("2026-07-01");
        assertThat(now.at("/energyKWh/SHARP").asDouble()).isEqualTo(2800);
        assertThat(now.at("/prices/ratios/0/period").asText()).isEqualTo("SHARP");
        assertThat(now.at("/prices/ratios/0/ratio").asDouble()).isEqualTo(2.05);
        assertThat(now.at("/prices/ratios/0/basis").asText()).contains("2.05:1.85:1:0.4:0.2");
        assertThat(now.at("/prices/deepValleyRatio").asDouble()).isEqualTo(0.2);
        assertThat(now.at("/prices/source").asText()).contains("66699582681");
        assertThat(now.at("/prices/trust").asText()).isEqualTo("low");

        assertThat(tou.at("/energyKWh/SHARP").asDouble()).isEqualTo(2800);
        assertThat(tou.at("/energyKWh/PEAK").asDouble()).isEqualTo(4200);
        assertThat(tou.at("/energyKWh/FLAT").asDouble()).isEqualTo(7000);
        assertThat(tou.at("/energyKWh/VALLEY").asDouble()).isEqualTo(10000);
        assertThat(tou.get("pricedKWh").asDouble()).isEqualTo(16800);
        assertThat(tou.get("unpricedKWh").asDouble()).isEqualTo(7200);
        assertThat(tou.get("averagePriceRatio").asDouble()).isCloseTo(1.03125, within(1e-9));
        assertThat(tou.at("/cost/totalYuan").asDouble()).isCloseTo(10395, within(1e-6));
        assertThat(tou.at("/cost/basePriceYuanPerKWh").asDouble()).isEqualTo(0.6);
        assertThat(tou.at("/shift/from").asText()).isEqualTo("PEAK");
        assertThat(tou.at("/shift/to").asText()).isEqualTo("VALLEY");
        assertThat(tou.at("/shift/fromRatio").asDouble()).isCloseTo(1.85, within(1e-9));
        assertThat(tou.at("/shift/toRatio").asDouble()).isCloseTo(0.4, within(1e-9));
        assertThat(tou.at("/shift/savingYuanPerYear").asDouble()).isCloseTo(87000, within(1e-6));
    }

    /** Stores {@code p} with the meter 总进线: four days of 15-minute energy from 2026-06-29 ({@link #kwhPerQuarter}). */
    private void storeWithMeter(DiagnosisProject p) {
        int n = 4 * 96;
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            LocalDateTime at = FIRST.plusMinutes(15L * i);
            t[i] = MeterSeries.epoch(at);
            v[i] = kwhPerQuarter(at);
        }
        ctx.projects().put(p);
        ctx.meterStore().store(p.id(), List.of(new MeterSeries("总进线", CarrierId.ELECTRICITY, "kWh", 15, t, v)),
                MeterStore.OnExisting.REPLACE, List.of("总进线.csv"), "hash", null, "{}", NullProgressMonitor.INSTANCE);
    }

    @Test
    void balanceShowsTheSplitAcross20260701WithEachDocumentAndTheCost() throws Exception {
        DiagnosisProject p = zhejiangDemo();
        Path file = dir.resolve("zj.edproj");
        ProjectFile.write(p, file, "test", NOW);
        storeWithMeter(p);

        JsonNode balance = json("balance", file.toString(), "--json", "--base-price", "0.6", "--shift-kwh", "100000");
        assertThat(balance.get("loads")).hasSize(1);
        assertThat(balance.at("/loads/0/meter").asText()).isEqualTo("总进线");
        assertZhejiangSplit(balance.at("/loads/0/tou"));

        // without a flat price: ratios and shares, no yuan
        JsonNode plain = json("balance", file.toString(), "--json");
        assertThat(plain.at("/loads/0/tou/averagePriceRatio").asDouble()).isCloseTo(1.03125, within(1e-9));
        assertThat(plain.at("/loads/0/tou").has("cost")).isFalse();

        // the text output names both documents with their dates
        run("balance", file.toString(), "--base-price", "0.6", "--shift-kwh", "100000");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("五、电表分时用电")
                .contains("总进线：分时文件 浙发改价格〔2024〕21号（执行至2026-06-30）、浙发改价格〔2026〕112号（2026-07-01起执行）")
                .contains("分时电费 10,395.00 元").contains("节省电费 87,000.00 元/年");

        assertThat(run("balance", file.toString(), "--json", "--base-price", "abc")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--base-price 应为大于 0 的数");
    }

    /*
     * The flat price and the kWh to shift saved with the project (energy.tariff) price the split without options,
     * with the figures of the previous test (10 395 yuan, 87 000 yuan/a); the numbers `balance` prints are the
     * evaluation's objects; an option replaces the stored price for one run and says so (17 325 × 0.5 = 8 662.50).
     */
    @Test
    void balanceUsesTheFlatPriceAndShiftSavedWithTheProject() throws Exception {
        DiagnosisProject p = zhejiangDemo();
        p = p.withEnergy(p.energy().withTariff(new org.energydiag.core.energy.ElectricityTariff("",
                new java.math.BigDecimal("0.6"), new java.math.BigDecimal("100000"))), NOW);
        Path file = dir.resolve("zj-tariff.edproj");
        ProjectFile.write(p, file, "test", NOW);
        assertThat(ProjectFile.read(file).energy().tariff()).isEqualTo(p.energy().tariff());
        storeWithMeter(p);

        JsonNode balance = json("balance", file.toString(), "--json");
        assertThat(balance.at("/tariff/flatPriceYuanPerKWh").asDouble()).isEqualTo(0.6);
        assertThat(balance.at("/tariff/shiftKWhPerYear").asDouble()).isEqualTo(100000);
        assertZhejiangSplit(balance.at("/loads/0/tou"));
        assertThat(balance.at("/loads/0/tou/cost/basePriceFrom").asText()).isEqualTo("project");

        // the evaluation's objects are what is printed: the same instances, not a second computation
        var ev = services.evaluate(ProjectFile.read(file));
        var load = ev.loads().get(0);
        assertThat(ev.touCosts()).hasSize(1);
        assertThat(LoadJson.priced(load, ev.touCosts().get(0), LoadJson.Prices.of(List.of()), ev.project().energy().tariff()).costs())
                .isSameAs(ev.touCosts().get(0));
        assertThat(ev.touCosts().get(0).cost().total()).isCloseTo(10395, within(1e-6));

        run("balance", file.toString());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("按项目填写的平段电价 0.6000 元/kWh：分时电费 10,395.00 元")
                .contains("节省电费 87,000.00 元/年");
        JsonNode option = json("balance", file.toString(), "--json", "--base-price", "0.5");
        assertThat(option.at("/loads/0/tou/cost/basePriceFrom").asText()).isEqualTo("option");
        assertThat(option.at("/loads/0/tou/cost/totalYuan").asDouble()).isCloseTo(8662.5, within(1e-6));
        assertThat(option.at("/loads/0/tou/shift/savingYuanPerYear").asDouble()).isCloseTo(100000 * 0.5 * 1.45, within(1e-6));
    }

    @Test
    void meterImportWithAProvinceSplitsTheFile() throws Exception {
        StringBuilder sb = new StringBuilder("时间,总进线(kWh)\r\n");
        for (int i = 0; i < 4 * 96; i++) {
            LocalDateTime at = FIRST.plusMinutes(15L * i);
            sb.append(at.toString().replace('T', ' ')).append(',').append(kwhPerQuarter(at)).append("\r\n");
        }
        Path csv = dir.resolve("总进线.csv");
        Files.writeString(csv, sb.toString(), StandardCharsets.UTF_8);
        JsonNode r = json("meter-import", csv.toString(), "--province", "浙江", "--base-price", "0.6", "--shift-kwh", "100000",
                "--json");
        assertThat(r.get("loads")).hasSize(1);
        assertThat(r.at("/loads/0/total").asDouble()).isEqualTo(24000);
        assertZhejiangSplit(r.at("/loads/0/tou"));

        // 江苏: the class of users picks the ratios; an unknown one is named with the choices
        JsonNode js = json("meter-import", csv.toString(), "--province", "江苏省", "--price-class", "100千伏安以下单一制用户", "--json");
        assertThat(js.at("/loads/0/tou/priceClass").asText()).isEqualTo("100千伏安以下单一制用户");
        assertThat(js.at("/loads/0/tou/averageRatio/PEAK").asDouble()).isCloseTo(1.6, within(1e-9));
        assertThat(run("meter-import", csv.toString(), "--province", "江苏省", "--price-class", "大工业", "--json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("没有用户类别“大工业”").contains("两部制用户");
        assertThat(run("meter-import", csv.toString(), "--province", "西藏", "--json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("没有“西藏”的分时电价时段").contains("浙江省");
    }

    /** Each benchmark figure with its standard, table, kind and trust (GB 16780-2021 表1/表2 for the cement demo). */
    @Test
    void balanceCarriesTheStandardAndTableOfEachBenchmark() throws Exception {
        DiagnosisProject p = DemoProjects.withDecisions(DemoProjects.cementPlant(NOW, "某诊断机构"),
                services.evaluate(DemoProjects.cementPlant(NOW, "某诊断机构")).report(), NOW);
        Path file = dir.resolve("cement.edproj");
        ProjectFile.write(p, file, "test", NOW);
        ProjectEvaluation ev = services.evaluate(ProjectFile.read(file));
        JsonNode bm = json("balance", file.toString(), "--json", "--no-meters").get("benchmarks");
        assertThat(bm).hasSize(ev.analysis().benchmarks().size()).isNotEmpty();
        for (int i = 0; i < bm.size(); i++) {
            var b = ev.analysis().benchmarks().get(i).benchmark();
            assertThat(bm.get(i).get("standard").asText()).isEqualTo("GB 16780-2021");
            assertThat(bm.get(i).get("table").asText()).isEqualTo(b.table()).matches("表[12]");
            assertThat(bm.get(i).get("kind").asText()).isEqualTo("LIMIT_STANDARD");
            assertThat(bm.get(i).get("trust").asText()).isEqualTo("medium");
            assertThat(bm.get(i).get("advancedName").asText()).isEqualTo("1级（先进值）");
        }
    }

    /** The metering requirements: labelled in the rule status (command line), cited plainly in findings and tasks. */
    @Test
    void tasksLabelTheMeteringRequirementsAsThe2006EditionsValues() throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(NOW, "某诊断机构");
        Path file = dir.resolve("cement.edproj");
        ProjectFile.write(p, file, "test", NOW);
        JsonNode tasks = json("tasks", file.toString(), "--json", "--no-meters");
        JsonNode metering = null;
        for (JsonNode r : tasks.get("rules")) {
            if (r.get("rule").asText().equals("METERING")) {
                metering = r;
            }
        }
        assertThat(metering).isNotNull();
        assertThat(metering.get("name").asText()).isEqualTo("计量器具配备率（GB 17167-2006 表3）");
        assertThat(metering.get("reason").asText()).contains("配备率要求为 GB 17167-2006 表3 的数值")
                .contains("GB 17167-2025 已于2026-02-01实施").contains("核实之前沿用2006版数值");
        int found = 0;
        for (JsonNode f : tasks.get("findings")) {
            if (f.get("id").asText().startsWith("METERING:")) {
                assertThat(f.get("source").asText()).startsWith("GB 17167-2006 表3：");
                found++;
            }
        }
        assertThat(found).isEqualTo(2);
    }
}
