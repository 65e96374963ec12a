package org.energydiag.core.meter;

import java.time.LocalDateTime;
import java.util.List;
import org.energydiag.core.text.Texts;

/**
 * What an import found, kept with the import for later review and exportable as CSV so the
 * engineer can send it back to whoever produced the file.
 */
public record ImportReport(List<String> files, String encoding, char delimiter, Layout layout, int intervalMinutes,
                           TimestampMeans means, long rowsRead, long valuesAccepted, long problemCount,
                           List<MeterStats> meters, List<Problem> problems, List<String> notes) {

    /** One cell or row that could not be used, or a finding worth checking. */
    public record Problem(String file, long line, int column, String content, String message) {
    }

    /** Per meter: what was accepted and what looks wrong. */
    public record MeterStats(String name, String unit, ValueKind kind, int values, LocalDateTime first, LocalDateTime last,
                             double total, int gaps, int longestGapIntervals, LocalDateTime longestGapStart,
                             int duplicatesIdentical, int duplicatesConflicting, int negatives, int resets, int rollovers,
                             int outliers, double maxDemandKw) {
    }

    /** The report as CSV (UTF-8 with BOM so Excel on Chinese Windows opens it correctly). */
    public String toCsv() {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(Texts.get("meter.csvFiles")).append(',').append(csv(String.join("；", files))).append("\r\n");
        sb.append(Texts.get("meter.csvEncoding")).append(',').append(encoding).append("\r\n");
        sb.append(Texts.get("meter.csvDelimiter")).append(',')
                .append(csv(delimiter == '\t' ? Texts.get("meter.csvTab") : String.valueOf(delimiter))).append("\r\n");
        sb.append(Texts.get("meter.csvLayout")).append(',').append(layout.label()).append("\r\n");
        sb.append(Texts.get("meter.csvInterval")).append(',').append(intervalMinutes).append("\r\n");
        sb.append(Texts.get("meter.csvMeans")).append(',').append(means.label()).append("\r\n");
        sb.append(Texts.get("meter.csvRows")).append(',').append(rowsRead).append("\r\n");
        sb.append(Texts.get("meter.csvAccepted")).append(',').append(valuesAccepted).append("\r\n");
        sb.append("\r\n").append(Texts.get("meter.csvMeterHeader")).append("\r\n");
        for (MeterStats m : meters) {
            sb.append(csv(m.name())).append(',').append(m.unit()).append(',').append(m.kind().label()).append(',')
                    .append(m.values()).append(',').append(m.first()).append(',').append(m.last()).append(',')
                    .append(Double.isNaN(m.total()) ? "" : String.valueOf(m.total())).append(',').append(m.gaps()).append(',').append(m.longestGapIntervals()).append(',')
                    .append(m.longestGapStart() == null ? "" : m.longestGapStart()).append(',')
                    .append(m.duplicatesIdentical()).append(',').append(m.duplicatesConflicting()).append(',')
                    .append(m.negatives()).append(',').append(m.resets()).append(',').append(m.rollovers()).append(',')
                    .append(m.outliers()).append(',').append(Double.isNaN(m.maxDemandKw()) ? "" : m.maxDemandKw()).append("\r\n");
        }
        sb.append("\r\n").append(problems.size() < problemCount ? Texts.format("meter.csvProblemsFirst", problemCount, problems.size())
                : Texts.format("meter.csvProblems", problemCount)).append("\r\n").append(Texts.get("meter.csvProblemHeader")).append("\r\n");
        for (Problem p : problems) {
            sb.append(csv(p.file())).append(',').append(p.line() <= 0 ? "" : p.line()).append(',')
                    .append(p.column() <= 0 ? "" : p.column()).append(',').append(csv(p.content())).append(',')
                    .append(csv(p.message())).append("\r\n");
        }
        for (String n : notes) {
            sb.append(Texts.get("meter.csvNote")).append(',').append(csv(n)).append("\r\n");
        }
        return sb.toString();
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
