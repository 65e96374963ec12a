package org.energydiag.core.meter;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.energydiag.core.text.Texts;

/**
 * Turns one meter's raw rows into a regular series of interval consumption in stored units:
 * END timestamps become interval starts, duplicates are reported (identical or conflicting),
 * register readings are differenced (rollovers detected and bridged, resets reported), power is
 * multiplied by the interval, the 倍率 is applied, negative intervals are refused, and gaps,
 * outliers and the maximum demand are counted.
 */
final class SeriesBuilder {

    private SeriesBuilder() {
    }

    /** Timestamps further than this beyond the bulk of the data are taken for typing errors. */
    static final long OUTLYING_MARGIN_SECONDS = 400L * 86400;

    /**
     * The series of one meter, or null (with a note saying why) when it has no value, a single
     * register reading, or would need more than {@code maxIntervals} intervals.
     */
    static MeterCsv.Built build(MeterCsv.Raw r, int interval, TimestampMeans means, long maxIntervals,
                                MeterCsv.Problems problems, List<String> notes) throws MeterFormatException {
        int n = r.n;
        ColumnMapping m = r.mapping;
        if (n == 0) {
            notes.add(Texts.format("meter.noValues", m.meterName()));
            return null;
        }
        long step = interval * 60L;
        boolean register = m.kind() == ValueKind.REGISTER;
        boolean shiftEnd = !register && means == TimestampMeans.END;
        long[] t;
        double[] v;
        long[] line;
        // the usual export: times strictly increasing and none far from the rest. Nothing to sort,
        // leave out or merge, so the raw arrays (shared by all columns of a wide file) are only read
        boolean plain = strictlyIncreasing(r.t, n) && !hasOutlyingTimes(r.t, n);
        if (plain) {
            t = shiftEnd ? Arrays.copyOf(r.t, n) : r.t;
            v = r.v;
            line = r.line;
        } else {
            t = Arrays.copyOf(r.t, n);
            v = Arrays.copyOf(r.v, n);
            line = Arrays.copyOf(r.line, n);
            sortByTime(t, v, line, n);
            n = dropOutlyingTimes(r, t, v, line, n, problems);
        }
        if (shiftEnd) {
            for (int i = 0; i < n; i++) {
                t[i] -= step;
            }
        }
        // duplicates
        int identical = 0;
        int conflicting = 0;
        int w = plain ? n : 0;
        for (int i = w; i < n; i++) {
            if (w > 0 && t[i] == t[w - 1]) {
                boolean same = Double.compare(v[i], v[w - 1]) == 0 || Double.isNaN(v[i]);
                if (same) {
                    identical++;
                } else if (Double.isNaN(v[w - 1])) {
                    v[w - 1] = v[i];
                    identical++;
                } else {
                    conflicting++;
                    problems.add(r.file, line[i], m.column() + 1, Double.toString(v[i]),
                            Texts.format("meter.conflictingDuplicate", m.meterName(), MeterCsv.time(t[i]), v[w - 1], line[w - 1]));
                }
                continue;
            }
            t[w] = t[i];
            v[w] = v[i];
            line[w] = line[i];
            w++;
        }
        n = w;
        double scale = m.multiplier() * m.unit().toStored()
                * (m.unit().quantity() == MeterUnit.Quantity.POWER ? interval / 60.0 : 1.0);
        int resets = 0;
        int rollovers = 0;
        int negatives = 0;
        long t0;
        long tLast;
        double[] grid;
        if (register) {
            // consumption between consecutive readings belongs to the time between them; readings
            // off the interval grid (a logger polling at irregular times) are spread over the
            // intervals they span in proportion to time, so the total (last − first) is kept exactly
            int firstIdx = -1;
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(v[i])) {
                    firstIdx = i;
                    break;
                }
            }
            if (firstIdx < 0) {
                notes.add(Texts.format("meter.noValues", m.meterName()));
                return null;
            }
            int lastIdx = firstIdx;
            for (int i = n - 1; i > firstIdx; i--) {
                if (!Double.isNaN(v[i])) {
                    lastIdx = i;
                    break;
                }
            }
            if (lastIdx == firstIdx || t[lastIdx] == t[firstIdx]) {
                notes.add(Texts.format("meter.singleReading", m.meterName(), line[firstIdx]));
                return null;
            }
            t0 = Math.floorDiv(t[firstIdx], step) * step;
            tLast = t[lastIdx];
            long intervals = Math.max(1, (tLast - t0 + step - 1) / step);
            if (tooLong(r, intervals, maxIntervals, interval, t0, tLast, line[firstIdx], lineAt(t, line, n, tLast), problems, notes)) {
                return null;
            }
            int size = (int) intervals;
            grid = new double[size];
            Arrays.fill(grid, Double.NaN);
            double max = 0;
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(v[i])) {
                    max = Math.max(max, v[i]);
                }
            }
            double wrap = Math.pow(10, Math.max(1, (int) Math.floor(Math.log10(Math.max(max, 1))) + 1));
            int prevIdx = firstIdx;
            boolean spreadNoted = false;
            int offGrid = 0;
            for (int i = firstIdx + 1; i < n; i++) {
                if (Double.isNaN(v[i])) {
                    continue;
                }
                double d = v[i] - v[prevIdx];
                if (d < 0) {
                    if (v[prevIdx] >= 0.9 * wrap && v[i] <= 0.1 * wrap) {
                        d = wrap - v[prevIdx] + v[i];
                        rollovers++;
                        problems.add(r.file, line[i], m.column() + 1, Double.toString(v[i]),
                                Texts.format("meter.rollover", m.meterName(), v[prevIdx], v[i], (long) wrap));
                    } else {
                        resets++;
                        problems.add(r.file, line[i], m.column() + 1, Double.toString(v[i]),
                                Texts.format("meter.reset", m.meterName(), v[prevIdx], v[i]));
                        prevIdx = i;
                        continue;
                    }
                }
                long from = t[prevIdx];
                long to = t[i];
                if ((from - t0) % step != 0 || (to - t0) % step != 0) {
                    offGrid++;
                }
                // spread d over [from, to) by overlap with each interval
                long span = to - from;
                for (long cell = Math.floorDiv(from - t0, step); cell * step + t0 < to && cell < size; cell++) {
                    long a = Math.max(from, t0 + cell * step);
                    long b = Math.min(to, t0 + (cell + 1) * step);
                    if (b <= a) {
                        continue;
                    }
                    double part = d * scale * (b - a) / span;
                    int k = (int) cell;
                    grid[k] = Double.isNaN(grid[k]) ? part : grid[k] + part;
                }
                if (span > step && !spreadNoted) {
                    notes.add(Texts.format("meter.spread", m.meterName()));
                    spreadNoted = true;
                }
                prevIdx = i;
            }
            if (offGrid > 0) {
                notes.add(Texts.format("meter.offGrid", m.meterName(), offGrid, interval));
            }
        } else {
            int a = 0;
            while (a < n && Double.isNaN(v[a])) {
                a++;
            }
            int b = n - 1;
            while (b >= a && Double.isNaN(v[b])) {
                b--;
            }
            if (a > b) {
                notes.add(Texts.format("meter.noValues", m.meterName()));
                return null;
            }
            if (b < n - 1) {
                notes.add(Texts.format("meter.trailingEmpty", m.meterName(), n - 1 - b));
            }
            t0 = t[a];
            tLast = t[b];
            long span = (tLast - t0) / step + 1;
            if (tooLong(r, span, maxIntervals, interval, t0, tLast, line[a], line[b], problems, notes)) {
                return null;
            }
            int size = (int) span;
            grid = new double[size];
            Arrays.fill(grid, Double.NaN);
            negatives = fillGrid(grid, t, v, line, a, b, t0, step, scale, r, interval, problems);
        }
        long[] starts = starts(t0, step, grid.length);
        byte[] hourDay = hourDay(starts);
        Tally tally = tally(grid, starts, hourDay);
        int gaps = tally.gaps;
        int longest = tally.longest;
        LocalDateTime longestAt = tally.longestAt;
        int present = tally.present;
        double total = tally.total;
        double maxV = tally.max;
        int[] byHourDay = tally.byHourDay;
        int outliers = outliers(grid, present, starts, hourDay, byHourDay, m, r.file, problems);
        MeterUnit.Quantity q = m.unit().quantity();
        double maxDemand = (q == MeterUnit.Quantity.ENERGY || q == MeterUnit.Quantity.POWER) && present > 0
                ? maxV / (interval / 60.0) : Double.NaN;
        MeterSeries series = new MeterSeries(m.meterName(), m.carrierId(), q.storedUnit(), interval, starts, grid);
        ImportReport.MeterStats stats = new ImportReport.MeterStats(m.meterName(), q.storedUnit(), m.kind(), present,
                MeterCsv.time(t0), MeterCsv.time(starts[starts.length - 1]), total, gaps, longest, longestAt, identical,
                conflicting, negatives, resets, rollovers, outliers, maxDemand);
        return new MeterCsv.Built(series, stats);
    }

    /**
     * Interval values {@code v[a..b]} at times {@code t[a..b]} (sorted, distinct) onto the grid from
     * {@code t0} (NaN where none), scaled; a time off the grid and a negative value (but for reactive
     * energy) are problems. Returns the negative values.
     */
    private static int fillGrid(double[] grid, long[] t, double[] v, long[] line, int a, int b, long t0, long step, double scale,
                                MeterCsv.Raw r, int interval, MeterCsv.Problems problems) {
        ColumnMapping m = r.mapping;
        boolean negativeAllowed = m.unit().quantity() == MeterUnit.Quantity.REACTIVE;
        int negatives = 0;
        int k = 0; // times are sorted and distinct: the grid index follows without a division per value
        long tk = t0;
        for (int i = a; i <= b; i++) {
            while (tk < t[i]) {
                k++;
                tk += step;
            }
            if (tk != t[i]) {
                problems.add(r.file, line[i], r.timeColumn, MeterCsv.time(t[i]).toString(), Texts.format("meter.notOnGrid", interval));
                continue;
            }
            if (Double.isNaN(v[i])) {
                continue;
            }
            if (v[i] < 0 && !negativeAllowed) {
                negatives++;
                problems.add(r.file, line[i], m.column() + 1, Double.toString(v[i]), Texts.format("meter.negative", m.meterName()));
                continue;
            }
            grid[k] = v[i] * scale;
        }
        return negatives;
    }

    /** What {@link #tally} counts of a series' grid. */
    private static final class Tally {
        int gaps;
        int longest;
        LocalDateTime longestAt;
        int present;
        double total;
        double max = Double.NEGATIVE_INFINITY;
        /** The values present per group of {@link #hourDay} (for the outlier model). */
        final int[] byHourDay = new int[48];
    }

    /**
     * Gaps (runs of missing intervals, the longest and where it starts), values present, their sum
     * and maximum; and the values of each hour of the day (and kind of day) for the outlier model,
     * counted on the way (the sum, value after value, sets the pace of this loop: the counting is free).
     */
    private static Tally tally(double[] grid, long[] starts, byte[] hourDay) {
        Tally s = new Tally();
        int[] byHourDay = s.byHourDay;
        int gaps = 0;
        int longest = 0;
        LocalDateTime longestAt = null;
        int run = 0;
        int present = 0;
        double total = 0;
        double maxV = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= grid.length; i++) {
            boolean missing = i < grid.length && Double.isNaN(grid[i]);
            if (missing) {
                run++;
                continue;
            }
            if (run > 0) {
                gaps++;
                if (run > longest) {
                    longest = run;
                    longestAt = MeterCsv.time(starts[i - run]);
                }
                run = 0;
            }
            if (i < grid.length) {
                double x = grid[i];
                present++;
                total += x;
                maxV = max(maxV, x);
                byHourDay[hourDay[i]]++;
            }
        }
        s.gaps = gaps;
        s.longest = longest;
        s.longestAt = longestAt;
        s.present = present;
        s.total = total;
        s.max = maxV;
        return s;
    }

    /**
     * The interval starts {@code t0 + i × step} for {@code i < n}: the same array as the series
     * before when it has the same starts (the meters of one file share them; a series' arrays are
     * never written once it is made).
     */
    static long[] starts(long t0, long step, int n) {
        long[] last = lastStarts;
        if (last != null && last.length == n && n > 0 && last[0] == t0 && (n == 1 || last[1] - last[0] == step)) {
            return last;
        }
        long[] starts = new long[n];
        for (int i = 0; i < n; i++) {
            starts[i] = t0 + i * step;
        }
        lastStarts = starts;
        return starts;
    }

    /** The starts {@link #starts} made last, shared read-only between threads. */
    private static volatile long[] lastStarts;

    /**
     * {@code Math.max(max, x)} for an {@code x} that is not NaN, as a branch that is rarely taken:
     * Math.max chains each value's comparison to the one before, which sets the pace of a loop.
     */
    static double max(double max, double x) {
        if (x > max) {
            return x;
        }
        if (x == 0 && max == 0) {
            return max + x; // −0 and 0: 0 unless both are −0, as Math.max
        }
        return max;
    }

    /**
     * Leaves out rows whose timestamp lies far outside the bulk of the data — beyond the 1st to
     * 99th percentile of the times widened on each side by that span, and by at least
     * {@link #OUTLYING_MARGIN_SECONDS} — such as 2120 typed for 2025 in minute data, which would
     * otherwise stretch the series over a century; each is reported with its line and column.
     *
     * @return the number of rows kept (compacted to the front of the arrays)
     */
    static int dropOutlyingTimes(MeterCsv.Raw r, long[] t, double[] v, long[] line, int n, MeterCsv.Problems problems) {
        if (!hasOutlyingTimes(t, n)) {
            return n;
        }
        long q1 = t[(int) ((n - 1) * 0.01)];
        long q99 = t[(int) Math.ceil((n - 1) * 0.99)];
        long margin = Math.max(q99 - q1, OUTLYING_MARGIN_SECONDS);
        long lo = q1 - margin;
        long hi = q99 + margin;
        int w = 0;
        for (int i = 0; i < n; i++) {
            if (t[i] < lo || t[i] > hi) {
                problems.addOnce(r.file, line[i], r.timeColumn, MeterCsv.time(t[i]).toString().replace('T', ' '),
                        Texts.format("meter.outlyingTime", MeterCsv.time(q1).toLocalDate(), MeterCsv.time(q99).toLocalDate()));
                continue;
            }
            t[w] = t[i];
            v[w] = v[i];
            line[w] = line[i];
            w++;
        }
        return w;
    }

    /** Whether sorted times {@code t[0, n)} hold one that {@link #dropOutlyingTimes} would leave out. */
    static boolean hasOutlyingTimes(long[] t, int n) {
        if (n < 3) {
            return false;
        }
        long q1 = t[(int) ((n - 1) * 0.01)];
        long q99 = t[(int) Math.ceil((n - 1) * 0.99)];
        long margin = Math.max(q99 - q1, OUTLYING_MARGIN_SECONDS);
        return t[0] < q1 - margin || t[n - 1] > q99 + margin;
    }

    private static boolean strictlyIncreasing(long[] t, int n) {
        for (int i = 1; i < n; i++) {
            if (t[i] <= t[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static long lineAt(long[] t, long[] line, int n, long time) {
        for (int i = n - 1; i >= 0; i--) {
            if (t[i] == time) {
                return line[i];
            }
        }
        return 0;
    }

    /** True, with a problem and a note, when the series would need more than {@code max} intervals. */
    private static boolean tooLong(MeterCsv.Raw r, long intervals, long max, int interval, long t0, long tLast, long firstLine,
                                   long lastLine, MeterCsv.Problems problems, List<String> notes) throws MeterFormatException {
        if (intervals <= max) {
            return false;
        }
        String name = r.mapping.meterName();
        if (max < MeterCsv.MAX_SERIES_INTERVALS && intervals <= MeterCsv.MAX_SERIES_INTERVALS) {
            // this meter alone would do; the meters before it have used up what one import may hold
            throw new MeterFormatException(Texts.format("meter.importBudget", r.file, interval, MeterCsv.memoryBudget(), name,
                    firstLine, lastLine));
        }
        String msg = Texts.format("meter.seriesTooLong", name, MeterCsv.time(t0).toString().replace('T', ' '), firstLine,
                MeterCsv.time(tLast).toString().replace('T', ' '), lastLine, interval, intervals, Math.max(0, max));
        problems.add(r.file, lastLine, r.timeColumn, MeterCsv.time(tLast).toString().replace('T', ' '), msg);
        notes.add(msg);
        return true;
    }

    /**
     * Values far from the typical load at the same time of day are reported (not changed). A
     * plant's load differs by hour and between working days and weekends, so one median for the
     * whole series flags every shift change; here each value is compared with the values of the
     * same hour of the day (and of the same kind of day where there are enough of them): beyond
     * median ± k × 1.4826 × MAD of that group, with the spread floored at 5 % of the group's median
     * and at 5 % of the series' 95th percentile, so that a very steady group does not turn noise
     * into alarms.
     */
    /** At most this many values of a series set its overall level (see {@link #outliers}). */
    static final int SCALE_SAMPLE = 4096;

    /** At most this many values of one hour's group set its median and spread. */
    static final int GROUP_SAMPLE = 512;

    /**
     * {@code present}: the values of {@code grid} that are not NaN; {@code hourDay}: the group of
     * each interval ({@link #hourDay}), {@code byHourDay}: the values present in each.
     */
    private static int outliers(double[] grid, int present, long[] starts, byte[] hourDay, int[] byHourDay, ColumnMapping m,
                                String file, MeterCsv.Problems problems) {
        if (present < 20) {
            return 0;
        }
        // group: hour of day × (weekend?) when every such group has at least 12 values, else the hour, else all
        int[] byHour = new int[24];
        for (int h = 0; h < 24; h++) {
            byHour[h] = byHourDay[h] + byHourDay[h + 24];
        }
        int mode = minNonZero(byHourDay) >= 12 ? 2 : minNonZero(byHour) >= 12 ? 1 : 0;
        int groups = mode == 2 ? 48 : mode == 1 ? 24 : 1;
        int[] groupOf = new int[48];
        for (int hd = 0; hd < 48; hd++) {
            groupOf[hd] = group(hd, mode);
        }
        // a large group is modelled on an even sample of it (a year of one hour: 1 460 values, 512 set
        // its typical level and spread as well): of its values in time order, every every-th from
        // the first is kept (and only those); every value is still compared with the model. Group
        // g's kept values are values[from[g], from[g + 1]).
        // The scale of the whole series: a group that is nearly constant (a solar export at zero, a
        // plant idle at night) must not turn a normal swing of the load into an alarm
        // (a long series is judged on an even sample of it: every stride-th present value, at most
        // SCALE_SAMPLE of them — the level and the 95th percentile of a year of 15-minute values do
        // not need all 35 040 of them, and the exact order statistics cost a fifth of an import)
        int stride = Math.max(1, present / SCALE_SAMPLE);
        int sampled = (present + stride - 1) / stride;
        double[] all = new double[sampled];
        int k = 0;
        double[] values;
        int[] from;
        if (present == grid.length) {
            // no interval missing (the usual export): which intervals each group keeps follows from
            // the grid alone, worked out once for the meters that share it
            Sample plan = sample(hourDay, byHourDay, mode, groups, groupOf);
            from = plan.from;
            int[] order = plan.order;
            values = new double[order.length];
            for (int j = 0; j < order.length; j++) {
                values[j] = grid[order[j]];
            }
            for (; k < sampled; k++) {
                all[k] = Math.abs(grid[k * stride]);
            }
        } else {
            from = new int[groups + 1];
            int[] every = new int[groups];
            for (int g = 0; g < groups; g++) {
                int n = mode == 2 ? byHourDay[g] : mode == 1 ? byHourDay[g] + byHourDay[g + 24] : present;
                every[g] = n > GROUP_SAMPLE ? (n + GROUP_SAMPLE - 1) / GROUP_SAMPLE : 1;
                from[g + 1] = from[g] + (n + every[g] - 1) / every[g];
            }
            values = new double[from[groups]];
            int[] countdown = new int[groups];
            int[] at = Arrays.copyOf(from, groups);
            int skip = 0; // present values until the next one sampled (every stride-th, from the first)
            for (int i = 0; i < grid.length; i++) {
                double x = grid[i];
                if (!Double.isNaN(x)) {
                    if (skip == 0) {
                        all[k++] = Math.abs(x);
                        skip = stride;
                    }
                    skip--;
                    int g = groupOf[hourDay[i]];
                    if (countdown[g] == 0) {
                        values[at[g]++] = x;
                        countdown[g] = every[g];
                    }
                    countdown[g]--;
                }
            }
        }
        if (select(all, k, k / 2) == 0) {
            return 0; // intermittent (zero most of the time, e.g. leading reactive energy): no typical level to compare with
        }
        // the median above left the upper half at [k / 2, k): the 95th percentile is there
        double floor = 0.05 * select(all, k / 2, k, (int) Math.min(k - 1, Math.floor(k * 0.95)));
        double[] median = new double[groups];
        double[] spread = new double[groups];
        for (int g = 0; g < groups; g++) {
            int a = from[g];
            int n = from[g + 1] - a;
            if (n == 0) {
                continue;
            }
            median[g] = select(values, a, a + n, a + n / 2);
            for (int i = a; i < a + n; i++) {
                values[i] = Math.abs(values[i] - median[g]); // the group's values are not needed any more
            }
            spread[g] = Math.max(select(values, a, a + n, a + n / 2) * 1.4826, Math.max(0.05 * Math.abs(median[g]), floor));
        }
        // beyond median ± k × spread (none where the spread is 0)
        double[] limit = new double[groups];
        for (int g = 0; g < groups; g++) {
            limit[g] = spread[g] > 0 ? MeterCsv.OUTLIER_K * spread[g] : Double.POSITIVE_INFINITY;
        }
        int count = 0;
        for (int i = 0; i < grid.length; i++) {
            if (Double.isNaN(grid[i])) {
                continue;
            }
            int g = groupOf[hourDay[i]];
            if (Math.abs(grid[i] - median[g]) > limit[g]) {
                count++;
                if (count <= 20) {
                    long hour = ((starts[i] / 3600) % 24 + 24) % 24;
                    String sameTime = mode == 0 ? Texts.get("meter.outlierAll")
                            : mode == 2 ? Texts.format("meter.outlierSameDayKind", hour) : Texts.format("meter.outlierEveryDay", hour);
                    problems.add(file, 0, m.column() + 1, Double.toString(grid[i]), Texts.format("meter.outlier", m.meterName(),
                            MeterCsv.time(starts[i]), sameTime, String.format("%.3f", median[g]), (int) MeterCsv.OUTLIER_K));
                }
            }
        }
        return count;
    }

    /**
     * For each of the regular interval starts: its hour of day (0–23), plus 24 on Saturdays and
     * Sundays. Followed along the grid (second of the day, day of the week) rather than divided
     * out for each interval.
     */
    static byte[] hourDay(long[] starts) {
        Object[] last = lastHourDay;
        long step0 = starts.length > 1 ? starts[1] - starts[0] : 0;
        boolean regular = starts.length > 0 && starts[starts.length - 1] == starts[0] + step0 * (starts.length - 1);
        if (regular && last != null && (long) last[0] == starts[0] && (long) last[1] == step0 && ((byte[]) last[2]).length == starts.length) {
            return (byte[]) last[2]; // the meters of one file share their grid
        }
        byte[] out = computeHourDay(starts);
        if (regular) {
            lastHourDay = new Object[] {starts[0], step0, out};
        }
        return out;
    }

    /** The grid of the last {@link #hourDay} (first start, step, groups), shared read-only between threads. */
    private static volatile Object[] lastHourDay;

    private static byte[] computeHourDay(long[] starts) {
        byte[] out = new byte[starts.length];
        if (starts.length == 0) {
            return out;
        }
        long step = starts.length > 1 ? starts[1] - starts[0] : 0;
        int sod = (int) Math.floorMod(starts[0], 86400L);
        int dow = (int) Math.floorMod(Math.floorDiv(starts[0], 86400L) + 3, 7L); // 1970-01-01 was a Thursday: 0 = Monday
        for (int i = 0; i < starts.length; i++) {
            if (i > 0 && starts[i] - starts[i - 1] != step) {
                sod = (int) Math.floorMod(starts[i], 86400L); // not regular after all: start again from the time itself
                dow = (int) Math.floorMod(Math.floorDiv(starts[i], 86400L) + 3, 7L);
            }
            out[i] = (byte) (sod / 3600 + (dow >= 5 ? 24 : 0));
            if (step > 0 && step < 86400) {
                sod += (int) step;
                if (sod >= 86400) {
                    sod -= 86400;
                    dow = dow == 6 ? 0 : dow + 1;
                }
            } else if (i + 1 < starts.length) {
                sod = (int) Math.floorMod(starts[i + 1], 86400L);
                dow = (int) Math.floorMod(Math.floorDiv(starts[i + 1], 86400L) + 3, 7L);
            }
        }
        return out;
    }

    /**
     * Which intervals of a grid with every interval present each outlier group keeps: group g's
     * are {@code order[from[g], from[g + 1])}, in time order (every every-th of the group's
     * intervals from the first, as {@link #outliers} keeps them when some are missing).
     */
    record Sample(byte[] hourDay, int[] counts, int mode, int[] from, int[] order) {
    }

    /** The {@link Sample} of the grid last asked for, shared read-only between threads. */
    private static volatile Sample lastSample;

    /** The {@link Sample} of a grid with every interval present ({@code byHourDay}: its intervals per group of {@link #hourDay}). */
    static Sample sample(byte[] hourDay, int[] byHourDay, int mode, int groups, int[] groupOf) {
        Sample last = lastSample;
        if (last != null && last.hourDay() == hourDay && last.mode() == mode && Arrays.equals(last.counts(), byHourDay)) {
            return last;
        }
        int[] from = new int[groups + 1];
        int[] every = new int[groups];
        for (int g = 0; g < groups; g++) {
            int n = mode == 2 ? byHourDay[g] : mode == 1 ? byHourDay[g] + byHourDay[g + 24] : hourDay.length;
            every[g] = n > GROUP_SAMPLE ? (n + GROUP_SAMPLE - 1) / GROUP_SAMPLE : 1;
            from[g + 1] = from[g] + (n + every[g] - 1) / every[g];
        }
        int[] order = new int[from[groups]];
        int[] countdown = new int[groups];
        int[] at = Arrays.copyOf(from, groups);
        for (int i = 0; i < hourDay.length; i++) {
            int g = groupOf[hourDay[i]];
            if (countdown[g] == 0) {
                order[at[g]++] = i;
                countdown[g] = every[g];
            }
            countdown[g]--;
        }
        Sample s = new Sample(hourDay, byHourDay.clone(), mode, from, order);
        lastSample = s;
        return s;
    }

    /** The outlier group of an interval of {@code hourDay} (from {@link #hourDay}) in a mode: 0 all, 1 hour, 2 hour × day kind. */
    private static int group(int hourDay, int mode) {
        return mode == 2 ? hourDay : mode == 1 ? hourDay % 24 : 0;
    }

    /**
     * The {@code k}-th smallest of {@code a[0, n)} (the value a sort would put at index k), by
     * quickselect with a median-of-three pivot; reorders {@code a}. Linear on average, against
     * n log n for a sort, which matters with 48 groups per meter and 50 meters per file.
     */
    static double select(double[] a, int n, int k) {
        return select(a, 0, n, k);
    }

    /** As {@link #select(double[], int, int)} within {@code a[from, to)}, which must hold index {@code k}. */
    static double select(double[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static void swap(double[] a, int i, int j) {
        double x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    private static int minNonZero(int[] counts) {
        int min = Integer.MAX_VALUE;
        for (int c : counts) {
            if (c > 0) {
                min = Math.min(min, c);
            }
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    private static void sortByTime(long[] t, double[] v, long[] line, int n) {
        boolean sorted = true;
        for (int i = 1; i < n; i++) {
            if (t[i] < t[i - 1]) {
                sorted = false;
                break;
            }
        }
        if (sorted) {
            return;
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (x, y) -> Long.compare(t[x], t[y]));
        long[] t2 = new long[n];
        double[] v2 = new double[n];
        long[] l2 = new long[n];
        for (int i = 0; i < n; i++) {
            t2[i] = t[idx[i]];
            v2[i] = v[idx[i]];
            l2[i] = line[idx[i]];
        }
        System.arraycopy(t2, 0, t, 0, n);
        System.arraycopy(v2, 0, v, 0, n);
        System.arraycopy(l2, 0, line, 0, n);
    }
}
