package org.energydiag.core.meter;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Works out the settings of a file from its first records (see {@link MeterCsv#sniff}). */
final class Detection {

    private static final String[] REGISTER_WORDS = {"表码", "示数", "读数", "累计", "底数", "止码", "register", "reading", "cumulative"};
    private static final String[] POWER_WORDS = {"功率", "负荷", "power", "demand"};
    private static final String[] TIME_WORDS = {"时间", "日期", "time", "date", "timestamp"};

    private Detection() {
    }

    static ImportSettings detect(List<String[]> recs, Charset cs, char delimiter, Path file, Layout forced)
            throws MeterFormatException {
        int[] found = findFirstData(recs);
        final int firstData = found[0];
        final int timeCol = found[1];
        if (firstData < 0) {
            throw new MeterFormatException(file.getFileName() + "：前 " + recs.size() + " 行中找不到时间列（应为如 2025-01-01 00:15、"
                    + "2025/1/1 0:15、01/02/2025 00:15 或 Excel 日期序号的列）。请确认这是电表数据导出文件。");
        }
        int headerRec = -1;
        if (firstData > 0 && isHeader(recs.get(firstData - 1))) {
            headerRec = firstData - 1;
        }
        String[] header = headerRec >= 0 ? recs.get(headerRec) : new String[0];
        List<String[]> data = new ArrayList<>();
        for (int i = firstData; i < recs.size(); i++) {
            if (recs.get(i).length > timeCol && !recs.get(i)[timeCol].isEmpty()) {
                data.add(recs.get(i));
            }
        }
        // separate date and time columns
        int timeCol2 = -1;
        boolean dateOnly = data.stream().noneMatch(r -> r[timeCol].contains(":") || r[timeCol].contains("：")
                || r[timeCol].contains("T") || Timestamps.isExcelSerial(r[timeCol]) && r[timeCol].contains("."));
        if (dateOnly && timeCol + 1 < width(data) && data.stream().allMatch(r -> r.length > timeCol + 1
                && (r[timeCol + 1].isEmpty() || Timestamps.timeOfDay(r[timeCol + 1]) >= 0))
                && data.stream().anyMatch(r -> Timestamps.timeOfDay(r[timeCol + 1]) >= 0)) {
            timeCol2 = timeCol + 1;
            dateOnly = false;
        }
        // date order
        DateOrder order = DateOrder.YMD;
        boolean ambiguous = false;
        List<int[]> shorts = new ArrayList<>();
        for (String[] r : data) {
            int[] ab = Timestamps.firstTwoOfShortDate(r[timeCol]);
            if (ab != null) {
                shorts.add(ab);
            }
        }
        if (!shorts.isEmpty()) {
            boolean aOver12 = shorts.stream().anyMatch(x -> x[0] > 12);
            boolean bOver12 = shorts.stream().anyMatch(x -> x[1] > 12);
            Set<Integer> as = new HashSet<>();
            Set<Integer> bs = new HashSet<>();
            shorts.forEach(x -> {
                as.add(x[0]);
                bs.add(x[1]);
            });
            if (aOver12 && !bOver12) {
                order = DateOrder.DMY;
            } else if (bOver12 && !aOver12) {
                order = DateOrder.MDY;
            } else if (as.size() > 1 && bs.size() == 1) {
                order = DateOrder.DMY; // the day changes within a month
            } else if (bs.size() > 1 && as.size() == 1) {
                order = DateOrder.MDY;
            } else {
                order = DateOrder.DMY;
                ambiguous = true;
            }
        }
        boolean decimalComma = delimiter == ';' && data.stream().flatMap(java.util.Arrays::stream)
                .anyMatch(c -> c.matches("-?\\d+,\\d+"));
        // columns that hold values
        int width = width(data);
        List<Integer> numeric = new ArrayList<>();
        int textCol = -1;
        for (int c = 0; c < width; c++) {
            if (c == timeCol || c == timeCol2) {
                continue;
            }
            int num = 0;
            int text = 0;
            Set<String> distinct = new HashSet<>();
            for (String[] r : data) {
                String v = c < r.length ? r[c] : "";
                if (v.isEmpty()) {
                    continue;
                }
                try {
                    MeterCsv.number(v, decimalComma);
                    num++;
                } catch (NumberFormatException e) {
                    text++;
                    distinct.add(v);
                }
            }
            if (num > 0 && num >= text) {
                numeric.add(c);
            } else if (text > 0 && textCol < 0 && distinct.size() < data.size()) {
                textCol = c;
            }
        }
        String unitHint = preambleUnit(recs, headerRec >= 0 ? headerRec : firstData);
        Layout layout;
        int interval = 0;
        TimestampMeans means = TimestampMeans.START;
        List<ColumnMapping> mappings = new ArrayList<>();
        ColumnMapping longDefault = null;
        int meterCol = -1;
        boolean dayShape = dateOnly && timeCol2 < 0 && (numeric.size() == 24 || numeric.size() == 48 || numeric.size() == 96);
        if (forced == Layout.DAY_POINTS && !dayShape) {
            throw new MeterFormatException(file.getFileName() + "：不是日点表格式（应为每行一个日期和 24、48 或 96 个数值列），现有 "
                    + numeric.size() + " 个数值列。");
        }
        if (forced == Layout.LONG && textCol < 0) {
            throw new MeterFormatException(file.getFileName() + "：不是长表格式（找不到表名列）。");
        }
        if (forced == Layout.WIDE) {
            dayShape = false;
            textCol = -1;
        }
        if (dayShape) {
            layout = Layout.DAY_POINTS;
            interval = 1440 / numeric.size();
            String firstHead = header.length > numeric.get(0) ? header[numeric.get(0)] : "";
            String lastHead = header.length > numeric.get(numeric.size() - 1) ? header[numeric.get(numeric.size() - 1)] : "";
            int firstTod = Timestamps.timeOfDay(firstHead);
            int lastTod = Timestamps.timeOfDay(lastHead);
            if (lastTod == 86400 || firstTod == interval * 60) {
                means = TimestampMeans.END;
            }
            String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            MeterUnit unit = MeterUnit.fromHeader(unitHint).orElse(null);
            for (int c : numeric) {
                mappings.add(new ColumnMapping(c, base, carrierOf(unit), unit, kindOf("", unit, List.of()), 1.0, true));
            }
        } else if (textCol >= 0) {
            layout = Layout.LONG;
            meterCol = textCol;
            int mc = textCol;
            int valueCol = numeric.stream().filter(c -> c > mc).findFirst().orElse(numeric.isEmpty() ? -1 : numeric.get(0));
            if (valueCol < 0) {
                throw new MeterFormatException(file.getFileName() + "：找不到数值列。");
            }
            String head = header.length > valueCol ? header[valueCol] : "";
            MeterUnit unit = MeterUnit.fromHeader(head).or(() -> MeterUnit.fromHeader(unitHint)).orElse(null);
            Map<String, List<Double>> perMeter = new LinkedHashMap<>();
            Map<String, List<Long>> times = new HashMap<>();
            for (String[] r : data) {
                if (r.length > Math.max(meterCol, valueCol)) {
                    perMeter.computeIfAbsent(r[meterCol], k -> new ArrayList<>()).add(safe(r[valueCol], decimalComma));
                    times.computeIfAbsent(r[meterCol], k -> new ArrayList<>()).add(Timestamps.parse(r[timeCol], order));
                }
            }
            longDefault = new ColumnMapping(valueCol, "", carrierOf(unit), unit, kindOf(head, unit, List.of()), 1.0, true);
            for (var e : perMeter.entrySet()) {
                mappings.add(new ColumnMapping(valueCol, e.getKey(), carrierOf(unit), unit, kindOf(head, unit, e.getValue()), 1.0, true));
            }
            interval = modeStep(times.values());
        } else {
            layout = Layout.WIDE;
            for (int c : numeric) {
                String head = header.length > c && !header[c].isEmpty() ? header[c] : "列" + (c + 1);
                MeterUnit unit = MeterUnit.fromHeader(head).or(() -> MeterUnit.fromHeader(unitHint)).orElse(null);
                List<Double> sample = new ArrayList<>();
                for (String[] r : data) {
                    sample.add(c < r.length ? safe(r[c], decimalComma) : Double.NaN);
                }
                mappings.add(new ColumnMapping(c, head, carrierOf(unit), unit, kindOf(head, unit, sample), 1.0, true));
            }
            List<Long> ts = new ArrayList<>();
            for (String[] r : data) {
                long t = Timestamps.parse(r[timeCol], order);
                if (t != Timestamps.NONE && timeCol2 >= 0) {
                    int tod = Timestamps.timeOfDay(r.length > timeCol2 ? r[timeCol2] : "");
                    t = tod < 0 ? Timestamps.NONE : t + tod;
                }
                ts.add(t);
            }
            interval = modeStep(List.of(ts));
        }
        if (layout != Layout.DAY_POINTS) {
            int tc2 = timeCol2;
            boolean has2400 = data.stream().anyMatch(r -> r[timeCol].contains("24:00")
                    || tc2 >= 0 && r.length > tc2 && r[tc2].startsWith("24:00"));
            long firstT = Timestamps.parse(data.get(0)[timeCol], order);
            if (tc2 >= 0) {
                firstT += Math.max(0, Timestamps.timeOfDay(data.get(0)[tc2]));
            }
            if (has2400 || interval > 0 && Math.floorMod(firstT, 86400) == interval * 60L) {
                means = TimestampMeans.END;
            }
        }
        return new ImportSettings(cs, delimiter, decimalComma, headerRec, firstData, layout, timeCol, timeCol2, order,
                ambiguous, means, interval, meterCol, mappings, longDefault);
    }

    /** {first data record, time column}, or {−1, −1}. */
    private static int[] findFirstData(List<String[]> recs) {
        for (int i = 0; i < recs.size(); i++) {
            String[] r = recs.get(i);
            for (int c = 0; c < r.length; c++) {
                if (isTime(r[c], header(recs, i, c)) && (i + 1 >= recs.size() || c < recs.get(i + 1).length
                        && isTime(recs.get(i + 1)[c], header(recs, i, c)))) {
                    return new int[] {i, c};
                }
            }
        }
        return new int[] {-1, -1};
    }

    private static double safe(String v, boolean decimalComma) {
        try {
            return MeterCsv.number(v, decimalComma);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static int width(List<String[]> rows) {
        int w = 0;
        for (String[] r : rows) {
            w = Math.max(w, r.length);
        }
        return w;
    }

    private static String header(List<String[]> recs, int dataRow, int c) {
        if (dataRow == 0) {
            return "";
        }
        String[] h = recs.get(dataRow - 1);
        return c < h.length ? h[c] : "";
    }

    /** A timestamp cell: a date with separators, ISO, or an Excel serial under a time/date header. */
    static boolean isTime(String cell, String head) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        if (Timestamps.isExcelSerial(cell)) {
            String h = head.toLowerCase(Locale.ROOT);
            for (String w : TIME_WORDS) {
                if (h.contains(w)) {
                    return true;
                }
            }
            return false;
        }
        boolean sep = cell.indexOf('-') > 0 || cell.indexOf('/') > 0 || cell.indexOf('年') > 0 || cell.indexOf('.') > 0;
        return sep && Timestamps.parse(cell, DateOrder.DMY) != Timestamps.NONE;
    }

    private static boolean isHeader(String[] r) {
        int text = 0;
        int filled = 0;
        for (String c : r) {
            if (c.isEmpty()) {
                continue;
            }
            filled++;
            try {
                MeterCsv.number(c, false);
            } catch (NumberFormatException e) {
                text++;
            }
        }
        return filled > 0 && text * 2 >= filled;
    }

    /** A unit named in the preamble, e.g. "单位：kWh". */
    private static String preambleUnit(List<String[]> recs, int before) {
        for (int i = 0; i < before && i < recs.size(); i++) {
            for (String c : recs.get(i)) {
                int k = c.indexOf("单位");
                if (k >= 0) {
                    String rest = c.substring(k + 2).replaceFirst("^[：:\\s]+", "");
                    return "(" + rest + ")";
                }
            }
        }
        return "";
    }

    static String carrierOf(MeterUnit u) {
        if (u == null) {
            return "ELECTRICITY";
        }
        return switch (u.quantity()) {
            case ENERGY, POWER -> "ELECTRICITY";
            case VOLUME -> "NATURAL_GAS";
            case HEAT -> "HEAT";
            case REACTIVE, MASS -> "";
        };
    }

    static ValueKind kindOf(String head, MeterUnit unit, List<Double> sample) {
        String h = head.toLowerCase(Locale.ROOT);
        if (unit != null && unit.quantity() == MeterUnit.Quantity.POWER) {
            return ValueKind.POWER;
        }
        for (String w : REGISTER_WORDS) {
            if (h.contains(w)) {
                return ValueKind.REGISTER;
            }
        }
        for (String w : POWER_WORDS) {
            if (h.contains(w)) {
                return unit == null || unit.quantity() == MeterUnit.Quantity.POWER ? ValueKind.POWER : ValueKind.INTERVAL;
            }
        }
        // cumulative readings: never falling (but for a reset) and large against their steps
        int up = 0;
        int down = 0;
        List<Double> steps = new ArrayList<>();
        double prev = Double.NaN;
        double first = Double.NaN;
        for (double v : sample) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (Double.isNaN(first)) {
                first = v;
            }
            if (!Double.isNaN(prev)) {
                if (v >= prev) {
                    up++;
                    steps.add(v - prev);
                } else {
                    down++;
                }
            }
            prev = v;
        }
        if (up >= 8 && down <= Math.max(1, up / 20)) {
            steps.sort(null);
            double median = steps.get(steps.size() / 2);
            if (median > 0 && first > 20 * median) {
                return ValueKind.REGISTER;
            }
        }
        return ValueKind.INTERVAL;
    }

    private static int modeStep(java.util.Collection<List<Long>> timeLists) {
        Map<Long, Integer> freq = new HashMap<>();
        for (List<Long> ts : timeLists) {
            List<Long> s = ts.stream().filter(t -> t != Timestamps.NONE).sorted().toList();
            for (int i = 1; i < s.size(); i++) {
                long d = s.get(i) - s.get(i - 1);
                if (d > 0) {
                    freq.merge(d, 1, Integer::sum);
                }
            }
        }
        return freq.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> (int) (e.getKey() / 60)).orElse(0);
    }
}
