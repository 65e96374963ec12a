package org.energydiag.core.meter;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.energydiag.core.progress.ProgressMonitor;
import org.energydiag.core.text.Texts;

/**
 * Reads meter and energy-management-system exports as they come: detects encoding (UTF-8 with or
 * without BOM, GB18030/GBK), delimiter, preamble and header, decimal comma, timestamp columns and
 * formats, layout (wide, long, one row per day with 24/48/96 points), units from headers and the
 * value kind; then reads the whole file streaming into columnar series with a validation report.
 */
public final class MeterCsv {

    /**
     * The detected settings, the first rows as read with them (for the preview), what was decided
     * and on what evidence (Chinese sentences for the report), and what the data cannot settle.
     */
    public record Sniffed(ImportSettings settings, List<String[]> preview, List<String> header, List<String> decisions,
                          List<Question> questions) {
    }

    /**
     * Something the data cannot settle: the window asks, the command line exits 2 naming
     * {@code option} (e.g. {@code --unit}, {@code --date-order}).
     */
    public record Question(String option, String message) {
    }

    /** Series in stored units (kWh, kvarh, m³, t, GJ per interval) and the report. */
    public record Result(List<MeterSeries> series, ImportReport report) {
    }

    static final int SAMPLE_BYTES = 256 * 1024;
    static final int SAMPLE_RECORDS = 400;
    static final int MAX_PROBLEMS_KEPT = 2000;
    static final int MAX_NOTES_KEPT = 200;
    /** Outlier threshold: beyond median ± 8 × 1.4826 × MAD (a robust “8 sigma”, few false alarms). */
    static final double OUTLIER_K = 8.0;
    /** Longer cells are not numbers (and are not handed to the number regex). */
    static final int MAX_NUMBER_CHARS = 64;
    /** Values beyond ± this (in the file's unit) are refused as implausible (1e309 would be infinite). */
    static final double MAX_ABS_VALUE = 1e13;

    /** Problems that may be reported for many rows: their texts looked up once. */
    private static final String BAD_TIME = Texts.get("meter.badTime");
    private static final String NO_TIME = Texts.get("meter.noTime");
    private static final String NO_METER_NAME = Texts.get("meter.noMeterName");
    private static final String NOT_A_NUMBER = Texts.get("meter.notANumber");
    private static final String OUT_OF_RANGE = Texts.get("meter.outOfRange");

    private MeterCsv() {
    }

