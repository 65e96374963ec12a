package org.energydiag.core.report.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.energydiag.core.report.plan.ListsWorkbook;
import org.energydiag.core.text.Texts;
import org.energydiag.core.verification.FollowUpEvaluation;
import org.energydiag.core.verification.SavingsVerification;

/**
 * 实施跟踪表 (.xlsx) across the agency's projects: one sheet with every followed task and key
 * project (the plan's figures beside the implementation record), one with the savings
 * verifications (the statistics, the verified saving beside the plan's). Figures are numbers; each
 * sheet ends with a 合计 of formulas. The sheet layout is the plan's lists' ({@link ListsWorkbook}).
 */
public final class TrackingWorkbook {

    public static final List<String> SUBJECT_COLUMNS = List.of(Texts.get("followup.xlsx.col.no"),
            Texts.get("followup.xlsx.col.enterprise"), Texts.get("followup.xlsx.col.kind"), Texts.get("followup.xlsx.col.name"),
            Texts.get("followup.xlsx.col.plannedTime"), Texts.get("followup.xlsx.col.plannedFinish"), Texts.get("followup.xlsx.col.status"), Texts.get("followup.xlsx.col.reason"),
            Texts.get("followup.xlsx.col.start"), Texts.get("followup.xlsx.col.finish"), Texts.get("followup.xlsx.col.plannedInvestment"),
            Texts.get("followup.xlsx.col.actualInvestment"), Texts.get("followup.xlsx.col.expected"),
            Texts.get("followup.xlsx.col.work"), Texts.get("followup.xlsx.col.confirmed"), Texts.get("followup.xlsx.col.late"));

    public static final List<String> VERIFICATION_COLUMNS = List.of(Texts.get("followup.xlsx.col.no"),
            Texts.get("followup.xlsx.col.enterprise"), Texts.get("followup.xlsx.col.verification"),
            Texts.get("followup.xlsx.col.outcome"), Texts.get("followup.xlsx.col.r2"), Texts.get("followup.xlsx.col.cv"),
            Texts.get("followup.xlsx.col.baselinePeriods"), Texts.get("followup.xlsx.col.reportingPeriods"),
            Texts.get("followup.xlsx.col.adjusted"), Texts.get("followup.xlsx.col.actual"), Texts.get("followup.xlsx.col.avoided"),
            Texts.get("followup.xlsx.col.unit"), Texts.get("followup.xlsx.col.uncertainty"), Texts.get("followup.xlsx.col.verifiedTce"),
            Texts.get("followup.xlsx.col.uncertaintyTce"), Texts.get("followup.xlsx.col.expectedTce"), Texts.get("followup.xlsx.col.remark"));

    /** Columns (0-based) of the subjects' sheet summed in its 合计. */
    static final int[] SUBJECT_SUMS = {10, 11, 12};

    private TrackingWorkbook() {
    }

    /** Writes the workbook of {@code projects}; the stream is not closed. */
    public static void write(List<FollowUpEvaluation> projects, LocalDate date, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle body = ListsWorkbook.border(wb);
            Sheet s = ListsWorkbook.sheet(wb, Texts.get("followup.xlsx.sheetSubjects"),
                    Texts.format("followup.xlsx.title", date.getYear(), date.getMonthValue(), date.getDayOfMonth()), SUBJECT_COLUMNS,
                    new int[] {6, 24, 10, 26, 20, 12, 9, 20, 11, 11, 11, 11, 12, 34, 20, 8});
            CellStyle number = ListsWorkbook.numberStyle(s, body);
            int i = 2;
            int n = 1;
            for (FollowUpEvaluation f : projects) {
                String enterprise = f.evaluation().project().displayName();
                for (FollowUpEvaluation.Row r : f.rows()) {
                    var rec = r.record();
                    Row row = s.createRow(i++);
                    Object[] v = {n++, enterprise, r.kind().label(), r.name(), r.plannedTime(), date(r.plannedFinish()), r.status().label(),
                            rec.reason(), date(rec.startDate()), date(rec.finishDate()), r.plannedInvestment(),
                            rec.actualInvestmentWanYuan(), r.expectedTce(), rec.work(), confirmed(rec),
                            r.late() ? Texts.get("followup.xlsx.yes") : ""};
                    cells(row, v, body, number);
                }
            }
            total(s, i, SUBJECT_COLUMNS.size(), SUBJECT_SUMS, body, number, null);

            Sheet v = ListsWorkbook.sheet(wb, Texts.get("followup.xlsx.sheetVerification"),
                    Texts.get("followup.xlsx.titleVerification"), VERIFICATION_COLUMNS,
                    new int[] {6, 24, 30, 10, 8, 10, 10, 10, 14, 14, 13, 7, 13, 12, 12, 12, 50});
            int j = 2;
            n = 1;
            for (FollowUpEvaluation f : projects) {
                String enterprise = f.evaluation().project().displayName();
                for (SavingsVerification.Result r : f.verifications()) {
                    Row row = v.createRow(j++);
                    boolean ok = r.verified();
                    Object[] c = {n++, enterprise, r.setup().name(), outcome(r), r.model() == null ? null : r.model().r2(),
                            r.model() == null ? null : r.model().cvRmse() * 100, r.baseline().size(), r.reporting().size(),
                            ok ? r.adjustedBaseline() : null, ok ? r.actual() : null, ok ? r.avoided() : null, r.unit(),
                            ok ? r.uncertainty() : null, ok ? finite(r.annualTce()) : null, ok ? finite(r.annualUncertaintyTce()) : null,
                            r.expectedTce(), remark(r)};
                    cells(row, c, body, ListsWorkbook.numberStyle(v, body));
                }
            }
            // the 合计 of the expected saving counts only the verified rows, so that the two totals compare
            total(v, j, VERIFICATION_COLUMNS.size(), new int[] {13, 15}, body, ListsWorkbook.numberStyle(v, body),
                    Texts.get("followup.outcome.verified"));
            fitRows(s);
            fitRows(v);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
    }

