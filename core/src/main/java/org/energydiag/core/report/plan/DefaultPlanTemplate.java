package org.energydiag.core.report.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.energydiag.core.text.Texts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Builds the default plan template shipped in the jar ({@code plan-template.docx}): A4, styles
 * (Heading1–3 with outline levels for the table of contents, BodyText, Caption, Title), a cover
 * with the placeholders, a table-of-contents placeholder, the body placeholder, a running header
 * and page numbers. An agency's own template uses the same placeholders ({@link PlanDocxWriter}).
 * Run {@link #main} to regenerate the resource after changing this class.
 */
public final class DefaultPlanTemplate {

    private DefaultPlanTemplate() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0]
                : "core/src/main/resources/org/energydiag/core/report/plan/plan-template.docx");
        try (XWPFDocument d = create(); OutputStream o = Files.newOutputStream(out)) {
            d.write(o);
        }
    }

    public static XWPFDocument create() {
        return create(Texts.get("plan.title"));
    }

    /**
     * The bundled layout for a document of this title (the plan's, or another report's built in
     * memory): the header and the cover's second line say {@code title}.
     */
    public static XWPFDocument create(String title) {
        XWPFDocument d = new XWPFDocument();
        styles(d);
        CTSectPr sect = d.getDocument().getBody().isSetSectPr() ? d.getDocument().getBody().getSectPr()
                : d.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // A4 210 mm
        size.setH(BigInteger.valueOf(16838)); // 297 mm
        CTPageMar m = sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(1440));
        m.setBottom(BigInteger.valueOf(1440));
        m.setLeft(BigInteger.valueOf(1588));
        m.setRight(BigInteger.valueOf(1588));
        m.setHeader(BigInteger.valueOf(851));
        m.setFooter(BigInteger.valueOf(851));
        sect.addNewTitlePg(); // no header or page number on the cover

        XWPFHeader header = d.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph hp = header.createParagraph();
        hp.setAlignment(ParagraphAlignment.CENTER);
        Docx.run(hp, PlanDocxWriter.COMPANY + title, Docx.SONG, false, 18);
        XWPFFooter footer = d.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = footer.createParagraph();
        fp.setAlignment(ParagraphAlignment.CENTER);
        Docx.run(fp, "— ", Docx.SONG, false, 18);
        Docx.field(fp, "PAGE", "1");
        Docx.run(fp, " —", Docx.SONG, false, 18);
        d.createFooter(HeaderFooterType.FIRST).createParagraph();
        d.createHeader(HeaderFooterType.FIRST).createParagraph();

        for (int i = 0; i < 6; i++) {
            d.createParagraph();
        }
        XWPFParagraph company = d.createParagraph();
        company.setStyle("Title");
        company.setAlignment(ParagraphAlignment.CENTER);
        Docx.run(company, PlanDocxWriter.COMPANY, Docx.HEI, true, 44);
        XWPFParagraph title2 = d.createParagraph();
        title2.setStyle("Title");
        title2.setAlignment(ParagraphAlignment.CENTER);
        Docx.run(title2, title, Docx.HEI, true, 52);
        for (int i = 0; i < 10; i++) {
            d.createParagraph();
        }
        cover(d, Texts.get("plan.coverAgency") + PlanDocxWriter.AGENCY);
        cover(d, Texts.get("plan.coverDate") + PlanDocxWriter.DATE);
        XWPFParagraph br = d.createParagraph();
        br.setPageBreak(true);
        XWPFParagraph tocTitle = d.createParagraph();
        tocTitle.setAlignment(ParagraphAlignment.CENTER);
        Docx.run(tocTitle, Texts.get("plan.tocTitle"), Docx.HEI, true, 32);
        Docx.run(d.createParagraph(), PlanDocxWriter.CONTENTS, Docx.SONG, false, 0);
        d.createParagraph().setPageBreak(true);
        Docx.run(d.createParagraph(), PlanDocxWriter.BODY, Docx.SONG, false, 0);
        return d;
    }

    private static void cover(XWPFDocument d, String text) {
        XWPFParagraph p = d.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        Docx.run(p, text, Docx.SONG, false, 32);
    }

    private static void styles(XWPFDocument d) {
        XWPFStyles s = d.createStyles();
        CTFonts f = CTFonts.Factory.newInstance();
        f.setAscii(Docx.LATIN);
        f.setHAnsi(Docx.LATIN);
        f.setEastAsia(Docx.SONG);
        s.setDefaultFonts(f);
        // exact line heights (固定值) everywhere but the cover: a line is as high in Word, WPS and
        // LibreOffice whatever font each finds for 宋体/黑体, so the page numbers of the table of
        // contents (PageLayout) hold in all of them; the heights are those of 1.5 lines of 宋体.
        // Space only before paragraphs, none after (the table of contents after only): where one
        // paragraph's space after met the next one's space before, some programs add the two and
        // others take the larger (LibreOffice, unless told otherwise), which moves page breaks.
        style(s, "Normal", "Normal", null, -1, Docx.SONG, false, 24, 0, 0, BODY_LINE);
        style(s, "BodyText", "Body Text", "Normal", -1, Docx.SONG, false, 24, 120, 0, BODY_LINE);
        style(s, "Title", "Title", "Normal", -1, Docx.HEI, true, 52, 240, 0, -360);
        style(s, "Heading1", "heading 1", "Normal", 0, Docx.HEI, true, 32, 360, 0, 600);
        style(s, "Heading2", "heading 2", "Normal", 1, Docx.HEI, true, 28, 240, 0, 540);
        style(s, "Heading3", "heading 3", "Normal", 2, Docx.HEI, true, 24, 180, 0, BODY_LINE);
        style(s, "Caption", "caption", "Normal", -1, Docx.HEI, true, 21, 120, 0, 400);
        tocStyles(s);
    }

    /** Line height of body text, twips (23 pt: 1.5 lines of 12 pt 宋体). */
    static final int BODY_LINE = 460;

    /** The TOC1–TOC3 styles (table of contents levels 1–3), added to a document that lacks them. */
    static void tocStyles(XWPFStyles s) {
        for (int level = 1; level <= 3; level++) {
            if (!s.styleExist("TOC" + level)) {
                style(s, "TOC" + level, "toc " + level, "Normal", -1, Docx.SONG, false, 24, 0, 60, BODY_LINE);
            }
        }
    }

    /** A paragraph style; {@code line} in twips, exact, or (negative) proportional in 240ths of a line. */
    private static void style(XWPFStyles styles, String id, String name, String basedOn, int outline, String eastAsia,
                              boolean bold, int halfPoints, int before, int after, int line) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        var sp = ppr.addNewSpacing();
        sp.setBefore(BigInteger.valueOf(before));
        sp.setAfter(BigInteger.valueOf(after));
        sp.setLine(BigInteger.valueOf(Math.abs(line)));
        sp.setLineRule(line < 0 ? org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO
                : org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.EXACT);
        if (id.equals("Normal")) {
            s.setDefault(true); // the style of paragraphs without one, for Word as for LibreOffice
            ppr.addNewWidowControl(); // Word's default, stated so that every program applies it
        }
        if (outline >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            ppr.addNewKeepNext();
        }
        if (id.startsWith("TOC") && !id.equals("TOC1")) {
            ppr.addNewInd().setLeft(BigInteger.valueOf(480L * (id.charAt(3) - '1'))); // two characters a level
        }
        CTRPr rpr = s.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(Docx.LATIN);
        fonts.setHAnsi(Docx.LATIN);
        fonts.setEastAsia(eastAsia);
        if (bold) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(s, styles));
    }
}
