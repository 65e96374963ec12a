package org.energydiag.app.swing.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;
import org.energydiag.app.text.Texts;
import org.energydiag.core.energy.BalanceResult.DiagramLink;
import org.energydiag.core.energy.BalanceResult.FlowDiagram;
import org.energydiag.core.report.plan.PlanDocxWriter;

/**
 * The energy-flow (Sankey) diagram of a balance, drawn with Java2D from a {@link SankeyLayout}: on
 * the screen in pixels with the window's text size, and offscreen for print in points, so that its
 * text has a size in points on paper ({@link #print}). Hovering a unit or a band shows its amounts.
 */
public class SankeyPanel extends JComponent {

    private static final long serialVersionUID = 1L;

    /** Text size on paper, in points: the plan's body text is 10.5 pt, figure text a little smaller. */
    static final float PRINT_FONT_PT = 9f;
    /** Smallest text size on paper. */
    static final float PRINT_MIN_PT = 8f;
    private static final float SCREEN_MIN_PX = 10f;
    private static final int BAND_ALPHA = 120;
    private static final double POINTS_PER_CM = 72 / 2.54;

    private transient FlowDiagram diagram;
    private transient SankeyLayout layout;
    private float layoutSize;

    public SankeyPanel() {
        setOpaque(true);
        setPreferredSize(new Dimension(900, 420));
        ToolTipManager.sharedInstance().registerComponent(this);
    }

    /** Shows {@code d}; {@code null} shows a no-data message. */
    public void setDiagram(FlowDiagram d) {
        this.diagram = d;
        this.layout = null;
        repaint();
    }

