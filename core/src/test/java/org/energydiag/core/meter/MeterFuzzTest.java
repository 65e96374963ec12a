package org.energydiag.core.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.energydiag.core.progress.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded corpus of malformed meter exports (several hundred files: truncated, random and binary
 * bytes, empty, header only, a 17-million-character line, 10 000+ columns, NUL bytes, unmatched quotes,
 * a workbook renamed .csv, 1e309, NaN, full-width digits, 25:00, a year typo in minute data,
 * 60 000 meter names, one bad byte in a UTF-8 file, an empty folder, a missing path, and random
 * mutations of four valid exports), each read the way the {@code meter-import} command reads it.
 * A file passes when the import returns a sane result, or refuses it with the importer's own
 * exception and a Chinese message naming the file; anything else (another exception, an error, a
 * hang) fails, naming the case.
 */
class MeterFuzzTest {

    static final long SEED = 20250611L;
    static final int MAX_INTERVALS = 10_000_000;
    static final long TIMEOUT_SECONDS = 30;
    /** A Java class or package name, or an exception's name, in a message meant for the engineer. */
    static final Pattern JAVA_NAME = Pattern.compile("Exception|Error\\b|\\b(java|javax|org|de|sun)\\.[a-z]+\\.|\\bat [a-z]+\\.");

    @TempDir
    Path dir;

    /** One input: a path, and the options given on the command line (null = none). */
    record Case(String kind, Path path, Charset charset, Layout layout, MeterUnit unit) {
        @Override
        public String toString() {
            return kind + " " + path.getFileName() + (charset != null ? " --encoding " + charset : "")
                    + (layout != null ? " --layout " + layout : "") + (unit != null ? " --unit " + unit.symbol() : "");
        }
    }

    final List<Case> cases = new ArrayList<>();
    int fileNo;

    // ---- valid base files -----------------------------------------------------------------------

    static String ts(LocalDateTime t) {
        return String.format("%04d-%02d-%02d %02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(),
                t.getMinute());
    }

