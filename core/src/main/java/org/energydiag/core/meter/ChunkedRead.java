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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.energydiag.core.progress.ProgressMonitor;

/**
 * Reads one large wide or long file in parts, one per processor, the parts split at line ends.
 * Only where the parts cannot depend on each other: a wide file (one time column, one column per
 * meter) or a long one (a time, a meter name and a value per row), no quote character anywhere
 * (so a line end is always a record's end; each part is read by {@link PlainCsvReader}, which
 * stops at the first quote), a charset in which the byte {@code \n} is always a line end, no
 * 24:00 convention and no daylight saving to follow from row to row. Each part counts its lines,
 * so that its problems and rows are numbered as in a reading in one pass; the parts are joined in
 * file order (the meters' values when each meter is built, side by side). Anything else, and any
 * failure, leaves the file to the reading in one pass ({@code null}), which then gives the one
 * answer and the one message.
 */
final class ChunkedRead {

    /** Below this a file is read in one pass: the parts would cost more than they save. */
    static final long MIN_BYTES = 2L << 20;

    /** A part stops: another part failed or the reading was cancelled. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private ChunkedRead() {
    }

    static MeterCsv.Reading read(Path file, ImportSettings s, long size, ProgressMonitor monitor, int parts) throws IOException {
        if (parts < 2 || size < MIN_BYTES || s.layout() != Layout.WIDE && s.layout() != Layout.LONG || s.midnightLast()
                || s.timeColumn2() >= 0 || !newlineSafe(s.charset())) {
            return null;
        }
        List<Path> files = List.of(file);
        String fname = file.getFileName().toString();
        long[] starts = starts(file, size, parts);
        if (starts == null) {
            return null;
        }
        AtomicBoolean stop = new AtomicBoolean();
        // each part may hold its share of what one import may hold (by its bytes, and a little
        // more): together no more than one pass would hold before it stops. A part over its share
        // gives up, and the reading in one pass says where the file goes over.
        long budget = MeterCsv.memoryBudget();
        // (the first part reserves its arrays for the whole file: the later parts' values join them there)
        MeterCsv.Reading first = new MeterCsv.Reading(s, files, size, monitor, stop, share(budget, starts[1], size));
        if (s.layout() == Layout.WIDE && first.timeline == null || !first.local.isFixed()) {
            return null;
        }
        List<CompletableFuture<MeterCsv.Reading>> rest = new ArrayList<>();
        long[] lines = new long[parts];
        for (int k = 1; k < parts; k++) {
            long from = starts[k];
            long to = k + 1 < parts ? starts[k + 1] : size;
            int part = k;
            rest.add(CompletableFuture.supplyAsync(() -> {
                MeterCsv.Reading r = new MeterCsv.Reading(s, files, to - from, null, stop, share(budget, to - from, size));
                try (InputStream in = range(file, from, to)) {
                    lines[part] = r.readPlain(in, fname, 0, false);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (RuntimeException e) {
                    stop.set(true); // a quote, a refusal: the others need not go on
                    throw e;
                }
                return r;
            }));
        }
        List<MeterCsv.Reading> all = new ArrayList<>();
        all.add(first);
        boolean failed = false;
        try (InputStream in = range(file, 0, starts[1])) {
            lines[0] = first.readPlain(in, fname, s.firstDataRecord(), true);
        } catch (ProgressMonitor.CancelledException e) {
            stop.set(true);
            rest.forEach(f -> f.handle((r, x) -> null).join());
            throw e;
        } catch (IOException | RuntimeException e) {
            stop.set(true); // the reading in one pass gives the message, with its line
            failed = true;
        }
        for (CompletableFuture<MeterCsv.Reading> f : rest) {
            try {
                all.add(f.join());
            } catch (CompletionException e) {
                failed = true;
            }
        }
        monitor.checkCancelled();
        if (failed) {
            return null;
        }
        MeterCsv.Reading joined = join(all, lines);
        if (joined.stored + Math.max(1, joined.meterColumns) > budget) {
            return null; // at or over what one import may hold: the reading in one pass says where
        }
        monitor.worked((int) Math.min(Integer.MAX_VALUE, size / 1024));
        return joined;
    }

    /** A part's share of {@code budget}: in proportion to its bytes, and 1/16 more. */
    static long share(long budget, long bytes, long size) {
        return Math.min(budget, (long) (budget * (bytes / (double) size) * 17 / 16));
    }

