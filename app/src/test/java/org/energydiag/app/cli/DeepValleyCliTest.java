package org.energydiag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.energy.ElectricityTariff;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.CarrierId;
import org.junit.jupiter.api.Test;

/**
 * The holiday deep valley in {@code balance --json} and its text: applied, not applied with the reason, undecided for a
 * year without holiday notice. The cement demo is in 安徽: 皖发改价格〔2025〕302号's deep valley (3天及以上节假日
 * 11:00-15:00, 深谷 = 低谷 × 0.8 = 0.3056) is only for 用电容量315千伏安及以上、两部制工业用电. Meter as in core's
 * DeepValleyTest: 2026-10-01 … 10-08 (国庆节 10月1日至7日, 国办发明电〔2025〕7号), d kWh a quarter hour on day d → 深谷
 * 4 × 4 × 28 = 448 kWh, relative cost 3 315.1168 (with the class) or 3 418.56 (without); at 0.55 yuan/kWh 1 823.31424 yuan.
 */
class DeepValleyCliTest extends CliHarness {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final String CLASS_315 = "用电容量315千伏安及以上、两部制工业用电";

    @Override
    Instant now() {
        return NOW;
    }

    private JsonNode json(String... args) throws Exception {
        assertThat(run(args)).as(err()).isIn(0, 2);
        return new ObjectMapper().readTree(out());
    }

