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

    /** A field's decimal code not known yet ({@link #decimalCode} reads it from the characters). */
    static final long UNKNOWN = -2;

    /** FastCSV's own limit on fields per record, kept so that messages stay the same. */
    static final int MAX_FIELDS = 16_384;
    /** FastCSV's own limit on the characters of a field, here for a whole record. */
    static final int MAX_CHARS = 16 * 1024 * 1024;

    /** The characters of the fields: the row's own copy, or the buffer of a {@link PlainCsvReader} (a view). */
    private char[] chars;
    private char[] ownChars = new char[1024];
    private int[] start = new int[64];
    private int[] length = new int[64];
    private String[] strings = new String[64];
    /** Each field as {@link MeterCsv#simpleDecimalCode} reads it, when the reader read it so on the way; else {@link #UNKNOWN}. */
    private long[] codes = new long[64];
    private int used;
    private int count;
    private long line;
    /** A view: the record's line is {@code chars[lineFrom, lineTo)}; else the fields are copied to {@code chars[0, used)}. */
    private boolean view;
    private int lineFrom;
    private int lineTo;
    private boolean mayHoldReplacement = true;
    /** A field has been made a {@code String} (kept in {@link #strings} until the next record). */
    private boolean madeStrings;

    CsvRow() {
        chars = ownChars;
    }

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
            madeStrings = true;
        }
        return s;
    }

    /** The characters of the record with one separator between fields (quotes and line end not counted). */
    int textLength() {
        return view ? lineTo - lineFrom : used + Math.max(0, count - 1);
    }

    /** True when any field holds U+FFFD, the decoder's mark of a byte it could not read. */
    boolean hasReplacementChar() {
        if (view && !mayHoldReplacement) {
            return false;
        }
        int from = view ? lineFrom : 0;
        int to = view ? lineTo : used;
        for (int i = from; i < to; i++) {
            if (chars[i] == '\uFFFD') {
                return true;
            }
        }
        return false;
    }

    /** Field {@code i} without the surrounding spaces of {@link MeterCsv#strip}: its start in {@link #chars}. */
    private int strippedFrom(int i) {
        int a = start[i];
        int b = a + length[i];
        while (a < b && MeterCsv.isSpace(chars[a])) {
            a++;
        }
        return a;
    }

    private int strippedTo(int i, int from) {
        int b = start[i] + length[i];
        while (b > from && MeterCsv.isSpace(chars[b - 1])) {
            b--;
        }
        return b;
    }

    /**
     * Field {@code i} (stripped) as a timestamp of the common form {@code yyyy-MM-dd HH:mm[:ss]}
     * read straight from the characters ({@link Timestamps#parseSimple}); {@link Timestamps#NONE}
     * when absent or of any other form (then {@link #getField} and {@link Timestamps#parse}).
     */
    long simpleTime(int i) {
        if (i >= count) {
            return Timestamps.NONE;
        }
        int a = strippedFrom(i);
        return Timestamps.parseSimple(chars, a, strippedTo(i, a));
    }

    /** True when field {@code i} (stripped) is the text {@code c[0, len)}. */
    boolean strippedEquals(int i, char[] c, int len) {
        if (i >= count) {
            return false;
        }
        int a = strippedFrom(i);
        if (strippedTo(i, a) - a != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (chars[a + k] != c[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Field {@code i} (stripped) copied into {@code c} when it fits; returns its length (larger
     * than {@code c.length}: nothing copied).
     */
    int copyStripped(int i, char[] c) {
        int a = strippedFrom(i);
        int len = strippedTo(i, a) - a;
        if (len <= c.length) {
            System.arraycopy(chars, a, c, 0, len);
        }
        return len;
    }

    /**
     * Field {@code i} stripped, as {@link MeterCsv#strip}{@code (getField(i))} gives it, but the
     * same {@code String} each time the same text comes again (looked up in {@code names}): the
     * meter names of a long file repeat on every row.
     */
    String stripped(int i, Names names) {
        if (i >= count) {
            return "";
        }
        int a = strippedFrom(i);
        int b = strippedTo(i, a);
        int h = 0;
        for (int k = a; k < b; k++) {
            h = 31 * h + chars[k];
        }
        String[] table = names.table;
        char[][] texts = names.texts;
        int mask = table.length - 1;
        int len = b - a;
        for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
            String s = table[slot];
            if (s == null) {
                String text = MeterCsv.strip(getField(i));
                names.add(text, slot);
                return text;
            }
            char[] t = texts[slot];
            if (t.length == len && Arrays.equals(t, 0, len, chars, a, b)) {
                return s;
            }
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    /** The texts {@link #stripped(int, Names)} has met: open addressing, at most {@link #MAX} of them kept. */
    static final class Names {
        static final int MAX = 1 << 14;
        private String[] table = new String[64];
        private char[][] texts = new char[64][];
        private int size;

        void add(String text, int slot) {
            if (size >= MAX) {
                return; // a file with very many names: the rest are made each time
            }
            table[slot] = text;
            texts[slot] = text.toCharArray();
            size++;
            if (size * 2 > table.length) {
                String[] old = table;
                table = new String[old.length * 2];
                texts = new char[old.length * 2][];
                int mask = table.length - 1;
                for (String s : old) {
                    if (s != null) {
                        int k = mix(s.hashCode()) & mask;
                        while (table[k] != null) {
                            k = (k + 1) & mask;
                        }
                        table[k] = s;
                        texts[k] = s.toCharArray();
                    }
                }
            }
        }
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
     * Field {@code i} (surrounding spaces ignored) as {@link MeterCsv#simpleDecimalCode} gives it;
     * −1 when it is empty, absent or not a plain decimal.
     */
    long decimalCode(int i) {
        if (i >= count) {
            return -1;
        }
        long code = codes[i];
        if (code != UNKNOWN) {
            return code; // read by the reader on the way
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
            return -1;
        }
        return MeterCsv.simpleDecimalCode(chars, a, b);
    }

    private void begin(long startingLine) {
        line = startingLine;
        if (madeStrings) {
            Arrays.fill(strings, 0, count, null);
            madeStrings = false;
        }
        count = 0;
        used = 0;
        if (view) {
            view = false;
            chars = ownChars;
        }
    }

    /**
     * Starts a record that is a line of a reader's buffer from {@code from}, its fields added with
     * {@link #viewField} and its end set with {@link #endView}; valid until the reader moves on.
     */
    void beginView(char[] buf, long startingLine, int from) {
        begin(startingLine);
        view = true;
        chars = buf;
        lineFrom = from;
        lineTo = from;
    }

    /** The line of a view moved {@code shift} characters towards the start, maybe into another buffer. */
    void rebase(char[] buf, int shift) {
        chars = buf;
        lineFrom -= shift;
        lineTo -= shift;
        for (int k = 0; k < count; k++) {
            start[k] -= shift;
        }
    }

    /**
     * The end of the line of a view (exclusive); {@code mayHoldReplacement}: false when the
     * decoder has written no U+FFFD so far, so that none need be searched for.
     */
    void endView(int to, boolean mayHoldReplacement) {
        lineTo = to;
        this.mayHoldReplacement = mayHoldReplacement;
    }

    /**
     * Field {@code index} of a view: {@code len} characters of the buffer from {@code offset};
     * {@code code}: the field as {@link MeterCsv#simpleDecimalCode} reads it when the reader has
     * read it so, else {@link #UNKNOWN}.
     */
    void viewField(int index, int offset, int len, long code) {
        if (index >= MAX_FIELDS) {
            throw new CsvParseException("Record starting at line " + line + " has surpassed the maximum limit of "
                    + MAX_FIELDS + " fields (number of fields)");
        }
        if (index >= start.length) {
            grow();
        }
        start[index] = offset;
        length[index] = len;
        codes[index] = code;
        count = index + 1;
    }

    private void grow() {
        int cap = Math.min(MAX_FIELDS, start.length * 2);
        start = Arrays.copyOf(start, cap);
        length = Arrays.copyOf(length, cap);
        strings = Arrays.copyOf(strings, cap);
        codes = Arrays.copyOf(codes, cap);
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
            ownChars = chars;
        }
        if (index >= start.length) {
            grow();
        }
        System.arraycopy(buf, offset, chars, used, len);
        start[index] = used;
        length[index] = len;
        codes[index] = UNKNOWN;
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
