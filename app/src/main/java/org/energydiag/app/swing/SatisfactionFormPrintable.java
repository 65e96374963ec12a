package org.energydiag.app.swing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.awt.print.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.energydiag.core.report.form.SatisfactionForm;
import org.energydiag.core.report.form.SatisfactionFormLayout;

/**
 * Prints 企业满意度调查表 on one A4 page with Java2D, from the same layout as the PDF export. The form
 * is laid out inside the printer's imageable area (and the form's own margins), shrunk evenly if
 * the area is small, so no text is cut off. The bounds of every drawn text are kept for checks.
 */
final class SatisfactionFormPrintable implements Printable {

    /** Song-style fonts first (宋体 on Windows), then any installed Chinese font. */
    private static final String[] FAMILIES = {"SimSun", "宋体", "NSimSun", "AR PL UMing CN", "Noto Serif CJK SC",
            "Source Han Serif SC", "Songti SC", "STSong", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei",
            "PingFang SC"};
    /** Distance kept from the edge of the imageable area, in points. */
    private static final double INSET = 2;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final SatisfactionForm form;
    private final Font font;
    private final List<Rectangle2D> textBounds = new ArrayList<>();

    SatisfactionFormPrintable(SatisfactionForm form) {
        this.form = form;
        this.font = chineseFont();
    }

    /** The first installed Chinese font of {@link #FAMILIES}, else the logical Serif font. */
    static Font chineseFont() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String f : FAMILIES) {
            if (installed.contains(f)) {
                Font font = new Font(f, Font.PLAIN, 12);
                if (font.canDisplayUpTo(SatisfactionForm.TITLE + SatisfactionForm.BOX + SatisfactionForm.TICK) < 0) {
                    return font;
                }
            }
        }
        return new Font(Font.SERIF, Font.PLAIN, 12);
    }

    /** An A4 page format with the given margin all round, in points. */
    static PageFormat a4(double margin) {
        Paper paper = new Paper();
        paper.setSize(SatisfactionFormLayout.A4_WIDTH, SatisfactionFormLayout.A4_HEIGHT);
        paper.setImageableArea(margin, margin, SatisfactionFormLayout.A4_WIDTH - 2 * margin,
                SatisfactionFormLayout.A4_HEIGHT - 2 * margin);
        PageFormat pf = new PageFormat();
        pf.setPaper(paper);
        pf.setOrientation(PageFormat.PORTRAIT);
        return pf;
    }

    /** Bounds (page coordinates, points) of the text drawn by the last {@link #print} call. */
    List<Rectangle2D> textBounds() {
        synchronized (textBounds) {
            return List.copyOf(textBounds);
        }
    }

    @Override
    public int print(Graphics graphics, PageFormat pf, int pageIndex) {
        if (pageIndex > 0) {
            return NO_SUCH_PAGE;
        }
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.BLACK);
            // the form's margins, but never outside what the printer can print
            // (inset by INSET so that half of a table rule's stroke does not fall outside either)
            double x0 = Math.max(pf.getImageableX() + INSET, SatisfactionFormLayout.MARGIN_SIDE);
            double y0 = Math.max(pf.getImageableY() + INSET, SatisfactionFormLayout.MARGIN_TOP);
            double x1 = Math.min(pf.getImageableX() + pf.getImageableWidth() - INSET,
                    pf.getWidth() - SatisfactionFormLayout.MARGIN_SIDE);
            double y1 = Math.min(pf.getImageableY() + pf.getImageableHeight() - INSET,
                    pf.getHeight() - SatisfactionFormLayout.MARGIN_BOTTOM);
            SatisfactionFormLayout.Page page = SatisfactionFormLayout.layout(form, this::width, x1 - x0, y1 - y0);
            List<Rectangle2D> bounds = new ArrayList<>();
            for (SatisfactionFormLayout.Mark mk : page.marks()) {
                if (mk instanceof SatisfactionFormLayout.Text t) {
                    Font f = font.deriveFont((float) t.size());
                    g.setFont(f);
                    float x = (float) (x0 + t.x());
                    float y = (float) (y0 + t.baseline());
                    g.drawString(t.text(), x, y);
                    Rectangle2D logical = f.getStringBounds(t.text(), FRC);
                    LineMetrics lm = f.getLineMetrics(t.text(), FRC);
                    bounds.add(new Rectangle2D.Double(x, y - lm.getAscent(), logical.getWidth(),
                            lm.getAscent() + lm.getDescent()));
                } else if (mk instanceof SatisfactionFormLayout.Line l) {
                    g.setStroke(new BasicStroke((float) l.width()));
                    g.draw(new Line2D.Double(x0 + l.x1(), y0 + l.y1(), x0 + l.x2(), y0 + l.y2()));
                }
            }
            synchronized (textBounds) {
                textBounds.clear();
                textBounds.addAll(bounds);
            }
        } finally {
            g.dispose();
        }
        return PAGE_EXISTS;
    }

    private double width(String text, double size) {
        return font.deriveFont((float) size).getStringBounds(text, FRC).getWidth();
    }
}
