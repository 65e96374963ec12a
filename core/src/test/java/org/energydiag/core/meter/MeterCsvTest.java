package org.energydiag.core.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixtures written here, one per quirk of real exports; every expected total is worked out in
 * the test from the values written, independently of the importer.
 */
class MeterCsvTest {

    static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    Path write(String name, String text, Charset cs) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(cs));
        return p;
    }

    static MeterCsv.Result importFile(Path p) throws Exception {
        List<Path> files = MeterCsv.files(p);
        MeterCsv.Sniffed s = MeterCsv.sniff(files, null);
        return MeterCsv.read(files, s.settings(), NullProgressMonitor.INSTANCE);
    }

    static MeterSeries series(MeterCsv.Result r, String name) {
        return r.series().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void gbkChineseHeadersWithPreambleCrlfAndNoFinalNewline() throws Exception {
        StringBuilder sb = new StringBuilder("某某能源管理系统 数据导出\r\n导出时间：2025-02-01\r\n\r\n");
        sb.append("时间,1#变压器(kWh),2#空压机(kWh)\r\n");
        double a = 0;
        double b = 0;
        for (int i = 0; i < 8; i++) {
            double va = 10 + i;       // 10..17 → 108
            double vb = 2.5 * (i + 1); // 2.5..20 → 90
            a += va;
            b += vb;
            sb.append(String.format("2025-01-01 %02d:%02d,%s,%s", i / 4, (i % 4) * 15, va, vb));
            if (i < 7) {
                sb.append("\r\n");
            }
        }
        MeterCsv.Result r = importFile(write("gbk.csv", sb.toString(), GBK));
        assertThat(r.report().encoding()).isEqualTo("GB18030");
        assertThat(r.report().layout()).isEqualTo(Layout.WIDE);
        assertThat(r.report().intervalMinutes()).isEqualTo(15);
        assertThat(series(r, "1#变压器(kWh)").total()).isCloseTo(a, within(1e-9)).isCloseTo(108, within(1e-9));
        assertThat(series(r, "2#空压机(kWh)").total()).isCloseTo(b, within(1e-9)).isCloseTo(90, within(1e-9));
        assertThat(r.report().problems()).isEmpty();
    }

    @Test
    void utf8BomQuotesAndThousandsSeparators() throws Exception {
        String text = "\uFEFF\"时间\",\"总表 (kWh)\"\n\"2025-03-01 00:00\",\"1,234.5\"\n\"2025-03-01 01:00\",\"2,000\"\n";
        MeterCsv.Result r = importFile(write("bom.csv", text, StandardCharsets.UTF_8));
        assertThat(r.report().encoding()).isEqualTo("UTF-8");
        // 1 234.5 + 2 000 = 3 234.5
        assertThat(series(r, "总表 (kWh)").total()).isCloseTo(3234.5, within(1e-9));
        assertThat(r.report().intervalMinutes()).isEqualTo(60);
    }

    @Test
    void ninetySixPointDayLayout() throws Exception {
        StringBuilder sb = new StringBuilder("单位：kWh\n日期");
        for (int j = 1; j <= 96; j++) {
            sb.append(',').append(String.format("%02d:%02d", j * 15 / 60, j * 15 % 60));
        }
        sb.append('\n');
        double expected = 0;
        for (int d = 1; d <= 2; d++) {
            sb.append("2025-01-0").append(d);
            for (int j = 1; j <= 96; j++) {
                double v = d * 100 + j; // day 1: Σ(100+j) = 9 600 + 4 656 = 14 256; day 2: 19 200 + 4 656 = 23 856
                expected += v;
                sb.append(',').append(v);
            }
            sb.append('\n');
        }
        MeterCsv.Result r = importFile(write("day96.csv", sb.toString(), StandardCharsets.UTF_8));
        assertThat(r.report().layout()).isEqualTo(Layout.DAY_POINTS);
        assertThat(r.report().intervalMinutes()).isEqualTo(15);
        MeterSeries s = r.series().get(0);
        assertThat(expected).isEqualTo(14256 + 23856);
        assertThat(s.total()).isCloseTo(expected, within(1e-6));
        assertThat(s.size()).isEqualTo(192);
        // the header 00:15 … 24:00 marks interval ends: the first value belongs to 00:00–00:15
        assertThat(s.start(0)).isEqualTo(LocalDateTime.of(2025, 1, 1, 0, 0));
        assertThat(s.values()[0]).isEqualTo(101);
    }

    @Test
    void registerReadingsWithAReset() throws Exception {
        // readings 1000, 1010, 1025, 5 (meter replaced), 12, 20 at 15-minute steps:
        // 10 + 15 + (unknown) + 7 + 8 = 40 kWh, one reset
        String text = "时间,总表示数(kWh)\n2025-01-01 00:00,1000\n2025-01-01 00:15,1010\n2025-01-01 00:30,1025\n"
                + "2025-01-01 00:45,5\n2025-01-01 01:00,12\n2025-01-01 01:15,20\n";
        MeterCsv.Result r = importFile(write("reg.csv", text, StandardCharsets.UTF_8));
        var stats = r.report().meters().get(0);
        assertThat(stats.kind()).isEqualTo(ValueKind.REGISTER);
        assertThat(stats.resets()).isEqualTo(1);
        assertThat(r.series().get(0).total()).isCloseTo(40, within(1e-9));
        assertThat(r.report().problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("复位");
        });
    }

    @Test
    void registerRolloverIsBridged() throws Exception {
        // 99 990 → 99 998 → 4 (rolled over at 100 000) → 10: 8 + 6 + 6 = 20
        String text = "时间,表码(kWh)\n2025-01-01 00:00,99990\n2025-01-01 01:00,99998\n2025-01-01 02:00,4\n2025-01-01 03:00,10\n";
        MeterCsv.Result r = importFile(write("roll.csv", text, StandardCharsets.UTF_8));
        assertThat(r.report().meters().get(0).rollovers()).isEqualTo(1);
        assertThat(r.series().get(0).total()).isCloseTo(20, within(1e-9));
    }

    @Test
    void midnightWrittenAs2400EndsTheDay() throws Exception {
        // hourly interval-end stamps 01:00 … 24:00 with values 1 … 24: total 300, first start 00:00, last 23:00
        StringBuilder sb = new StringBuilder("时间,用电量(kWh)\n");
        for (int h = 1; h <= 24; h++) {
            sb.append("2025-01-01 ").append(String.format("%02d:00", h)).append(',').append(h).append('\n');
        }
        MeterCsv.Result r = importFile(write("2400.csv", sb.toString(), StandardCharsets.UTF_8));
        assertThat(r.report().means()).isEqualTo(TimestampMeans.END);
        MeterSeries s = r.series().get(0);
        assertThat(s.total()).isCloseTo(300, within(1e-9));
        assertThat(s.start(0)).isEqualTo(LocalDateTime.of(2025, 1, 1, 0, 0));
        assertThat(s.start(s.size() - 1)).isEqualTo(LocalDateTime.of(2025, 1, 1, 23, 0));
    }

    @Test
    void midnightWrittenAs0000OfTheNextDayEndsTheDay() throws Exception {
        // interval-end stamps 00:15 … 00:00 (next day) with 96 values of 2 kWh: 192 kWh on 2025-01-01 only
        StringBuilder sb = new StringBuilder("时间,电量(kWh)\n");
        LocalDateTime t = LocalDateTime.of(2025, 1, 1, 0, 15);
        for (int i = 0; i < 96; i++) {
            sb.append(t.plusMinutes(15L * i).toString().replace('T', ' ')).append(",2\n");
        }
        MeterCsv.Result r = importFile(write("end0000.csv", sb.toString(), StandardCharsets.UTF_8));
        assertThat(r.report().means()).isEqualTo(TimestampMeans.END);
        MeterSeries s = r.series().get(0);
        assertThat(s.total()).isEqualTo(192);
        assertThat(s.start(0)).isEqualTo(LocalDateTime.of(2025, 1, 1, 0, 0));
        assertThat(s.start(95)).isEqualTo(LocalDateTime.of(2025, 1, 1, 23, 45));
    }

    @Test
    void dayFirstDatesDecidedFromTheData() throws Exception {
        // 12/01/2025 … 14/01/2025: 13 and 14 can only be days
        String text = "Date,Energy (kWh)\n12/01/2025 00:00,5\n13/01/2025 00:00,6\n14/01/2025 00:00,7\n";
        MeterCsv.Sniffed s = MeterCsv.sniff(List.of(write("dmy.csv", text, StandardCharsets.UTF_8)), null);
        assertThat(s.settings().dateOrder()).isEqualTo(DateOrder.DMY);
        assertThat(s.settings().dateOrderAmbiguous()).isFalse();
        MeterCsv.Result r = MeterCsv.read(List.of(dir.resolve("dmy.csv")), s.settings(), NullProgressMonitor.INSTANCE);
        assertThat(r.series().get(0).start(0)).isEqualTo(LocalDateTime.of(2025, 1, 12, 0, 0));
        assertThat(r.series().get(0).total()).isEqualTo(18);
    }

    @Test
    void ambiguousDatesAreFlagged() throws Exception {
        String text = "Date,Energy (kWh)\n01/02/2025 00:00,5\n01/02/2025 00:15,6\n";
        MeterCsv.Sniffed s = MeterCsv.sniff(List.of(write("amb.csv", text, StandardCharsets.UTF_8)), null);
        assertThat(s.settings().dateOrderAmbiguous()).isTrue();
    }

    @Test
    void trailingRowsWithATimestampButNoValueAreIgnored() throws Exception {
        // 3 values (1 + 2 + 3 = 6) then 3 future slots with no value
        String text = "时间,有功电量(kWh)\n2025-01-01 00:00,1\n2025-01-01 00:15,2\n2025-01-01 00:30,3\n"
                + "2025-01-01 00:45,\n2025-01-01 01:00,\n2025-01-01 01:15,\n";
        MeterCsv.Result r = importFile(write("trail.csv", text, StandardCharsets.UTF_8));
        assertThat(r.series().get(0).size()).isEqualTo(3);
        assertThat(r.series().get(0).total()).isEqualTo(6);
        assertThat(r.report().meters().get(0).gaps()).isZero();
        assertThat(r.report().notes()).anyMatch(n -> n.contains("末尾 3 行"));
    }

    @Test
    void semicolonWithDecimalComma() throws Exception {
        // 1,5 + 2,25 = 3.75 and 10,0 + 0,5 = 10.5; "1.234,5" is 1 234.5 with a dot for thousands
        String text = "Zeit;Zähler A (kWh);Zähler B (kWh)\n2025-01-01 00:00;1,5;10,0\n2025-01-01 00:15;2,25;0,5\n"
                + "2025-01-01 00:30;1.234,5;\n";
        MeterCsv.Result r = importFile(write("semi.csv", text, StandardCharsets.UTF_8));
        assertThat(r.report().delimiter()).isEqualTo(';');
        assertThat(series(r, "Zähler A (kWh)").total()).isCloseTo(1.5 + 2.25 + 1234.5, within(1e-9));
        assertThat(series(r, "Zähler B (kWh)").total()).isCloseTo(10.5, within(1e-9));
    }

    @Test
    void longLayoutTabSeparatedWithPowerInKw() throws Exception {
        // two meters, 15-minute average power: A 100 kW and 200 kW → (100 + 200) × 0.25 h = 75 kWh;
        // B 40 kW twice → 20 kWh
        String text = "时间\t回路\t有功功率(kW)\n2025-01-01 00:00\tA\t100\n2025-01-01 00:00\tB\t40\n"
                + "2025-01-01 00:15\tA\t200\n2025-01-01 00:15\tB\t40\n";
        MeterCsv.Result r = importFile(write("long.txt", text, StandardCharsets.UTF_8));
        assertThat(r.report().layout()).isEqualTo(Layout.LONG);
        assertThat(r.report().delimiter()).isEqualTo('\t');
        assertThat(series(r, "A").total()).isCloseTo(75, within(1e-9));
        assertThat(series(r, "B").total()).isCloseTo(20, within(1e-9));
        assertThat(r.report().meters().stream().filter(m -> m.name().equals("A")).findFirst().orElseThrow().maxDemandKw())
                .isCloseTo(200, within(1e-9));
    }

    @Test
    void multiplierExcelSerialAndSeparateDateTime() throws Exception {
        // Excel serial 45658 = 2025-01-01; +0.25 = 06:00. Values 1.2 and 1.3 with 倍率 200 → 500 kWh
        String excel = "时间,计量点(kWh)\n45658.25,1.2\n45658.291666667,1.3\n";
        List<Path> f = List.of(write("excel.csv", excel, StandardCharsets.UTF_8));
        MeterCsv.Sniffed s = MeterCsv.sniff(f, null);
        ImportSettings set = s.settings().withColumns(List.of(s.settings().columns().get(0).withMultiplier(200)));
        MeterCsv.Result r = MeterCsv.read(f, set, NullProgressMonitor.INSTANCE);
        assertThat(r.series().get(0).start(0)).isEqualTo(LocalDateTime.of(2025, 1, 1, 6, 0));
        assertThat(r.series().get(0).total()).isCloseTo(500, within(1e-9));
        // separate date and time columns; ISO with zone elsewhere is converted to China time
        String split = "日期,时间,用量(kWh)\n2025/1/2,0:00,3\n2025/1/2,0:30,4\n";
        MeterCsv.Result r2 = importFile(write("split.csv", split, StandardCharsets.UTF_8));
        assertThat(r2.series().get(0).start(1)).isEqualTo(LocalDateTime.of(2025, 1, 2, 0, 30));
        assertThat(r2.series().get(0).total()).isEqualTo(7);
        String iso = "timestamp,Usage_kWh\n2025-01-01T16:00:00Z,2\n2025-01-01T16:15:00Z,3\n";
        MeterCsv.Result r3 = importFile(write("iso.csv", iso, StandardCharsets.UTF_8));
        assertThat(r3.series().get(0).start(0)).isEqualTo(LocalDateTime.of(2025, 1, 2, 0, 0));
    }

    @Test
    void folderOfDailyFilesIsOneSeries() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("daily"));
        for (int d = 1; d <= 3; d++) {
            Files.writeString(folder.resolve("2025-01-0" + d + ".csv"),
                    "时间,主变(kWh)\n2025-01-0" + d + " 00:00," + d + "\n2025-01-0" + d + " 12:00," + (d * 10) + "\n");
        }
        // 12-hour interval, values 1, 10, 2, 20, 3, 30 → 66
        MeterCsv.Result r = importFile(folder);
        assertThat(r.report().files()).hasSize(3);
        assertThat(r.series().get(0).total()).isCloseTo(66, within(1e-9));
        assertThat(r.series().get(0).size()).isEqualTo(6);
    }

    @Test
    void badCellsGapsDuplicatesAndNegativesAreReportedWithLineAndColumn() throws Exception {
        String text = "时间,表A(kWh)\n2025-01-01 00:00,1\n2025-01-01 00:15,abc\n2025-01-01 00:30,3\n2025-01-01 00:30,3\n"
                + "2025-01-01 00:30,4\n2025-01-01 00:45,-2\n2025-01-01 01:30,5\n";
        MeterCsv.Result r = importFile(write("bad.csv", text, StandardCharsets.UTF_8));
        var m = r.report().meters().get(0);
        assertThat(r.report().problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.content()).isEqualTo("abc");
        });
        assertThat(m.duplicatesIdentical()).isEqualTo(1);
        assertThat(m.duplicatesConflicting()).isEqualTo(1);
        assertThat(m.negatives()).isEqualTo(1);
        // 00:15 (abc), 00:45 (negative), 01:00 and 01:15 missing → gaps at 00:15 and 00:45–01:15
        assertThat(m.gaps()).isEqualTo(2);
        assertThat(m.longestGapIntervals()).isEqualTo(3);
        // accepted 1 + 3 + 5 = 9
        assertThat(r.series().get(0).total()).isCloseTo(9, within(1e-9));
        assertThat(r.report().toCsv()).contains("abc").contains("不是数字");
    }

    @Test
    void pipeDelimiterNoBreakSpacesAndUnitsFromHeaders() throws Exception {
        // "\u00A0 12.5" and "7\u00A0": no-break spaces around numbers; 12.5 + 7 = 19.5 Wh = 0.0195 kWh
        String text = "时间|表1（Wh）|表2\n2025-01-01 00:00|\u00A012.5|1\n2025-01-01 00:15|7\u00A0|2\n";
        MeterCsv.Result r = importFile(write("pipe.csv", text, StandardCharsets.UTF_8));
        assertThat(r.report().delimiter()).isEqualTo('|');
        assertThat(series(r, "表1（Wh）").total()).isCloseTo(0.0195, within(1e-12));
        // 表2 has no unit in its header: not imported, and the report asks for the unit
        assertThat(r.series()).extracting(MeterSeries::name).containsExactly("表1（Wh）");
        assertThat(r.report().problems()).anySatisfy(p -> assertThat(p.message()).contains("未能确定“表2”的单位"));
        assertThat(MeterUnit.fromHeader("1#变压器（kw）")).contains(MeterUnit.KW);
        assertThat(MeterUnit.fromHeader("Usage_kWh")).contains(MeterUnit.KWH);
        assertThat(MeterUnit.fromHeader("电量(千瓦时)")).contains(MeterUnit.KWH);
        assertThat(MeterUnit.fromHeader("KWH")).contains(MeterUnit.KWH);
        assertThat(MeterUnit.fromHeader("燃气用量(m3)")).contains(MeterUnit.M3);
        assertThat(MeterUnit.fromHeader("1#变压器")).isEmpty();
    }

    @Test
    void unreadableFileSaysWhy() throws Exception {
        Path p = write("notes.csv", "这不是电表数据\n只是一些文字\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MeterCsv.sniff(List.of(p), null)).isInstanceOf(MeterFormatException.class)
                .hasMessageContaining("notes.csv").hasMessageContaining("时间列");
    }

    @Test
    void cancelStopsTheRead() throws Exception {
        StringBuilder sb = new StringBuilder("时间,表(kWh)\n");
        LocalDateTime t = LocalDateTime.of(2025, 1, 1, 0, 0);
        for (int i = 0; i < 50_000; i++) {
            sb.append(t.plusMinutes(15L * i).toString().replace('T', ' ')).append(",1\n");
        }
        List<Path> f = List.of(write("big.csv", sb.toString(), StandardCharsets.UTF_8));
        MeterCsv.Sniffed s = MeterCsv.sniff(f, null);
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void begin(String taskName, int totalWork) {
            }

            @Override
            public void worked(int units) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }

            @Override
            public void done() {
            }
        };
        assertThatThrownBy(() -> MeterCsv.read(f, s.settings(), cancelled)).isInstanceOf(ProgressMonitor.CancelledException.class);
    }

    /**
     * A long file sorted by meter whose first block is longer than the sample (as the 泰迪杯 file in
     * {@code meter/real/} is in full: 973 rows of its first industry): the sample shows one name
     * only, so the name column looks like an attribute; reading on finds the name changing where the
     * time starts again, and the file is read as long — never as one meter holding every block.
     */
    @Test
    void longFileSortedByMeterBeyondTheSampleIsLong() throws Exception {
        StringBuilder sb = new StringBuilder("行业类型,数据时间,有功功率最大值(kW),有功功率最小值(kW)\n");
        LocalDateTime day0 = LocalDateTime.of(2019, 1, 1, 0, 0);
        int days = MeterCsv.SAMPLE_RECORDS + 100;
        double[] maxOf = new double[2];
        for (int k = 0; k < 2; k++) {
            for (int d = 0; d < days; d++) {
                double hi = 1000 * (k + 1) + d;
                maxOf[k] = Math.max(maxOf[k], hi);
                sb.append(k == 0 ? "甲" : "乙").append(',').append(day0.plusDays(d).toLocalDate()).append(',').append(hi)
                        .append(',').append(hi / 2).append('\n');
            }
        }
        Path f = write("日统计.csv", sb.toString(), StandardCharsets.UTF_8);
        MeterCsv.Sniffed s = MeterCsv.sniff(List.of(f), null);
        assertThat(s.settings().layout()).isEqualTo(Layout.LONG);
        assertThat(s.decisions()).anyMatch(d -> d.contains("行业类型") && d.contains("乙") && d.contains("2019-01-01"));
        MeterCsv.Result r = MeterCsv.read(List.of(f), s.settings(), NullProgressMonitor.INSTANCE);
        assertThat(r.series()).isEmpty();
        assertThat(r.report().meters()).extracting(ImportReport.MeterStats::name).containsExactly(
                "甲 有功功率最大值(kW)", "甲 有功功率最小值(kW)", "乙 有功功率最大值(kW)", "乙 有功功率最小值(kW)");
        assertThat(r.report().meters()).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(ValueKind.DEMAND);
            assertThat(m.values()).isEqualTo(days);
            assertThat(m.duplicatesConflicting()).isZero();
            assertThat(m.gaps()).isZero();
        });
        assertThat(r.report().meters().get(0).maxDemandKw()).isEqualTo(maxOf[0]);
        assertThat(r.report().meters().get(2).maxDemandKw()).isEqualTo(maxOf[1]);
        assertThat(r.report().meters().get(3).maxDemandKw()).isEqualTo(maxOf[1] / 2);
    }

    /** A label constant over the sample that changes while the time runs on (a weekday flag) stays an attribute. */
    @Test
    void labelChangingAsTimeRunsOnStaysAnAttribute() throws Exception {
        StringBuilder sb = new StringBuilder("时间,周,用电量(kWh)\n");
        LocalDateTime t0 = LocalDateTime.of(2025, 1, 6, 0, 0); // a Monday
        int rows = MeterCsv.SAMPLE_RECORDS + 300; // 15-min rows: the sample ends on Friday, the weekend comes later
        double total = 0;
        for (int i = 0; i < rows; i++) {
            LocalDateTime t = t0.plusMinutes(15L * i);
            boolean weekend = t.getDayOfWeek().getValue() >= 6;
            total += 1 + i % 3;
            sb.append(t.toString().replace('T', ' ')).append(',')
                    .append(weekend ? "周末" : "工作日").append(',').append(1 + i % 3).append('\n');
        }
        Path f = write("周.csv", sb.toString(), StandardCharsets.UTF_8);
        double expected = total;
        MeterCsv.Sniffed s = MeterCsv.sniff(List.of(f), null);
        assertThat(s.settings().layout()).isEqualTo(Layout.WIDE);
        MeterCsv.Result r = MeterCsv.read(List.of(f), s.settings(), NullProgressMonitor.INSTANCE);
        assertThat(r.report().meters()).singleElement().satisfies(m -> {
            assertThat(m.values()).isEqualTo(rows);
            assertThat(m.total()).isCloseTo(expected, within(1e-9));
        });
    }
}
