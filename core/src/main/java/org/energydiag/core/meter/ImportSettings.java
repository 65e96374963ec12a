package org.energydiag.core.meter;

import java.nio.charset.Charset;
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
 * @param meterColumn      long layout: the column naming the meter, else −1
 * @param columns          wide and day layouts: one mapping per value column; long layout: one per
 *                         meter name met in the sample (others get {@code longDefault})
 * @param longDefault      long layout: mapping for meter names not listed
 */
public record ImportSettings(Charset charset, char delimiter, boolean decimalComma, int headerRecord, int firstDataRecord,
                             Layout layout, int timeColumn, int timeColumn2, DateOrder dateOrder,
                             boolean dateOrderAmbiguous, TimestampMeans means, int intervalMinutes, int meterColumn,
                             List<ColumnMapping> columns, ColumnMapping longDefault) {

    public ImportSettings {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public ImportSettings withCharset(Charset c) {
        return new ImportSettings(c, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn, timeColumn2,
                dateOrder, dateOrderAmbiguous, means, intervalMinutes, meterColumn, columns, longDefault);
    }

    public ImportSettings withDateOrder(DateOrder o) {
        return new ImportSettings(charset, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn,
                timeColumn2, o, false, means, intervalMinutes, meterColumn, columns, longDefault);
    }

    public ImportSettings withMeans(TimestampMeans m) {
        return new ImportSettings(charset, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn,
                timeColumn2, dateOrder, dateOrderAmbiguous, m, intervalMinutes, meterColumn, columns, longDefault);
    }

    public ImportSettings withColumns(List<ColumnMapping> c) {
        return new ImportSettings(charset, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn,
                timeColumn2, dateOrder, dateOrderAmbiguous, means, intervalMinutes, meterColumn, c, longDefault);
    }

    public ImportSettings withLongDefault(ColumnMapping d) {
        return new ImportSettings(charset, delimiter, decimalComma, headerRecord, firstDataRecord, layout, timeColumn,
                timeColumn2, dateOrder, dateOrderAmbiguous, means, intervalMinutes, meterColumn, columns, d);
    }

    public ImportSettings withHeaderRecord(int header) {
        return new ImportSettings(charset, delimiter, decimalComma, header, Math.max(firstDataRecord, header + 1), layout,
                timeColumn, timeColumn2, dateOrder, dateOrderAmbiguous, means, intervalMinutes, meterColumn, columns,
                longDefault);
    }

    /** Applies one unit to every mapping without a unit (the --unit option). */
    public ImportSettings withDefaultUnit(MeterUnit u) {
        List<ColumnMapping> c = columns.stream().map(m -> m.unit() == null ? m.withUnit(u) : m).toList();
        ColumnMapping d = longDefault == null ? null : longDefault.unit() == null ? longDefault.withUnit(u) : longDefault;
        return withColumns(c).withLongDefault(d);
    }
}
