package org.energydiag.core.meter;

import org.energydiag.core.reference.CarrierId;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.energydiag.core.text.Texts;

/**
 * Works out the settings of a file from its first records (see {@link MeterCsv#sniff}), and says
 * what it decided and on what evidence. Where the evidence is weak it does not guess: it records a
 * {@link MeterCsv.Question} naming the option that settles it (the window asks, the command line
 * exits 2).
 *
 * <p>Every column gets one role: the timestamp (and a separate time of day), a value column
 * (energy, power, reactive energy, demand statistics, with its unit), the column naming the meter
 * or channel of each row, or a column that is none of these — an attribute that merely labels the
 * rows (weekday, load type: one label per timestamp, repeating across days), a copy of the time
 * (seconds since midnight, hour, unix time), or an electrical quantity that is not energy (power
 * factor, voltage, current, CO2). Those are listed in the report and never imported as meters.
 */
final class Detection {

    private static final String[] REGISTER_WORDS = {"表码", "示数", "读数", "累计", "底数", "止码", "总电能", "register", "reading",
        "cumulative", "total"};
    private static final String[] POWER_WORDS = {"功率", "负荷", "power", "demand", "load"};
    private static final String[] DEMAND_WORDS = {"最大值", "最小值", "最大", "最小", "峰值", "谷值", "max", "min", "peak"};
    private static final String[] TIME_WORDS = {"时间", "日期", "time", "date", "timestamp", "ymd", "day"};
    private static final String[] END_WORDS = {"end", "结束", "截止", "终止", "止"};
    private static final String[] START_WORDS = {"start", "begin", "开始", "起始", "起"};
    /** Headers of columns that are measured but are not energy: kept apart, never a meter. */
    private static final String[] NOT_ENERGY_WORDS = {"power_factor", "power factor", "powerfactor", "功率因数", "cos", "pf",
        "电压", "voltage", "volt", "电流", "current", "频率", "frequency", "hz", "co2", "二氧化碳", "碳排", "温度", "temperature",
        "temp", "湿度", "humidity", "thd", "谐波"};

    private Detection() {
    }

    /** The detected settings, what was decided (in Chinese, for the report) and what must be asked. */
    record Detected(ImportSettings settings, List<String> decisions, List<MeterCsv.Question> questions,
                    Map<Integer, String> constantText) {
    }

    /**
     * Found beyond the sample: a column that held one value in the sample (so it looked like an
     * attribute) changes value where the time starts again inside the span already read — the file
     * is a long one sorted by that column, each block one meter.
     */
    record BlockHint(int column, String before, String after, long line, long time) {
    }

    /** What a non-time column is. */
    enum Role {
        VALUE, METER, ATTRIBUTE, TIME_COPY, NOT_ENERGY, UNKNOWN_UNIT
    }

    static Detected detect(List<String[]> recs, Charset cs, char delimiter, Path file, Layout forced) throws MeterFormatException {
        return detect(recs, cs, delimiter, file, forced, null);
    }

