package org.energydiag.core.report.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.SatisfactionLevel;
import org.energydiag.core.text.Texts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes 企业满意度调查表 as an A4 Word document: the form's texts word for word, the seven rated
 * items in a table with □ boxes (☑ where an answer was recorded). Runs set the East Asian font
 * (w:eastAsia) to 宋体 so Word and WPS on Windows use SimSun.
 */
public final class SatisfactionFormDocx {

    static final String EAST_ASIA_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";
    /** A ticked box. */
    public static final String TICKED_BOX = Texts.get("form.tickedBox");

    /** A4 in twentieths of a point, and the margins (25 mm, bottom 20 mm). */
    private static final int PAGE_W = 11906;
    private static final int PAGE_H = 16838;
    private static final int MARGIN = 1418;
    private static final int MARGIN_BOTTOM = 1134;
    /** Column widths of the table (twips): number, item, four answers; sums to the text width. */
    private static final int[] COLS = {500, 3770, 1200, 1200, 1200, 1200};
    /** 五号, the usual size of table text. */
    private static final double TABLE_SIZE = 10.5;

    private SatisfactionFormDocx() {
    }

    public static void write(SatisfactionForm form, Path target) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        write(form, buf);
        ProjectFile.writeAtomically(target, buf.toByteArray());
    }

    public static void write(SatisfactionForm form, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(SatisfactionForm.TITLE);
            doc.getProperties().getCoreProperties().setCreator("EnergyDiag");
            page(doc);

            XWPFParagraph p = para(doc, ParagraphAlignment.LEFT, 0, 240);
            run(p, SatisfactionForm.ATTACHMENT, 16, false);

            p = para(doc, ParagraphAlignment.CENTER, 120, 360);
            run(p, SatisfactionForm.TITLE, 22, true);

            field(doc, SatisfactionForm.FILLER_UNIT_LABEL, form.fillerUnit(), 34);
            field(doc, SatisfactionForm.CONTACT_LABEL, form.contact(), 36);
            field(doc, SatisfactionForm.PHONE_LABEL, form.phone(), 34);

            p = para(doc, ParagraphAlignment.LEFT, 240, 120);
            p.setFirstLineIndent(560); // two characters at 14 pt
            run(p, String.join("", SatisfactionForm.INTRO), 14, false); // one paragraph, no break after “提升服务能力，”

            table(doc, form);

            p = para(doc, ParagraphAlignment.LEFT, 480, 480);
            p.setIndentationLeft(4535); // right half of the text width
            run(p, SatisfactionForm.SIGNATURE_LABEL, 14, false);
            p = para(doc, ParagraphAlignment.LEFT, 240, 240);
            p.setIndentationLeft(5600);
            run(p, SatisfactionForm.SEAL_LABEL, 14, false);
            p = para(doc, ParagraphAlignment.RIGHT, 240, 0);
            p.setIndentationRight(280);
            run(p, form.dateText(), 14, false);

            org.energydiag.core.report.DocxMeta.apply(doc, SatisfactionForm.TITLE, form.fillerUnit(), java.time.Instant.now());
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz sz = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        sz.setW(BigInteger.valueOf(PAGE_W));
        sz.setH(BigInteger.valueOf(PAGE_H));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN));
        mar.setRight(BigInteger.valueOf(MARGIN));
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(992));
    }

    /** A label with the value on an underline (spaces keep room to write when empty). */
    private static void field(XWPFDocument doc, String label, String value, int lineChars) {
        XWPFParagraph p = para(doc, ParagraphAlignment.LEFT, 60, 60);
        run(p, label, 14, false);
        int pad = Math.max(4, lineChars - 2 * value.length());
        XWPFRun v = run(p, " " + value + " ".repeat(pad), 14, false);
        v.setUnderline(UnderlinePatterns.SINGLE);
    }

    private static void table(XWPFDocument doc, SatisfactionForm form) {
        List<SatisfactionForm.Item> items = form.items();
        XWPFTable t = doc.createTable(items.size() + 2, COLS.length);
        t.setWidth(String.valueOf(sum()));
        t.getCTTbl().getTblPr().addNewTblLayout().setType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : COLS) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        // header: the instruction across the table
        XWPFTableRow head = t.getRow(0);
        merge(head, 0, COLS.length);
        text(head.getCell(0), SatisfactionForm.INSTRUCTION, ParagraphAlignment.LEFT);
        height(head, 560);
        for (int i = 0; i < items.size(); i++) {
            SatisfactionForm.Item item = items.get(i);
            XWPFTableRow row = t.getRow(i + 1);
            height(row, 560);
            widths(row, COLS);
            text(row.getCell(0), String.valueOf(item.number()), ParagraphAlignment.CENTER);
            text(row.getCell(1), item.text(), ParagraphAlignment.LEFT);
            for (int c = 0; c < 4; c++) {
                SatisfactionLevel level = SatisfactionForm.levels().get(c);
                String box = level == item.answer() ? TICKED_BOX : SatisfactionForm.BOX;
                text(row.getCell(2 + c), level.label() + " " + box, ParagraphAlignment.CENTER);
            }
        }
        XWPFTableRow last = t.getRow(items.size() + 1);
        merge(last, 2, 4);
        widths(last, new int[] {COLS[0], COLS[1], COLS[2] * 4});
        height(last, 2000);
        text(last.getCell(0), String.valueOf(SatisfactionForm.REQUESTS_NUMBER), ParagraphAlignment.CENTER);
        text(last.getCell(1), SatisfactionForm.REQUESTS_TEXT, ParagraphAlignment.LEFT);
        XWPFTableCell answer = last.getCell(2);
        answer.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.TOP);
        XWPFParagraph ap = answer.getParagraphs().get(0);
        String[] lines = form.requests().replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(ap, lines[i], TABLE_SIZE, false);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
    }

    private static int sum() {
        int s = 0;
        for (int w : COLS) {
            s += w;
        }
        return s;
    }

    /** Joins {@code span} cells from {@code from} into one (w:gridSpan). */
    private static void merge(XWPFTableRow row, int from, int span) {
        for (int k = 1; k < span; k++) {
            row.removeCell(from + 1);
        }
        CTTcPr pr = tcPr(row.getCell(from));
        pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        int w = 0;
        for (int c = from; c < from + span; c++) {
            w += COLS[c];
        }
        width(row.getCell(from), w);
    }

    private static void widths(XWPFTableRow row, int[] ws) {
        for (int c = 0; c < ws.length && c < row.getTableCells().size(); c++) {
            width(row.getCell(c), ws[c]);
        }
    }

    private static void width(XWPFTableCell cell, int w) {
        CTTcPr pr = tcPr(cell);
        var tcw = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        tcw.setType(STTblWidth.DXA);
        tcw.setW(BigInteger.valueOf(w));
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void height(XWPFTableRow row, int twips) {
        row.setHeight(twips);
        row.setHeightRule(TableRowHeightRule.AT_LEAST);
    }

    private static void text(XWPFTableCell cell, String s, ParagraphAlignment align) {
        tcPr(cell).addNewVAlign().setVal(STVerticalJc.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        run(p, s, TABLE_SIZE, false);
    }

    private static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment align, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String s, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(s);
        // run properties in the schema's order (rFonts, b, sz): Word drops what is out of order
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(EAST_ASIA_FONT, XWPFRun.FontCharRange.eastAsia);
        r.setBold(bold);
        r.setFontSize(size);
        return r;
    }
}
