package org.energydiag.core.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A large wide file read in parts side by side must give exactly what one pass gives: the same
 * series, the same report, the same problems on the same lines (the parts start mid-file).
 */
class ChunkedReadTest {

    @TempDir
    Path dir;

    /**
     * ≈ 2.6 MB, 20 meters, CR LF line ends, a two-line preamble; every 997th row has a text cell,
     * every 1 499th a cell with a byte that is not UTF-8, every 2 003rd no time, every 3 001st a
     * blank line before it, and row 15 000 is repeated with other values (conflicting duplicates).
     */
    Path wideFile(String lineEnd, boolean quoted) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Charset u = StandardCharsets.UTF_8;
        out.writeBytes(("某厂能源管理系统 导出" + lineEnd + "导出时间：2026-01-01" + lineEnd).getBytes(u));
        StringBuilder h = new StringBuilder(quoted ? "\"时间\"" : "时间");
        for (int m = 1; m <= 20; m++) {
            h.append(",支路").append(m).append("(kWh)");
        }
        out.writeBytes((h + lineEnd).getBytes(u));
        LocalDateTime t0 = LocalDateTime.of(2025, 1, 1, 0, 0);
        int rows = 20_000;
        for (int i = 0; i < rows; i++) {
            if (i % 3001 == 3000) {
                out.writeBytes(lineEnd.getBytes(u));
            }
            StringBuilder r = new StringBuilder();
            r.append(i % 2003 == 2002 ? "" : t0.plusMinutes(15L * i).toString().replace('T', ' '));
            for (int m = 1; m <= 20; m++) {
                r.append(',');
                if (m == 7 && i % 997 == 996) {
                    r.append("n/a");
                } else {
                    r.append(String.format(Locale.ROOT, "%.2f", 10 + m + 5 * Math.sin(2 * Math.PI * (i % 96) / 96.0)));
                }
            }
            byte[] b = (r + lineEnd).getBytes(u);
            if (i % 1499 == 1498) {
                out.writeBytes(java.util.Arrays.copyOf(b, b.length - lineEnd.length() - 1));
                out.write(0xFF); // not UTF-8: the cell holds U+FFFD
                out.writeBytes(lineEnd.getBytes(u));
            } else {
                out.writeBytes(b);
            }
            if (i == 15_000) {
                out.writeBytes((t0.plusMinutes(15L * i).toString().replace('T', ' ') + ",1,2,3" + lineEnd).getBytes(u));
            }
        }
        Path p = dir.resolve("wide-" + lineEnd.length() + (quoted ? "q" : "") + ".csv");
        Files.write(p, out.toByteArray());
        assertThat(Files.size(p)).isGreaterThan(ChunkedRead.MIN_BYTES);
        return p;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void partsGiveWhatOnePassGives(int parts) throws Exception {
        for (String lineEnd : List.of("\r\n", "\n")) {
            Path f = wideFile(lineEnd, false);
            List<Path> files = List.of(f);
            ImportSettings s = MeterCsv.sniff(files, null).settings();
            assertThat(ChunkedRead.starts(f, Files.size(f), parts)).isNotNull();
            assertThat(ChunkedRead.read(f, s, Files.size(f), NullProgressMonitor.INSTANCE, parts))
                    .as("read in parts, not left to one pass").isNotNull();
            MeterCsv.Result one = MeterCsv.read(files, s, NullProgressMonitor.INSTANCE, 1);
            MeterCsv.Result inParts = MeterCsv.read(files, s, NullProgressMonitor.INSTANCE, parts);
            assertThat(inParts.series()).isEqualTo(one.series());
            assertThat(inParts.report()).isEqualTo(one.report());
            // the problems are really there, and named by their line in the whole file
            assertThat(one.report().problemCount()).isGreaterThan(40);
            int headerLines = 3;
            long expectedLine = headerLines + 997 + (997 - 1) / 3001; // row index 996, after no blank line
            assertThat(one.report().problems()).anySatisfy(p -> {
                assertThat(p.line()).isEqualTo(expectedLine);
                assertThat(p.content()).isEqualTo("n/a");
            });
            assertThat(one.report().problems()).anySatisfy(p -> assertThat(p.message()).contains("两个不同的值"));
        }
    }

    @Test
    void thePartsStartJustAfterALineEndAndCountTheirLinesAsTheReaderDoes() throws Exception {
        Path f = dir.resolve("lines.csv");
        // 3 × 1 MB: a time and a value per line of 1000 bytes; CR LF counts once, a lone CR once
        StringBuilder sb = new StringBuilder("时间,表1(kWh)\r2024-12-31 23:45,1\n");
        String pad = " ".repeat(1000 - 22);
        LocalDateTime t0 = LocalDateTime.of(2025, 1, 1, 0, 0);
        for (int i = 0; i < 3000; i++) {
            sb.append(t0.plusMinutes(15L * i).toString().replace('T', ' ')).append(",").append(i == 2500 ? "坏" : "1")
                    .append(pad).append(i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r");
        }
        Files.writeString(f, sb.toString());
        long size = Files.size(f);
        long[] starts = ChunkedRead.starts(f, size, 3);
        assertThat(starts).isNotNull();
        byte[] all = Files.readAllBytes(f);
        for (int k = 1; k < 3; k++) {
            assertThat(all[(int) starts[k] - 1]).isEqualTo((byte) '\n');
            assertThat(starts[k]).isGreaterThanOrEqualTo(size * k / 3);
        }
        List<Path> files = List.of(f);
        ImportSettings s = MeterCsv.sniff(files, null).settings();
        assertThat(ChunkedRead.read(f, s, size, NullProgressMonitor.INSTANCE, 3)).isNotNull();
        MeterCsv.Result one = MeterCsv.read(files, s, NullProgressMonitor.INSTANCE, 1);
        MeterCsv.Result inParts = MeterCsv.read(files, s, NullProgressMonitor.INSTANCE, 3);
        assertThat(inParts.report()).isEqualTo(one.report());
        assertThat(inParts.series()).isEqualTo(one.series());
        // the bad value of row 2 500 is on line 2 + 2 500 + 1: the header and the row before the data
        assertThat(one.report().problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(2503);
            assertThat(p.content()).isEqualTo("坏");
        });
    }

