package org.energydiag.core.meter;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything the importer needs to read a file, as detected by {@link MeterCsv#sniff} and adjusted
 * by the engineer.
 *
 * @param headerRecord     0-based record index of the header row, −1 when there is none
 * @param firstDataRecord  0-based record index of the first data row
 * @param timeColumn       column of the timestamp (or of the date when {@code timeColumn2} ≥ 0)
 * @param timeColumn2      column of the time of day when date and time are separate, else −1
 * @param dateOrder        how short dates are read (03/04/2025)
 * @param dateOrderAmbiguous true when the data cannot decide between day-first and month-first
 * @param intervalMinutes  interval length; 0 = detect from the data
 * @param meterColumn      long layout: the column naming the meter (or the channel, e.g. a
 *                         "Read Type" column with import and export), else −1
 * @param columns          wide and day layouts: one mapping per value column; long and section
 *                         layouts: one per meter name met in the sample (others get {@code longDefault})
 * @param longDefault      long layout: mapping for meter names not listed
 * @param zone             the zone of the file's local times; a zone with daylight saving is read
 *                         in its standard time all year, so a DST change is neither a gap nor a
 *                         duplicate (default Asia/Shanghai)
 * @param midnightLast     a row stamped 00:00 of a day that follows that day's last interval is
 *                         the end of that day (24:00), not its start
 * @param longValues       long layout with more than one value column (a statistics export: one row
 *                         per day and series, 最大值 and 最小值 columns): one template per value column,
 *                         its {@code meterName} the column's header; each row's meter name is then
 *                         "name header" and {@code columns} lists those names. Empty: one value column
 *                         ({@code longDefault})
 */
public record ImportSettings(Charset charset, char delimiter, boolean decimalComma, int headerRecord, int firstDataRecord,
                             Layout layout, int timeColumn, int timeColumn2, DateOrder dateOrder,
                             boolean dateOrderAmbiguous, TimestampMeans means, int intervalMinutes, int meterColumn,
                             List<ColumnMapping> columns, ColumnMapping longDefault, ZoneId zone, boolean midnightLast,
                             List<ColumnMapping> longValues) {

    /** Where nothing else is said: China Standard Time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public ImportSettings {
        columns = columns == null ? List.of() : List.copyOf(columns);
        zone = zone == null ? DEFAULT_ZONE : zone;
        longValues = longValues == null ? List.of() : List.copyOf(longValues);
    }

    /** Settings with one value column in the long layout. */
    public ImportSettings(Charset charset, char delimiter, boolean decimalComma, int headerRecord, int firstDataRecord,
                          Layout layout, int timeColumn, int timeColumn2, DateOrder dateOrder, boolean dateOrderAmbiguous,
                          TimestampMeans means, int intervalMinutes, int meterColumn, List<ColumnMapping> columns,
                          ColumnMapping longDefault, ZoneId zone, boolean midnightLast) {
        this(charset, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn, timeColumn2, dateOrder,
                dateOrderAmbiguous, means, intervalMinutes, meterColumn, columns, longDefault, zone, midnightLast, List.of());
    }

    public ImportSettings(Charset charset, char delimiter, boolean decimalComma, int headerRecord, int firstDataRecord,
                          Layout layout, int timeColumn, int timeColumn2, DateOrder dateOrder, boolean dateOrderAmbiguous,
                          TimestampMeans means, int intervalMinutes, int meterColumn, List<ColumnMapping> columns,
                          ColumnMapping longDefault) {
        this(charset, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn, timeColumn2, dateOrder,
                dateOrderAmbiguous, means, intervalMinutes, meterColumn, columns, longDefault, DEFAULT_ZONE, false);
    }

    public ImportSettings withCharset(Charset c) {
        return new ImportSettings(c, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn, timeColumn2,
                dateOrder, dateOrderAmbiguous, means, intervalMinutes, meterColumn, columns, longDefault, zone, midnightLast, longValues);
    }

    public ImportSettings withDateOrder(DateOrder o) {
        return new ImportSettings(charset, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn,
                timeColumn2, o, false, means, intervalMinutes, meterColumn, columns, longDefault, zone, midnightLast, longValues);
    }

    public ImportSettings withMeans(TimestampMeans m) {
        return new ImportSettings(charset, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn,
                timeColumn2, dateOrder, dateOrderAmbiguous, m, intervalMinutes, meterColumn, columns, longDefault, zone,
                midnightLast, longValues);
    }

    public ImportSettings withColumns(List<ColumnMapping> c) {
        return new ImportSettings(charset, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn,
                timeColumn2, dateOrder, dateOrderAmbiguous, means, intervalMinutes, meterColumn, c, longDefault, zone,
                midnightLast, longValues);
    }

    public ImportSettings withLongDefault(ColumnMapping d) {
        return new ImportSettings(charset, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn,
                timeColumn2, dateOrder, dateOrderAmbiguous, means, intervalMinutes, meterColumn, columns, d, zone,
                midnightLast, longValues);
    }

    public ImportSettings withInterval(int minutes) {
        return new ImportSettings(charset, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn,
                timeColumn2, dateOrder, dateOrderAmbiguous, means, minutes, meterColumn, columns, longDefault, zone,
                midnightLast, longValues);
    }

    public ImportSettings withZone(ZoneId z) {
        return new ImportSettings(charset, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn,
                timeColumn2, dateOrder, dateOrderAmbiguous, means, intervalMinutes, meterColumn, columns, longDefault, z,
                midnightLast, longValues);
    }

    public ImportSettings withMidnightLast(boolean b) {
        return new ImportSettings(charset, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn,
                timeColumn2, dateOrder, dateOrderAmbiguous, means, intervalMinutes, meterColumn, columns, longDefault, zone, b, longValues);
    }

    public ImportSettings withHeaderRecord(int header) {
        return new ImportSettings(charset, delimiter, decimalComma, header, Math.max(firstDataRecord, header + 1), layout,
                timeColumn, timeColumn2, dateOrder, dateOrderAmbiguous, means, intervalMinutes, meterColumn, columns,
                longDefault, zone, midnightLast, longValues);
    }

    /**
     * Applies one unit to every mapping without a unit (the --unit option). Only columns that can
     * hold energy or power take it: a column known to be something else (voltage, power factor …)
     * is not a mapping at all, and a mapping whose unit is known keeps it.
     */
    public ImportSettings withDefaultUnit(MeterUnit u) {
        List<ColumnMapping> c = columns.stream().map(m -> m.unit() == null ? m.withUnit(u).withKind(Detection.kindFor(m, u)) : m)
                .toList();
        ColumnMapping d = longDefault == null ? null
                : longDefault.unit() == null ? longDefault.withUnit(u).withKind(Detection.kindFor(longDefault, u)) : longDefault;
        List<ColumnMapping> lv = longValues.stream().map(m -> m.unit() == null ? m.withUnit(u).withKind(Detection.kindFor(m, u)) : m)
                .toList();
        return withColumns(c).withLongDefault(d).withLongValues(lv);
    }

    public ImportSettings withLongValues(List<ColumnMapping> templates) {
        return new ImportSettings(charset, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn,
                timeColumn2, dateOrder, dateOrderAmbiguous, means, intervalMinutes, meterColumn, columns, longDefault, zone,
                midnightLast, templates);
    }

    /** The unit of one column or meter, by its header text or meter name (the --unit NAME=U option). */
    public ImportSettings withUnitFor(String nameOrHeader, MeterUnit u) {
        List<ColumnMapping> c = columns.stream().map(m -> m.meterName().equals(nameOrHeader)
                ? m.withUnit(u).withKind(Detection.kindFor(m, u)) : m).toList();
        return withColumns(c);
    }
}
