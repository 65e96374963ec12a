package org.energydiag.core.report.agency;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.energydiag.core.project.DiagnosisKind;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.project.Honour;
import org.energydiag.core.reference.Region;
import org.energydiag.core.text.Texts;

/**
 * 附件1 《2026年度工业节能降碳诊断服务工作计划表》 of 工信厅节函〔2026〕179号 as an .xlsx workbook
 * covering many projects: the notice's title, 报送单位 line, the two sub-tables (一、重点行业领域企业
 * 节能降碳诊断 / 二、重点工业产品设备节能降碳诊断, chosen by {@link Enterprise#kind()}) with the notice's
 * exact columns, and its two 备注 lines below. A4 landscape, fitted to the page width.
 *
 * <p>The document is built from a flat {@link Model} ({@link #model}); every cell is text already
 * formatted there, except 企业2025年能源消费量, which stays a number so the table can be summed.
 * The PDF of the notice breaks "企业 2025 年" with spaces; the columns here are written without them,
 * as in the notice's own body text.
 */
public final class WorkPlanWorkbook {

    public static final String TITLE = Texts.get("agency.workplan.title");
    public static final String SUBMITTER_LABEL = Texts.get("agency.workplan.submitterLabel");
    public static final String SEAL = Texts.get("agency.workplan.seal");

    /** 一 and 二 as numbered in the notice. */
    public static final String SECTION_ENTERPRISE = Texts.format("agency.workplan.sectionEnterprise",
            DiagnosisKind.KEY_SECTOR_ENTERPRISE.label());
    public static final String SECTION_PRODUCT = Texts.format("agency.workplan.sectionProduct",
            DiagnosisKind.PRODUCT_EQUIPMENT.label());

    /** Columns of sub-table 一, exactly as in the notice. */
    public static final List<String> ENTERPRISE_COLUMNS = columns(Texts.get("agency.workplan.col.energy2025"));

    /** Columns of sub-table 二, exactly as in the notice. */
    public static final List<String> PRODUCT_COLUMNS = columns(Texts.get("agency.workplan.col.footprintProducts"));

    /** The notice's 备注 under the table, verbatim. */
    public static final List<String> NOTES = List.of(Texts.get("agency.workplan.note1"),
            Texts.get("agency.workplan.note2"));

    /** Text of a sub-table that has no project. */
    public static final String NONE = Texts.get("agency.workplan.none");

    /** Separator between several honours in one cell. */
    public static final String HONOUR_SEPARATOR = Texts.get("agency.workplan.honourSeparator");

    /** The ten columns of a sub-table; only column 6 differs between 一 and 二. */
    private static List<String> columns(String column6) {
        return List.of(Texts.get("agency.workplan.col.number"), Texts.get("agency.workplan.col.enterprise"),
                Texts.get("agency.workplan.col.province"), Texts.get("agency.workplan.col.city"),
                Texts.get("agency.workplan.col.sector"), column6, Texts.get("agency.workplan.col.agency"),
                Texts.get("agency.workplan.col.standards"), Texts.get("agency.workplan.col.honours"),
                Texts.get("agency.workplan.col.remarks"));
    }

    /**
     * One row of a sub-table, every cell as printed.
     *
     * @param column6           企业2025年能源消费量 (sub-table 一) or 拟开展产品碳足迹核算的工业产品类型 (二)
     * @param energyConsumption the number behind column 6 of sub-table 一 (null when not filled or in 二)
     */
    public record Row(DiagnosisKind kind, int number, String enterpriseName, String province, String cityDistrict,
                      String sector, String column6, BigDecimal energyConsumption, String agency, String standards,
                      String honours, String remarks) {

        /** The ten cells in column order (序号 as text). */
        public List<String> cells() {
            return List.of(Integer.toString(number), enterpriseName, province, cityDistrict, sector, column6, agency,
                    standards, honours, remarks);
        }
    }

