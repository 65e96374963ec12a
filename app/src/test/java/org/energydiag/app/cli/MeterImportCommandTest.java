package org.energydiag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.energydiag.app.AppContext;
import org.energydiag.app.Main;
import org.energydiag.app.MainTestAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code meter-import} on input it cannot use: exit 2 with a message naming the file and what to
 * try, never exit 1; and the biggest malformed files (a 50 MB line, 60 000 meters, 20 000
 * columns, a year typo in minute data) in a child JVM limited to 512 MB, as an engineer's laptop
 * would run it.
 */
class MeterImportCommandTest {

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

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static String ts(LocalDateTime t) {
        return t.toString().replace('T', ' ');
    }

    @Test
    void unknownUnitsExit2NamingTheOption() throws Exception {
        Path f = dir.resolve("无单位.csv");
        Files.writeString(f, "时间,1#线,2#线\n2025-01-01 00:00,1,2\n2025-01-01 00:15,3,4\n2025-01-01 00:30,5,6\n");
        assertThat(run("meter-import", f.toString(), "--json")).isEqualTo(2);
        assertThat(err()).contains("无单位.csv", "未导入", "--unit", "“1#线”");
        assertThat(run("meter-import", f.toString(), "--unit", "kWh", "--json")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"name\" : \"1#线\"");
    }

    @Test
    void noValueAtAllExits2SayingWhy() throws Exception {
        Path f = dir.resolve("空值.csv");
        Files.writeString(f, "时间,表(kWh)\n2025-01-01 00:00,-\n2025-01-01 00:15,abc\n2025-01-01 00:30,-\n2025-01-01 00:45,-\n");
        assertThat(run("meter-import", f.toString(), "--json")).isEqualTo(2);
        assertThat(err()).contains("空值.csv", "没有读到任何数值", "第 3 行第 2 列“abc”");
    }

    @Test
    void aSingleRegisterReadingExits2WithTheReason() throws Exception {
        Path f = dir.resolve("一个读数.csv");
        Files.writeString(f, "时间,总表表码(kWh)\n2025-01-01 00:00,1234.5\n");
        assertThat(run("meter-import", f.toString(), "--json")).isEqualTo(2);
        assertThat(err()).contains("一个读数.csv", "只有一个时刻的表码读数");
    }

