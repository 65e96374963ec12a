package org.energydiag.core.meter;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.energydiag.core.progress.ProgressMonitor;

/**
 * Reads one large wide file in parts, one per processor, the parts split at line ends. Only where
 * the parts cannot depend on each other: a wide file (one time column, one column per meter), no
 * quote character anywhere (so a line end is always a record's end), a charset in which the byte
 * {@code \n} is always a line end, no 24:00 convention and no daylight saving to follow from row to
 * row. Each part knows the line it starts on, so problems name the same lines as a reading in one
 * pass; the parts are joined in file order. Anything else, and any failure, leaves the file to the
 * reading in one pass ({@code null}), which then gives the one answer and the one message.
 */
final class ChunkedRead {

    /** Below this a file is read in one pass: the parts would cost more than they save. */
    static final long MIN_BYTES = 2L << 20;

    private ChunkedRead() {
    }

    static MeterCsv.Reading read(Path file, ImportSettings s, long size, ProgressMonitor monitor, int parts) throws IOException {
        if (parts < 2 || size < MIN_BYTES || s.layout() != Layout.WIDE || s.midnightLast() || s.timeColumn2() >= 0
                || !newlineSafe(s.charset())) {
            return null;
        }
        List<Path> files = List.of(file);
        String fname = file.getFileName().toString();
        long[][] split = split(file, size, parts);
        if (split == null) {
            return null;
        }
        long[] starts = split[0];
        long[] lineOffsets = split[1];
        MeterCsv.Reading first = new MeterCsv.Reading(s, files, starts[1], monitor, null);
        if (first.timeline == null || !first.local.isFixed()) {
            return null;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        List<CompletableFuture<MeterCsv.Reading>> rest = new ArrayList<>();
        for (int k = 1; k < parts; k++) {
            long from = starts[k];
            long to = k + 1 < parts ? starts[k + 1] : size;
            long lines = lineOffsets[k];
            rest.add(CompletableFuture.supplyAsync(() -> {
                MeterCsv.Reading r = new MeterCsv.Reading(s, files, to - from, null, cancelled);
                try (InputStream in = range(file, from, to)) {
                    r.read(in, fname, 0, lines, false);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return r;
            }));
        }
        List<MeterCsv.Reading> all = new ArrayList<>();
        all.add(first);
        boolean failed = false;
        try (InputStream in = range(file, 0, starts[1])) {
            first.read(in, fname, s.firstDataRecord(), 0, true);
        } catch (ProgressMonitor.CancelledException e) {
            cancelled.set(true);
            rest.forEach(f -> f.handle((r, x) -> null).join());
            throw e;
        } catch (IOException | RuntimeException e) {
            cancelled.set(true); // the reading in one pass gives the message, with its line
            failed = true;
        }
        for (CompletableFuture<MeterCsv.Reading> f : rest) {
            try {
                all.add(f.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof ProgressMonitor.CancelledException c && !failed) {
                    throw c;
                }
                failed = true;
            }
        }
        monitor.checkCancelled();
        if (failed) {
            return null;
        }
        MeterCsv.Reading joined = join(all);
        if (joined.stored > joined.budget) {
            return null; // over what one import may hold: the reading in one pass says where
        }
        monitor.worked((int) Math.min(Integer.MAX_VALUE, size / 1024));
        return joined;
    }

    /** UTF-8, GB18030/GBK and single-byte charsets: the byte 0x0A is never part of another character. */
    static boolean newlineSafe(Charset cs) {
        String n = cs.name().toUpperCase(java.util.Locale.ROOT);
        return cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII) || cs.equals(StandardCharsets.ISO_8859_1)
                || n.equals("GB18030") || n.equals("GBK") || n.equals("GB2312") || n.startsWith("WINDOWS-125");
    }

    /**
     * Where the parts start (just after a {@code \n} at or past each k/parts of the file) and how
     * many lines (as the CSV reader counts them: LF, CR LF or a lone CR) come before each; null when
     * the file holds a quote character or too few line ends to split.
     */
    static long[][] split(Path file, long size, int parts) throws IOException {
        long[] starts = new long[parts];
        long[] lines = new long[parts];
        int k = 1;
        long target = size / parts;
        long count = 0;
        boolean afterCr = false;
        long pos = 0;
        byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
                int i = 0;
                while (i < n) {
                    // eight bytes at a time while none of them is a line end or a quote (most of a row)
                    if (!afterCr && i + 8 <= n && !special((long) WORD.get(buf, i))) {
                        i += 8;
                        continue;
                    }
                    byte b = buf[i];
                    if (b == '"') {
                        return null;
                    }
                    if (b == '\n') {
                        if (!afterCr) {
                            count++;
                        }
                        if (k < parts && pos + i + 1 >= target) {
                            starts[k] = pos + i + 1;
                            lines[k] = count;
                            k++;
                            target = size * k / parts;
                        }
                        afterCr = false;
                    } else if (b == '\r') {
                        count++;
                        afterCr = true;
                    } else {
                        afterCr = false;
                    }
                    i++;
                }
                pos += n;
            }
        }
        return k == parts ? new long[][] {starts, lines} : null;
    }

    private static final java.lang.invoke.VarHandle WORD =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** True when one of the eight bytes is {@code \n}, {@code \r} or {@code "} (a zero byte after xor: the usual bit trick). */
    static boolean special(long w) {
        return (zero(w ^ (ONES * '\n')) | zero(w ^ (ONES * '\r')) | zero(w ^ (ONES * '"'))) != 0;
    }

    private static long zero(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    /** The parts as one reading: problems, counts and the wide columns in file order. */
    static MeterCsv.Reading join(List<MeterCsv.Reading> parts) {
        MeterCsv.Reading m = parts.get(0);
        int total = 0;
        for (MeterCsv.Reading r : parts) {
            total += r.timeline.n;
        }
        MeterCsv.Raw line = m.timeline;
        long[] t = Arrays.copyOf(line.t, total);
        long[] lines = Arrays.copyOf(line.line, total);
        double[][] values = new double[m.wideRaws.length][];
        for (int j = 0; j < values.length; j++) {
            values[j] = Arrays.copyOf(m.wideRaws[j].v, total);
        }
        int at = line.n;
        for (MeterCsv.Reading r : parts.subList(1, parts.size())) {
            int n = r.timeline.n;
            System.arraycopy(r.timeline.t, 0, t, at, n);
            System.arraycopy(r.timeline.line, 0, lines, at, n);
            for (int j = 0; j < values.length; j++) {
                System.arraycopy(r.wideRaws[j].v, 0, values[j], at, n);
                r.wideRaws[j].release();
            }
            r.timeline.release();
            at += n;
            m.problems.absorb(r.problems);
            m.rows += r.rows;
            m.accepted += r.accepted;
            m.stored += r.stored;
            m.sectionTitles += r.sectionTitles;
        }
        line.t = t;
        line.line = lines;
        line.n = total;
        for (int j = 0; j < values.length; j++) {
            m.wideRaws[j].v = values[j];
            m.wideRaws[j].n = total;
        }
        return m;
    }

    /** The bytes [from, to) of the file. */
    static InputStream range(Path file, long from, long to) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(from);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new FilterInputStream(in) {
            long left = to - from;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long d = super.skip(Math.min(n, left));
                left -= d;
                return d;
            }

            @Override
            public int available() throws IOException {
                return (int) Math.min(super.available(), left);
            }
        };
    }
}
