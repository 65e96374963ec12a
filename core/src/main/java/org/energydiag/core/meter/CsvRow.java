package org.energydiag.core.meter;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.util.Arrays;

/**
 * One CSV record as the importer reads it: the characters of its fields kept in one buffer, a
 * field becoming a {@code String} only when asked for. A meter export is mostly numbers, and
 * parsing them from the characters without a string per cell is what keeps the import close to
 * the speed of a bare CSV parse. The object is reused for the next record: read it before
 * advancing the reader.
 */
final class CsvRow {

    /** FastCSV's own limit on fields per record, kept so that messages stay the same. */
    static final int MAX_FIELDS = 16_384;
    /** FastCSV's own limit on the characters of a field, here for a whole record. */
    static final int MAX_CHARS = 16 * 1024 * 1024;

    private char[] chars = new char[1024];
    private int[] start = new int[64];
    private int[] length = new int[64];
    private String[] strings = new String[64];
    private int used;
    private int count;
    private long line;

    int getFieldCount() {
        return count;
    }

    long getStartingLineNumber() {
        return line;
    }

    /** The field as written (unstripped), as FastCSV's {@code CsvRecord.getField} gives it. */
    String getField(int i) {
        if (i >= count) {
            throw new IndexOutOfBoundsException(i);
        }
        String s = strings[i];
        if (s == null) {
            s = new String(chars, start[i], length[i]);
            strings[i] = s;
        }
        return s;
    }

    /** The characters of the record with one separator between fields (quotes and line end not counted). */
    int textLength() {
        return used + Math.max(0, count - 1);
    }

    /** True when any field holds U+FFFD, the decoder's mark of a byte it could not read. */
    boolean hasReplacementChar() {
        for (int i = 0; i < used; i++) {
            if (chars[i] == '\uFFFD') {
                return true;
            }
        }
        return false;
    }

    /** True when field {@code i} (stripped) is empty or absent. */
    boolean isEmpty(int i) {
        if (i >= count) {
            return true;
        }
        int a = start[i];
        int b = a + length[i];
        while (a < b && MeterCsv.isSpace(chars[a])) {
            a++;
        }
        return a == b;
    }

    /**
     * Field {@code i} read as a plain decimal ("123.45", "-7") straight from the characters,
     * surrounding spaces ignored: the same double as {@link MeterCsv#simpleDecimal}, or NaN when
     * the field is empty, absent or anything else (then {@link #getField} and the full parser).
     */
    double simpleDecimal(int i) {
        if (i >= count) {
            return Double.NaN;
        }
        int a = start[i];
        int b = a + length[i];
        while (a < b && MeterCsv.isSpace(chars[a])) {
            a++;
        }
        while (b > a && MeterCsv.isSpace(chars[b - 1])) {
            b--;
        }
        if (a == b) {
            return Double.NaN;
        }
        return MeterCsv.simpleDecimal(chars, a, b);
    }

    private void begin(long startingLine) {
        line = startingLine;
        if (count > 0) {
            Arrays.fill(strings, 0, count, null);
        }
        count = 0;
        used = 0;
    }

    private void add(int index, char[] buf, int offset, int len) {
        if (index >= MAX_FIELDS) {
            throw new CsvParseException("Record starting at line " + line + " has surpassed the maximum limit of "
                    + MAX_FIELDS + " fields (number of fields)");
        }
        if ((long) used + len > MAX_CHARS) {
            throw new CsvParseException("Record starting at line " + line + " has surpassed the maximum limit of "
                    + MAX_CHARS + " characters (buffer size)");
        }
        if (used + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(used + len, Math.min(MAX_CHARS, chars.length * 2)));
        }
        if (index >= start.length) {
            int cap = Math.min(MAX_FIELDS, start.length * 2);
            start = Arrays.copyOf(start, cap);
            length = Arrays.copyOf(length, cap);
            strings = Arrays.copyOf(strings, cap);
        }
        System.arraycopy(buf, offset, chars, used, len);
        start[index] = used;
        length[index] = len;
        used += len;
        count = index + 1;
    }

    /** The FastCSV callback that fills one reused {@link CsvRow}. */
    static final class Handler extends AbstractBaseCsvCallbackHandler<CsvRow> {
        private final CsvRow row = new CsvRow();

        @Override
        protected void handleBegin(long startingLineNumber) {
            row.begin(startingLineNumber);
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            row.add(fieldIdx, buf, offset, len);
        }

        @Override
        protected RecordWrapper<CsvRow> buildRecord() {
            return wrapRecord(row);
        }
    }
}