    public FlowDiagram getDiagram() {
        return diagram;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            Color bg = getBackground() != null ? getBackground() : UIManager.getColor("Panel.background");
            Color fg = getForeground() != null ? getForeground() : UIManager.getColor("Label.foreground");
            paint(g2, screenLayout(), bg != null ? bg : Color.WHITE, fg != null ? fg : ChartStyler.TEXT);
        } finally {
            g2.dispose();
        }
    }

    /** The layout for the panel's size and the window's text size (theme), computed again when either changes. */
    private SankeyLayout screenLayout() {
        Font f = getFont() != null ? getFont() : UIManager.getFont("Label.font");
        float size = Math.max(SCREEN_MIN_PX, f == null ? 12f : f.getSize2D());
        SankeyLayout l = layout;
        if (l == null || l.width() != getWidth() || l.height() != getHeight() || layoutSize != size) {
            l = SankeyLayout.of(diagram, getWidth(), getHeight(), ChartStyler.font(size), SCREEN_MIN_PX);
            layout = l;
            layoutSize = size;
        }
        return l;
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        SankeyLayout l = layout;
        if (l == null) {
            return null;
        }
        for (SankeyLayout.Box b : l.boxes()) {
            if (b.bounds().contains(e.getPoint())) {
                StringBuilder s = new StringBuilder(b.name).append(Texts.format("charts.sankey.tip.amount", SankeyLayout.amount(b.value())));
                if (b.group()) {
                    b.members.forEach(m -> s.append('\n').append(m.name()));
                }
                return html(s.toString());
            }
        }
        for (SankeyLayout.Band b : l.bands()) {
            if (b.area.contains(e.getPoint())) {
                StringBuilder s = new StringBuilder();
                for (DiagramLink link : b.links) {
                    s.append(s.length() == 0 ? "" : "\n").append(Texts.format("charts.sankey.tip.flow", l.nodeName(link.from()),
                            l.nodeName(link.to()), link.label() == null ? "" : link.label(), SankeyLayout.amount(link.tce())));
                }
                return html(s.toString());
            }
        }
        return null;
    }

    private static String html(String s) {
        return "<html>" + s.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") + "</html>";
    }

    /**
     * A diagram drawn for print.
     *
     * @param fontPoints its text size on paper
     * @param unlabelled the links whose amount the picture does not print (for a table under it)
     * @param groups     the name of the box (其他N项) each node drawn in a group is part of, by node id
     */
    public record Printed(BufferedImage image, double fontPoints, List<DiagramLink> unlabelled, Map<String, String> groups) {
    }

    /**
     * Draws {@code d} offscreen on white at {@code widthPx × heightPx} for an image printed
     * {@code widthCm} wide: laid out in points, so its text is {@value #PRINT_FONT_PT} pt on paper
     * (at least {@value #PRINT_MIN_PT} pt).
     */
    public static Printed print(FlowDiagram d, int widthPx, int heightPx, double widthCm) {
        SankeyLayout l = printLayout(d, widthPx, heightPx, widthCm);
        double pxPerPt = widthPx / l.width();
        BufferedImage img = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(pxPerPt, pxPerPt);
            paint(g, l, Color.WHITE, ChartStyler.TEXT);
        } finally {
            g.dispose();
        }
        Map<String, String> groups = new HashMap<>();
        for (SankeyLayout.Box b : l.boxes()) {
            if (b.group()) {
                b.members.forEach(m -> groups.put(m.id(), b.name));
            }
        }
        return new Printed(img, l.font().getSize2D(), l.unlabelled(), Map.copyOf(groups));
    }

    /** The layout {@link #print} draws: in points on paper, {@code widthCm} wide. */
    static SankeyLayout printLayout(FlowDiagram d, int widthPx, int heightPx, double widthCm) {
        double widthPt = widthCm * POINTS_PER_CM;
        return SankeyLayout.of(d, widthPt, heightPx * widthPt / widthPx, ChartStyler.font(PRINT_FONT_PT), PRINT_MIN_PT);
    }

    /** {@link #print} for an image printed at the plan's figure width. */
    public static BufferedImage render(FlowDiagram d, int width, int height) {
        return print(d, width, height, PlanDocxWriter.Figure.WIDTH_CM).image();
    }

    static void paint(Graphics2D g, SankeyLayout l, Color bg, Color fg) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(bg);
        g.fill(new Rectangle2D.Double(0, 0, l.width(), l.height()));
        g.setFont(l.font());
        if (l.isEmpty()) {
            String s = Texts.get("charts.sankey.noData");
            g.setColor(fg);
            g.drawString(s, (float) ((l.width() - l.textWidth(s)) / 2), (float) l.baseline((l.height() - l.lineHeight()) / 2, 0));
            return;
        }
        Map<String, Color> carriers = new HashMap<>();
        for (SankeyLayout.Band b : l.bands()) {
            g.setColor(translucent(colour(b, carriers)));
            g.fill(b.area);
        }
        g.setStroke(new BasicStroke((float) (l.font().getSize2D() * 0.08)));
        for (SankeyLayout.Box b : l.boxes()) {
            Color strong = boxColour(b.kind);
            g.setColor(tint(strong));
            g.fill(b.bounds());
            g.setColor(strong);
            g.draw(b.bounds());
            g.setColor(fg);
            text(g, l, b.lines, l.textBounds(b), true);
        }
        g.setColor(fg);
        for (SankeyLayout.Label lab : l.labels()) {
            text(g, l, lab.lines(), lab.bounds(), true);
        }
    }

    private static void text(Graphics2D g, SankeyLayout l, List<String> lines, Rectangle2D box, boolean centred) {
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            double x = centred ? box.getCenterX() - l.textWidth(s) / 2 : box.getX();
            g.drawString(s, (float) x, (float) l.baseline(box.getY(), i));
        }
    }

    /** Effective use green, losses grey-red (by the kind of node the band ends in), carriers the palette in order. */
    private static Color colour(SankeyLayout.Band b, Map<String, Color> carriers) {
        return switch (b.flow) {
            case EFFECTIVE -> ChartStyler.EFFECTIVE;
            case LOSS -> ChartStyler.LOSS;
            default -> carriers.computeIfAbsent(b.colourKey(), k -> ChartStyler.paletteColor(carriers.size()));
        };
    }

    private static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), BAND_ALPHA);
    }

    /** A light tint of {@code c} for a box's background, so that its text stays dark and legible. */
    private static Color tint(Color c) {
        return new Color(mix(c.getRed()), mix(c.getGreen()), mix(c.getBlue()));
    }

    private static int mix(int v) {
        return (int) Math.round(v * 0.22 + 255 * 0.78);
    }

    private static Color boxColour(String kind) {
        if (SankeyLayout.KIND_EFFECTIVE.equals(kind)) {
            return ChartStyler.EFFECTIVE;
        }
        return SankeyLayout.KIND_LOSS.equals(kind) ? ChartStyler.LOSS : ChartStyler.NODE;
    }
}