    @Test
    void unreadableInputsExit2NamingThePath() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("空文件夹"));
        assertThat(run("meter-import", empty.toString())).isEqualTo(2);
        assertThat(err()).contains("空文件夹");
        assertThat(run("meter-import", dir.resolve("没有.csv").toString())).isEqualTo(2);
        assertThat(err()).contains("没有.csv");
        Path zip = dir.resolve("表.csv");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        assertThat(run("meter-import", zip.toString())).isEqualTo(2);
        assertThat(err()).contains("表.csv", "Excel");
        Path dot = dir.resolve("点.csv");
        Files.writeString(dot, "时间,表(kWh)\n2025-01-01 00:00,1\n2025-01-01 00:15,2\n.,3\n2025-01-01 00:45,4\n");
        assertThat(run("meter-import", dot.toString(), "--json")).isZero();
    }

    // ---- big files in a 512 MB child JVM ---------------------------------------------------------

    interface Content {
        void write(Writer w) throws IOException;
    }

    Path big(String name, Content c) throws IOException {
        Path p = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            c.write(w);
        }
        return p;
    }

    @Test
    void bigMalformedFilesStayWithin512MegabytesAndExit0Or2() throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(big("一行50MB.csv", w -> { // one 50 MB line and nothing else
            w.write("2025-01-01 00:00");
            char[] chunk = ",1".repeat(1 << 15).toCharArray();
            for (int i = 0; i < 50 * (1 << 20) / chunk.length; i++) {
                w.write(chunk);
            }
        }));
        files.add(big("长行在中间.csv", w -> { // valid rows, then a 50 MB line (an unmatched quote)
            w.write("时间,表(kWh)\n");
            for (int j = 0; j < 1000; j++) {
                w.write(ts(LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(15L * j)) + ",1\n");
            }
            w.write("2025-02-01 00:00,\"");
            char[] chunk = "9".repeat(1 << 16).toCharArray();
            for (int i = 0; i < 50 * 16; i++) {
                w.write(chunk);
            }
            w.write("\n");
        }));
        files.add(big("六万块表.csv", w -> {
            w.write("时间,表计名称,电量(kWh)\n");
            for (int m = 0; m < 60_000; m++) {
                for (int j = 0; j < 3; j++) {
                    w.write(ts(LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(15L * j)) + ",表计" + m + "," + (m % 17) + "\n");
                }
            }
        }));
        files.add(big("六万块表一年.csv", w -> { // each meter twice, a year apart, in minute data
            w.write("时间,表计名称,电量(kWh)\n");
            for (int j = 0; j < 2000; j++) {
                w.write(ts(LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(j)) + ",总表,1\n");
            }
            for (int m = 0; m < 60_000; m++) {
                w.write("2025-01-01 00:00,表计" + m + ",1\n2025-12-31 00:00,表计" + m + ",1\n");
            }
        }));
        files.add(big("两万列.csv", w -> {
            w.write("时间");
            for (int c = 0; c < 20_000; c++) {
                w.write(",表" + c + "(kWh)");
            }
            w.write("\n");
            for (int j = 0; j < 50; j++) {
                w.write(ts(LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(15L * j)));
                for (int c = 0; c < 20_000; c++) {
                    w.write(",1");
                }
                w.write("\n");
            }
        }));
        files.add(big("年份输错.csv", w -> { // 2120 for 2025 in a year of minute data, 20 meters
            w.write("时间");
            for (int c = 0; c < 20; c++) {
                w.write(",线" + c + "(kWh)");
            }
            w.write("\n");
            for (int j = 0; j < 60 * 24 * 30; j++) {
                String t = ts(LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(j));
                w.write(j == 20_000 ? "2120" + t.substring(4) : t);
                for (int c = 0; c < 20; c++) {
                    w.write(",0.5");
                }
                w.write("\n");
            }
        }));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (Path f : files) {
            Path o = dir.resolve("out.txt");
            Path e = dir.resolve("err.txt");
            Process p = new ProcessBuilder(java, "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "--data-dir", dir.resolve("child-data").toString(), "meter-import", f.toString(), "--json")
                    .redirectOutput(o.toFile()).redirectError(e.toFile()).start();
            boolean ended = p.waitFor(180, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            String stderr = Files.readString(e, StandardCharsets.UTF_8);
            assertThat(ended).as("%s ended within 180 s", f.getFileName()).isTrue();
            assertThat(p.exitValue()).as("%s: exit code; stderr:%n%s", f.getFileName(), stderr).isIn(0, 2);
            assertThat(stderr).as(f.getFileName().toString()).doesNotContain("Exception", "at org.", "OutOfMemory", "内部错误");
            if (p.exitValue() == 2) {
                assertThat(stderr).as(f.getFileName().toString()).contains(f.getFileName().toString());
            }
            System.out.printf("%s: exit %d %s%n", f.getFileName(), p.exitValue(),
                    stderr.length() > 300 ? stderr.substring(0, 300) : stderr.strip());
            Files.delete(f);
        }
    }

    /** Real exports (core/src/test/resources/meter/real, see ORIGIN.md there): asked, then read right. */
    private static String realFile(String name) {
        return Path.of("..", "core", "src", "test", "resources", "meter", "real", name).toAbsolutePath().normalize().toString();
    }

    @Test
    void realDayRowsInMegawattsAskForTheUnitThenReadRight() throws Exception {
        assertThat(run("meter-import", realFile("6-cn-dgb2016-area1-load-96pt.csv"), "--json")).isEqualTo(2);
        assertThat(err()).contains("6-cn-dgb2016-area1-load-96pt.csv", "--unit").doesNotContain("Exception");
        out.reset();
        assertThat(run("meter-import", realFile("6-cn-dgb2016-area1-load-96pt.csv"), "--unit", "MW", "--json")).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        var m = json.get("meters").get(0);
        assertThat(m.get("values").asInt()).isEqualTo(672);
        assertThat(m.get("first").asText()).isEqualTo("2012-01-01T00:00");
        assertThat(m.get("totalKWh").asDouble()).isCloseTo(903_519_278.928, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(json.get("decisions").toString()).contains("日点表");
    }

    /** 泰迪杯 2022 附件2 slice: daily 最大值/最小值 of active power per industry are demand, never kWh. */
    @Test
    void realDailyMaxMinStatisticsAreDemandPerIndustry() throws Exception {
        String file = realFile("2-taidi2022-industry-daily-maxmin-kw.csv");
        assertThat(run("meter-import", file, "--json")).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("layout").asText()).isEqualTo("long");
        assertThat(json.get("meters")).hasSize(8);
        // the highest daily maximum of 商业 in the slice, read from the file: 2021/1/22,47764.5426
        double expected = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> l.startsWith("商业,")).mapToDouble(l -> Double.parseDouble(l.split(",")[2])).max().orElseThrow();
        assertThat(expected).isEqualTo(47764.5426);
        for (var m : json.get("meters")) {
            assertThat(m.get("valueKind").asText()).isEqualTo("demand");
            assertThat(m.get("unit").asText()).isEqualTo("kW");
            assertThat(m.get("totalKWh").isNull()).isTrue();
            assertThat(m.get("total").isNull()).isTrue();
            assertThat(m.get("values").asInt()).isEqualTo(13);
            assertThat(m.get("gaps").asInt()).isEqualTo(1);
            if (m.get("name").asText().equals("商业 有功功率最大值（kw）")) {
                assertThat(m.get("maxDemandKW").asDouble()).isEqualTo(expected);
            }
        }
        assertThat(json.get("meters").findValuesAsText("name")).contains("商业 有功功率最大值（kw）", "商业 有功功率最小值（kw）");
        // the text report gives the highest value, never a total of demand statistics
        out.reset();
        assertThat(run("meter-import", file)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("商业 有功功率最大值（kw）：需量统计 kW，13 个值，其中最高 47764.543 kW")
                .doesNotContain("NaN").doesNotContain("合计 ");
    }

    @Test
    void realAutumnRepeatedHourAsksForTheZoneThenReadsRight() throws Exception {
        assertThat(run("meter-import", realFile("3-esb-hdf-kwh-dst-autumn.csv"), "--json")).isEqualTo(2);
        assertThat(err()).contains("--zone", "2023-10-29 01:00");
        out.reset();
        assertThat(run("meter-import", realFile("3-esb-hdf-kwh-dst-autumn.csv"), "--zone", "Europe/Dublin", "--json")).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        double total = 0;
        for (var m : json.get("meters")) {
            assertThat(m.get("values").asInt()).isEqualTo(146);
            assertThat(m.get("gaps").asInt()).isZero();
            assertThat(m.get("conflictingDuplicates").asInt()).isZero();
            total += m.get("totalKWh").asDouble();
        }
        assertThat(total).isCloseTo(47.2260 + 6.8205, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void perColumnUnitsAndNoUnitOnVoltage() throws Exception {
        Path f = dir.resolve("电压.csv");
        Files.writeString(f, "时间,进线电压(V),1#线,2#线\n2025-01-01 00:00,10.2,1,2\n2025-01-01 00:15,10.3,3,4\n"
                + "2025-01-01 00:30,10.1,5,6\n");
        assertThat(run("meter-import", f.toString(), "--unit", "1#线=kWh", "--unit", "2#线=kW", "--json")).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("meters")).hasSize(2); // the voltage is never a meter
        assertThat(json.get("meters").get(0).get("total").asDouble()).isEqualTo(9.0);
        assertThat(json.get("meters").get(1).get("valueKind").asText()).isEqualTo("power");
        assertThat(json.get("meters").get(1).get("total").asDouble()).isEqualTo((2 + 4 + 6) * 0.25);
        assertThat(json.get("decisions").toString()).contains("进线电压(V)");
    }
}
