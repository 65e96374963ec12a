package org.energydiag.core.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Text without quotes read by {@link PlainCsvReader} gives the very records the importer's FastCSV
 * reader gives ({@link MeterCsv#rowReader}): the same fields, the same starting lines, the same
 * lines counted — with LF, CR LF and lone CR line ends, empty and blank lines, empty fields at the
 * ends, U+FFFD, no line end at the end, and lines and line ends that straddle the reader's buffer.
 */
class PlainCsvReaderTest {

    /** Each record as its starting line and its fields. */
    static List<String> fastCsv(String text, char d) throws IOException {
        List<String> out = new ArrayList<>();
        try (CsvReader<CsvRow> r = MeterCsv.rowReader(new StringReader(text), d)) {
            for (CsvRow row : r) {
                out.add(describe(row));
            }
        }
        return out;
    }

    static List<String> plain(Reader in, char d, long[] lines) throws IOException {
        List<String> out = new ArrayList<>();
        PlainCsvReader r = new PlainCsvReader(in, d);
        for (CsvRow row = r.next(); row != null; row = r.next()) {
            out.add(describe(row));
            assertThat(row.textLength()).isEqualTo(String.join(String.valueOf(d), fields(row)).length());
            // a number read on the way is the one read from the field's characters
            for (int i = 0; i <= row.getFieldCount(); i++) {
                assertThat(row.decimalCode(i)).as("field %d of %s", i, fields(row)).isEqualTo(decimalCode(row, i));
            }
        }
        lines[0] = r.lines();
        return out;
    }

    /** The field as a plain decimal, from its text (stripped), as the importer read it before. */
    static long decimalCode(CsvRow row, int i) {
        if (i >= row.getFieldCount()) {
            return -1;
        }
        String f = MeterCsv.strip(row.getField(i));
        return f.isEmpty() ? -1 : MeterCsv.simpleDecimalCode(f.toCharArray(), 0, f.length());
    }

    static List<String> fields(CsvRow row) {
        List<String> f = new ArrayList<>();
        for (int i = 0; i < row.getFieldCount(); i++) {
            f.add(row.getField(i));
        }
        return f;
    }

    static String describe(CsvRow row) {
        return row.getStartingLineNumber() + ":" + fields(row) + (row.hasReplacementChar() ? " U+FFFD" : "");
    }

    /** A reader that hands out a few characters at a time (as a decoder may), so that lines straddle its reads. */
    static Reader dribble(String text, Random rnd) {
        return new Reader() {
            int at;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (at == text.length()) {
                    return -1;
                }
                int n = Math.min(Math.min(len, 1 + rnd.nextInt(40)), text.length() - at);
                text.getChars(at, at + n, cbuf, off);
                at += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    /** FastCSV's line count at the end: one per line end (a lone CR, LF, or CR LF once), plus a last line without one. */
    static long lineEnds(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
                n++;
            }
        }
        return n;
    }

    @Test
    void recordsAndLinesAsFastCsvGivesThem() throws Exception {
        Random rnd = new Random(20261204);
        String[] ends = {"\n", "\r\n", "\r"};
        String[] cells = {"", " ", "12.5", "2025-01-01 00:15", "支路1", "a b", "\uFFFD", "\t", "-", "x\u3000", "-3", "+4.", ".5",
            "-.5", ".", "1.2.3", "--1", "1-2", "0000000000000012.5", "1234567890123456", "123456789012345", "12345678901234.5",
            " 7.25", "7.25 ", "1e5", "+", "-0", "0.000000000000001", "３.５", "99999999999999.9", "5-"};
        for (int round = 0; round < 400; round++) {
            char d = round % 3 == 0 ? ';' : round % 7 == 0 ? '\t' : ',';
            StringBuilder sb = new StringBuilder();
            int lines = 1 + rnd.nextInt(60);
            for (int i = 0; i < lines; i++) {
                int kind = rnd.nextInt(10);
                if (kind == 0) {
                    // empty line
                } else if (kind == 1) {
                    sb.append(String.valueOf(d).repeat(rnd.nextInt(3) + 1)); // only delimiters
                } else if (kind == 2) {
                    sb.append("y".repeat(70_000 + rnd.nextInt(80_000))); // longer than the buffer
                } else {
                    int fields = 1 + rnd.nextInt(6);
                    for (int f = 0; f < fields; f++) {
                        if (f > 0) {
                            sb.append(d);
                        }
                        sb.append(cells[rnd.nextInt(cells.length)]);
                    }
                }
                if (i + 1 < lines || rnd.nextBoolean()) {
                    sb.append(ends[rnd.nextInt(ends.length)]);
                }
            }
            String text = sb.toString();
            List<String> expected = fastCsv(text, d);
            long[] counted = new long[1];
            assertThat(plain(new StringReader(text), d, counted)).as("round %d", round).isEqualTo(expected);
            assertThat(plain(dribble(text, rnd), d, counted)).as("round %d, read a little at a time", round).isEqualTo(expected);
            assertThat(counted[0]).as("lines counted, round %d", round)
                    .isEqualTo(lineEnds(text) + (text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? 0 : 1));
        }
    }

    @Test
    void aQuoteEndsTheReading() throws Exception {
        PlainCsvReader r = new PlainCsvReader(new StringReader("a,b\n1,2\n3,\"4\"\n"), ',');
        assertThat(r.next()).isNotNull();
        assertThat(r.next()).isNotNull();
        assertThatThrownBy(r::next).isInstanceOf(PlainCsvReader.QuoteFound.class);
    }

    @Test
    void aLineBeyondTheLimitIsLeftToFastCsv() {
        String text = "a,b\n" + "z".repeat(PlainCsvReader.MAX_LINE + 10) + "\n";
        assertThatThrownBy(() -> plain(new StringReader(text), ',', new long[1]))
                .isInstanceOf(de.siegmar.fastcsv.reader.CsvParseException.class);
    }
}