    /** The flat view model of the whole table. {@code submitter} is blank when the line is filled by hand. */
    public record Model(String submitter, List<Row> enterpriseRows, List<Row> productRows) {
        public Model {
            submitter = submitter == null ? "" : submitter;
            enterpriseRows = List.copyOf(enterpriseRows);
            productRows = List.copyOf(productRows);
        }

        /** 报送单位：name（盖章）, or the blank line of the notice. */
        public String submitterLine() {
            return SUBMITTER_LABEL + submitter + SEAL;
        }
    }

    private WorkPlanWorkbook() {
    }

    /**
     * Maps projects to the table when the agency itself submits it: {@code agencyName} is the
     * 报送单位 and the 诊断服务机构名称 of projects that have none filled in.
     */
    public static Model model(List<DiagnosisProject> projects, String agencyName) {
        return model(projects, agencyName, agencyName);
    }

    /**
     * Maps projects to the table. Within each sub-table rows are ordered by province code, city
     * code and enterprise name, and numbered from 1.
     *
     * @param submitter     报送单位 (blank: left for hand filling)
     * @param defaultAgency 诊断服务机构名称 of a project that has none filled in
     */
    public static Model model(List<DiagnosisProject> projects, String submitter, String defaultAgency) {
        Objects.requireNonNull(projects, "projects");
        String fallbackAgency = defaultAgency == null ? "" : defaultAgency.trim();
        Comparator<Enterprise> order = Comparator
                .comparing((Enterprise e) -> code(e.province()))
                .thenComparing(e -> code(e.city()))
                .thenComparing(Enterprise::name);
        List<DiagnosisProject> all = projects.stream().sorted(Comparator.comparing(DiagnosisProject::enterprise, order)).toList();
        List<Row> one = new ArrayList<>();
        List<Row> two = new ArrayList<>();
        for (DiagnosisProject p : all) {
            Enterprise e = p.enterprise();
            boolean product = e.kind() == DiagnosisKind.PRODUCT_EQUIPMENT;
            List<Row> target = product ? two : one;
            BigDecimal energy = product ? null : e.energyConsumption2025();
            String column6 = product ? footprintProducts(p) : energy == null ? "" : decimal(energy);
            String standards = product ? footprintStandards(p) : e.referenceStandards();
            String agency = e.agencyName().isBlank() ? fallbackAgency : e.agencyName();
            target.add(new Row(e.kind(), target.size() + 1, e.name(), display(e.province()), e.cityDistrictDisplay(),
                    e.sectorDisplay(), column6, energy, agency, standards, honours(e), e.remarks()));
        }
        return new Model(submitter == null ? "" : submitter.trim(), one, two);
    }

