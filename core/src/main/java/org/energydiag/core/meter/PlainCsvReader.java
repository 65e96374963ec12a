package org.energydiag.core.meter;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads the records of CSV text that holds no quote character, giving exactly the records the
 * importer's FastCSV reader gives for such text ({@link MeterCsv#rowReader}: lines end at LF, CR
 * LF or a lone CR; a line without any character is skipped but counted; fields are the text
 * between delimiters, as written; at most {@link CsvRow#MAX_FIELDS} fields) — in one pass over the characters, each record a view of
 * the buffer ({@link CsvRow#beginView}) rather than a copy. Without quotes a record is a line, so
 * that is all there is to it; the first quote character ends the reading with
 * {@link QuoteFound}, a line longer than {@link #MAX_LINE} with a {@code CsvParseException}, and
 * the caller reads the file with FastCSV instead.
 */
final class PlainCsvReader {

    /** Thrown at the first quote character: the text is not for this reader. */
    static final class QuoteFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        QuoteFound() {
            super("quote", null, false, false);
        }
    }

    /**
     * Longer lines are not read here (well within FastCSV's limit of 16 M characters per field,
     * so that a line refused here is never one that FastCSV would read differently).
     */
    static final int MAX_LINE = 1 << 22;

    private final Reader in;
    private final char delimiter;
    private final CsvRow row = new CsvRow();
    private char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    /** The last line ended with CR: an LF right after it belongs to that line end. */
    private boolean afterCr;
    /** Lines begun so far (the starting line of the current record, as FastCSV counts). */
    private long lines;

    /** The reader when it tells whether it ever wrote U+FFFD (till then no record holds one), else null. */
    private final Utf8Reader utf8;

    PlainCsvReader(Reader in, char delimiter) {
        this(in, delimiter, null);
    }

    /** {@code utf8}: {@code in} itself when it is a {@link Utf8Reader}, else null. */
    PlainCsvReader(Reader in, char delimiter, Utf8Reader utf8) {
        this.in = in;
        this.delimiter = delimiter;
        this.utf8 = utf8;
    }

    /**
     * Line ends passed so far, as FastCSV counts lines (LF, CR LF or a lone CR: one each); at the
     * end of text that ends with a line end, the number of lines in it.
     */
    long lines() {
        return lines;
    }

    /** The next record (reused: read it before asking for the next), or null at the end. */
    CsvRow next() throws IOException {
        char d = delimiter;
        while (true) {
            if (pos == len && !fill()) {
                return null;
            }
            if (afterCr) {
                afterCr = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            // one line from pos, its fields noted as they are met; when the line runs past the
            // buffer, the buffer is refilled (the line so far moved to its start) and the reading goes on.
            // A field that is a plain decimal as written ([sign] digits [. digits], at most 15 digits)
            // is read on the way (m: its digits, nd: how many, dot: digits before the point or −1)
            int fields = 0;
            int fieldStart = pos;
            int i = pos;
            row.beginView(buf, lines + 1, pos);
            int end;
            char[] b = buf;
            int n = len;
            long m = 0;
            int nd = 0;
            int dot = -1;
            boolean negative = false;
            boolean plain = true;
            while (true) {
                if (i == n) {
                    if (eof) {
                        end = n;
                        break;
                    }
                    int shift = pos;
                    fill();
                    i -= shift;
                    fieldStart -= shift;
                    row.rebase(buf, shift);
                    b = buf;
                    n = len;
                    continue;
                }
                char c = b[i];
                int x = c - '0';
                if (x >= 0 && x <= 9) {
                    m = m * 10 + x;
                    nd++;
                } else if (c == d) {
                    row.viewField(fields++, fieldStart, i - fieldStart, plain ? code(m, nd, dot, negative) : CsvRow.UNKNOWN);
                    fieldStart = i + 1;
                    m = 0;
                    nd = 0;
                    dot = -1;
                    negative = false;
                    plain = true;
                } else if (c == '.') {
                    plain &= dot < 0;
                    dot = nd;
                } else if ((c == '-' || c == '+') && i == fieldStart) {
                    negative = c == '-';
                } else if (c == '\n' || c == '\r') {
                    end = i;
                    break;
                } else if (c == '"') {
                    throw new QuoteFound();
                } else {
                    plain = false;
                }
                i++;
            }
            lines++;
            int lineStart = pos;
            if (end < len) {
                afterCr = buf[end] == '\r';
                pos = end + 1;
            } else {
                pos = end;
            }
            if (end == lineStart) {
                continue; // an empty line: skipped, as FastCSV skips it, but counted
            }
            row.viewField(fields, fieldStart, end - fieldStart, plain ? code(m, nd, dot, negative) : CsvRow.UNKNOWN);
            row.endView(end, utf8 == null || utf8.sawReplacement());
            return row;
        }
    }

    /**
     * A field of only [sign] digits [. digits] as {@link MeterCsv#simpleDecimalCode} gives it, when
     * it has 1 to 15 digits; else {@link CsvRow#UNKNOWN} (then read from its characters).
     */
    private static long code(long mantissa, int digits, int dot, boolean negative) {
        if (digits < 1 || digits > 15) {
            return CsvRow.UNKNOWN;
        }
        int decimals = dot < 0 ? -1 : digits - dot;
        return mantissa << 6 | (long) (decimals + 1) << 1 | (negative ? 1 : 0);
    }

    /**
     * More characters after {@code buf[pos, len)}, which is moved to the start of the buffer (a
     * larger one when it is full); false at the end of the text, when nothing was left to move.
     */
    private boolean fill() throws IOException {
        if (eof) {
            return pos < len;
        }
        int keep = len - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, keep);
        } else if (keep == buf.length) {
            if (buf.length >= MAX_LINE) {
                // far beyond any meter export; FastCSV's reading gives the message (or reads it)
                throw new CsvParseException("Record starting at line " + (lines + 1) + " is longer than " + MAX_LINE
                        + " characters");
            }
            buf = java.util.Arrays.copyOf(buf, Math.min(MAX_LINE, buf.length * 2));
        }
        pos = 0;
        len = keep;
        int n = in.read(buf, len, buf.length - len);
        if (n < 0) {
            eof = true;
            return keep > 0;
        }
        len += n;
        return true;
    }
}