    /**
     * ≈ 2.9 MB long file (time, meter, value), LF line ends: meters that appear only late in the
     * file, a meter left out of the import, rows without a meter name, text values, a blank line.
     */
    Path longFile() throws Exception {
        StringBuilder sb = new StringBuilder("时间,表计,电量(kWh)\n");
        LocalDateTime t0 = LocalDateTime.of(2025, 3, 1, 0, 0);
        for (int i = 0; i < 18_000; i++) {
            String ts = t0.plusMinutes(15L * i).toString().replace('T', ' ');
            int meters = i < 14_000 ? 5 : 8; // 支路6 … 支路8 only in the last part
            for (int m = 1; m <= meters; m++) {
                String v = i % 1999 == 1998 && m == 2 ? "坏值" : String.format(Locale.ROOT, "%.2f", 3 + m + Math.sin(i / 9.0));
                sb.append(ts).append(',').append(i % 2999 == 2998 && m == 4 ? "" : "支路" + m).append(',').append(v).append('\n');
            }
            if (i % 4001 == 4000) {
                sb.append('\n');
            }
        }
        Path p = dir.resolve("long.csv");
        Files.writeString(p, sb.toString());
        assertThat(Files.size(p)).isGreaterThan(ChunkedRead.MIN_BYTES);
        return p;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void aLongFileReadInPartsGivesWhatOnePassGives(int parts) throws Exception {
        Path f = longFile();
        List<Path> files = List.of(f);
        ImportSettings detected = MeterCsv.sniff(files, null).settings();
        assertThat(detected.layout()).isEqualTo(Layout.LONG);
        // one meter left out, as the window's table lets the user do
        ImportSettings s = detected.withColumns(detected.columns().stream()
                .map(c -> c.meterName().equals("支路3") ? c.withInclude(false) : c).toList());
        assertThat(ChunkedRead.read(f, s, Files.size(f), NullProgressMonitor.INSTANCE, parts))
                .as("read in parts, not left to one pass").isNotNull();
        MeterCsv.Result one = MeterCsv.read(files, s, NullProgressMonitor.INSTANCE, 1);
        MeterCsv.Result inParts = MeterCsv.read(files, s, NullProgressMonitor.INSTANCE, parts);
        assertThat(inParts.series()).isEqualTo(one.series());
        assertThat(inParts.report()).isEqualTo(one.report());
        assertThat(one.series()).extracting(MeterSeries::name).containsExactly("支路1", "支路2", "支路4", "支路5", "支路6", "支路7", "支路8");
        assertThat(one.report().problems()).anySatisfy(p -> assertThat(p.content()).isEqualTo("坏值"));
        // 支路4 has no name on the row of index 2 998: line 1 (header) + 2 998 × 5 + 4
        assertThat(one.report().problems()).anySatisfy(p -> assertThat(p.line()).isEqualTo(1 + 2998L * 5 + 4));
    }

    @Test
    void aQuoteAnywhereLeavesTheFileToOnePass() throws Exception {
        Path f = wideFile("\n", true);
        List<Path> files = List.of(f);
        ImportSettings s = MeterCsv.sniff(files, null).settings();
        assertThat(ChunkedRead.read(f, s, Files.size(f), NullProgressMonitor.INSTANCE, 2)).isNull();
        assertThat(MeterCsv.read(files, s, NullProgressMonitor.INSTANCE, 2).report())
                .isEqualTo(MeterCsv.read(files, s, NullProgressMonitor.INSTANCE, 1).report());
    }

    @Test
    void cancellingStopsEveryPart() throws Exception {
        Path f = wideFile("\n", false);
        List<Path> files = List.of(f);
        ImportSettings s = MeterCsv.sniff(files, null).settings();
        AtomicInteger polls = new AtomicInteger();
        ProgressMonitor cancelSoon = new ProgressMonitor() {
            @Override
            public void begin(String taskName, int totalWork) {
            }

            @Override
            public void worked(int units) {
            }

            @Override
            public boolean isCancelled() {
                return polls.incrementAndGet() > 1;
            }

            @Override
            public void done() {
            }
        };
        assertThatThrownBy(() -> MeterCsv.read(files, s, cancelSoon, 2)).isInstanceOf(ProgressMonitor.CancelledException.class);
    }
}
