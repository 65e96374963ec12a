package org.energydiag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.energydiag.app.AppContext;
import org.energydiag.app.MainTestAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process with the same wiring as {@code Main}. */
class CliTest {

    @TempDir
    Path dir;
    AppContext ctx;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        ctx = new AppContext(dir.resolve("data"), dir.resolve("home"), Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli().run(List.of(args), MainTestAccess.services(ctx),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("demo [--sample cement|methanol] --out", "validate", "list", "export", "import", "backup", "--data-dir");
    }

    @Test
    void demoWritesAValidProject() {
        Path f = dir.resolve("demo.edproj");
        assertThat(run("demo", "--out", f.toString())).isZero();
        assertThat(f).exists();
        assertThat(run("validate", f.toString())).isZero();
        assertThat(out()).contains("校验通过");
    }

    @Test
    void theMethanolSampleIsASecondDemoAndAnUnknownSampleNamesTheOption() {
        Path f = dir.resolve("methanol.edproj");
        assertThat(run("demo", "--sample", "methanol", "--out", f.toString())).isZero();
        assertThat(out()).contains("重庆长寿天然气化工有限公司（示例）");
        assertThat(run("validate", f.toString())).isZero();
        assertThat(run("demo", "--sample", "steel", "--out", f.toString())).isEqualTo(2);
        assertThat(err()).contains("--sample").contains("steel");
    }

    @Test
    void invalidProjectExitsWith2AndNamesTheField() throws Exception {
        Path f = dir.resolve("demo.edproj");
        run("demo", "--out", f.toString());
        Files.writeString(f, Files.readString(f).replace("91340202MA2T8Q6K7Q", "91340202MA2T8Q6K7A"));
        assertThat(run("validate", f.toString())).isEqualTo(2);
        assertThat(out()).contains("统一社会信用代码").contains("第18位应为“Q”").contains("校验未通过");
    }

    /**
     * The reader keeps an equipment value as typed (the engineer's text); {@code validate} checks it
     * as the equipment step does, for every chapter, not only the enterprise.
     */
    @Test
    void anEquipmentValueOutOfRangeFailsValidationWithItsRow() throws Exception {
        Path f = dir.resolve("demo.edproj");
        run("demo", "--out", f.toString());
        String good = Files.readString(f);
        for (String bad : List.of("1e400", "-5", "NaN")) {
            Files.writeString(f, good.replaceFirst("\"RATED_POWER\" : \"560\"", "\"RATED_POWER\" : \"" + bad + "\""));
            assertThat(run("validate", f.toString())).as(bad).isEqualTo(2);
            assertThat(out()).as(bad).contains("【一（二）2 主要用能设备清单】").contains("电动机 第1行 额定功率").contains("校验未通过");
            assertThat(run("tasks", f.toString())).as(bad).isZero(); // the item is not rated; the rest works
        }
    }

    @Test
    void badInputIsNeverExitCode1() throws Exception {
        Path corrupt = dir.resolve("c.edproj");
        Files.writeString(corrupt, "{\"format\":\"energydiag-project\",\"formatVersion\":1,\"project\":{");
        assertThat(run("validate", corrupt.toString())).isEqualTo(2);
        assertThat(err()).contains("c.edproj").contains("文件内容损坏");
        assertThat(run("validate", dir.resolve("missing.edproj").toString())).isEqualTo(2);
        assertThat(err()).contains("找不到文件");
        assertThat(run("validate")).isEqualTo(2);
        assertThat(run("demo")).isEqualTo(2);
        assertThat(run("nonsense")).isEqualTo(2);
        assertThat(err()).contains("未知命令");
    }

    @Test
    void balanceOfTheDemoAsJson() throws Exception {
        Path f = dir.resolve("demo.edproj");
        run("demo", "--out", f.toString());
        assertThat(run("balance", f.toString(), "--json")).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out());
        // 431 000 t × 0.7143 + 24 900 万kWh × 0.1229 + 850 t × 1.4571 = 339 703.935 tce (当量值, 2025)
        var t2025 = json.path("energy").path("totals").get(2);
        assertThat(t2025.path("year").asInt()).isEqualTo(2025);
        assertThat(t2025.path("tce").asDouble()).isCloseTo(339703.935, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(json.path("balance").path("closes").asBoolean()).isTrue();
        assertThat(json.path("balance").path("table").path("columns").size()).isGreaterThan(5);
        assertThat(json.path("emissions").get(2).path("sources").get(0).path("factorSource").asText()).isNotBlank();
        assertThat(json.path("benchmarks").get(0).path("standard").asText()).isEqualTo("GB 16780-2021");
    }

    @Test
    void rateTheDemoInventory() throws Exception {
        Path f = dir.resolve("demo.edproj");
        run("demo", "--out", f.toString());
        assertThat(run("rate", f.toString(), "--json")).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out());
        var items = json.path("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(30);
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> byName = new java.util.HashMap<>();
        items.forEach(i -> byName.put(i.path("name").asText(), i));
        // the JS-series crusher motor is on the obsolete list (淘汰目录第四批 2-3) and below 3级
        var js = byName.get("石灰石破碎机电机");
        assertThat(js.path("obsolete").asBoolean()).isTrue();
        assertThat(js.path("grade").asText()).isEqualTo("不达标");
        // S9-1600: no-load 2.40 kW > 3级 1.17 kW (GB 20052-2024 表1, 1600 kVA 电工钢带) → 不达标, and S9 is listed
        var s9 = byName.get("生活区配电变压器");
        assertThat(s9.path("grade").asText()).isEqualTo("不达标");
        assertThat(s9.path("standard").asText()).isEqualTo("GB 20052-2024");
        assertThat(s9.path("obsolete").asBoolean()).isTrue();
        assertThat(s9.path("savings").path("estimated").asBoolean()).isTrue();
        assertThat(s9.path("savings").path("assumptions").toString()).contains("电价").contains("排放因子");
        // a class without a table says so
        assertThat(byName.get("中控楼冷水机组").path("missing").asText()).startsWith("无法评级：");
        assertThat(run("catalogue", "--json")).isZero();
        var cat = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out());
        assertThat(cat.path("technologies").asInt()).isEqualTo(173);
        assertThat(cat.path("equipment").asInt()).isEqualTo(172);
        assertThat(run("catalogue", "--search", "永磁")).isZero();
        assertThat(out()).contains("【技术】");
    }

