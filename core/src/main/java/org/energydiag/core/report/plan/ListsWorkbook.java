package org.energydiag.core.report.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.PaybackConvention;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.energydiag.core.retrofit.Table31;
import org.energydiag.core.text.Texts;

/** 随附材料: 节能降碳诊断问题清单 and 节能降碳改造项目清单 as .xlsx (title row, header, borders, A4 landscape). */
public final class ListsWorkbook {

    public static final List<String> FINDING_COLUMNS = List.of(Texts.get("plan.colNo"), Texts.get("plan.colDiagnosisItem"),
            Texts.get("plan.colProblem"), Texts.get("plan.colEvidenceSource"), Texts.get("plan.colStandard"),
            Texts.get("plan.colSeverity"), Texts.get("plan.colOrigin"));
    /** The columns of 改造项目清单; the payback column's header names the convention it is counted in. */
    public static List<String> projectColumns(PaybackConvention convention) {
        return List.of(Texts.get("plan.colPhase"), Texts.get("plan.colNo"),
                Texts.get("plan.colProjectName"), Texts.get("plan.colContent"), Texts.get("plan.colInvestment"),
                Texts.get("plan.colSavingTce"), Texts.get("plan.colReductionCo2"), Texts.get("plan.colCostSaving"),
                Texts.get(convention == PaybackConvention.FROM_CONSTRUCTION_START ? "plan.colPaybackConstruction" : "plan.colPayback"),
                Texts.get("plan.colEffect"), Texts.get("plan.colTime"));
    }

    private ListsWorkbook() {
    }

    /**
     * The problems of the diagnosis (every finding but a 提示) in the order of the diagnosis items
     * (as 二（一） lists them), else as the report has them: the rows of 诊断问题清单.xlsx and of the
     * plan's 表2-1 alike.
     */
    public static List<Finding> problems(RetrofitReport r) {
        return r.findings().stream().filter(f -> f.severity() != org.energydiag.core.retrofit.Severity.INFO)
                .sorted(java.util.Comparator.comparingInt(f -> f.item().ordinal())).toList();
    }

    public static void findings(DiagnosisProject p, RetrofitReport r, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = sheet(wb, Texts.get("plan.sheetFindings"), Texts.format("plan.findingsTitle", p.displayName()), FINDING_COLUMNS,
                    new int[] {6, 16, 30, 60, 30, 10, 10});
            CellStyle body = border(wb);
            int i = 2;
            for (Finding f : problems(r)) {
                row(body, s, i++, List.of(String.valueOf(i - 2), f.item().label(), f.title(), f.evidence(), f.source(),
                        f.severity().label(), f.manual() ? Texts.get("plan.originEngineer") : Texts.get("plan.originRule")));
            }
            wb.write(out);
        }
    }

    public static void projects(DiagnosisProject p, RetrofitReport r, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            List<String> columns = projectColumns(p.plan().paybackConvention());
            Sheet s = sheet(wb, Texts.get("plan.sheetProjects"), Texts.format("plan.projectsTitle", p.displayName()), columns,
                    new int[] {8, 6, 26, 40, 12, 12, 12, 12, 10, 30, 18});
            CellStyle body = border(wb);
            int i = 2;
            for (Table31.Row row : r.table31()) {
                RetrofitReport.ProjectResult pr = r.keyProjects().stream().filter(k -> k.project().id().equals(row.projectId()))
                        .findFirst().orElse(null);
                KeyProject k = pr == null ? null : pr.project();
                row(body, s, i++, List.of(row.phase().label(), String.valueOf(row.number()), row.name(), row.content(),
                        n(row.investmentWanYuan()), k == null ? "" : n(k.savingTce()), k == null ? "" : n(k.reductionTco2()),
                        k == null ? "" : n(k.costSavingWanYuan()),
                        pr == null || pr.economics() == null ? "" : PlanDocxWriter.num(pr.economics().paybackYears()),
                        row.effect(), row.time()));
            }
            if (i > 2) {
                // 合计 of the figures' columns, as formulas so that the engineer's edits add up
                Row total = s.createRow(i);
                total.createCell(0).setCellValue(Texts.get("plan.total"));
                total.getCell(0).setCellStyle(body);
                for (int c = 1; c < columns.size(); c++) {
                    var cell = total.createCell(c);
                    if (c >= 4 && c <= 7) {
                        String col = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
                        cell.setCellFormula("SUM(" + col + "3:" + col + i + ")");
                        cell.setCellStyle(numberStyle(s, body));
                    } else {
                        cell.setCellStyle(body);
                    }
                }
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            wb.write(out);
        }
    }

    private static String n(Double v) {
        return v == null ? "" : PlanDocxWriter.num(v);
    }

    public static Sheet sheet(XSSFWorkbook wb, String name, String title, List<String> header, int[] widths) {
        Sheet s = wb.createSheet(name);
        s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        s.getPrintSetup().setLandscape(true);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        Font tf = wb.createFont();
        tf.setFontName(Docx.HEI);
        tf.setBold(true);
        tf.setFontHeightInPoints((short) 14);
        CellStyle ts = wb.createCellStyle();
        ts.setFont(tf);
        Row t = s.createRow(0);
        t.createCell(0).setCellValue(title);
        t.getCell(0).setCellStyle(ts);
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, header.size() - 1));
        Font hf = wb.createFont();
        hf.setFontName(Docx.HEI);
        hf.setBold(true);
        CellStyle hs = border(wb);
        hs.setFont(hf);
        hs.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        hs.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Row h = s.createRow(1);
        for (int c = 0; c < header.size(); c++) {
            h.createCell(c).setCellValue(header.get(c));
            h.getCell(c).setCellStyle(hs);
            s.setColumnWidth(c, widths[c] * 256);
        }
        s.createFreezePane(0, 2);
        return s;
    }

    public static CellStyle border(XSSFWorkbook wb) {
        CellStyle c = wb.createCellStyle();
        c.setBorderTop(BorderStyle.THIN);
        c.setBorderBottom(BorderStyle.THIN);
        c.setBorderLeft(BorderStyle.THIN);
        c.setBorderRight(BorderStyle.THIN);
        c.setWrapText(true);
        c.setVerticalAlignment(VerticalAlignment.TOP);
        return c;
    }

    private static void row(CellStyle st, Sheet s, int i, List<String> values) {
        CellStyle number = numberStyle(s, st);
        Row r = s.createRow(i);
        for (int c = 0; c < values.size(); c++) {
            String v = values.get(c);
            // a figure is a number in Excel (sums, sorting), shown with two decimals; text stays text
            if (v != null && v.matches("-?[0-9][0-9,]*(\\.[0-9]+)?")) {
                r.createCell(c).setCellValue(Double.parseDouble(v.replace(",", "")));
                r.getCell(c).setCellStyle(v.contains(".") || v.contains(",") ? number : st); // 序号 stays 1, 2, 3
            } else {
                r.createCell(c).setCellValue(v);
                r.getCell(c).setCellStyle(st);
            }
        }
    }

    /** The body style with a number format, one per workbook. */
    public static CellStyle numberStyle(Sheet s, CellStyle body) {
        var wb = s.getWorkbook();
        for (int k = 0; k < wb.getNumCellStyles(); k++) {
            CellStyle c = wb.getCellStyleAt(k);
            if (c.getDataFormat() == wb.createDataFormat().getFormat("#,##0.00") && c.getBorderTop() == BorderStyle.THIN) {
                return c;
            }
        }
        CellStyle c = wb.createCellStyle();
        c.cloneStyleFrom(body);
        c.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        c.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        return c;
    }
}
