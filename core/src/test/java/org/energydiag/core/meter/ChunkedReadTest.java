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
            assertThat(ChunkedRead.split(f, Files.size(f), parts)).isNotNull();
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
    void lineCountsAtTheSplitsFollowTheReadersCounting() throws Exception {
        Path f = dir.resolve("lines.csv");
        // 3 × 1 MB: lines of 1000 bytes; CR LF counts once, a lone CR once
        StringBuilder sb = new StringBuilder();
        String body = "x".repeat(998);
        for (int i = 0; i < 3000; i++) {
            sb.append(body).append(i % 2 == 0 ? "\r\n" : "\n");
        }
        Files.writeString(f, "a\rb\n" + sb);
        long size = Files.size(f);
        long[][] split = ChunkedRead.split(f, size, 3);
        assertThat(split).isNotNull();
        for (int k = 1; k < 3; k++) {
            long start = split[0][k];
            byte[] before = java.util.Arrays.copyOf(Files.readAllBytes(f), (int) start);
            assertThat(before[before.length - 1]).isEqualTo((byte) '\n');
            long lines = 0;
            for (int i = 0; i < before.length; i++) {
                if (before[i] == '\n' || before[i] == '\r' && (i + 1 == before.length || before[i + 1] != '\n')) {
                    lines++;
                }
            }
            assertThat(split[1][k]).isEqualTo(lines);
            assertThat(start).isGreaterThanOrEqualTo(size * k / 3);
        }
    }

    @Test
    void aQuoteAnywhereLeavesTheFileToOnePass() throws Exception {
        Path f = wideFile("\n", true);
        assertThat(ChunkedRead.split(f, Files.size(f), 2)).isNull();
        List<Path> files = List.of(f);
        ImportSettings s = MeterCsv.sniff(files, null).settings();
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