    /**
     * 拟开展产品碳足迹核算的工业产品类型 of sub-table 二: the products of the project's footprint studies
     * (产品碳足迹核算), then those named in the enterprise step that have no study yet, separated by ；.
     */
    static String footprintProducts(DiagnosisProject p) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        p.footprint().studies().forEach(s -> out.add(s.product()));
        for (String part : p.enterprise().carbonFootprintProducts().split("[、,，;；\\n]")) {
            out.add(part.strip());
        }
        out.remove("");
        return String.join(HONOUR_SEPARATOR, out);
    }

    /**
     * 对照标准 of sub-table 二: the standard or product rule each footprint study follows (one when all
     * follow the same, else 产品：标准 per study), then the standards the engineer entered in the
     * enterprise step when they are not among them. Without studies: the enterprise step's entry.
     */
    static String footprintStandards(DiagnosisProject p) {
        List<org.energydiag.core.footprint.FootprintStudy> studies = p.footprint().studies().stream()
                .filter(s -> !s.product().isBlank()).toList();
        String entered = p.enterprise().referenceStandards().strip();
        if (studies.isEmpty()) {
            return entered;
        }
        List<String> distinct = studies.stream().map(org.energydiag.core.footprint.FootprintStudy::standard).distinct().toList();
        List<String> parts = new ArrayList<>();
        if (distinct.size() == 1) {
            parts.add(distinct.get(0));
        } else {
            studies.forEach(s -> parts.add(Texts.format("agency.workplan.productStandard", s.product(), s.standard())));
        }
        if (!entered.isEmpty() && distinct.stream().noneMatch(entered::equals)) {
            parts.add(entered);
        }
        return String.join(HONOUR_SEPARATOR, parts);
    }

    /** Honours as the notice asks: 称号（国家级/省级）, then the free-text ones, separated by ；. */
    public static String honours(Enterprise e) {
        List<String> parts = new ArrayList<>();
        for (Honour h : e.honours()) {
            parts.add(h.display());
        }
        if (!e.otherHonours().isBlank()) {
            parts.add(e.otherHonours().trim());
        }
        return String.join(HONOUR_SEPARATOR, parts);
    }

    /** 万吨标准煤 with two to four decimals, as the cell's number format shows it. */
    static String decimal(BigDecimal v) {
        BigDecimal x = v.setScale(Math.max(2, Math.min(4, v.stripTrailingZeros().scale())), java.math.RoundingMode.HALF_UP);
        return x.toPlainString();
    }

    private static String code(Region r) {
        // Projects without a region go last.
        return r == null || r.code() == null ? "\uffff" : r.code();
    }

    private static String display(Region r) {
        return r == null ? "" : r.display();
    }

    /** Writes the table of {@code projects}; see {@link #model}. The stream is not closed. */
    public static void write(List<DiagnosisProject> projects, String submitter, OutputStream out) throws IOException {
        write(model(projects, submitter), out);
    }

    // ---- layout ----

    private static final int COLUMNS = 10;
    /** Column widths in characters (a CJK character counts as two). */
    private static final int[] WIDTHS = {6, 28, 10, 14, 14, 18, 26, 36, 30, 16};
    private static final float LINE_POINTS = 14.25f;

    /** Writes the workbook; the stream is not closed. */
    public static void write(Model m, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet sh = wb.createSheet(Texts.get("agency.workplan.sheetName"));
            for (int i = 0; i < COLUMNS; i++) {
                sh.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = 0;
            Row0.merged(sh, r++, TITLE, st.title, 30f);
            Row0.merged(sh, r++, m.submitterLine(), st.left, 20f);
            r = table(sh, r, SECTION_ENTERPRISE, ENTERPRISE_COLUMNS, m.enterpriseRows(), st);
            // The header of sub-table 一 stays in view while scrolling.
            sh.createFreezePane(0, 4);
            r = table(sh, r, SECTION_PRODUCT, PRODUCT_COLUMNS, m.productRows(), st);
            r++;
            for (String note : NOTES) {
                int lines = lines(note, total(0, COLUMNS));
                Row0.merged(sh, r++, note, st.note, lines * LINE_POINTS + 4);
            }
            printSetup(wb, sh);
            wb.write(out);
        }
    }

    private static int table(Sheet sh, int r, String section, List<String> columns, List<Row> rows, Styles st) {
        org.apache.poi.ss.usermodel.Row sec = sh.createRow(r);
        sec.setHeightInPoints(22f);
        for (int c = 0; c < COLUMNS; c++) {
            Cell cell = sec.createCell(c);
            cell.setCellStyle(st.section);
            if (c == 0) {
                cell.setCellValue(section);
            }
        }
        sh.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
        r++;
        org.apache.poi.ss.usermodel.Row head = sh.createRow(r);
        int headLines = 1;
        for (int c = 0; c < COLUMNS; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(st.header);
            headLines = Math.max(headLines, lines(columns.get(c), WIDTHS[c]));
        }
        head.setHeightInPoints(headLines * LINE_POINTS + 6);
        r++;
        if (rows.isEmpty()) {
            org.apache.poi.ss.usermodel.Row row = sh.createRow(r);
            for (int c = 0; c < COLUMNS; c++) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(c == 1 ? st.text : st.center);
                if (c == 1) {
                    cell.setCellValue(NONE);
                }
            }
            row.setHeightInPoints(LINE_POINTS + 6);
            return r + 1;
        }
        for (Row data : rows) {
            org.apache.poi.ss.usermodel.Row row = sh.createRow(r++);
            List<String> cells = data.cells();
            int lines = 1;
            for (int c = 0; c < COLUMNS; c++) {
                Cell cell = row.createCell(c);
                String v = cells.get(c);
                if (c == 0) {
                    cell.setCellValue(data.number());
                    cell.setCellStyle(st.center);
                } else if (c == 5 && data.energyConsumption() != null) {
                    cell.setCellValue(data.energyConsumption().doubleValue());
                    cell.setCellStyle(st.number);
                } else {
                    cell.setCellValue(v);
                    cell.setCellStyle(c == 2 || c == 3 || c == 4 ? st.center : st.text);
                }
                lines = Math.max(lines, lines(v, WIDTHS[c]));
            }
            // Excel does not fit wrapped rows on opening a generated file: set the height ourselves.
            row.setHeightInPoints(lines * LINE_POINTS + 6);
        }
        return r;
    }

    private static int total(int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) {
            w += WIDTHS[i];
        }
        return w;
    }

    /** Lines a wrapped text needs in a column of {@code width} characters (CJK counts as two). */
    static int lines(String text, int width) {
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            int w = 0;
            for (int i = 0; i < part.length(); i++) {
                w += part.charAt(i) < 0x2E80 ? 1 : 2;
            }
            // keep a little margin: cells have padding and words do not break anywhere
            lines += Math.max(1, (int) Math.ceil(w / Math.max(1.0, width - 1.5)));
        }
        return Math.max(1, lines);
    }

    private static void printSetup(XSSFWorkbook wb, Sheet sh) {
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setAutobreaks(true);
        sh.setHorizontallyCenter(true);
        sh.setMargin(Sheet.LeftMargin, 0.5);
        sh.setMargin(Sheet.RightMargin, 0.5);
        sh.setMargin(Sheet.TopMargin, 0.6);
        sh.setMargin(Sheet.BottomMargin, 0.6);
        sh.setMargin(Sheet.HeaderMargin, 0.3);
        sh.setMargin(Sheet.FooterMargin, 0.3);
        sh.getFooter().setCenter(Texts.get("agency.workplan.footer"));
        wb.setPrintArea(0, 0, COLUMNS - 1, 0, sh.getLastRowNum());
    }

    /** Merged full-width rows (title, submitter, notes). */
    private static final class Row0 {
        static void merged(Sheet sh, int r, String text, CellStyle style, float height) {
            org.apache.poi.ss.usermodel.Row row = sh.createRow(r);
            row.setHeightInPoints(height);
            Cell cell = row.createCell(0);
            cell.setCellValue(text);
            cell.setCellStyle(style);
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle left;
        final CellStyle note;
        final CellStyle section;
        final CellStyle header;
        final CellStyle text;
        final CellStyle center;
        final CellStyle number;

        Styles(XSSFWorkbook wb) {
            Font titleFont = font(wb, "黑体", 18, false);
            Font bodyFont = font(wb, "宋体", 11, false);
            Font boldFont = font(wb, "黑体", 11, false);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            left = wb.createCellStyle();
            left.setFont(bodyFont);
            left.setVerticalAlignment(VerticalAlignment.CENTER);
            note = wb.createCellStyle();
            note.cloneStyleFrom(left);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            section = bordered(wb, boldFont, HorizontalAlignment.LEFT);
            header = bordered(wb, boldFont, HorizontalAlignment.CENTER);
            text = bordered(wb, bodyFont, HorizontalAlignment.LEFT);
            center = bordered(wb, bodyFont, HorizontalAlignment.CENTER);
            number = bordered(wb, bodyFont, HorizontalAlignment.RIGHT);
            number.setDataFormat(wb.createDataFormat().getFormat("0.00##"));
        }

        private static Font font(XSSFWorkbook wb, String name, int points, boolean bold) {
            Font f = wb.createFont();
            f.setFontName(name);
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            return f;
        }

        private static CellStyle bordered(XSSFWorkbook wb, Font f, HorizontalAlignment align) {
            CellStyle s = wb.createCellStyle();
            s.setFont(f);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