    static Detected detect(List<String[]> recs, Charset cs, char delimiter, Path file, Layout forced, BlockHint hint)
            throws MeterFormatException {
        List<String> decisions = new ArrayList<>();
        List<MeterCsv.Question> questions = new ArrayList<>();
        String fileName = file.getFileName().toString();
        int[] found = findFirstData(recs);
        final int firstData = found[0];
        final int timeCol = found[1];
        if (firstData < 0) {
            throw new MeterFormatException(Texts.format("meter.noTimeColumn", fileName, recs.size()));
        }
        int headerRec = -1;
        if (firstData > 0 && isHeader(recs.get(firstData - 1))) {
            headerRec = firstData - 1;
        }
        String[] header = headerRec >= 0 ? recs.get(headerRec) : new String[0];
        String timeHead = header.length > timeCol ? header[timeCol] : "";
        // data rows: a timestamp in the time column; header rows repeated further down start sections
        List<String[]> data = new ArrayList<>();
        List<String[]> sectionHeads = new ArrayList<>();
        dataRows(recs, firstData, timeCol, headerRec >= 0, header.length, data, sectionHeads);
        if (data.isEmpty()) {
            throw new MeterFormatException(Texts.format("meter.noDataRows", fileName, firstData + 1));
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
                decisions.add(Texts.get("meter.dateDmyFirstOver12"));
            } else if (bOver12 && !aOver12) {
                order = DateOrder.MDY;
                decisions.add(Texts.get("meter.dateMdySecondOver12"));
            } else if (as.size() > 1 && bs.size() == 1) {
                order = DateOrder.DMY;
                decisions.add(Texts.get("meter.dateDmyFirstChanges"));
            } else if (bs.size() > 1 && as.size() == 1) {
                order = DateOrder.MDY;
                decisions.add(Texts.get("meter.dateMdySecondChanges"));
            } else {
                order = DateOrder.DMY;
                ambiguous = true;
                questions.add(new MeterCsv.Question("--date-order", Texts.format("meter.dateOrderAmbiguous", data.get(0)[timeCol])));
            }
        }
        final DateOrder ord = order;
        long[] times = times(data, timeCol, timeCol2, ord);
        boolean decimalComma = delimiter == ';' && data.stream().flatMap(java.util.Arrays::stream)
                .anyMatch(c -> c.matches("-?\\d+,\\d+"));
        String unitHint = preambleUnit(recs, headerRec >= 0 ? headerRec : firstData);
        // ---- the role of every other column
        int width = width(data);
        List<Integer> numeric = new ArrayList<>();
        List<Integer> text = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (c == timeCol || c == timeCol2) {
                continue;
            }
            long counts = numbersAndTexts(data, c, decimalComma);
            int num = (int) (counts >>> 32);
            int txt = (int) counts;
            if (num > 0 && num >= txt) {
                numeric.add(c);
            } else if (txt > 0) {
                text.add(c);
            }
        }
        // a text column names meters (or channels) only if it tells apart rows of the same time
        int meterCol = -1;
        Map<Integer, String> constantText = new LinkedHashMap<>();
        for (int c : text) {
            Set<String> distinct = new LinkedHashSet<>();
            boolean splits = splitsRowsOfOneTime(data, times, c, distinct);
            // a channel column names its quantity with a unit ("Active Import Interval (kW)") even when only one is present
            boolean unitNames = distinct.stream().allMatch(v -> !v.isEmpty() && MeterUnit.fromHeader(v).isPresent());
            String head = header.length > c && !header[c].isEmpty() ? header[c] : Texts.format("meter.columnNumber", c + 1);
            String firstFour = String.join("、", distinct.stream().limit(4).toList());
            String more = distinct.size() > 4 ? "…" : "";
            if (hint != null && hint.column() == c && meterCol < 0) {
                meterCol = c;
                decisions.add(Texts.format("meter.meterColumnBlocks", head, hint.before(), hint.after(), hint.line(),
                        MeterCsv.time(hint.time()).toString().replace('T', ' ')));
            } else if (!splits && unitNames && meterCol < 0) {
                meterCol = c;
                decisions.add(Texts.format("meter.channelColumn", head, firstFour));
            } else if (splits && meterCol < 0) {
                meterCol = c;
                decisions.add(Texts.format("meter.meterColumn", head, distinct.size(), firstFour + more));
            } else {
                decisions.add(Texts.format("meter.attributeColumn", head, distinct.size(), firstFour + more));
                if (distinct.size() == 1 && !firstFour.isEmpty()) {
                    constantText.put(c, firstFour); // one value in the sample: may name the first block of a long file
                }
            }
        }
        if (forced == Layout.LONG && meterCol < 0) {
            if (text.isEmpty()) {
                throw new MeterFormatException(Texts.format("meter.notLong", fileName));
            }
            meterCol = text.get(0);
        }
        if (forced == Layout.WIDE) {
            meterCol = -1;
        }
        // numeric columns: values, copies of the time, or quantities that are not energy
        List<Integer> values = new ArrayList<>();
        Map<Integer, MeterUnit> units = new HashMap<>();
        for (int c : numeric) {
            String head = header.length > c ? header[c] : "";
            String shown = head.isEmpty() ? Texts.format("meter.columnNumber", c + 1) : head;
            MeterUnit unit = MeterUnit.fromHeader(head).orElse(null);
            String copy = unit == null ? timeCopy(data, times, c, decimalComma) : null;
            if (unit == null && notEnergy(head)) {
                decisions.add(Texts.format("meter.notEnergyColumn", shown, head));
            } else if (unit == null && copy != null) {
                decisions.add(Texts.format("meter.timeCopyColumn", shown, copy));
            } else if (unit == null && isRowNumber(data, c, decimalComma)) {
                decisions.add(Texts.format("meter.rowNumberColumn", shown));
            } else {
                values.add(c);
                if (unit != null) {
                    units.put(c, unit);
                }
            }
        }
        Layout layout;
        int interval = 0;
        TimestampMeans means = TimestampMeans.START;
        List<ColumnMapping> mappings = new ArrayList<>();
        List<ColumnMapping> longValues = new ArrayList<>();
        ColumnMapping longDefault = null;
        boolean dayShape = dateOnly && timeCol2 < 0 && (values.size() == 24 || values.size() == 48 || values.size() == 96);
        if (forced == Layout.DAY_POINTS && !dayShape) {
            throw new MeterFormatException(Texts.format("meter.notDayPoints", fileName, values.size()));
        }
        boolean sections = meterCol < 0 && !sectionHeads.isEmpty() && !values.isEmpty() && forced == null
                && sectionHeads.stream().anyMatch(h -> !h[values.get(0)].equals(header[values.get(0)]));
        if (dayShape && forced != Layout.WIDE && forced != Layout.LONG) {
            layout = Layout.DAY_POINTS;
            meterCol = -1;
            interval = 1440 / values.size();
            String firstHead = header.length > values.get(0) ? header[values.get(0)] : "";
            String lastHead = header.length > values.get(values.size() - 1) ? header[values.get(values.size() - 1)] : "";
            int firstTod = pointTime(firstHead);
            int lastTod = pointTime(lastHead);
            if (lastTod == 86400 || firstTod == interval * 60) {
                means = TimestampMeans.END;
                decisions.add(Texts.format("meter.dayPointsEnd", values.size(), firstHead, lastHead));
            } else {
                decisions.add(firstTod == 0 ? Texts.format("meter.dayPointsStartFrom", values.size(), firstHead)
                        : Texts.format("meter.dayPointsStart", values.size()));
            }
            String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            MeterUnit unit = MeterUnit.fromHeader(unitHint).orElse(null);
            for (int c : values) {
                mappings.add(new ColumnMapping(c, base, carrierOf(unit), unit, kindOf("", unit, List.of()), 1.0, true));
            }
            if (unit == null) {
                questions.add(new MeterCsv.Question("--unit", Texts.format("meter.dayPointsNoUnit", base)));
            }
        } else if (sections) {
            layout = Layout.SECTIONS;
            int vc = values.get(0);
            Set<String> names = new LinkedHashSet<>();
            names.add(sectionName(header[vc]));
            sectionHeads.forEach(h -> names.add(sectionName(h[vc])));
            MeterUnit unit = MeterUnit.fromHeader(header[vc]).or(() -> MeterUnit.fromHeader(unitHint)).orElse(null);
            for (String n : names) {
                mappings.add(new ColumnMapping(vc, n, carrierOf(unit), unit, kindOf(header[vc], unit, List.of()), 1.0, true));
            }
            longDefault = new ColumnMapping(vc, "", carrierOf(unit), unit, kindOf(header[vc], unit, List.of()), 1.0, true);
            decisions.add(Texts.format("meter.sections", sectionHeads.size() + 1, String.join("、", names)));
            interval = modeStep(List.of(toList(times)));
            if (unit == null) {
                questions.add(new MeterCsv.Question("--unit", Texts.format("meter.sectionNoUnit", header[vc])));
            }
        } else if (meterCol >= 0) {
            layout = Layout.LONG;
            int mc = meterCol;
            int valueCol = values.stream().filter(c -> c > mc).findFirst().orElse(values.isEmpty() ? -1 : values.get(0));
            if (valueCol < 0) {
                throw new MeterFormatException(Texts.format("meter.noValueColumn", fileName));
            }
            String head = header.length > valueCol ? header[valueCol] : "";
            MeterUnit colUnit = MeterUnit.fromHeader(head).or(() -> MeterUnit.fromHeader(unitHint)).orElse(null);
            Map<String, List<Double>> perMeter = new LinkedHashMap<>();
            Map<String, List<Long>> perTimes = new HashMap<>();
            perMeter(data, times, meterCol, valueCol, decimalComma, perMeter, perTimes);
            longDefault = new ColumnMapping(valueCol, "", carrierOf(colUnit), colUnit, kindOf(head, colUnit, List.of()), 1.0, true);
            // a statistics export (one row per period and series; 最大值 and 最小值 columns): every value
            // column whose header names its unit is read, one meter per name and column
            List<Integer> unitValues = values.stream().filter(c -> c != mc && units.containsKey(c)).toList();
            if (unitValues.size() >= 2) {
                for (int c : unitValues) {
                    String h = header[c];
                    MeterUnit u = units.get(c);
                    longValues.add(new ColumnMapping(c, h, carrierOf(u), u, kindOf(h, u, List.of()), 1.0, true));
                }
                longDefault = longValues.get(0).withName("");
                for (String key : perMeter.keySet()) {
                    for (ColumnMapping tpl : longValues) {
                        List<Double> sample = new ArrayList<>();
                        for (String[] r : data) {
                            if (r.length > Math.max(meterCol, tpl.column()) && r[meterCol].equals(key)) {
                                sample.add(safe(r[tpl.column()], decimalComma));
                            }
                        }
                        mappings.add(tpl.withName(key + " " + tpl.meterName())
                                .withKind(kindOf(tpl.meterName() + " " + key, tpl.unit(), sample)));
                    }
                }
                decisions.add(Texts.format("meter.longSeveralValues", String.join("、",
                        longValues.stream().map(ColumnMapping::meterName).toList())));
            }
            List<String> unknown = new ArrayList<>();
            for (var e : unitValues.size() >= 2 ? Map.<String, List<Double>>of().entrySet() : perMeter.entrySet()) {
                // a channel name may carry the unit: "Active Import Interval (kW)"
                MeterUnit unit = MeterUnit.fromHeader(e.getKey()).orElse(colUnit);
                String kindText = head + " " + e.getKey();
                mappings.add(new ColumnMapping(valueCol, e.getKey(), carrierOf(unit), unit, kindOf(kindText, unit, e.getValue()), 1.0, true));
                if (unit == null) {
                    unknown.add(e.getKey());
                }
            }
            interval = modeStep(perTimes.values());
            if (!unknown.isEmpty()) {
                questions.add(new MeterCsv.Question("--unit", Texts.format("meter.longNoUnit",
                        head.isEmpty() ? Texts.format("meter.columnNumber", valueCol + 1) : head,
                        String.join("、", unknown.stream().limit(3).toList()))));
            }
        } else {
            layout = Layout.WIDE;
            for (int c : values) {
                String head = header.length > c && !header[c].isEmpty() ? header[c] : Texts.format("meter.columnName", c + 1);
                MeterUnit unit = units.containsKey(c) ? units.get(c) : MeterUnit.fromHeader(unitHint).orElse(null);
                List<Double> sample = sample(data, c, decimalComma);
                mappings.add(new ColumnMapping(c, head, carrierOf(unit), unit, kindOf(head, unit, sample), 1.0, true));
            }
            interval = modeStep(List.of(toList(times)));
            List<String> unknown = mappings.stream().filter(m -> m.unit() == null).map(ColumnMapping::meterName).toList();
            if (!unknown.isEmpty()) {
                String named = String.join("、", unknown.stream().map(u -> Texts.format("meter.quotedName", u)).limit(5).toList());
                questions.add(new MeterCsv.Question("--unit", unknown.size() > 5 ? Texts.format("meter.wideNoUnitMany", named, unknown.size())
                        : Texts.format("meter.wideNoUnit", named)));
            }
        }
        // a day-point file's columns are one meter: one sentence for it
        for (ColumnMapping m : layout == Layout.DAY_POINTS ? mappings.subList(0, Math.min(1, mappings.size())) : mappings) {
            if (m.unit() != null) {
                String name = m.meterName();
                String kind = m.kind().label();
                String unit = m.unit().symbol();
                decisions.add(m.kind() == ValueKind.POWER ? Texts.format("meter.unitDecisionPower", name, kind, unit)
                        : m.kind() == ValueKind.DEMAND ? Texts.format("meter.unitDecisionDemand", name, kind, unit)
                        : Texts.format("meter.unitDecision", name, kind, unit));
            }
        }
        // ---- a repeated hour with different values: the end of daylight saving, read without its zone
        if (layout == Layout.LONG || layout == Layout.WIDE) {
            String repeated = repeatedHour(data, times, layout == Layout.LONG ? meterCol : -1,
                    values.isEmpty() ? -1 : layout == Layout.LONG ? mappings.get(0).column() : values.get(0), decimalComma);
            if (repeated != null) {
                questions.add(new MeterCsv.Question("--zone", Texts.format("meter.repeatedHour", repeated)));
            }
        }
        // ---- irregular timestamps (a logger polling when it can): registers are spread over hourly
        // intervals; anything else cannot be put on a grid without a guess
        if (layout != Layout.DAY_POINTS && regularity(times) < 0.5) {
            boolean allRegisters = !mappings.isEmpty() && mappings.stream().allMatch(m -> m.kind() == ValueKind.REGISTER);
            if (allRegisters) {
                interval = 60;
                decisions.add(Texts.get("meter.irregularRegisters"));
            } else {
                questions.add(new MeterCsv.Question("--interval", Texts.format("meter.irregularInterval",
                        Math.round(regularity(times) * 100))));
            }
        }
        // ---- what the timestamps mean
        boolean midnightLast = false;
        if (layout != Layout.DAY_POINTS) {
            String th = timeHead.toLowerCase(Locale.ROOT);
            boolean range = Timestamps.rangeSeparator(data.get(0)[timeCol]) > 0;
            int tc2 = timeCol2;
            boolean has2400 = data.stream().anyMatch(r -> r[timeCol].contains("24:00")
                    || tc2 >= 0 && r.length > tc2 && r[tc2].startsWith("24:00"));
            midnightLast = layout == Layout.WIDE && midnightEndsTheDay(times, interval);
            long firstT = min(times);
            if (range) {
                means = TimestampMeans.START;
                long end = Timestamps.rangeEnd(data.get(0)[timeCol], ord);
                long start = Timestamps.parse(data.get(0)[timeCol], ord);
                if (end != Timestamps.NONE && end > start) {
                    interval = (int) ((end - start) / 60);
                }
                decisions.add(Texts.format("meter.rangeTimes", data.get(0)[timeCol], interval));
            } else if (containsAny(th, END_WORDS)) {
                means = TimestampMeans.END;
                decisions.add(Texts.format("meter.headEnd", timeHead));
            } else if (containsAny(th, START_WORDS)) {
                decisions.add(Texts.format("meter.headStart", timeHead));
            } else if (midnightLast) {
                means = TimestampMeans.END;
                decisions.add(Texts.get("meter.midnightLast"));
            } else if (has2400) {
                means = TimestampMeans.END;
                decisions.add(Texts.get("meter.has2400"));
            } else if (interval > 0 && Math.floorMod(firstT, 86400) == interval * 60L) {
                means = TimestampMeans.END;
                decisions.add(Texts.format("meter.firstIsEnd", MeterCsv.time(firstT).toLocalTime()));
            } else {
                decisions.add(Texts.format("meter.readAsStart", MeterCsv.time(firstT).toLocalTime()));
            }
            if (isDescending(times)) {
                decisions.add(Texts.get("meter.descending"));
            }
            if (data.stream().anyMatch(r -> r[timeCol].endsWith("UTC") || r[timeCol].endsWith("Z"))) {
                decisions.add(Texts.format("meter.zoned", ImportSettings.DEFAULT_ZONE));
            }
        }
        String timeShown = timeHead.isEmpty() ? Texts.format("meter.columnNumber", timeCol + 1) : timeHead;
        decisions.add(0, timeCol2 >= 0
                ? Texts.format("meter.formatDecisionTwoColumns", layout.label(), interval, timeShown,
                        header.length > timeCol2 ? header[timeCol2] : "")
                : Texts.format("meter.formatDecision", layout.label(), interval, timeShown));
        ImportSettings settings = new ImportSettings(cs, delimiter, decimalComma, headerRec, firstData, layout, timeCol, timeCol2, order,
                ambiguous, means, interval, meterCol, mappings, longDefault, ImportSettings.DEFAULT_ZONE, midnightLast, longValues);
        return new Detected(settings, decisions, questions, layout == Layout.WIDE && forced == null ? constantText : Map.of());
    }

    // ---- the loops of detect over the sample's rows, each in a method of its own: detect runs once
    // per import (mostly interpreted), these are compiled on their own, small, soon and cheaply

    /** Sorts the records from {@code firstData}: rows with a time in the time column, and repeated header rows. */
    private static void dataRows(List<String[]> recs, int firstData, int timeCol, boolean hasHeader, int headerWidth,
                                 List<String[]> data, List<String[]> sectionHeads) {
        for (int i = firstData; i < recs.size(); i++) {
            String[] r = recs.get(i);
            if (r.length > timeCol && !r[timeCol].isEmpty() && Timestamps.parse(r[timeCol], DateOrder.DMY) != Timestamps.NONE) {
                data.add(r);
            } else if (hasHeader && r.length == headerWidth && isHeader(r)) {
                sectionHeads.add(r);
            }
        }
    }

    /** The time of each data row (with the time of day of a second time column), or {@link Timestamps#NONE}. */
    private static long[] times(List<String[]> data, int timeCol, int timeCol2, DateOrder ord) {
        long[] times = new long[data.size()];
        for (int i = 0; i < data.size(); i++) {
            String[] r = data.get(i);
            long t = Timestamps.parse(r[timeCol], ord);
            if (t != Timestamps.NONE && timeCol2 >= 0) {
                int tod = Timestamps.timeOfDay(r.length > timeCol2 ? r[timeCol2] : "");
                t = tod < 0 ? Timestamps.NONE : t + tod;
            }
            times[i] = t;
        }
        return times;
    }

    /** The non-empty cells of column {@code c} that are numbers (high 32 bits) and that are not (low 32 bits). */
    private static long numbersAndTexts(List<String[]> data, int c, boolean decimalComma) {
        int num = 0;
        int txt = 0;
        for (String[] r : data) {
            String v = c < r.length ? r[c] : "";
            if (v.isEmpty()) {
                continue;
            }
            try {
                MeterCsv.number(v, decimalComma);
                num++;
            } catch (NumberFormatException e) {
                txt++;
            }
        }
        return (long) num << 32 | txt;
    }

    /** Whether text column {@code c} tells apart rows of the same time; its texts into {@code distinct}, in order. */
    private static boolean splitsRowsOfOneTime(List<String[]> data, long[] times, int c, Set<String> distinct) {
        Map<Long, Set<String>> byTime = new HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            String v = c < data.get(i).length ? data.get(i)[c] : "";
            distinct.add(v);
            byTime.computeIfAbsent(times[i], k -> new HashSet<>()).add(v);
        }
        return byTime.values().stream().anyMatch(s -> s.size() > 1);
    }

    /** A long file's values and times per meter name, the meters in the order they first appear. */
    private static void perMeter(List<String[]> data, long[] times, int meterCol, int valueCol, boolean decimalComma,
                                 Map<String, List<Double>> perMeter, Map<String, List<Long>> perTimes) {
        for (int i = 0; i < data.size(); i++) {
            String[] r = data.get(i);
            if (r.length > Math.max(meterCol, valueCol)) {
                perMeter.computeIfAbsent(r[meterCol], k -> new ArrayList<>()).add(safe(r[valueCol], decimalComma));
                perTimes.computeIfAbsent(r[meterCol], k -> new ArrayList<>()).add(times[i]);
            }
        }
    }

    /** Column {@code c} of the data rows as numbers (NaN where absent or not a number). */
    private static List<Double> sample(List<String[]> data, int c, boolean decimalComma) {
        List<Double> sample = new ArrayList<>();
        for (String[] r : data) {
            sample.add(c < r.length ? safe(r[c], decimalComma) : Double.NaN);
        }
        return sample;
    }

    /** The kind a mapping gets once its unit is known (given by the user). */
    static ValueKind kindFor(ColumnMapping m, MeterUnit u) {
        if (m.kind() == ValueKind.REGISTER || m.kind() == ValueKind.DEMAND) {
            return m.kind();
        }
        return u.quantity() == MeterUnit.Quantity.POWER ? ValueKind.POWER : ValueKind.INTERVAL;
    }

    /** A day's 00:00 row standing after that day's other rows (after 23:45 …): it means 24:00. */
    static boolean midnightEndsTheDay(long[] times, int interval) {
        if (interval <= 0) {
            return false;
        }
        long step = interval * 60L;
        long back = 86400L - step;
        int hits = 0;
        for (int i = 1; i + 1 < times.length; i++) {
            // D 23:45, then "D 00:00", then D+1 00:15: the 00:00 row sits between the two days
            if (times[i] != Timestamps.NONE && times[i - 1] != Timestamps.NONE && Math.floorMod(times[i], 86400) == 0
                    && times[i - 1] - times[i] == back && times[i + 1] - (times[i] + 86400) == step) {
                hits++;
            }
        }
        return hits > 0;
    }

    private static boolean isDescending(long[] times) {
        int down = 0;
        int up = 0;
        for (int i = 1; i < times.length; i++) {
            if (times[i] < times[i - 1]) {
                down++;
            } else if (times[i] > times[i - 1]) {
                up++;
            }
        }
        return down > up;
    }

    private static long min(long[] times) {
        long m = Long.MAX_VALUE;
        for (long t : times) {
            if (t != Timestamps.NONE) {
                m = Math.min(m, t);
            }
        }
        return m;
    }

    private static List<Long> toList(long[] a) {
        List<Long> l = new ArrayList<>(a.length);
        for (long x : a) {
            l.add(x);
        }
        return l;
    }

    /** "Usage Delivered(Real energy in kilowatt-hours)" → "Usage Delivered". */
    static String sectionName(String head) {
        String n = head.replaceAll("[（(].*$", "").replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return n.isEmpty() ? head.strip() : n;
    }

    /** Seconds of the day a day-point header names: "00:15", "T0015", "0015", "24:00"; −1 if none. */
    static int pointTime(String head) {
        int t = Timestamps.timeOfDay(head);
        if (t >= 0) {
            return t;
        }
        String digits = head.replaceAll("[^0-9]", "");
        if (digits.length() == 4 && head.length() <= 6) {
            int hh = Integer.parseInt(digits.substring(0, 2));
            int mm = Integer.parseInt(digits.substring(2));
            if (hh <= 24 && mm < 60) {
                return hh * 3600 + mm * 60;
            }
        }
        return -1;
    }

    /**
     * A numeric column that restates the row's time: seconds since midnight (0 standing for the
     * 24:00 row), the hour, minutes since midnight, or unix seconds/milliseconds. Null if not.
     */
    static String timeCopy(List<String[]> data, long[] times, int c, boolean decimalComma) {
        int n = 0;
        int sod = 0;
        int hour = 0;
        int mod = 0;
        int unix = 0;
        int unixMs = 0;
        int[] hourAt = new int[29]; // the hour in another zone (a UTC time written as local, or the reverse): offsets −14…+14 h
        for (int i = 0; i < data.size() && n < 200; i++) {
            String cell = c < data.get(i).length ? data.get(i)[c] : "";
            double v = safe(cell, decimalComma);
            if (Double.isNaN(v) || times[i] == Timestamps.NONE) {
                continue;
            }
            n++;
            long tod = Math.floorMod(times[i], 86400);
            if (v == tod || v == 0 && tod == 0) {
                sod++;
            }
            for (int h = -14; h <= 14; h++) {
                if (v == Math.floorMod(tod / 3600 + h, 24)) {
                    hourAt[h + 14]++;
                }
            }
            if (v == tod / 3600) {
                hour++;
            }
            if (v == tod / 60) {
                mod++;
            }
            if (Math.abs(v - times[i]) < 50_400) { // unix seconds, whatever the zone (±14 h)
                unix++;
            }
            if (Math.abs(v / 1000 - times[i]) < 50_400) {
                unixMs++;
            }
        }
        if (n < 3) {
            return null;
        }
        if (sod == n) {
            return Texts.get("meter.copySecondsOfDay");
        }
        if (unix == n) {
            return Texts.get("meter.copyUnixSeconds");
        }
        if (unixMs == n) {
            return Texts.get("meter.copyUnixMillis");
        }
        if (hour == n) {
            return Texts.get("meter.copyHour");
        }
        for (int h = 0; h < hourAt.length; h++) {
            if (hourAt[h] == n) {
                return Texts.format("meter.copyHourOtherZone", h - 14);
            }
        }
        if (mod == n) {
            return Texts.get("meter.copyMinutesOfDay");
        }
        return null;
    }

    /** A column of consecutive integers (1, 2, 3 …): a row number, not a reading. */
    static boolean isRowNumber(List<String[]> data, int c, boolean decimalComma) {
        if (data.size() < 3) {
            return false;
        }
        double prev = Double.NaN;
        for (String[] r : data) {
            double v = safe(c < r.length ? r[c] : "", decimalComma);
            if (Double.isNaN(v) || v != Math.rint(v) || !Double.isNaN(prev) && v != prev + 1) {
                return false;
            }
            prev = v;
        }
        return true;
    }

    private static boolean notEnergy(String head) {
        if (head.matches(".*[（(\\[【]\\s*(k?V|A|mA|Hz|%|°C|℃|cosφ)\\s*[）)\\]】].*")) {
            return true; // a unit of voltage, current, frequency, a ratio or a temperature
        }
        String h = head.toLowerCase(Locale.ROOT).replace('.', '_');
        for (String w : NOT_ENERGY_WORDS) {
            boolean ascii = w.chars().allMatch(ch -> ch < 128);
            // short Latin words (pf, cos, hz) must stand alone; Chinese words may be part of a longer header
            if (ascii && w.length() <= 3 ? java.util.Arrays.asList(NOT_ALNUM.split(h)).contains(w) : h.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Splits a header into words (as {@code String.split} with the same expressions, compiled once). */
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z\u4e00-\u9fff]+");
    private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");

    private static boolean containsAny(String text, String[] words) {
        String[] tokens = NOT_WORD.split(text);
        for (String w : words) {
            if (w.chars().allMatch(ch -> ch < 128) ? java.util.Arrays.asList(tokens).contains(w) : text.contains(w)) {
                return true;
            }
        }
        return false;
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

    /**
     * A timestamp cell: a date with separators, ISO, a range "… to …", or — under a time/date
     * header — an Excel serial or a date written as yyyyMMdd.
     */
    static boolean isTime(String cell, String head) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        String h = head.toLowerCase(Locale.ROOT);
        boolean timeHeader = false;
        for (String w : TIME_WORDS) {
            if (h.contains(w)) {
                timeHeader = true;
                break;
            }
        }
        if (Timestamps.isExcelSerial(cell)) {
            return timeHeader;
        }
        if (cell.length() == 8 && Timestamps.isCompactDate(cell)) {
            return timeHeader;
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

    static CarrierId carrierOf(MeterUnit u) {
        if (u == null) {
            return CarrierId.ELECTRICITY;
        }
        return switch (u.quantity()) {
            case ENERGY, POWER -> CarrierId.ELECTRICITY;
            case VOLUME -> CarrierId.NATURAL_GAS;
            case HEAT -> CarrierId.HEAT;
            case REACTIVE, MASS -> null;
        };
    }

    static ValueKind kindOf(String head, MeterUnit unit, List<Double> sample) {
        String h = head.toLowerCase(Locale.ROOT);
        boolean power = unit != null && unit.quantity() == MeterUnit.Quantity.POWER;
        if (power && containsAny(h, DEMAND_WORDS)) {
            return ValueKind.DEMAND; // 最大值/最小值 of power per period: demand statistics, not energy
        }
        if (power) {
            return ValueKind.POWER;
        }
        boolean registerWord = false;
        for (String w : REGISTER_WORDS) {
            if (w.chars().allMatch(ch -> ch < 128) ? containsAny(h, new String[] {w}) || h.contains(w + "_") || h.contains("_" + w)
                    : h.contains(w)) {
                registerWord = true;
                break;
            }
        }
        for (String w : POWER_WORDS) {
            if (h.contains(w) && unit == null) {
                return ValueKind.POWER;
            }
        }
        return kindByValues(registerWord, sample);
    }

    /** The rest of {@link #kindOf}, from the values: a register or interval values. */
    private static ValueKind kindByValues(boolean registerWord, List<Double> sample) {
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
        if (registerWord && (sample.isEmpty() || down <= Math.max(1, up / 20))) {
            return ValueKind.REGISTER; // a register by its name, and its readings do not fall
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

    /**
     * Times that occur twice for the same meter with different values, all within one hour of one
     * day (as the hour repeated when daylight saving ends): that hour as text, else null.
     */
    static String repeatedHour(List<String[]> data, long[] times, int meterCol, int valueCol, boolean decimalComma) {
        if (valueCol < 0) {
            return null;
        }
        Map<String, Double> seen = new HashMap<>();
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        int conflicts = 0;
        for (int i = 0; i < data.size(); i++) {
            String[] r = data.get(i);
            String key = (meterCol >= 0 && meterCol < r.length ? r[meterCol] : "") + "\u0001" + times[i];
            double v = valueCol < r.length ? safe(r[valueCol], decimalComma) : Double.NaN;
            Double before = seen.putIfAbsent(key, v);
            if (before != null && !before.equals(v)) {
                conflicts++;
                lo = Math.min(lo, times[i]);
                hi = Math.max(hi, times[i]);
            }
        }
        if (conflicts == 0 || hi - lo >= 3600) {
            return null;
        }
        return MeterCsv.time(lo).toString().replace('T', ' ') + (hi > lo ? "–" + MeterCsv.time(hi).toLocalTime() : "");
    }

    /** Share of consecutive (sorted, distinct) time steps equal to the most frequent one. */
    static double regularity(long[] times) {
        long[] t = java.util.Arrays.stream(times).filter(x -> x != Timestamps.NONE).sorted().distinct().toArray();
        if (t.length < 3) {
            return 1;
        }
        Map<Long, Integer> freq = new HashMap<>();
        for (int i = 1; i < t.length; i++) {
            freq.merge(t[i] - t[i - 1], 1, Integer::sum);
        }
        int best = freq.values().stream().max(Integer::compare).orElse(0);
        return best / (double) (t.length - 1);
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
