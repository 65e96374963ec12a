package org.energydiag.core.meter;

import java.time.LocalDateTime;
import java.util.List;

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
        sb.append("文件,").append(csv(String.join("；", files))).append("\r\n");
        sb.append("编码,").append(encoding).append("\r\n");
        sb.append("分隔符,").append(csv(delimiter == '\t' ? "制表符" : String.valueOf(delimiter))).append("\r\n");
        sb.append("格式,").append(layout.label()).append("\r\n");
        sb.append("时间间隔（分钟）,").append(intervalMinutes).append("\r\n");
        sb.append("时间戳含义,").append(means.label()).append("\r\n");
        sb.append("读取行数,").append(rowsRead).append("\r\n");
        sb.append("接受数值,").append(valuesAccepted).append("\r\n");
        sb.append("\r\n表计,单位,数值类型,数值个数,起始,结束,合计,缺测段数,最长缺测（时段数）,最长缺测起点,重复（相同）,重复（冲突）,负值,表码复位,表码翻转,异常值,最大需量kW\r\n");
        for (MeterStats m : meters) {
            sb.append(csv(m.name())).append(',').append(m.unit()).append(',').append(m.kind().label()).append(',')
                    .append(m.values()).append(',').append(m.first()).append(',').append(m.last()).append(',')
                    .append(m.total()).append(',').append(m.gaps()).append(',').append(m.longestGapIntervals()).append(',')
                    .append(m.longestGapStart() == null ? "" : m.longestGapStart()).append(',')
                    .append(m.duplicatesIdentical()).append(',').append(m.duplicatesConflicting()).append(',')
                    .append(m.negatives()).append(',').append(m.resets()).append(',').append(m.rollovers()).append(',')
                    .append(m.outliers()).append(',').append(Double.isNaN(m.maxDemandKw()) ? "" : m.maxDemandKw()).append("\r\n");
        }
        sb.append("\r\n问题（共 ").append(problemCount).append(" 条").append(problems.size() < problemCount ? "，仅列出前 " + problems.size() + " 条" : "")
                .append("）\r\n文件,行,列,内容,说明\r\n");
        for (Problem p : problems) {
            sb.append(csv(p.file())).append(',').append(p.line() <= 0 ? "" : p.line()).append(',')
                    .append(p.column() <= 0 ? "" : p.column()).append(',').append(csv(p.content())).append(',')
                    .append(csv(p.message())).append("\r\n");
        }
        for (String n : notes) {
            sb.append("说明,").append(csv(n)).append("\r\n");
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