    /**
     * Row heights for the wrapped text (spreadsheet programs do not grow a row on opening): the
     * lines the longest cell needs at its column's width, a CJK character counting 1.4 character widths
     * (as spreadsheet programs draw them at the default font).
     */
    static void fitRows(Sheet s) {
        for (Row r : s) {
            if (r.getRowNum() == 0) {
                continue;
            }
            int lines = 1;
            for (var c : r) {
                if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                    continue;
                }
                String t = c.getStringCellValue();
                int width = t.codePoints().map(cp -> cp > 0x2E80 ? 14 : 10).sum();
                int chars = Math.max(10, (s.getColumnWidth(c.getColumnIndex()) / 256 - 1) * 10);
                lines = Math.max(lines, (width + chars - 1) / chars);
            }
            r.setHeightInPoints(Math.min(8, lines) * 15f);
        }
    }

    static String outcome(SavingsVerification.Result r) {
        return r.verified() ? Texts.get("followup.outcome.verified") : Texts.get("followup.outcome.refused");
    }

    private static String remark(SavingsVerification.Result r) {
        StringBuilder sb = new StringBuilder(r.verified() ? Texts.format("followup.xlsx.remarkVerified",
                Math.round(SavingsVerification.CONFIDENCE * 100), r.coefficientSource()) : r.reason());
        r.notes().forEach(x -> sb.append(' ').append(x));
        return sb.toString();
    }

    private static Double finite(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String confirmed(org.energydiag.core.followup.Implementation rec) {
        if (rec.confirmedBy().isBlank()) {
            return "";
        }
        return rec.confirmedDate() == null ? rec.confirmedBy() : rec.confirmedBy() + " " + rec.confirmedDate();
    }

    private static void cells(Row row, Object[] v, CellStyle body, CellStyle number) {
        for (int c = 0; c < v.length; c++) {
            var cell = row.createCell(c);
            if (v[c] instanceof Integer k) {
                cell.setCellValue(k);
                cell.setCellStyle(body);
            } else if (v[c] instanceof Double d) {
                cell.setCellValue(d);
                cell.setCellStyle(number);
            } else {
                cell.setCellValue(v[c] == null ? "" : v[c].toString());
                cell.setCellStyle(body);
            }
        }
    }

    /**
     * The 合计 row at {@code at} with SUM formulas over the data rows; with {@code only}, the sums
     * count the rows whose fourth column (the outcome) is that text.
     */
    private static void total(Sheet s, int at, int columns, int[] sums, CellStyle body, CellStyle number, String only) {
        if (at == 2) {
            return;
        }
        Row total = s.createRow(at);
        for (int c = 0; c < columns; c++) {
            var cell = total.createCell(c);
            cell.setCellStyle(body);
        }
        total.getCell(0).setCellValue(Texts.get("followup.xlsx.total"));
        for (int c : sums) {
            String col = CellReference.convertNumToColString(c);
            total.getCell(c).setCellFormula(only == null ? "SUM(" + col + "3:" + col + at + ")"
                    : "SUMIF(D3:D" + at + ",\"" + only + "\"," + col + "3:" + col + at + ")");
            total.getCell(c).setCellStyle(number);
        }
    }
}