    static String wide15(Random rnd) {
        StringBuilder sb = new StringBuilder("时间,1#变压器(kWh),2#空压机(kWh),3#照明(kWh)\n");
        LocalDateTime t = LocalDateTime.of(2025, 3, 1, 0, 0);
        for (int i = 0; i < 192; i++) {
            sb.append(ts(t.plusMinutes(15L * i)));
            for (int c = 0; c < 3; c++) {
                sb.append(',').append(String.format("%.2f", 5 + rnd.nextDouble() * 50));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String longLayout(Random rnd) {
        StringBuilder sb = new StringBuilder("时间,表计名称,电量(kWh)\n");
        String[] names = {"一号楼总表", "二号楼空调", "食堂", "水泵房"};
        LocalDateTime t = LocalDateTime.of(2025, 4, 1, 0, 0);
        for (int i = 0; i < 48; i++) {
            for (String n : names) {
                sb.append(ts(t.plusHours(i))).append(',').append(n).append(',')
                        .append(String.format("%.1f", rnd.nextDouble() * 80)).append('\n');
            }
        }
        return sb.toString();
    }

    static String day96(Random rnd) {
        StringBuilder sb = new StringBuilder("单位：kWh\n日期");
        for (int j = 1; j <= 96; j++) {
            sb.append(',').append(String.format("%02d:%02d", j * 15 / 60, j * 15 % 60));
        }
        sb.append('\n');
        for (int d = 1; d <= 10; d++) {
            sb.append(String.format("2025-05-%02d", d));
            for (int j = 0; j < 96; j++) {
                sb.append(',').append(rnd.nextInt(400));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String register(Random rnd) {
        StringBuilder sb = new StringBuilder("时间,总表表码(kWh)\n");
        LocalDateTime t = LocalDateTime.of(2025, 6, 1, 0, 0);
        double r = 12_000;
        for (int i = 0; i < 72; i++) {
            r += rnd.nextInt(30);
            sb.append(ts(t.plusHours(i))).append(',').append(r).append('\n');
        }
        return sb.toString();
    }

    // ---- writing cases --------------------------------------------------------------------------

    Path file(String ext, byte[] bytes) throws IOException {
        Path p = dir.resolve(String.format("f%04d.%s", fileNo++, ext));
        Files.write(p, bytes);
        return p;
    }

    void add(String kind, byte[] bytes) throws IOException {
        cases.add(new Case(kind, file("csv", bytes), null, null, null));
    }

    void add(String kind, String text) throws IOException {
        add(kind, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> lines(String s) {
        return new ArrayList<>(Arrays.asList(s.split("\n", -1)));
    }

    static byte[] randomBytes(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    static byte[] insert(byte[] b, int at, byte[] x) {
        byte[] r = new byte[b.length + x.length];
        System.arraycopy(b, 0, r, 0, at);
        System.arraycopy(x, 0, r, at, x.length);
        System.arraycopy(b, at, r, at + x.length, b.length - at);
        return r;
    }

    /** Applies 1–3 random edits: byte flips, truncation, line duplication/deletion/swaps, column drops. */
    static byte[] mutate(Random rnd, String base) {
        String text = base;
        int edits = 1 + rnd.nextInt(3);
        byte[] bytes = null;
        for (int e = 0; e < edits; e++) {
            int op = rnd.nextInt(7);
            if (op <= 3) {
                List<String> ls = lines(text);
                int i = rnd.nextInt(ls.size());
                switch (op) {
                    case 0 -> { // duplicate a run of lines
                        int k = 1 + rnd.nextInt(5);
                        for (int j = 0; j < k; j++) {
                            ls.add(i, ls.get(Math.min(i + j, ls.size() - 1)));
                        }
                    }
                    case 1 -> { // delete a run of lines
                        int k = 1 + rnd.nextInt(Math.max(1, ls.size() / 4));
                        for (int j = 0; j < k && i < ls.size(); j++) {
                            ls.remove(i);
                        }
                    }
                    case 2 -> { // swap two lines
                        int j = rnd.nextInt(ls.size());
                        String x = ls.get(i);
                        ls.set(i, ls.get(j));
                        ls.set(j, x);
                    }
                    default -> { // drop a column from some or all lines
                        int col = rnd.nextInt(4);
                        boolean all = rnd.nextBoolean();
                        for (int j = 0; j < ls.size(); j++) {
                            if (all || rnd.nextInt(4) == 0) {
                                List<String> f = new ArrayList<>(Arrays.asList(ls.get(j).split(",", -1)));
                                if (col < f.size()) {
                                    f.remove(col);
                                }
                                ls.set(j, String.join(",", f));
                            }
                        }
                    }
                }
                text = String.join("\n", ls);
            } else if (op == 4) { // replace a cell with junk
                List<String> ls = lines(text);
                int i = rnd.nextInt(ls.size());
                List<String> f = new ArrayList<>(Arrays.asList(ls.get(i).split(",", -1)));
                String[] junk = {"", ".", "-", "NaN", "1e309", "-1e309", "２０２５-０３-０１", "25:00", "2025-02-30 00:00",
                    "\"", "abc", "1,2", "0x1F", "9".repeat(40), "Infinity", "??", "2120-03-01 00:15", "24:30"};
                f.set(rnd.nextInt(f.size()), junk[rnd.nextInt(junk.length)]);
                ls.set(i, String.join(",", f));
                text = String.join("\n", ls);
            } else {
                bytes = utf8(text);
                if (op == 5) { // flip bytes
                    int k = 1 + rnd.nextInt(8);
                    for (int j = 0; j < k && bytes.length > 0; j++) {
                        bytes[rnd.nextInt(bytes.length)] ^= (byte) (1 << rnd.nextInt(8));
                    }
                } else { // truncate
                    bytes = Arrays.copyOf(bytes, rnd.nextInt(bytes.length + 1));
                }
                text = new String(bytes, StandardCharsets.UTF_8);
            }
        }
        return bytes != null && new String(bytes, StandardCharsets.UTF_8).equals(text) ? bytes : utf8(text);
    }

    byte[] xlsx() throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bo)) {
            for (String[] e : new String[][] {
                {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
                {"xl/workbook.xml", "<workbook><sheets><sheet name=\"电表\" sheetId=\"1\"/></sheets></workbook>"},
                {"xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>2025-01-01 00:15</t></is></c><c><v>12.5</v></c></row></sheetData></worksheet>"}}) {
                z.putNextEntry(new ZipEntry(e[0]));
                z.write(utf8(e[1]));
                z.closeEntry();
            }
        }
        return bo.toByteArray();
    }

    void buildCorpus() throws IOException {
        Random rnd = new Random(SEED);
        String[] bases = {wide15(rnd), longLayout(rnd), day96(rnd), register(rnd)};
        for (String b : bases) {
            add("valid", b);
        }
        // empty and header only
        add("empty", new byte[0]);
        add("empty", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        add("empty", "\n\n \r\n\t\n");
        add("empty", "  ,  ,  \n,,\n");
        for (String b : bases) {
            String h = b.substring(0, b.indexOf('\n', b.startsWith("单位") ? b.indexOf('\n') + 1 : 0) + 1);
            add("header-only", h);
            add("header-only", h.strip());
        }
        // truncated anywhere (also inside a multi-byte character)
        for (int i = 0; i < 40; i++) {
            byte[] b = utf8(bases[i % 4]);
            add("truncated", Arrays.copyOf(b, rnd.nextInt(Math.min(b.length, i < 20 ? 300 : b.length))));
        }
        // random bytes and binary files
        for (int i = 0; i < 20; i++) {
            add("random-bytes", randomBytes(rnd, 1 + rnd.nextInt(i < 10 ? 200 : 70_000)));
        }
        byte[] png = insert(randomBytes(rnd, 4000), 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        add("binary", png);
        add("binary", new byte[5000]);
        add("binary", insert(randomBytes(rnd, 3000), 0, utf8("%PDF-1.7\n")));
        byte[] ole = insert(new byte[4096], 0, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        add("binary", ole);
        for (int i = 0; i < 6; i++) { // text with control bytes sprinkled in
            byte[] b = utf8(bases[i % 4]);
            for (int j = 0; j < b.length / 5; j++) {
                b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(32);
            }
            add("binary", b);
        }
        add("xlsx-renamed", xlsx());
        add("xlsx-renamed", Arrays.copyOf(xlsx(), 100));
        add("xlsx-renamed", ole);
        // NUL bytes inside valid files
        for (int i = 0; i < 16; i++) {
            byte[] b = utf8(bases[i % 4]);
            int k = 1 + rnd.nextInt(i < 8 ? 3 : 200);
            for (int j = 0; j < k; j++) {
                b = insert(b, rnd.nextInt(b.length + 1), new byte[] {0});
            }
            add("nul-bytes", b);
        }
        // unmatched quotes
        for (int i = 0; i < 16; i++) {
            byte[] b = utf8(bases[i % 4]);
            add("unmatched-quote", insert(b, rnd.nextInt(b.length + 1), utf8(i % 3 == 0 ? "\"" : i % 3 == 1 ? "\"\"\"" : ",\"abc")));
        }
        add("unmatched-quote", "时间,\"表(kWh)\n2025-01-01 00:00,1\n2025-01-01 00:15,2\n");
        // 1e309, NaN, full-width digits, bad times
        String[] numbers = {"1e309", "-1e309", "1e308", "1.7976931348623157E308", "NaN", "nan", "Infinity", "-Infinity",
            "１２.５", "12,5", "1e-400", "0x10", "1_000", "4.9E-324", "99999999999999999999999999"};
        for (int i = 0; i < numbers.length * 2; i++) {
            String v = numbers[i % numbers.length];
            boolean reg = i >= numbers.length;
            StringBuilder sb = new StringBuilder(reg ? "时间,总表表码(kWh)\n" : "时间,表(kWh)\n");
            for (int j = 0; j < 30; j++) {
                sb.append(ts(LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(15L * j))).append(',')
                        .append(j == 10 || j == 0 && i % 2 == 0 || rnd.nextInt(6) == 0 ? v : Double.toString(reg ? 1000 + j : j)).append('\n');
            }
            add(v.contains("309") || v.contains("308") || v.contains("99999") ? "huge-number" : v.toLowerCase().contains("nan")
                    || v.contains("Inf") ? "nan" : v.contains("１") ? "full-width" : "odd-number", sb.toString());
        }
        for (int i = 0; i < 6; i++) { // full-width digits in timestamps
            StringBuilder sb = new StringBuilder("时间,表(kWh)\n");
            for (int j = 0; j < 20; j++) {
                String t = ts(LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(15L * j));
                if (j % (i + 1) == 0) {
                    StringBuilder w = new StringBuilder();
                    t.chars().forEach(c -> w.append(c >= '0' && c <= '9' ? (char) ('０' + c - '0') : (char) c));
                    t = w.toString();
                }
                sb.append(t).append(',').append(i % 2 == 0 ? "３" : "3").append('\n');
            }
            add("full-width", sb.toString());
        }
        String[] badTimes = {"25:00", "24:30", "99:99", ".", "..", "1.", ".5", "-", "2025-13-45 00:00", "2025-02-30 00:00",
            "2025-01-01 25:00", "2025-01-01 00:60", "00:00", "2025/1/1 24:01", "0.", "12345678901234567890", "1.2.3", "T",
            "2025-01-01T00:00+99:99", "45000.5.5"};
        for (String bt : badTimes) {
            StringBuilder sb = new StringBuilder("日期,时间,表(kWh)\n");
            for (int j = 0; j < 24; j++) {
                sb.append("2025-01-01,").append(j == 5 || j == 0 && bt.length() < 3 ? bt : String.format("%02d:00", j)).append(',').append(j).append('\n');
            }
            add("bad-time", sb.toString());
            StringBuilder sb2 = new StringBuilder("时间,表(kWh)\n");
            for (int j = 0; j < 24; j++) {
                sb2.append(j == 7 ? bt : ts(LocalDateTime.of(2025, 1, 1, j, 0))).append(',').append(j).append('\n');
            }
            add("bad-time", sb2.toString());
        }
        // a year typo in the middle of 1-minute data
        String[] typos = {"2120", "1925", "2200", "2152", "1901", "2205"};
        for (int i = 0; i < typos.length; i++) {
            StringBuilder sb = new StringBuilder(i % 2 == 0 ? "时间,1#线(kWh),2#线(kWh)\n" : "时间,总表表码(kWh)\n");
            LocalDateTime t = LocalDateTime.of(2025, 1, 1, 0, 0);
            for (int j = 0; j < 3000; j++) {
                String s = ts(t.plusMinutes(j));
                if (j == 1500 || i >= 4 && j == 2900) {
                    s = typos[i] + s.substring(4);
                }
                sb.append(s).append(',').append(i % 2 == 0 ? (j % 7) + "," + (j % 3) : Double.toString(5000 + j * 0.5)).append('\n');
            }
            add("year-typo", sb.toString());
        }
        // single readings
        add("single-reading", "时间,总表表码(kWh)\n2025-01-01 00:00,1234.5\n");
        add("single-reading", "时间,总表表码(kWh)\n2025-01-01 00:00,1234.5\n2025-01-01 00:00,1234.5\n");
        add("single-reading", "时间,总表表码(kWh)\n2025-01-01 00:00,1234.5\n2025-01-01 00:15,\n2025-01-01 00:30,\n");
        add("single-reading", "时间,表(kWh)\n2025-01-01 00:00,12\n");
        add("single-reading", "时间,表名,电量(kWh)\n2025-01-01 00:00,甲,1\n2025-01-01 00:15,乙,2\n");
        add("single-reading", "时间,表名,表码(kWh)\n2025-01-01 00:00,甲,100\n2025-01-01 00:15,乙,200\n2025-01-01 00:30,甲,150\n");
        // many columns
        for (int cols : new int[] {10_001, 12_000, 16_383, 17_000, 25_000}) {
            StringBuilder sb = new StringBuilder("时间");
            for (int c = 0; c < cols; c++) {
                sb.append(",表").append(c).append("(kWh)");
            }
            sb.append('\n');
            for (int j = 0; j < 6; j++) {
                sb.append(ts(LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(15L * j)));
                for (int c = 0; c < cols; c++) {
                    sb.append(',').append(c % 10);
                }
                sb.append('\n');
            }
            add("many-columns", sb.toString());
        }
        StringBuilder commas = new StringBuilder("时间,表(kWh)\n2025-01-01 00:00,1\n2025-01-01 00:15,2");
        commas.append(",".repeat(40_000)).append("\n2025-01-01 00:30,3\n");
        add("many-columns", commas.toString());
        // very long lines: one field of 17 million characters after valid rows, and a 2 MB file of one line
        StringBuilder longLine = new StringBuilder("时间,表(kWh)\n");
        for (int j = 0; j < 600; j++) {
            longLine.append(ts(LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(15L * j))).append(",1\n");
        }
        longLine.append("2025-01-08 06:00,").append("7".repeat(17_000_000)).append("\n2025-01-08 06:15,1\n");
        add("long-line", longLine.toString());
        add("long-line", "2025-01-01 00:00," + "1,".repeat(1_000_000));
        add("long-line", "时间,表(kWh)\n2025-01-01 00:00,1\n2025-01-01 00:15,\"" + "x".repeat(300_000) + "\n");
        // a header cell of 200 000 opening brackets (the unit patterns must not take quadratic time)
        add("long-line", "时间," + "(".repeat(200_000) + ",表(kWh\n2025-01-01 00:00,1,2\n2025-01-01 00:15,1,2\n");
        add("long-line", "时间,表" + "（kWh".repeat(50_000) + "\n2025-01-01 00:00,1\n2025-01-01 00:15,1\n");
        // 60 000 meter names in a long layout
        StringBuilder many = new StringBuilder("时间,表计名称,电量(kWh)\n");
        for (int m = 0; m < 60_000; m++) {
            for (int j = 0; j < 2; j++) {
                many.append(ts(LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(15L * j))).append(",表计").append(m).append(',')
                        .append(m % 17).append('\n');
            }
        }
        add("many-meters", many.toString());
        // one invalid byte in a UTF-8 file with Chinese names; a whole GBK file
        for (int i = 0; i < 4; i++) {
            byte[] b = utf8(bases[i == 3 ? 1 : i]);
            int at = i == 0 ? 5 : i == 3 ? b.length / 2 : b.length / 3;
            b = insert(b, at, new byte[] {(byte) (i % 2 == 0 ? 0xFF : 0xC3)});
            add("bad-byte-utf8", b);
        }
        for (int i = 0; i < 3; i++) {
            add("gbk", bases[i].getBytes(Charset.forName("GBK")));
        }
        // folders and paths
        Path empty = dir.resolve("空文件夹");
        Files.createDirectories(empty);
        cases.add(new Case("empty-folder", empty, null, null, null));
        Path onlyOther = dir.resolve("其他文件");
        Files.createDirectories(onlyOther);
        Files.writeString(onlyOther.resolve("readme.pdf"), "x");
        cases.add(new Case("empty-folder", onlyOther, null, null, null));
        cases.add(new Case("missing-path", dir.resolve("不存在.csv"), null, null, null));
        cases.add(new Case("missing-path", dir.resolve("不存在/"), null, null, null));
        Path mixed = dir.resolve("混合");
        Files.createDirectories(mixed);
        Files.writeString(mixed.resolve("a.csv"), bases[0]);
        Files.write(mixed.resolve("b.csv"), randomBytes(rnd, 500));
        Files.writeString(mixed.resolve("c.csv"), bases[1]);
        cases.add(new Case("folder", mixed, null, null, null));
        // random mutations of the valid files, some with command-line options
        Charset[] charsets = {null, null, null, StandardCharsets.UTF_8, Charset.forName("GBK"), StandardCharsets.ISO_8859_1};
        Layout[] layouts = {null, null, null, Layout.WIDE, Layout.LONG, Layout.DAY_POINTS};
        MeterUnit[] units = {null, null, null, MeterUnit.KWH, MeterUnit.KW, MeterUnit.M3};
        for (int i = 0; i < 320; i++) {
            byte[] b = mutate(rnd, bases[i % 4]);
            boolean options = i % 5 == 4;
            cases.add(new Case("mutation", file("csv", b), options ? charsets[rnd.nextInt(charsets.length)] : null,
                    options ? layouts[rnd.nextInt(layouts.length)] : null, options ? units[rnd.nextInt(units.length)] : null));
        }
    }

    // ---- checking -------------------------------------------------------------------------------

    static final String REFUSED = "\u0000refused";

    /** Imports as the CLI does; null or {@link #REFUSED} when the outcome is acceptable, else what is wrong. */
    static String check(Case c) throws Exception {
        try {
            List<Path> files = MeterCsv.files(c.path());
            MeterCsv.Sniffed s = MeterCsv.sniff(files, c.charset(), c.layout());
            ImportSettings settings = c.unit() != null ? s.settings().withDefaultUnit(c.unit()) : s.settings();
            return sane(MeterCsv.read(files, settings, NullProgressMonitor.INSTANCE));
        } catch (IOException e) { // MeterFormatException is one
            String m = e.getMessage();
            String name = c.path().getFileName().toString();
            if (m == null || !m.contains(name) && !(Files.isDirectory(c.path()) && m.contains(".csv"))) {
                return "message does not name the file: " + m;
            }
            if (!m.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF)) {
                return "message not in Chinese: " + m;
            }
            if (JAVA_NAME.matcher(m).find()) {
                return "message shows a Java name: " + m;
            }
            return REFUSED;
        }
    }

    static String sane(MeterCsv.Result r) {
        ImportReport rep = r.report();
        if (rep.intervalMinutes() <= 0) {
            return "interval " + rep.intervalMinutes();
        }
        for (MeterSeries s : r.series()) {
            if (s.starts().length != s.values().length || s.size() > MAX_INTERVALS) {
                return s + ": size";
            }
            for (int i = 1; i < s.size(); i++) {
                if (s.starts()[i] <= s.starts()[i - 1]) {
                    return s + ": starts not strictly increasing at " + i;
                }
            }
            for (double v : s.values()) {
                if (Double.isInfinite(v)) {
                    return s + ": infinite value";
                }
            }
            if (!Double.isFinite(s.total())) {
                return s + ": total " + s.total();
            }
        }
        for (ImportReport.MeterStats m : rep.meters()) {
            if (!Double.isFinite(m.total()) || Double.isInfinite(m.maxDemandKw()) || m.first() == null || m.last() == null
                    || m.last().isBefore(m.first())) {
                return "meter stats " + m;
            }
        }
        for (ImportReport.Problem p : rep.problems()) {
            if (JAVA_NAME.matcher(p.message()).find()) {
                return "problem message shows a Java name: " + p.message();
            }
        }
        for (String n : rep.notes()) {
            if (JAVA_NAME.matcher(n).find()) {
                return "note shows a Java name: " + n;
            }
        }
        rep.toCsv();
        return null;
    }

    static ExecutorService executor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "meter-fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    @Test
    void malformedFilesEndInAResultOrAClearRefusal() throws Exception {
        long t0 = System.nanoTime();
        buildCorpus();
        long built = System.nanoTime();
        Map<String, int[]> counts = new TreeMap<>(); // kind → {files, refused}
        List<String> failures = new ArrayList<>();
        ExecutorService ex = executor();
        try {
            for (Case c : cases) {
                int[] k = counts.computeIfAbsent(c.kind(), x -> new int[2]);
                k[0]++;
                Future<String> f = ex.submit(() -> check(c));
                try {
                    String err = f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    if (err == REFUSED) {
                        k[1]++;
                    } else if (err != null) {
                        failures.add(c + ": " + err);
                    }
                } catch (TimeoutException e) {
                    failures.add(c + ": no answer within " + TIMEOUT_SECONDS + " s (hang)");
                    f.cancel(true);
                    ex.shutdownNow();
                    ex = executor();
                } catch (ExecutionException e) {
                    StringWriter sw = new StringWriter();
                    e.getCause().printStackTrace(new PrintWriter(sw));
                    String trace = sw.toString();
                    failures.add(c + ": " + trace.substring(0, Math.min(trace.length(), 1500)));
                }
            }
        } finally {
            ex.shutdownNow();
        }
        long done = System.nanoTime();
        System.out.printf("meter fuzz: %d cases, corpus %.1f s, import %.1f s; per kind: %s%n", cases.size(),
                (built - t0) / 1e9, (done - built) / 1e9, counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()[0] + " (" + e.getValue()[1] + " refused)")
                        .toList());
        assertThat(cases).hasSizeGreaterThanOrEqualTo(500);
        assertThat(failures).as("failing cases (%d of %d)", failures.size(), cases.size()).isEmpty();
    }


    // ---- the findings behind the fixes, asserted one by one ----------------------------------------

    MeterCsv.Result importBytes(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        List<Path> files = MeterCsv.files(p);
        return MeterCsv.read(files, MeterCsv.sniff(files, null).settings(), NullProgressMonitor.INSTANCE);
    }

    @Test
    void oneBadByteInAUtf8FileKeepsTheChineseNamesAndIsReportedOnItsLine() throws Exception {
        String text = longLayout(new Random(1));
        int name = text.indexOf("食堂", text.length() / 2); // a meter name half-way down
        long line = text.substring(0, name).chars().filter(c -> c == '\n').count() + 1;
        int at = utf8(text.substring(0, name)).length + 3; // between 食 and 堂
        MeterCsv.Result r = importBytes("坏字节.csv", insert(utf8(text), at, new byte[] {(byte) 0xFF}));
        assertThat(r.report().encoding()).isEqualTo("UTF-8");
        assertThat(r.series()).extracting(MeterSeries::name).contains("一号楼总表", "二号楼空调", "食堂", "水泵房");
        assertThat(r.report().problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.content()).isEqualTo("食\uFFFD堂");
            assertThat(p.message()).contains("无法解码");
        });
    }

    @Test
    void aYearTypoInMinuteDataLeavesOnlyThatRowOut() throws Exception {
        StringBuilder sb = new StringBuilder("时间,1#线(kWh)\n");
        LocalDateTime t = LocalDateTime.of(2025, 1, 1, 0, 0);
        for (int j = 0; j < 3000; j++) {
            String s = ts(t.plusMinutes(j));
            sb.append(j == 1500 ? "2120" + s.substring(4) : s).append(",1\n");
        }
        MeterCsv.Result r = importBytes("typo.csv", utf8(sb.toString()));
        MeterSeries s = r.series().get(0);
        assertThat(s.size()).isEqualTo(3000); // the grid spans the consistent rows; 1 501 is missing
        assertThat(s.total()).isEqualTo(2999);
        assertThat(r.report().problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(1502);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.content()).startsWith("2120-01-02");
            assertThat(p.message()).contains("远离其余数据");
        });
    }

    @Test
    void twoReadingsACenturyApartAreRefusedNamingBothLines() throws Exception {
        MeterCsv.Result r = importBytes("century.csv",
                utf8("时间,表(kWh)\n2025-01-01 00:00,1\n2025-01-01 00:01,1\n2025-01-01 00:02,1\n2120-01-01 00:03,1\n"));
        assertThat(r.series()).isEmpty();
        assertThat(r.report().notes()).anySatisfy(n -> assertThat(n).contains("第 2 行").contains("第 5 行").contains("超过上限"));
    }

    @Test
    void aSingleRegisterReadingIsANoteNotACrash() throws Exception {
        MeterCsv.Result r = importBytes("one.csv", utf8("时间,总表表码(kWh)\n2025-01-01 00:00,1234.5\n"));
        assertThat(r.series()).isEmpty();
        assertThat(r.report().notes()).anySatisfy(n -> assertThat(n).contains("只有一个时刻的表码读数"));
    }

    @Test
    void aDotInTheTimeColumnIsAProblemOnItsLine() throws Exception {
        MeterCsv.Result r = importBytes("dot.csv",
                utf8("时间,表(kWh)\n2025-01-01 00:00,1\n2025-01-01 00:15,1\n.,2\n2025-01-01 00:45,3\n"));
        assertThat(r.series().get(0).total()).isEqualTo(5);
        assertThat(r.report().problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(1);
        });
    }

    @Test
    void infiniteAndImplausibleNumbersAreMissingValues() throws Exception {
        MeterCsv.Result r = importBytes("inf.csv", utf8("时间,表(kWh)\n2025-01-01 00:00,1\n2025-01-01 00:15,1e309\n"
                + "2025-01-01 00:30,1e300\n2025-01-01 00:45,2\n"));
        assertThat(r.series().get(0).total()).isEqualTo(3);
        assertThat(r.report().problems()).filteredOn(p -> p.message().contains("超出合理范围")).extracting(ImportReport.Problem::line)
                .containsExactly(3L, 4L);
    }

    @Test
    void aFieldBeyondTheCsvReadersLimitNamesTheFileAndLine() throws Exception {
        StringBuilder sb = new StringBuilder("时间,表(kWh)\n");
        for (int j = 0; j < 10; j++) {
            sb.append(ts(LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(15L * j))).append(",1\n");
        }
        sb.append("2025-01-01 03:00,\"").append("1".repeat(17_000_000)).append("\n");
        Path p = dir.resolve("quote.csv");
        Files.writeString(p, sb);
        MeterCsv.Sniffed s = MeterCsv.sniff(List.of(p), null);
        assertThatThrownBy(() -> MeterCsv.read(List.of(p), s.settings(), NullProgressMonitor.INSTANCE))
                .isInstanceOf(MeterFormatException.class).hasMessageContaining("quote.csv").hasMessageContaining("第 12 行")
                .hasMessageContaining("引号");
    }

    @Test
    void aWorkbookRenamedCsvSaysSo() throws Exception {
        Path p = dir.resolve("表.csv");
        Files.write(p, xlsx());
        assertThatThrownBy(() -> MeterCsv.sniff(List.of(p), null)).isInstanceOf(MeterFormatException.class)
                .hasMessageContaining("表.csv").hasMessageContaining("Excel 工作簿").hasMessageContaining("另存为");
    }
}