    /** The files of a path: the file itself, or the .csv/.txt files of a folder (one file per day …), sorted. */
    public static List<Path> files(Path fileOrDir) throws IOException {
        if (Files.isDirectory(fileOrDir)) {
            try (Stream<Path> s = Files.list(fileOrDir)) {
                List<Path> l = s.filter(Files::isRegularFile).filter(p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return n.endsWith(".csv") || n.endsWith(".txt");
                }).sorted().toList();
                if (l.isEmpty()) {
                    throw new IOException(Texts.format("meter.noCsvInFolder", fileOrDir));
                }
                return l;
            }
        }
        if (!Files.isRegularFile(fileOrDir)) {
            throw new IOException(Texts.format("meter.fileNotFound", fileOrDir));
        }
        return List.of(fileOrDir);
    }

    // ---- detection ------------------------------------------------------------------------------

    /**
     * UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030. A file that is overwhelmingly
     * valid UTF-8 (at least {@link #UTF8_VALID_PER_BAD} valid multi-byte characters per invalid byte)
     * stays UTF-8: one damaged byte must not garble every Chinese name; the reader replaces it and
     * reports its line.
     */
    public static Charset detectCharset(byte[] prefix, boolean complete) {
        if (prefix.length >= 3 && (prefix[0] & 0xff) == 0xEF && (prefix[1] & 0xff) == 0xBB && (prefix[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (prefix.length >= 2 && (prefix[0] & 0xff) == 0xFF && (prefix[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (prefix.length >= 2 && (prefix[0] & 0xff) == 0xFE && (prefix[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        long[] vb = utf8Counts(prefix, complete);
        long valid = vb[0];
        long bad = vb[1];
        if (bad == 0 || valid >= UTF8_VALID_PER_BAD * bad) {
            return StandardCharsets.UTF_8;
        }
        return Charset.forName("GB18030");
    }

    static final int UTF8_VALID_PER_BAD = 20;

    /** {valid multi-byte UTF-8 sequences, invalid bytes}; an incomplete sequence at the end of a sample is neither. */
    static long[] utf8Counts(byte[] p, boolean complete) {
        long valid = 0;
        long bad = 0;
        int i = 0;
        int n = p.length;
        while (i < n) {
            int b = p[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                lo = b == 0xE0 ? 0xA0 : 0x80;
                hi = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                lo = b == 0xF0 ? 0x90 : 0x80;
                hi = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                bad++;
                i++;
                continue;
            }
            boolean ok = true;
            int j = 1;
            for (; j <= need; j++) {
                if (i + j >= n) {
                    break;
                }
                int c = p[i + j] & 0xff;
                if (j == 1 ? c < lo || c > hi : c < 0x80 || c > 0xBF) {
                    ok = false;
                    break;
                }
            }
            if (ok && j <= need) { // ran off the end
                if (!complete) {
                    break;
                }
                ok = false;
            }
            if (ok) {
                valid++;
                i += need + 1;
            } else {
                bad++;
                i++;
            }
        }
        return new long[] {valid, bad};
    }

    static char detectDelimiter(List<String> lines) {
        char best = ',';
        double bestScore = -1;
        int bestMode = 0;
        for (char d : new char[] {',', ';', '\t', '|'}) {
            List<Integer> counts = new ArrayList<>();
            for (String l : lines) {
                if (!l.isBlank()) {
                    counts.add(countFields(l, d));
                }
            }
            if (counts.isEmpty()) {
                continue;
            }
            List<Integer> tail = counts.subList(counts.size() * 2 / 5, counts.size());
            Map<Integer, Integer> freq = new HashMap<>();
            tail.forEach(c -> freq.merge(c, 1, Integer::sum));
            var mode = freq.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (mode.getKey() < 2) {
                continue;
            }
            double score = mode.getValue() / (double) tail.size();
            if (score > bestScore + 1e-9 || Math.abs(score - bestScore) < 1e-9 && mode.getKey() > bestMode) {
                best = d;
                bestScore = score;
                bestMode = mode.getKey();
            }
        }
        return best;
    }

    static int countFields(String line, char d) {
        int n = 1;
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                q = !q;
            } else if (c == d && !q) {
                n++;
            }
        }
        return n;
    }

    /** Reads the start of the first file and works out how to read it. */
    public static Sniffed sniff(List<Path> files, Charset forcedCharset) throws IOException {
        return sniff(files, forcedCharset, null);
    }

    /** As {@link #sniff(List, Charset)}, with the layout given by the user (null = detect). */
    public static Sniffed sniff(List<Path> files, Charset forcedCharset, Layout forcedLayout) throws IOException {
        Path first = files.get(0);
        String fname = first.getFileName().toString();
        byte[] prefix;
        boolean complete;
        try (InputStream in = Files.newInputStream(first)) {
            prefix = in.readNBytes(SAMPLE_BYTES);
            complete = in.read() < 0;
        }
        Charset cs = forcedCharset != null ? forcedCharset : detectCharset(prefix, complete);
        refuseNonText(fname, prefix, complete, cs);
        String text = new String(prefix, cs);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!complete) {
            int cut = Math.max(text.lastIndexOf('\n'), 0);
            text = text.substring(0, cut);
        }
        List<String> lines = text.lines().limit(SAMPLE_RECORDS).toList();
        char delimiter = detectDelimiter(lines);
        List<String[]> records = new ArrayList<>();
        try (CsvReader<CsvRecord> r = reader(new java.io.StringReader(text), delimiter)) {
            for (CsvRecord rec : csvRecords(r, fname)) {
                records.add(clean(rec));
                if (records.size() >= SAMPLE_RECORDS) {
                    break;
                }
            }
        } catch (Unreadable e) {
            throw e.reason();
        }
        Detection.Detected d = Detection.detect(records, cs, delimiter, first, forcedLayout);
        if (!d.constantText().isEmpty() && (records.size() >= SAMPLE_RECORDS || !complete)) {
            // a column with one value in the sample may name the first meter of a long file sorted by
            // meter: read on until it changes, and see whether the time starts again there
            Detection.BlockHint hint = blockHint(first, cs, delimiter, d.settings(), d.constantText(), records);
            if (hint != null) {
                d = Detection.detect(records, cs, delimiter, first, forcedLayout, hint);
            }
        }
        ImportSettings settings = d.settings();
        List<String> header = settings.headerRecord() >= 0 ? List.of(records.get(settings.headerRecord())) : List.of();
        return new Sniffed(settings, List.copyOf(records.subList(0, Math.min(30, records.size()))), header,
                List.copyOf(d.decisions()), List.copyOf(d.questions()));
    }

    /** How far {@link #blockHint} reads beyond the sample before it gives up. */
    static final long BLOCK_SCAN_CHARS = 64L << 20;

    /**
     * Reads the first file past the sample for the columns that held one value there ({@code watch}:
     * column → that value). A column whose value changes where the time goes back into the span
     * already read (by two hours or more: not a repeated hour, not a day's 24:00 row) names the
     * meters of a long file sorted by meter; a column that changes while the time runs on is an
     * attribute after all (a weekday flag) and is no longer watched. Null when no column names
     * meters within {@link #BLOCK_SCAN_CHARS} characters.
     */
    static Detection.BlockHint blockHint(Path file, Charset cs, char delimiter, ImportSettings s, Map<Integer, String> watch,
                                         List<String[]> sample) throws IOException {
        Map<Integer, String> open = new LinkedHashMap<>(watch);
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        long prev = Timestamps.NONE;
        long chars = 0;
        try (Reader rd = new BufferedReader(new InputStreamReader(Files.newInputStream(file), cs.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
             CsvReader<CsvRecord> csv = reader(rd, delimiter)) {
            int index = 0;
            for (CsvRecord rec : csvRecords(csv, file.getFileName().toString())) {
                int i = index++;
                if (i < s.firstDataRecord()) {
                    continue;
                }
                String[] r = clean(rec);
                long t = rowTime(r, s);
                if (t == Timestamps.NONE) {
                    continue;
                }
                if (i >= sample.size()) {
                    for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                        var e = it.next();
                        String v = e.getKey() < r.length ? r[e.getKey()] : "";
                        if (v.isEmpty() || v.equals(e.getValue())) {
                            continue;
                        }
                        if (t >= lo && t <= hi && Math.abs(t - prev) >= 7200) {
                            return new Detection.BlockHint(e.getKey(), e.getValue(), v, rec.getStartingLineNumber(), t);
                        }
                        it.remove();
                    }
                    if (open.isEmpty()) {
                        return null;
                    }
                    for (int c = 0; c < r.length; c++) {
                        chars += r[c].length() + 1;
                    }
                    if (chars > BLOCK_SCAN_CHARS) {
                        return null;
                    }
                }
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
                prev = t;
            }
        } catch (Unreadable e) {
            return null; // the file's own problems are reported when it is read
        }
        return null;
    }

    /** The time of a data row by the settings (date and time of day in two columns if so), or NONE. */
    private static long rowTime(String[] r, ImportSettings s) {
        if (s.timeColumn() >= r.length) {
            return Timestamps.NONE;
        }
        long t = Timestamps.parse(r[s.timeColumn()], s.dateOrder());
        if (t != Timestamps.NONE && s.timeColumn2() >= 0) {
            int tod = Timestamps.timeOfDay(s.timeColumn2() < r.length ? r[s.timeColumn2()] : "");
            t = tod < 0 ? Timestamps.NONE : t + tod;
        }
        return t;
    }

    /** Refuses empty files, workbooks, binary files and files whose first line never ends, saying which. */
    static void refuseNonText(String fname, byte[] prefix, boolean complete, Charset cs) throws MeterFormatException {
        int n = prefix.length;
        if (n >= 4 && prefix[0] == 'P' && prefix[1] == 'K' && prefix[2] == 3 && prefix[3] == 4) {
            throw new MeterFormatException(Texts.format("meter.xlsx", fname));
        }
        if (n >= 4 && (prefix[0] & 0xff) == 0xD0 && (prefix[1] & 0xff) == 0xCF && prefix[2] == 0x11 && (prefix[3] & 0xff) == 0xE0) {
            throw new MeterFormatException(Texts.format("meter.xls", fname));
        }
        boolean utf16 = cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32");
        if (!utf16) {
            int control = 0;
            boolean blank = true;
            boolean bom = n >= 3 && (prefix[0] & 0xff) == 0xEF && (prefix[1] & 0xff) == 0xBB && (prefix[2] & 0xff) == 0xBF;
            for (int i = bom ? 3 : 0; i < n; i++) {
                int b = prefix[i] & 0xff;
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                    control++;
                }
                if (!(b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == ',' || b == ';' || b == '|' || b == '"')) {
                    blank = false;
                }
            }
            if (blank && complete) {
                throw new MeterFormatException(Texts.format("meter.emptyFile", fname));
            }
            if (control > Math.max(8, n / 20)) {
                throw new MeterFormatException(Texts.format("meter.binaryFile", fname));
            }
            if (!complete && indexOf(prefix, (byte) '\n') < 0) {
                throw new MeterFormatException(Texts.format("meter.firstLineTooLong", fname, SAMPLE_BYTES / 1024));
            }
        } else if (new String(prefix, cs).replace("\uFEFF", "").isBlank()) {
            throw new MeterFormatException(Texts.format("meter.emptyFile", fname));
        }
    }

    private static int indexOf(byte[] a, byte b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The records of a reader; FastCSV's limits (16 384 fields, 16 M characters per field or record)
     * and read failures become a {@link MeterFormatException} naming the file and the line.
     */
    static <T> Iterable<T> csvRecords(CsvReader<T> r, String fname) {
        return () -> new java.util.Iterator<>() {
            final java.util.Iterator<T> it = r.iterator();

            @Override
            public boolean hasNext() {
                try {
                    return it.hasNext();
                } catch (CsvParseException e) {
                    throw new Unreadable(csvProblem(fname, e));
                } catch (java.io.UncheckedIOException e) {
                    throw new Unreadable(new MeterFormatException(Texts.format("meter.readError", fname, e.getCause().getMessage())));
                }
            }

            @Override
            public T next() {
                hasNext();
                return it.next();
            }
        };
    }

    /** Carries a {@link MeterFormatException} out of an iterator; unwrapped by sniff and read. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(MeterFormatException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        MeterFormatException reason() {
            return (MeterFormatException) getCause();
        }
    }

    static MeterFormatException csvProblem(String fname, CsvParseException e) {
        StringBuilder all = new StringBuilder();
        for (Throwable x = e; x != null; x = x.getCause()) {
            all.append(x.getMessage()).append('\n');
        }
        String m = all.toString();
        java.util.regex.Matcher lm = java.util.regex.Pattern.compile("line (\\d+)").matcher(m);
        String where = lm.find() ? Texts.format("meter.atLine", lm.group(1))
                : m.contains("first record") ? Texts.format("meter.atLine", 1) : Texts.get("meter.someLine");
        if (m.contains("number of fields")) {
            return new MeterFormatException(Texts.format("meter.tooManyColumns", fname, where));
        }
        if (m.contains("buffer size") || m.contains("maximum limit")) {
            return new MeterFormatException(Texts.format("meter.recordTooLong", fname, where));
        }
        return new MeterFormatException(Texts.format("meter.notCsv", fname, where));
    }

    static CsvReader<CsvRecord> reader(Reader in, char delimiter) {
        return CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"').skipEmptyLines(true)
                .ignoreDifferentFieldCount(true).acceptCharsAfterQuotes(true).ofCsvRecord(in);
    }

    /** The records of {@code in} as reused {@link CsvRow}s (same options as {@link #reader}). */
    static CsvReader<CsvRow> rowReader(Reader in, char delimiter) {
        return CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"').skipEmptyLines(true)
                .ignoreDifferentFieldCount(true).acceptCharsAfterQuotes(true).build(new CsvRow.Handler(), in);
    }

    /** Fields trimmed, with no-break and full-width spaces removed at the ends. */
    static String[] clean(CsvRecord rec) {
        String[] f = new String[rec.getFieldCount()];
        for (int i = 0; i < f.length; i++) {
            f[i] = strip(rec.getField(i));
        }
        return f;
    }

    static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return a == 0 && b == s.length() ? s : s.substring(a, b);
    }

    static boolean isSpace(char c) {
        // most characters met are digits: two comparisons settle them
        return c <= ' ' ? c == ' ' || c == '\t'
                : c >= '\u00A0' && (c == '\u00A0' || c == '\u3000' || c == '\uFEFF' || c == '\u2007' || c == '\u202F');
    }

    /**
     * Parses a number as exported: thousands separators, decimal comma (when set), no-break spaces.
     * Returns NaN for an empty cell and throws NumberFormatException for anything else that is not
     * a number.
     */
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
        1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * The common case of a meter export, "123.456" or "-7", without {@link Double#parseDouble}: at
     * most 15 significant digits and one point. With the mantissa below 2^53 and the power of ten
     * exact (≤ 10^22), one division is correctly rounded (Clinger's fast path), so the result is
     * the same double as parseDouble's. NaN when the text is anything else.
     */
    static double simpleDecimal(String s, int len) {
        if (len == 0) {
            return Double.NaN;
        }
        char[] c = len <= MAX_NUMBER_CHARS ? DIGITS.get() : new char[len];
        s.getChars(0, len, c, 0);
        return simpleDecimal(c, 0, len);
    }

    /** A scratch copy of a cell for {@link #simpleDecimal(String, int)} (read in every detection). */
    private static final ThreadLocal<char[]> DIGITS = ThreadLocal.withInitial(() -> new char[MAX_NUMBER_CHARS]);

    /** As {@link #simpleDecimal(String, int)}, for the characters {@code c[from, to)} (not empty). */
    static double simpleDecimal(char[] c, int from, int to) {
        long code = simpleDecimalCode(c, from, to);
        return code < 0 ? Double.NaN : decimalValue(code);
    }

    /**
     * The plain decimal {@code c[from, to)} (not empty) as its digits, its number of decimals and
     * its sign — {@code mantissa << 6 | (decimals + 1) << 1 | negative}, decimals −1 without a
     * point — or −1 when it is anything else ({@link #simpleDecimal} gives NaN). Its value is
     * {@link #decimalValue}; whether that is within {@link #MAX_ABS_VALUE}, {@link #withinMax}:
     * both known before the one division, so that nothing waits for it.
     */
    static long simpleDecimalCode(char[] c, int from, int to) {
        int i = from;
        boolean negative = false;
        if (c[i] == '-' || c[i] == '+') {
            negative = c[i] == '-';
            i++;
        }
        int body = i;
        long mantissa = 0;
        // the integer digits, then the fraction's: two tight loops (a value is read 1.75 million times
        // in a year of 15-minute data for 50 meters)
        int d;
        while (i < to && (d = c[i] - '0') >= 0 && d <= 9) {
            mantissa = mantissa * 10 + d;
            i++;
        }
        int intEnd = i;
        int decimals = -1;
        if (i < to && c[i] == '.') {
            i++;
            int fracStart = i;
            while (i < to && (d = c[i] - '0') >= 0 && d <= 9) {
                mantissa = mantissa * 10 + d;
                i++;
            }
            decimals = i - fracStart;
        }
        if (i != to || to == body || decimals == 0 && intEnd == body || decimals > 22) {
            return -1; // anything else, "", "+", ".", or too many decimals for the fast path
        }
        int digits = (intEnd - body) + Math.max(0, decimals);
        if (digits > 15) {
            // more than 15 significant digits (leading zeros do not count) cannot be exact in a long-to-double
            int significant = digits;
            for (int k = body; k < to && (c[k] == '0' || c[k] == '.'); k++) {
                if (c[k] == '0') {
                    significant--;
                }
            }
            if (significant > 15) {
                return -1;
            }
        }
        // at most 15 significant digits: the mantissa is below 10^15 < 2^50
        return mantissa << 6 | (long) (decimals + 1) << 1 | (negative ? 1 : 0);
    }

    /** The value of a {@link #simpleDecimalCode}: one correctly rounded division (Clinger's fast path). */
    static double decimalValue(long code) {
        long mantissa = code >>> 6;
        int decimals = (int) ((code >>> 1) & 31) - 1;
        double v = decimals > 0 ? mantissa / POW10[decimals] : mantissa;
        return (code & 1) != 0 ? -v : v;
    }

    /**
     * Whether the value of a {@link #simpleDecimalCode} is within ± {@link #MAX_ABS_VALUE} (10^13),
     * from its digits: without decimals the value is the mantissa; with one, the mantissa over 10;
     * with more, below 10^15 / 100. (10^13 is a double, and the division is correctly rounded, so
     * the comparisons of the digits and of the value agree.)
     */
    static boolean withinMax(long code) {
        long mantissa = code >>> 6;
        int decimals = (int) ((code >>> 1) & 31) - 1;
        return decimals >= 2 || mantissa <= (decimals == 1 ? 100_000_000_000_000L : 10_000_000_000_000L);
    }

    public static double number(String s, boolean decimalComma) {
        int L = s.length();
        if (L > MAX_NUMBER_CHARS) {
            throw new NumberFormatException("too long"); // no export writes such a number; keeps the regex below linear
        }
        if (L == 0 || s.equals("-") || s.equals("--") || s.equalsIgnoreCase("null") || s.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        double fast = simpleDecimal(s, L);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        boolean plain = true;
        for (int i = 0; i < L; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'E' || c == 'e')) {
                plain = false;
                break;
            }
        }
        if (plain && !decimalComma) {
            return Double.parseDouble(s);
        }
        StringBuilder b = new StringBuilder(L);
        for (int i = 0; i < L; i++) {
            char c = s.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF0E') {
                c = (char) (c - 0xFEE0); // full-width digits, ＋ － ． as typed with a Chinese input method (not ，)
            }
            if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'') {
                continue;
            }
            if (decimalComma) {
                if (c == '.') {
                    continue; // thousands separator
                }
                b.append(c == ',' ? '.' : c);
            } else {
                if (c == ',') {
                    continue; // thousands separator
                }
                b.append(c);
            }
        }
        String t = b.toString();
        if (!decimalComma && s.indexOf(',') >= 0 && !s.matches("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            throw new NumberFormatException(s);
        }
        return Double.parseDouble(t);
    }

    // ---- reading --------------------------------------------------------------------------------

    /** Raw values of one meter as read, before they become a regular series. */
    static final class Raw {
        /** What a meter's own arrays count against the budget, as values. */
        static final int OWN_STORE = 16;
        final ColumnMapping mapping;
        long[] t = new long[16];
        double[] v = new double[16];
        long[] line = new long[16];
        String file = "";
        /** 1-based column of the timestamp, for problems about a time. */
        int timeColumn;
        int n;

        Raw(ColumnMapping mapping) {
            this.mapping = mapping;
        }

        void add(long time, double value, long lineNo) {
            if (n == t.length) {
                int cap = n * 2;
                t = Arrays.copyOf(t, cap);
                v = Arrays.copyOf(v, cap);
                line = Arrays.copyOf(line, cap);
            }
            t[n] = time;
            v[n] = value;
            line[n] = lineNo;
            n++;
        }

        /** Room for {@code capacity} values without growing (of the times and lines too unless {@code valuesOnly}). */
        void reserve(int capacity, boolean valuesOnly) {
            if (capacity > v.length) {
                v = Arrays.copyOf(v, capacity);
                if (!valuesOnly) {
                    t = Arrays.copyOf(t, capacity);
                    line = Arrays.copyOf(line, capacity);
                }
            }
        }

        /** A value of a wide file's column whose times and lines are kept once for all columns. */
        void addValue(double value) {
            if (n == v.length) {
                v = Arrays.copyOf(v, n * 2);
            }
            v[n++] = value;
        }

        void release() {
            t = new long[0];
            v = new double[0];
            line = new long[0];
            n = 0;
            more = null;
        }

        /**
         * The values of this meter read by the later parts of a file ({@link ChunkedRead}), in file
         * order, and the lines before each part; joined on first use ({@link #consolidate}), which
         * the meters do side by side.
         */
        private List<Raw> more;
        private List<Long> moreLines;
        /** Lines before the part this meter was first read in (its line numbers count from there). */
        long lineBase;
        /** Only the values are joined: the times and lines are a wide file's, kept once for all columns. */
        boolean valuesOnly;

        /** Adds the values of a later part (whose line numbers count from {@code lines} lines further down). */
        void append(Raw later, long lines) {
            if (more == null) {
                more = new ArrayList<>();
                moreLines = new ArrayList<>();
            }
            more.add(later);
            moreLines.add(lines);
        }

        /** Joins the parts added with {@link #append} and numbers the lines in the whole file. */
        void consolidate() {
            if (more == null && (lineBase == 0 || valuesOnly)) {
                return;
            }
            int total = n;
            if (more != null) {
                for (Raw r : more) {
                    total += r.n;
                }
            }
            // into the arrays of the first part when they have the room (reserved for the whole file)
            double[] v2 = v.length >= total ? v : Arrays.copyOf(v, total);
            long[] t2 = valuesOnly ? t : t.length >= total ? t : Arrays.copyOf(t, total);
            long[] line2 = valuesOnly ? line : line.length >= total ? line : Arrays.copyOf(line, total);
            if (!valuesOnly && lineBase != 0) {
                for (int i = 0; i < n; i++) {
                    line2[i] = line[i] + lineBase;
                }
            }
            int at = n;
            if (more != null) {
                for (int k = 0; k < more.size(); k++) {
                    Raw r = more.get(k);
                    System.arraycopy(r.v, 0, v2, at, r.n);
                    if (!valuesOnly) {
                        System.arraycopy(r.t, 0, t2, at, r.n);
                        long off = moreLines.get(k);
                        for (int i = 0; i < r.n; i++) {
                            line2[at + i] = r.line[i] + off;
                        }
                    }
                    at += r.n;
                }
            }
            v = v2;
            t = t2;
            line = line2;
            n = total;
            lineBase = 0;
            more = null;
            moreLines = null;
        }
    }

    /**
     * How many values (as read) and intervals (as stored) one import may hold: about 24 bytes per
     * value read and 16 per interval, kept within a quarter of the heap each, so that no file,
     * however long or however wrong its dates, runs the program out of memory.
     */
    static long memoryBudget() {
        return Math.max(1_000_000L, Math.min(50_000_000L, Runtime.getRuntime().maxMemory() / 64));
    }

    /** The rows of a long file after which each meter's arrays are reserved for the rows to come. */
    static final int LONG_SAMPLE_ROWS = 4096;

    /** Meters built side by side at a time while the allowance is whole (between checks for cancelling). */
    static final int BUILT_AHEAD = 16;

    /** At most this many intervals in one series (9.5 years of minutes, 142 years of quarter hours). */
    static final long MAX_SERIES_INTERVALS = 5_000_000L;

    /** Collects problems, keeping the first {@link #MAX_PROBLEMS_KEPT}. */
    static final class Problems {
        final List<ImportReport.Problem> kept = new ArrayList<>();
        long count;

        final java.util.Set<String> seen = new java.util.HashSet<>();

        /** For each kept problem: the key it was added once under ({@link #addOnce}), else null. */
        final List<String> onceKeys = new ArrayList<>();

        void add(String file, long line, int column, String content, String message) {
            add(file, line, column, content, message, null);
        }

        private void add(String file, long line, int column, String content, String message, String onceKey) {
            count++;
            if (kept.size() < MAX_PROBLEMS_KEPT) {
                kept.add(new ImportReport.Problem(file, line, column, content, message));
                onceKeys.add(onceKey);
            }
        }

        /** As {@link #add}, once per file, line and column (a row left out is reported once, not per meter). */
        void addOnce(String file, long line, int column, String content, String message) {
            String key = file + '\u0000' + line + '\u0000' + column;
            if (seen.size() < 100_000 && seen.add(key)) {
                add(file, line, column, content, message, key);
            }
        }

        /** Takes over the problems of one meter built on its own, as if they had been added here in order. */
        void absorb(Problems other) {
            absorb(other, 0);
        }

        /** As {@link #absorb(Problems)}, the other's lines (those named) {@code lines} lines further down. */
        void absorb(Problems other, long lines) {
            for (int i = 0; i < other.kept.size(); i++) {
                String key = other.onceKeys.get(i);
                if (key != null && !(seen.size() < 100_000 && seen.add(key))) {
                    continue; // reported for an earlier meter already
                }
                ImportReport.Problem p = other.kept.get(i);
                add(p.file(), p.line() > 0 ? p.line() + lines : p.line(), p.column(), p.content(), p.message(), key);
            }
            count += other.count - other.kept.size(); // those beyond what one list keeps are counted only
        }
    }

    /**
     * Reads all files with the settings. Polls {@code monitor} for cancellation (then throws
     * {@link ProgressMonitor.CancelledException}); nothing is stored here.
     */
    public static Result read(List<Path> files, ImportSettings s, ProgressMonitor monitor) throws IOException {
        return read(files, s, monitor, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * As {@link #read(List, ImportSettings, ProgressMonitor)}, a large file read in up to {@code parts}
     * parts side by side where {@link ChunkedRead} allows (1: in one pass; tests compare the two).
     */
    static Result read(List<Path> files, ImportSettings s, ProgressMonitor monitor, int parts) throws IOException {
        long totalBytes = 0;
        for (Path f : files) {
            totalBytes += Files.size(f);
        }
        monitor.begin(Texts.get("meter.progressReading"), (int) Math.min(Integer.MAX_VALUE, Math.max(1, totalBytes / 1024)));
        Reading rd = null;
        if (parts > 1 && files.size() == 1) {
            rd = ChunkedRead.read(files.get(0), s, totalBytes, monitor, parts);
        }
        if (rd == null) {
            rd = new Reading(s, files, totalBytes, monitor, null);
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    rd.read(in, file.getFileName().toString(), s.firstDataRecord(), 0, true);
                }
                monitor.worked((int) Math.min(Integer.MAX_VALUE, Files.size(file) / 1024));
            }
        }
        Problems problems = rd.problems;
        Map<String, Raw> raws = rd.raws;
        Raw timeline = rd.timeline;
        Raw[] wideRaws = rd.wideRaws;
        long budget = memoryBudget(); // the whole allowance (a part of a file read in parts had its share)
        long rows = rd.rows;
        long accepted = rd.accepted;
        int step = rd.step;
        int sectionTitles = rd.sectionTitles;
        LocalTimes local = rd.local;
        monitor.checkCancelled();
        List<String> notes = new ArrayList<>();
        if (sectionTitles > 0) {
            notes.add(Texts.format("meter.sectionTitlesSkipped", sectionTitles));
        }
        if (!local.fixed) {
            notes.add(Texts.format("meter.daylightSaving", s.zone().getId(),
                    s.zone().getRules().getStandardOffset(java.time.Instant.now()).getId().replace("Z", "+00:00")));
        }
        if (timeline != null) {
            for (Raw r : wideRaws) {
                r.t = timeline.t;
                r.line = timeline.line;
            }
        }
        List<MeterSeries> series = new ArrayList<>();
        List<ImportReport.MeterStats> stats = new ArrayList<>();
        int interval = step;
        if (interval <= 0) {
            raws.values().forEach(Raw::consolidate);
            interval = detectInterval(raws.values());
        }
        String allFiles = String.join("；", files.stream().map(p -> p.getFileName().toString()).toList());
        long intervals = 0;
        List<Raw> all = new ArrayList<>(raws.values());
        TimestampMeans means = s.layout() == Layout.DAY_POINTS ? TimestampMeans.START : s.means();
        // the meters' series are independent: built side by side, their problems, notes and results
        // taken over in the meters' order, so the report is the same as one by one. What one import
        // may hold is shared out a few meters (width) at a time, each few built with what the
        // meters before them left (limit); while that is the whole allowance, as it is unless an
        // import comes near it, and the series are small, the meters are built further ahead, many
        // at a time, with it (fewer waits for the slowest of a few)
        int width = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        long whole = Math.min(MAX_SERIES_INTERVALS, budget);
        Outcome[] outcomes = new Outcome[all.size()];
        int ahead = 0; // the meters before it are built with the whole allowance
        long largest = -1; // the longest series built so far (-1: none yet)
        for (int from = 0; from < all.size(); from += width) {
            monitor.checkCancelled();
            int to = Math.min(all.size(), from + width);
            long limit = Math.min(MAX_SERIES_INTERVALS, budget - intervals);
            int finalInterval = interval;
            if (limit == whole) {
                if (ahead < to) {
                    // many ahead only while that many series of the longest length so far stay
                    // well within the allowance: built ahead, they are held until taken over
                    boolean small = largest >= 0 && largest * BUILT_AHEAD <= budget / 4;
                    int end = Math.min(all.size(), Math.max(to, small ? ahead + BUILT_AHEAD : to));
                    int start = ahead;
                    java.util.stream.IntStream.range(start, end).parallel().forEach(k -> outcomes[k] = buildOne(all.get(k),
                            finalInterval, means, whole, allFiles));
                    for (int k = start; k < end; k++) {
                        Outcome o = outcomes[k];
                        largest = Math.max(largest, o.built() == null || o.built().series() == null ? 0 : o.built().series().size());
                    }
                    ahead = end;
                }
            } else {
                java.util.stream.IntStream.range(from, to).parallel().forEach(k -> outcomes[k] = buildOne(all.get(k), finalInterval,
                        means, limit, allFiles));
            }
            for (int k = from; k < to; k++) {
                Raw r = all.get(k);
                Outcome o = outcomes[k];
                outcomes[k] = null;
                long size = o.built() == null || o.built().series() == null ? 0 : o.built().series().size();
                if (o.failure() == null && intervals + size > budget) {
                    // over what one import may hold with the meters before it: built again alone, as
                    // one by one would have, for the same message
                    o = buildOne(r, interval, means, Math.min(MAX_SERIES_INTERVALS, budget - intervals), allFiles);
                }
                if (o.failure() != null) {
                    throw o.failure();
                }
                problems.absorb(o.problems());
                notes.addAll(o.notes());
                r.release();
                if (o.built() != null) {
                    if (o.built().series() != null) {
                        series.add(o.built().series());
                    }
                    stats.add(o.built().stats());
                    intervals += size;
                }
            }
        }
        monitor.done();
        if (notes.size() > MAX_NOTES_KEPT) {
            int more = notes.size() - MAX_NOTES_KEPT;
            notes = new ArrayList<>(notes.subList(0, MAX_NOTES_KEPT));
            notes.add(Texts.format("meter.moreNotes", more));
        }
        ImportReport report = new ImportReport(files.stream().map(p -> p.getFileName().toString()).toList(),
                s.charset().name(), s.delimiter(), s.layout(), interval, s.means(), rows, accepted, problems.count,
                stats, problems.kept, notes);
        return new Result(series, report);
    }

    /**
     * The reading of rows into raw values: the state of one pass over a file (or over one part of
     * it, see {@link ChunkedRead}), the same for every layout.
     */
    static final class Reading {
        final ImportSettings s;
        final Problems problems = new Problems();
        final Map<String, Raw> raws = new LinkedHashMap<>();
        final Map<String, ColumnMapping> longMappings = new HashMap<>();
        /** What this reading may hold ({@link #memoryBudget}; a part of a file read in parts: its share). */
        final long budget;
        final int pointsPerDay;
        final int step;
        final int sectionColumn;
        final LocalTimes local;
        final Raw dayRaw;
        final int[] wideColumns;
        final Raw[] wideRaws;
        /** One column per meter (the usual wide file): times and lines are kept once, not per meter. */
        final Raw timeline;
        final boolean decimalComma;
        final String charsetName;
        final int meterColumns;
        final boolean reserve;
        /** The bytes this reading covers, for the rows a wide file's size suggests. */
        final long bytes;
        /**
         * Polled for cancellation; null for a part read beside the caller. {@link #cancelled}: set
         * when the parts are given up (another part failed, or the caller was cancelled); a part
         * then stops with {@link ChunkedRead.Stopped}.
         */
        final ProgressMonitor monitor;
        final java.util.concurrent.atomic.AtomicBoolean cancelled;
        long stored;
        long rows;
        long accepted;
        long sampleChars;
        int sectionTitles;
        /** Added to the line numbers the CSV reader gives (a part starting further down the file). */
        long lineOffset;
        private String section;
        private Map<String, Long> previous;

        Reading(ImportSettings s, List<Path> files, long bytes, ProgressMonitor monitor,
                java.util.concurrent.atomic.AtomicBoolean cancelled) {
            this(s, files, bytes, monitor, cancelled, memoryBudget());
        }

        Reading(ImportSettings s, List<Path> files, long bytes, ProgressMonitor monitor,
                java.util.concurrent.atomic.AtomicBoolean cancelled, long budget) {
            this.budget = budget;
            this.s = s;
            this.bytes = bytes;
            this.monitor = monitor;
            this.cancelled = cancelled;
            this.reserve = files.size() == 1;
            Map<Integer, Raw> byColumn = new java.util.TreeMap<>();
            if (s.layout() != Layout.LONG) {
                for (ColumnMapping m : s.columns()) {
                    if (m.include()) {
                        Raw r = raws.computeIfAbsent(m.meterName(), k -> new Raw(m));
                        r.file = files.get(0).getFileName().toString();
                        r.timeColumn = s.timeColumn() + 1;
                        byColumn.put(m.column(), r);
                    }
                }
            }
            for (ColumnMapping m : s.columns()) {
                longMappings.put(m.meterName(), m);
            }
            meterColumns = byColumn.size();
            pointsPerDay = s.layout() == Layout.DAY_POINTS ? s.columns().size() : 0;
            step = s.intervalMinutes() > 0 ? s.intervalMinutes() : pointsPerDay > 0 ? 1440 / pointsPerDay : 0;
            sectionColumn = s.layout() == Layout.SECTIONS && s.longDefault() != null ? s.longDefault().column() : -1;
            local = new LocalTimes(s.zone());
            dayRaw = s.layout() == Layout.DAY_POINTS && !raws.isEmpty() ? raws.values().iterator().next() : null;
            wideColumns = byColumn.keySet().stream().mapToInt(Integer::intValue).toArray();
            wideRaws = byColumn.values().toArray(new Raw[0]);
            timeline = s.layout() == Layout.WIDE && byColumn.size() == raws.size() ? new Raw(null) : null;
            decimalComma = s.decimalComma();
            charsetName = s.charset().name();
        }

        /**
         * Reads the records of {@code in} (decoded with the settings' charset), skipping the first
         * {@code skip}; {@code fileStart}: {@code in} starts at the beginning of the file (a BOM).
         */
        void read(InputStream in, String fname, int skip, long lineOffset, boolean fileStart) throws IOException {
            this.lineOffset = lineOffset;
            section = null;
            previous = new HashMap<>(); // per meter: the time of its previous row (00:00 ending a day)
            try (Reader rd = new BufferedReader(new InputStreamReader(in, s.charset().newDecoder()
                         .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
                 CsvReader<CsvRow> csv = rowReader(rd, s.delimiter())) {
                int index = 0;
                for (CsvRow rec : csvRecords(csv, fname)) {
                    int i = index++;
                    if (i < skip) {
                        continue;
                    }
                    if ((rows & 0x3FFF) == 0) {
                        poll();
                    }
                    rows++;
                    row(rec, fname, fileStart && i == 0);
                }
            } catch (Unreadable e) {
                throw e.reason();
            }
        }

        /**
         * As {@link #read}, for text that holds no quote character ({@link PlainCsvReader}, which
         * throws {@link PlainCsvReader.QuoteFound} at the first quote): lines are numbered from the
         * start of {@code in}. Returns the number of lines read (as the CSV reader counts them).
         */
        long readPlain(InputStream in, String fname, int skip, boolean fileStart) throws IOException {
            this.lineOffset = 0;
            section = null;
            previous = new HashMap<>();
            Utf8Reader utf8 = s.charset().equals(StandardCharsets.UTF_8) ? new Utf8Reader(in) : null;
            try (Reader rd = utf8 != null ? utf8 : new InputStreamReader(in, s.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE))) {
                PlainCsvReader csv = new PlainCsvReader(rd, s.delimiter(), utf8);
                int index = 0;
                for (CsvRow rec = csv.next(); rec != null; rec = csv.next()) {
                    int i = index++;
                    if (i < skip) {
                        continue;
                    }
                    if ((rows & 0x3FFF) == 0) {
                        poll();
                    }
                    rows++;
                    row(rec, fname, fileStart && i == 0);
                }
                return csv.lines();
            }
        }

        private void poll() {
            if (monitor != null) {
                monitor.checkCancelled();
                monitor.worked(0);
            }
            if (cancelled != null && cancelled.get()) {
                throw new ChunkedRead.Stopped();
            }
        }

        /** The time last read (its text, stripped, and its value before any zone), for the rows that repeat it. */
        private char[] lastTime = new char[32];
        private int lastTimeLen = -1;
        private long lastT;
        private boolean lastZoned;
        /** The meter names of a long file, one {@code String} each. */
        private final CsvRow.Names names = new CsvRow.Names();

        private void remember(CsvRow rec, int column, long t, boolean zoned) {
            int len = rec.copyStripped(column, lastTime);
            if (len > lastTime.length) {
                if (len > 256) {
                    lastTimeLen = -1; // no export writes such a time; not worth keeping
                    return;
                }
                lastTime = new char[len];
                rec.copyStripped(column, lastTime);
            }
            lastTimeLen = len;
            lastT = t;
            lastZoned = zoned;
        }

        private void row(CsvRow rec, String fname, boolean first) throws MeterFormatException {
            if (timeline != null) {
                sampleChars += rec.textLength() + 1;
                if (rows == 256 && reserve) {
                    // a wide file's rows are alike: reserve the rows the file's size suggests, so
                    // that 50 columns do not each grow their arrays a dozen times
                    long estimate = bytes / Math.max(1, sampleChars / rows) * 21 / 20 + 64;
                    int cap = (int) Math.min(estimate, Math.min(Integer.MAX_VALUE - 16, budget / Math.max(1, wideRaws.length)));
                    timeline.reserve(cap, false);
                    for (Raw r : wideRaws) {
                        r.reserve(cap, true);
                    }
                }
            } else if (s.layout() == Layout.LONG && reserve && rows <= LONG_SAMPLE_ROWS) {
                sampleChars += rec.textLength() + 1;
                if (rows == LONG_SAMPLE_ROWS) {
                    // a long file's meters take turns: each meter's share of the rows so far, of the
                    // rows the file's size suggests (within what the reading may still hold)
                    long estimate = bytes / Math.max(1, sampleChars / rows) * 21 / 20;
                    long room = Math.max(0, budget - stored) / Math.max(1, raws.size());
                    for (Raw r : raws.values()) {
                        long cap = Math.min(room, (long) r.n * estimate / rows + 64);
                        r.reserve((int) Math.min(Integer.MAX_VALUE - 16, cap), false);
                    }
                }
            }
            long lineNo = rec.getStartingLineNumber() + lineOffset;
            int fc = rec.getFieldCount();
            for (int c = rec.hasReplacementChar() ? 0 : fc; c < fc; c++) {
                if (rec.getField(c).indexOf('\uFFFD') >= 0) {
                    problems.add(fname, lineNo, c + 1, rec.getField(c), Texts.format("meter.undecodable", charsetName));
                    break;
                }
            }
            if (stored + Math.max(1, meterColumns + pointsPerDay) > budget) {
                throw new MeterFormatException(Texts.format("meter.overBudget", fname, lineNo, budget));
            }
            // the time: the previous row's when the text is the same (a long file repeats it for every
            // meter), else read from the characters when of the common form, else from the text
            String tcell = null;
            long t = Timestamps.NONE;
            boolean zoned = false;
            int tc = s.timeColumn();
            if (tc < fc) {
                if (lastTimeLen >= 0 && rec.strippedEquals(tc, lastTime, lastTimeLen)) {
                    t = lastT;
                    zoned = lastZoned;
                } else {
                    t = rec.simpleTime(tc);
                    if (t != Timestamps.NONE) {
                        remember(rec, tc, t, false);
                    }
                }
            }
            if (t == Timestamps.NONE) {
                tcell = tc < fc ? strip(rec.getField(tc)) : "";
                if (first && !tcell.isEmpty() && tcell.charAt(0) == '\uFEFF') {
                    tcell = tcell.substring(1);
                }
                t = Timestamps.parse(tcell, s.dateOrder());
                if (t != Timestamps.NONE) {
                    zoned = Timestamps.hasZone(tcell);
                    if (tc < fc) {
                        remember(rec, tc, t, zoned);
                    }
                }
            }
            if (t != Timestamps.NONE && s.timeColumn2() >= 0) {
                String tc2 = s.timeColumn2() < fc ? strip(rec.getField(s.timeColumn2())) : "";
                int tod = Timestamps.timeOfDay(tc2);
                if (tod < 0) {
                    problems.add(fname, lineNo, s.timeColumn2() + 1, tc2, BAD_TIME);
                    return;
                }
                t += tod;
            }
            if (t == Timestamps.NONE && sectionColumn >= 0 && sectionColumn < fc
                    && !strip(rec.getField(sectionColumn)).isEmpty() && !looksNumeric(strip(rec.getField(sectionColumn)))) {
                section = Detection.sectionName(strip(rec.getField(sectionColumn))); // a repeated header: a new section
                return;
            }
            if (t == Timestamps.NONE && sectionColumn >= 0 && (sectionColumn >= fc || strip(rec.getField(sectionColumn)).isEmpty())) {
                sectionTitles++; // a section's title line ("Data for period starting: …"): not data
                return;
            }
            if (t == Timestamps.NONE) {
                if (!isBlankRow(rec)) {
                    problems.add(fname, lineNo, s.timeColumn() + 1, tcell,
                            tcell.isEmpty() ? NO_TIME : BAD_TIME);
                }
                return;
            }
            String key = "";
            if (s.layout() == Layout.LONG) {
                key = rec.stripped(s.meterColumn(), names);
            } else if (s.layout() == Layout.SECTIONS) {
                key = section != null ? section : s.columns().isEmpty() ? "" : s.columns().get(0).meterName();
            }
            if (s.midnightLast() && step > 0 && Math.floorMod(t, 86400) == 0) {
                Long prev = previous.get(key);
                if (prev != null && prev > t && Math.floorDiv(prev, 86400) == Math.floorDiv(t, 86400)) {
                    t += 86400; // the day's 00:00 row after its last interval: 24:00 of that day
                }
            }
            if (s.midnightLast()) {
                previous.put(key, t);
            }
            if (zoned) {
                t = local.fromChina(t);
            } else if (!local.fixed) {
                t = local.standard(t, key);
            }
            switch (s.layout()) {
                case WIDE -> wideValues(rec, t, lineNo, fname);
                case LONG, SECTIONS -> longValue(rec, key, t, lineNo, fname);
                case DAY_POINTS -> dayValues(rec, t, lineNo, fname);
            }
        }

        // the values of a row, by layout: methods of their own, so that each is compiled small and soon

        /** A wide file's row: one value per meter column. */
        private void wideValues(CsvRow rec, long t, long lineNo, String fname) {
            if (timeline != null) {
                timeline.add(t, Double.NaN, lineNo);
            }
            for (int j = 0; j < wideColumns.length; j++) {
                // as cellValue, with a plain decimal counted before its value is worked out
                int c = wideColumns[j];
                long code = decimalComma ? -1 : rec.decimalCode(c);
                double v;
                if (code >= 0 && withinMax(code)) {
                    v = decimalValue(code);
                    accepted++;
                } else {
                    v = otherValue(rec, c, decimalComma, problems, fname, lineNo);
                    if (!Double.isNaN(v)) {
                        accepted++;
                    }
                }
                if (timeline != null) {
                    wideRaws[j].addValue(v);
                } else {
                    wideRaws[j].add(t, v, lineNo);
                }
                stored++;
            }
        }

        /** A long file's row (or a section's): the value of the meter it names. */
        private void longValue(CsvRow rec, String key, long t, long lineNo, String fname) {
            String name = key;
            if (name.isEmpty()) {
                problems.add(fname, lineNo, s.meterColumn() + 1, "", NO_METER_NAME);
                return;
            }
            if (s.layout() == Layout.LONG && !s.longValues().isEmpty()) {
                // several value columns (最大值, 最小值 …): one meter per name and column
                for (ColumnMapping template : s.longValues()) {
                    meterValue(rec, name + " " + template.meterName(), template, fname, lineNo, t);
                }
            } else {
                meterValue(rec, name, s.longDefault(), fname, lineNo, t);
            }
        }

        /** A row of a day's points: one value per point of the day. */
        private void dayValues(CsvRow rec, long t, long lineNo, String fname) {
            if (dayRaw == null) {
                return;
            }
            for (int j = 0; j < pointsPerDay; j++) {
                double v = cellValue(rec, s.columns().get(j).column(), decimalComma, problems, fname, lineNo);
                long pt = t + (long) j * step * 60L; // point j covers [j, j+1) intervals of the day either way
                dayRaw.add(pt, v, lineNo);
                stored++;
                if (!Double.isNaN(v)) {
                    accepted++;
                }
            }
        }

        /** A long row's value for the meter {@code name}: its own mapping, else {@code template} renamed. */
        private void meterValue(CsvRow rec, String name, ColumnMapping template, String fname, long lineNo, long t) {
            Raw r = raws.get(name);
            if (r == null) {
                ColumnMapping m = longMappings.getOrDefault(name, template == null ? null : template.withName(name));
                if (m == null || !m.include()) {
                    return;
                }
                r = new Raw(m);
                r.file = fname;
                r.timeColumn = s.timeColumn() + 1;
                raws.put(name, r);
                stored += Raw.OWN_STORE; // the meter's own arrays
            }
            double v = cellValue(rec, r.mapping.column(), decimalComma, problems, fname, lineNo);
            r.add(t, v, lineNo);
            stored++;
            if (!Double.isNaN(v)) {
                accepted++;
            }
        }
    }

    record Built(MeterSeries series, ImportReport.MeterStats stats) {
    }

    /** What one meter's raw values became: a series (or demand statistics), or a failure, with its own problems and notes. */
    record Outcome(Built built, Problems problems, List<String> notes, MeterFormatException failure) {
    }

    /** One meter's series, built on its own (safe to run beside the others: it reads the raw arrays only). */
    static Outcome buildOne(Raw r, int interval, TimestampMeans means, long limit, String allFiles) {
        r.consolidate();
        Problems problems = new Problems();
        List<String> notes = new ArrayList<>();
        ColumnMapping m = r.mapping;
        if (m.unit() == null) {
            problems.add(allFiles, 0, m.column() + 1, m.meterName(),
                    Texts.format("meter.unitUnknown", m.meterName()));
            return new Outcome(null, problems, notes, null);
        }
        if (m.kind() == ValueKind.DEMAND) {
            notes.add(Texts.format("meter.demandNotEnergy", m.meterName()));
            return new Outcome(new Built(null, demandStats(r, interval, problems)), problems, notes, null);
        }
        try {
            return new Outcome(SeriesBuilder.build(r, interval, means, limit, problems, notes), problems, notes, null);
        } catch (MeterFormatException e) {
            return new Outcome(null, problems, notes, e);
        }
    }

    /**
     * Demand statistics (maximum/minimum power per period): the highest value in kW, no energy. The
     * periods are checked as a series' intervals are: a period given twice with different values
     * (two series read as one) is a conflicting duplicate, reported with its line; periods missing
     * between the first and the last are gaps.
     */
    static ImportReport.MeterStats demandStats(Raw r, int interval, Problems problems) {
        ColumnMapping m = r.mapping;
        double scale = m.multiplier() * m.unit().toStored();
        int n = 0;
        for (int i = 0; i < r.n; i++) {
            if (!Double.isNaN(r.v[i])) {
                n++;
            }
        }
        long[] t = new long[n];
        double[] v = new double[n];
        long[] line = new long[n];
        for (int i = 0, k = 0; i < r.n; i++) {
            if (!Double.isNaN(r.v[i])) {
                t[k] = r.t[i];
                v[k] = r.v[i] * scale;
                line[k] = r.line[i];
                k++;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> t[x] != t[y] ? Long.compare(t[x], t[y]) : Long.compare(line[x], line[y]));
        double max = Double.NaN;
        int identical = 0;
        int conflicting = 0;
        int gaps = 0;
        int longest = 0;
        LocalDateTime longestAt = null;
        long step = interval * 60L;
        int kept = 0;
        for (int j = 0; j < n; j++) {
            int i = order[j];
            if (j > 0 && t[i] == t[order[j - 1]]) {
                int p = order[j - 1];
                if (Double.compare(v[i], v[p]) == 0) {
                    identical++;
                } else {
                    conflicting++;
                    problems.add(r.file, line[i], m.column() + 1, Double.toString(v[i]),
                            Texts.format("meter.conflictingDuplicate", m.meterName(), time(t[i]), v[p], line[p]));
                }
                continue;
            }
            if (j > 0 && step > 0 && t[i] - t[order[j - 1]] > step) {
                long missing = (t[i] - t[order[j - 1]]) / step - 1;
                if (missing > 0) {
                    gaps++;
                    if (missing > longest) {
                        longest = (int) Math.min(Integer.MAX_VALUE, missing);
                        longestAt = time(t[order[j - 1]] + step);
                    }
                }
            }
            kept++;
            max = Double.isNaN(max) ? v[i] : Math.max(max, v[i]);
        }
        return new ImportReport.MeterStats(m.meterName(), "kW", ValueKind.DEMAND, kept, n == 0 ? null : time(t[order[0]]),
                n == 0 ? null : time(t[order[n - 1]]), Double.NaN, gaps, longest, longestAt, identical, conflicting, 0, 0, 0, 0, max);
    }

    private static boolean looksNumeric(String cell) {
        try {
            number(cell, false);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Local wall times of a zone with daylight saving, read in the zone's standard time so that a
     * DST change is neither a gap nor a duplicate. The hour that repeats in autumn is told apart by
     * order: the first time a meter's local time is met it is the earlier instant in an ascending
     * file; a second row of the same meter and time is the later one.
     */
    static final class LocalTimes {
        private final java.time.zone.ZoneRules rules;
        private final boolean fixed;
        private final Map<String, java.util.Set<Long>> seenOverlap = new HashMap<>();

        LocalTimes(java.time.ZoneId zone) {
            this.rules = zone.getRules();
            // fixed for the data of this century: China has had no daylight saving since 1991
            this.fixed = rules.isFixedOffset() || rules.getTransitionRules().isEmpty()
                    && rules.nextTransition(java.time.Instant.parse("2000-01-01T00:00:00Z")) == null;
        }

        private final Map<String, long[]> direction = new HashMap<>(); // per meter: {previous, ups, downs}

        /** True when the zone has had one offset since 2000: no row's time depends on the rows before it. */
        boolean isFixed() {
            return fixed;
        }

        /** A time that carried its own zone, read by {@link Timestamps} as China time: in this zone's standard time. */
        long fromChina(long chinaWallTime) {
            long utc = chinaWallTime - Timestamps.CHINA_OFFSET_SECONDS;
            return utc + rules.getStandardOffset(java.time.Instant.ofEpochSecond(utc)).getTotalSeconds();
        }

        long standard(long t, String key) {
            if (fixed) {
                return t;
            }
            long[] d = direction.computeIfAbsent(key, k -> new long[] {Long.MIN_VALUE, 0, 0});
            if (d[0] != Long.MIN_VALUE) {
                d[t > d[0] ? 1 : 2] += t == d[0] ? 0 : 1;
            }
            d[0] = t;
            boolean descending = d[2] > d[1];
            LocalDateTime ldt = time(t);
            java.util.List<java.time.ZoneOffset> offsets = rules.getValidOffsets(ldt);
            java.time.Instant instant;
            if (offsets.size() == 1) {
                instant = ldt.toInstant(offsets.get(0));
            } else if (offsets.isEmpty()) {
                // in the spring gap: the clock jumped; the text names the instant of the earlier offset
                var trans = rules.getTransition(ldt);
                instant = ldt.toInstant(trans.getOffsetBefore());
            } else {
                boolean second = !seenOverlap.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(t);
                boolean later = second != descending; // newest-first files meet the later instant first
                instant = ldt.toInstant(later ? offsets.get(1) : offsets.get(0));
            }
            java.time.ZoneOffset std = rules.getStandardOffset(instant);
            return instant.getEpochSecond() + std.getTotalSeconds();
        }
    }

    private static boolean isBlankRow(CsvRow rec) {
        for (int i = 0; i < rec.getFieldCount(); i++) {
            if (!rec.isEmpty(i)) {
                return false;
            }
        }
        return true;
    }

    /** Column {@code c} of the row as a value: plain decimals straight from the characters, the rest as {@link #parseCell}. */
    private static double cellValue(CsvRow rec, int c, boolean decimalComma, Problems problems, String file, long line) {
        if (!decimalComma) {
            long code = rec.decimalCode(c);
            if (code >= 0 && withinMax(code)) {
                return decimalValue(code);
            }
        }
        return otherValue(rec, c, decimalComma, problems, file, line);
    }

    /** Column {@code c} of the row as a value when it is not a plain decimal within range. */
    private static double otherValue(CsvRow rec, int c, boolean decimalComma, Problems problems, String file, long line) {
        if (rec.isEmpty(c)) {
            return Double.NaN;
        }
        return parseCell(strip(rec.getField(c)), decimalComma, problems, file, line, c);
    }

    private static double parseCell(String cell, boolean decimalComma, Problems problems, String file, long line, int col) {
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        double v;
        try {
            v = number(cell, decimalComma);
        } catch (NumberFormatException e) {
            problems.add(file, line, col + 1, cell.length() > 200 ? cell.substring(0, 200) + "…" : cell, NOT_A_NUMBER);
            return Double.NaN;
        }
        if (Double.isInfinite(v) || Math.abs(v) > MAX_ABS_VALUE) {
            problems.add(file, line, col + 1, cell, OUT_OF_RANGE);
            return Double.NaN;
        }
        return v;
    }

    /** The most frequent positive step between consecutive timestamps, in minutes. */
    static int detectInterval(Iterable<Raw> raws) {
        Map<Long, Integer> freq = new HashMap<>();
        for (Raw r : raws) {
            long[] t = Arrays.copyOf(r.t, r.n);
            Arrays.sort(t);
            for (int i = 1; i < t.length && i < 5000; i++) {
                long d = t[i] - t[i - 1];
                if (d > 0) {
                    freq.merge(d, 1, Integer::sum);
                }
            }
        }
        long best = freq.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(900L);
        return (int) Math.max(1, best / 60);
    }

    static LocalDateTime time(long epoch) {
        return LocalDateTime.ofEpochSecond(epoch, 0, ZoneOffset.UTC);
    }
}