    /**
     * Where the parts start: just after the first {@code \n} at or past each k/parts of the file
     * (the first part at 0); null when a part would hold no line end.
     */
    static long[] starts(Path file, long size, int parts) throws IOException {
        long[] starts = new long[parts];
        byte[] buf = new byte[1 << 16];
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            for (int k = 1; k < parts; k++) {
                long pos = Math.max(size * k / parts, starts[k - 1]);
                long limit = k + 1 < parts ? size * (k + 1) / parts : size;
                long found = -1;
                while (found < 0 && pos < limit) {
                    java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(buf, 0, (int) Math.min(buf.length, limit - pos));
                    int n = ch.read(bb, pos);
                    if (n <= 0) {
                        break;
                    }
                    for (int i = 0; i < n; i++) {
                        if (buf[i] == '\n') {
                            found = pos + i + 1;
                            break;
                        }
                    }
                    pos += n;
                }
                if (found < 0 || found >= size) {
                    return null;
                }
                starts[k] = found;
            }
        }
        return starts;
    }

    /** UTF-8, GB18030/GBK and single-byte charsets: the byte 0x0A is never part of another character. */
    static boolean newlineSafe(Charset cs) {
        String n = cs.name().toUpperCase(java.util.Locale.ROOT);
        return cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII) || cs.equals(StandardCharsets.ISO_8859_1)
                || n.equals("GB18030") || n.equals("GBK") || n.equals("GB2312") || n.startsWith("WINDOWS-125");
    }

    /**
     * The parts as one reading: problems, counts, the times and lines of a wide file, and each
     * meter's values (joined when the meter is built: {@link MeterCsv.Raw#consolidate}) in file
     * order; {@code lines[k]}: the lines part k holds.
     */
    static MeterCsv.Reading join(List<MeterCsv.Reading> parts, long[] lines) {
        MeterCsv.Reading m = parts.get(0);
        long before = lines[0];
        if (m.timeline != null) {
            int total = 0;
            for (MeterCsv.Reading r : parts) {
                total += r.timeline.n;
            }
            MeterCsv.Raw line = m.timeline;
            long[] t = line.t.length >= total ? line.t : Arrays.copyOf(line.t, total);
            long[] numbers = line.line.length >= total ? line.line : Arrays.copyOf(line.line, total);
            int at = line.n;
            long offset = before;
            for (int k = 1; k < parts.size(); k++) {
                MeterCsv.Raw r = parts.get(k).timeline;
                System.arraycopy(r.t, 0, t, at, r.n);
                addLines(r.line, numbers, at, r.n, offset);
                at += r.n;
                offset += lines[k];
                r.release();
            }
            line.t = t;
            line.line = numbers;
            line.n = total;
        }
        for (MeterCsv.Raw r : m.wideRaws) {
            r.valuesOnly = true;
        }
        for (int k = 1; k < parts.size(); k++) {
            MeterCsv.Reading r = parts.get(k);
            for (int j = 0; j < m.wideRaws.length; j++) {
                m.wideRaws[j].append(r.wideRaws[j], before);
            }
            if (m.timeline == null) {
                // a long file: the meters in the order they first appear, as one pass meets them
                for (Map.Entry<String, MeterCsv.Raw> e : r.raws.entrySet()) {
                    MeterCsv.Raw earlier = m.raws.get(e.getKey());
                    if (earlier != null) {
                        earlier.append(e.getValue(), before);
                        r.stored -= MeterCsv.Raw.OWN_STORE; // counted once, as one pass counts it
                    } else {
                        e.getValue().lineBase = before;
                        m.raws.put(e.getKey(), e.getValue());
                    }
                }
            }
            m.problems.absorb(r.problems, before);
            m.rows += r.rows;
            m.accepted += r.accepted;
            m.stored += r.stored;
            m.sectionTitles += r.sectionTitles;
            before += lines[k];
        }
        return m;
    }

    /** {@code to[at + i] = from[i] + lines} for {@code i < n}: a part's line numbers in the whole file. */
    static void addLines(long[] from, long[] to, int at, int n, long lines) {
        for (int i = 0; i < n; i++) {
            to[at + i] = from[i] + lines;
        }
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
