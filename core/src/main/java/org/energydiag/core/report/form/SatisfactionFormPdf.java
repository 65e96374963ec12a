package org.energydiag.core.report.form;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.energydiag.core.io.ProjectFile;

/** Writes 企业满意度调查表 as a one-page A4 PDF with an embedded Chinese font (real, searchable text). */
public final class SatisfactionFormPdf {

    private SatisfactionFormPdf() {
    }

    /** Writes the form to {@code target}, replacing it only when the whole file was written. */
    public static void write(SatisfactionForm form, Path target) throws IOException {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        write(form, buf);
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ProjectFile.writeAtomically(target, buf.toByteArray());
    }

    public static void write(SatisfactionForm form, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(SatisfactionForm.TITLE);
            info.setCreator("EnergyDiag");
            info.setCreationDate(Calendar.getInstance());
            try (PdfCjkFont cjk = PdfCjkFont.load(doc)) {
                PDType0Font font = cjk.font();
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float pageH = page.getMediaBox().getHeight();
                double left = SatisfactionFormLayout.MARGIN_SIDE;
                double top = SatisfactionFormLayout.MARGIN_TOP;
                double w = page.getMediaBox().getWidth() - 2 * left;
                double h = pageH - top - SatisfactionFormLayout.MARGIN_BOTTOM;
                SatisfactionFormLayout.Page laid = SatisfactionFormLayout.layout(form, (t, s) -> width(font, t, s), w, h);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setNonStrokingColor(0f, 0f, 0f);
                    cs.setStrokingColor(0f, 0f, 0f);
                    for (SatisfactionFormLayout.Mark mk : laid.marks()) {
                        if (mk instanceof SatisfactionFormLayout.Text t) {
                            cs.beginText();
                            cs.setFont(font, (float) t.size());
                            cs.newLineAtOffset((float) (left + t.x()), (float) (pageH - top - t.baseline()));
                            cs.showText(t.text());
                            cs.endText();
                        } else if (mk instanceof SatisfactionFormLayout.Line l) {
                            cs.setLineWidth((float) l.width());
                            cs.moveTo((float) (left + l.x1()), (float) (pageH - top - l.y1()));
                            cs.lineTo((float) (left + l.x2()), (float) (pageH - top - l.y2()));
                            cs.stroke();
                        }
                    }
                }
                doc.save(out);
            }
        }
    }

    private static double width(PDType0Font font, String text, double size) {
        try {
            return font.getStringWidth(text) / 1000.0 * size;
        } catch (IOException | IllegalArgumentException e) {
            // a character the font lacks: assume a full-width character each
            return text.length() * size;
        }
    }
}