    @Test
    void balanceExitsWith2WhenARowIsRefused() throws Exception {
        Path f = dir.resolve("demo.edproj");
        run("demo", "--out", f.toString());
        Files.writeString(f, Files.readString(f).replaceFirst("\"unit\" : \"万kWh\"", "\"unit\" : \"t\""));
        assertThat(run("balance", f.toString())).isEqualTo(2);
        assertThat(out()).contains("能源消费 第2行 单位").contains("电量单位");
        assertThat(run("balance", dir.resolve("nope.edproj").toString())).isEqualTo(2);
    }

    @Test
    void importExportListAndConflicts() throws Exception {
        Path f = dir.resolve("demo.edproj");
        run("demo", "--out", f.toString());
        assertThat(run("import", f.toString())).isZero();
        assertThat(run("list")).isZero();
        String id = out().trim().split("\\s+")[0];
        assertThat(out()).contains("芜湖江岸建材水泥有限公司");
        // importing again without saying what to do changes nothing
        assertThat(run("import", f.toString())).isEqualTo(2);
        assertThat(err()).contains("--replace").contains("--copy").contains("未做任何改动");
        assertThat(ctx.projects().listActive()).hasSize(1);
        assertThat(run("import", f.toString(), "--copy")).isZero();
        assertThat(ctx.projects().listActive()).hasSize(2);
        Path back = dir.resolve("back.edproj");
        assertThat(run("export", id, "--out", back.toString())).isZero();
        assertThat(run("validate", back.toString())).isZero();
        assertThat(run("export", "no-such-id", "--out", back.toString())).isEqualTo(2);
        Path zip = dir.resolve("b.zip");
        assertThat(run("backup", "--out", zip.toString())).isZero();
        assertThat(zip).exists();
    }

    @Test
    void processListsTheUnitsAndDrawsTheDiagram() throws Exception {
        Path f = dir.resolve("demo.edproj");
        run("demo", "--out", f.toString());
        Path png = dir.resolve("流程图.png");
        assertThat(run("process", f.toString(), "--png", png.toString(), "--dpi", "150")).isZero();
        assertThat(out()).contains("7 个工序").contains("熟料烧成 → 水泥粉磨、余热发电").contains("已画出流程图（150 dpi）");
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isGreaterThan(1000); // 150 dpi: 150/96 of the layout's logical width
        assertThat(run("process", f.toString(), "--dpi", "9000")).isEqualTo(2);
    }
}