    private Path store(String priceClass, LocalDateTime first, int days) throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(NOW, "某诊断机构");
        p = p.withEnergy(p.energy().withTariff(new ElectricityTariff(priceClass, new java.math.BigDecimal("0.55"), null)), NOW);
        Path file = dir.resolve("ah-" + priceClass.length() + "-" + first.getYear() + ".edproj");
        ProjectFile.write(p, file, "test", NOW);
        int n = days * 96;
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            LocalDateTime at = first.plusMinutes(15L * i);
            t[i] = MeterSeries.epoch(at);
            v[i] = at.getDayOfMonth();
        }
        ctx.projects().put(p);
        ctx.meterStore().store(p.id(), List.of(new MeterSeries("总进线", CarrierId.ELECTRICITY, "kWh", 15, t, v)),
                MeterStore.OnExisting.REPLACE, List.of("总进线.csv"), "hash", null, "{}", NullProgressMonitor.INSTANCE);
        return file;
    }

    @Test
    void withTheLargeIndustrialClassTheDeepValleyIsCountedAndPriced() throws Exception {
        Path file = store(CLASS_315, LocalDateTime.of(2026, 10, 1, 0, 0), 8);
        JsonNode tou = json("balance", file.toString(), "--json").at("/loads/0/tou");
        assertThat(tou.get("priceClass").asText()).isEqualTo(CLASS_315);
        assertThat(tou.at("/energyKWh/DEEP_VALLEY").asDouble()).isCloseTo(448, within(1e-9));
        assertThat(tou.at("/energyKWh/VALLEY").asDouble()).isCloseTo(1104, within(1e-9));
        assertThat(tou.at("/cost/yuan/DEEP_VALLEY").asDouble()).isCloseTo(448 * 0.3056 * 0.55, within(1e-9));
        assertThat(tou.at("/cost/totalYuan").asDouble()).isCloseTo(1823.31424, within(1e-6));
        JsonNode dv = tou.at("/schedulesUsed/0/deepValley");
        assertThat(dv.get("applied").asBoolean()).isTrue();
        assertThat(dv.get("status").asText()).isEqualTo("APPLIES");
        assertThat(dv.get("energyKWh").asDouble()).isCloseTo(448, within(1e-9));
        assertThat(dv.get("holidayNotices")).extracting(JsonNode::asText).containsExactly("国办发明电〔2025〕7号");
        assertThat(dv.at("/rule/hours").asText()).isEqualTo("11:00–15:00");
        assertThat(dv.at("/rule/days/0/minDays").asInt()).isEqualTo(3);
        assertThat(dv.at("/rule/priceClasses/0").asText()).isEqualTo(CLASS_315);
        assertThat(dv.at("/rule/source").asText()).contains("847518377");
        assertThat(dv.get("reason").asText()).contains("计入深谷 448.0 kWh");

        run("balance", file.toString());
        assertThat(out()).contains("    皖发改价格〔2025〕302号：每年3天及以上节假日（具体时间以国家公布为准）11:00–15:00计入深谷 448.0 kWh");
    }

    @Test
    void withoutAClassOfUsersTheDeepValleyIsNotAppliedAndTheReasonIsGiven() throws Exception {
        Path file = store("", LocalDateTime.of(2026, 10, 1, 0, 0), 8);
        JsonNode tou = json("balance", file.toString(), "--json").at("/loads/0/tou");
        assertThat(tou.at("/energyKWh/DEEP_VALLEY").asDouble()).isZero();
        assertThat(tou.at("/cost/totalYuan").asDouble()).isCloseTo(3418.56 * 0.55, within(1e-6));
        JsonNode dv = tou.at("/schedulesUsed/0/deepValley");
        assertThat(dv.get("applied").asBoolean()).isFalse();
        assertThat(dv.get("status").asText()).isEqualTo("CLASS_NOT_CHOSEN");
        assertThat(dv.get("notAppliedKWh").asDouble()).isCloseTo(448, within(1e-9));
        assertThat(dv.get("reason").asText()).isEqualTo("皖发改价格〔2025〕302号的深谷只适用于用电容量315千伏安及以上执行工商业两部制电价"
                + "和峰谷分时电价的工业用电；未选择电价用户类别，深谷未计入（节假日深谷时段的 448.0 kWh 按当日时段计）");
    }

    /* 2027-10-01 … 10-03 (d kWh a quarter hour): no notice of 2027 → 11–15 h, 4 × 4 × (1 + 2 + 3) = 96 kWh undecided. */
    @Test
    void aYearWithoutHolidayNoticeIsReportedAsUndecided() throws Exception {
        Path file = store(CLASS_315, LocalDateTime.of(2027, 10, 1, 0, 0), 3);
        JsonNode dv = json("balance", file.toString(), "--json").at("/loads/0/tou/schedulesUsed/0/deepValley");
        assertThat(dv.get("energyKWh").asDouble()).isZero();
        assertThat(dv.get("undecidedKWh").asDouble()).isCloseTo(96, within(1e-9));
        assertThat(dv.at("/undecided/from").asText()).isEqualTo("2027-10-01");
        assertThat(dv.at("/undecided/yearsWithoutNotice/0").asInt()).isEqualTo(2027);
        assertThat(dv.get("reason").asText()).contains("2027年的国务院办公厅节假日安排通知未收录");
    }

    /* A holiday pack in the data folder replaces the bundled one: with 2025's notice only, 2026's 国庆节 is undecided. */
    @Test
    void theDataFoldersHolidayPackIsUsed() throws Exception {
        Path file = store(CLASS_315, LocalDateTime.of(2026, 10, 1, 0, 0), 8);
        var bundled = new ObjectMapper().readTree(getClass().getResourceAsStream(
                org.energydiag.core.reference.PublicHolidays.RESOURCE));
        var years = (com.fasterxml.jackson.databind.node.ArrayNode) bundled.get("years");
        for (int i = years.size() - 1; i >= 0; i--) {
            if (years.get(i).get("year").asInt() != 2025) {
                years.remove(i);
            }
        }
        Files.createDirectories(ctx.referenceDir());
        Files.writeString(ctx.referenceDir().resolve("public-holidays.json"), bundled.toString());
        JsonNode dv = json("balance", file.toString(), "--json").at("/loads/0/tou/schedulesUsed/0/deepValley");
        assertThat(dv.get("energyKWh").asDouble()).isZero();
        assertThat(dv.at("/undecided/yearsWithoutNotice/0").asInt()).isEqualTo(2026);
        assertThat(dv.at("/rule/holidayCalendarYears")).extracting(JsonNode::asInt).containsExactly(2025);
    }
}
