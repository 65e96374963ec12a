package org.energydiag.app.swing.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.energydiag.app.text.Texts;
import org.energydiag.core.energy.BalanceResult.DiagramLink;
import org.energydiag.core.energy.BalanceResult.DiagramNode;
import org.energydiag.core.energy.BalanceResult.FlowDiagram;

/**
 * The energy-flow (Sankey) diagram of a balance, drawn with Java2D. Nodes sit in columns by
 * {@link DiagramNode#column()}; links are bands whose thickness is proportional to their tce. A link to
 * the same or an earlier column is drawn as a band looping below the diagram. The panel and the
 * offscreen {@link #render} share {@link #paintDiagram}.
 */
public class SankeyPanel extends JComponent {

    private static final long serialVersionUID = 1L;

    /** Logical size the layout is designed for; larger offscreen images are scaled up from it. */
    private static final int WIDTH = 900;
    private static final int HEIGHT = 480;
    private static final String NO_DATA = Texts.get("charts.sankey.noData");
    /** The link labels core's EnergyBalanceCalculator gives losses and effective use: matched to colour bands, not shown. */
    private static final String LOSS = "损失";
    private static final String EFFECTIVE = "有效利用";

    private static final double MARGIN = 16;
    private static final double BAR_W = 14;
    private static final double NODE_GAP = 18;
    private static final double MIN_NODE_H = 4;
    private static final double LOOP_GAP = 4;
    private static final int BAND_ALPHA = 120;

    private transient FlowDiagram diagram;

    public SankeyPanel() {
        setOpaque(true);
        setPreferredSize(new Dimension(WIDTH, HEIGHT));
    }

    /** Shows {@code d}; {@code null} shows a no-data message. */
    public void setDiagram(FlowDiagram d) {
        this.diagram = d;
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
            paintDiagram(g2, diagram, getWidth(), getHeight(), bg != null ? bg : Color.WHITE,
                    fg != null ? fg : ChartStyler.TEXT);
        } finally {
            g2.dispose();
        }
    }

    /** Paints {@code d} offscreen on white, e.g. at print resolution; fonts and strokes scale with the size. */
    public static BufferedImage render(FlowDiagram d, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            double scale = Math.max(1, Math.min(width / (double) WIDTH, height / (double) HEIGHT));
            g.scale(scale, scale);
            paintDiagram(g, d, width / scale, height / scale, Color.WHITE, ChartStyler.TEXT);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** A node with its layout in pixels. */
    private static final class Node {
        final DiagramNode source;
        double in;
        double out;
        double x;
        double y;
        double h;
        double inCursor;
        double outCursor;

        Node(DiagramNode source) {
            this.source = source;
        }

        double value() {
            return Math.max(in, out);
        }

        double centerY() {
            return y + h / 2;
        }
    }

    /** A link with its layout: top of the band at both ends, thickness, lane of a loop. */
    private static final class Band {
        final DiagramLink link;
        final Node from;
        final Node to;
        final boolean loop;
        double t;
        double y0;
        double y1;
        double lane;

        Band(DiagramLink link, Node from, Node to) {
            this.link = link;
            this.from = from;
            this.to = to;
            this.loop = to.source.column() <= from.source.column();
        }
    }

    private static void paintDiagram(Graphics2D g, FlowDiagram d, double w, double h, Color bg, Color fg) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(bg);
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        Font font = ChartStyler.font(12f);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();

        Map<String, Node> nodes = new LinkedHashMap<>();
        if (d != null && d.nodes() != null) {
            d.nodes().stream().filter(n -> n != null && n.id() != null).forEach(n -> nodes.putIfAbsent(n.id(), new Node(n)));
        }
        if (nodes.isEmpty()) {
            g.setColor(fg);
            g.drawString(NO_DATA, (float) (w - fm.stringWidth(NO_DATA)) / 2, (float) (h + fm.getAscent() - fm.getDescent()) / 2);
            return;
        }
        List<Band> bands = bands(d, nodes);
        double step = layout(nodes, bands, w, h, fm);

        Map<String, Color> colours = linkColours(bands);
        for (Band b : bands) {
            g.setColor(colours.get(label(b.link.label())));
            g.fill(shape(b));
        }
        for (Node n : nodes.values()) {
            g.setColor(nodeColour(n.source.kind()));
            g.fill(new Rectangle2D.Double(n.x, n.y, BAR_W, n.h));
        }
        DecimalFormat tce = new DecimalFormat("#,##0.0");
        List<Rectangle2D> taken = new ArrayList<>();
        for (Node n : nodes.values()) {
            String name = n.source.name() == null ? "" : n.source.name();
            taken.add(drawText(g, new String[] {name, tce.format(n.value()) + " tce"}, n.x + BAR_W + 4, n.centerY(), bg, fg));
        }
        for (Band b : bands) {
            if (b.t >= fm.getHeight()) {
                String text = label(b.link.label()) + " " + tce.format(b.link.tce());
                bandLabel(g, b, text, step, taken, bg, fg);
            }
        }
    }

    /**
     * Writes a band's label at the middle of the band's last leg (its mid-point when it spans one column
     * gap), else near the leg's ends; leaves it out when every place would cover another label.
     */
    private static void bandLabel(Graphics2D g, Band b, String text, double step, List<Rectangle2D> taken,
                                  Color bg, Color fg) {
        FontMetrics fm = g.getFontMetrics();
        double tw = fm.stringWidth(text) + 4;
        double x0 = b.from.x + BAR_W;
        double x1 = b.to.x;
        double[] centres = b.loop
                ? new double[] {(x0 + x1) / 2}
                : new double[] {x1 - (step - BAR_W) / 2, x1 - 6 - tw / 2, Math.max(x0, x1 - step + BAR_W) + 6 + tw / 2};
        for (double cx : centres) {
            double cy = b.loop ? b.lane : centreY(b, cx);
            Rectangle2D r = new Rectangle2D.Double(cx - tw / 2, cy - fm.getHeight() / 2.0, tw, fm.getHeight());
            java.awt.Rectangle clip = g.getClipBounds();
            boolean inside = r.getMinX() >= 2 && (clip == null || r.getMaxX() <= clip.getMaxX() - 2);
            if (inside && taken.stream().noneMatch(r::intersects)) {
                taken.add(drawText(g, new String[] {text}, cx - tw / 2 + 2, cy, bg, fg));
                return;
            }
        }
    }

    /** The height of a forward band's centre line at {@code x}: solves the Bézier's x(u) by bisection. */
    private static double centreY(Band b, double x) {
        double x0 = b.from.x + BAR_W;
        double x1 = b.to.x;
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 40; i++) {
            double u = (lo + hi) / 2;
            // control points at the middle: x(u) = x0 + (x1 − x0)(1.5u(1 − u) + u³)
            if (x0 + (x1 - x0) * (1.5 * u * (1 - u) + u * u * u) < x) {
                lo = u;
            } else {
                hi = u;
            }
        }
        double u = (lo + hi) / 2;
        return b.y0 + (b.y1 - b.y0) * (3 * u * u - 2 * u * u * u) + b.t / 2;
    }

    /** The drawable links: both ends known and a positive tce. */
    private static List<Band> bands(FlowDiagram d, Map<String, Node> nodes) {
        List<Band> bands = new ArrayList<>();
        for (DiagramLink l : d.links() == null ? List.<DiagramLink>of() : d.links()) {
            Node from = l == null ? null : nodes.get(l.from());
            Node to = l == null ? null : nodes.get(l.to());
            if (from != null && to != null && Double.isFinite(l.tce()) && l.tce() > 0) {
                from.out += l.tce();
                to.in += l.tce();
                bands.add(new Band(l, from, to));
            }
        }
        return bands;
    }

    /** Places nodes in their columns and the bands at the nodes' sides, scaling tce to pixels. */
    /** @return the horizontal distance between neighbouring columns */
    private static double layout(Map<String, Node> nodes, List<Band> bands, double w, double h, FontMetrics fm) {
        TreeMap<Integer, List<Node>> columns = new TreeMap<>();
        nodes.values().forEach(n -> columns.computeIfAbsent(n.source.column(), c -> new ArrayList<>()).add(n));
        double labelW = 0;
        for (Node n : columns.lastEntry().getValue()) {
            labelW = Math.max(labelW, Math.max(fm.stringWidth(n.source.name() == null ? "" : n.source.name()),
                    fm.stringWidth("000,000.0 tce")));
        }
        double loopTce = bands.stream().filter(b -> b.loop).mapToDouble(b -> b.link.tce()).sum();
        long loops = bands.stream().filter(b -> b.loop).count();
        double loopFixed = loops > 0 ? MARGIN + LOOP_GAP * loops : 0;
        double top = MARGIN + fm.getHeight() / 2.0;
        double fullH = Math.max(1, h - top - MARGIN);

        // one scale for all columns: the fullest column plus the loop lanes below fill the height
        double k = Double.POSITIVE_INFINITY;
        for (List<Node> col : columns.values()) {
            double sum = col.stream().mapToDouble(Node::value).sum();
            if (sum > 0) {
                double room = fullH - loopFixed - gap(col, fullH) * (col.size() - 1) - MIN_NODE_H * col.size();
                k = Math.min(k, room / (sum + loopTce));
            }
        }
        k = Double.isFinite(k) ? Math.max(0, k) : 0;
        double availH = Math.max(1, fullH - loopFixed - loopTce * k);

        int first = columns.firstKey();
        int span = columns.lastKey() - first;
        double usable = Math.max(BAR_W, w - 2 * MARGIN - labelW - 4 - BAR_W);
        for (Map.Entry<Integer, List<Node>> e : columns.entrySet()) {
            List<Node> col = e.getValue();
            double x = MARGIN + (span == 0 ? usable / 2 : usable * (e.getKey() - first) / span);
            double gap = gap(col, fullH);
            for (Node n : col) {
                n.h = Math.max(MIN_NODE_H, n.value() * k);
            }
            double used = col.stream().mapToDouble(n -> n.h).sum() + gap * (col.size() - 1);
            double y = top + Math.max(0, (availH - used) / 2);
            for (Node n : col) {
                n.x = x;
                n.y = y;
                y += n.h + gap;
            }
        }

        // ports: forward bands ordered by the other end's height (fewer crossings), loops at the bottom
        for (Band b : bands) {
            b.t = b.link.tce() * k;
        }
        for (Node n : nodes.values()) {
            n.outCursor = n.y + Math.max(0, (n.h - n.out * k) / 2);
            n.inCursor = n.y + Math.max(0, (n.h - n.in * k) / 2);
        }
        List<Band> byTarget = new ArrayList<>(bands);
        byTarget.sort(Comparator.<Band>comparingInt(b -> b.loop ? 1 : 0).thenComparingDouble(b -> b.to.centerY()));
        for (Band b : byTarget) {
            b.y0 = b.from.outCursor;
            b.from.outCursor += b.t;
        }
        List<Band> bySource = new ArrayList<>(bands);
        bySource.sort(Comparator.<Band>comparingInt(b -> b.loop ? 1 : 0).thenComparingDouble(b -> b.from.centerY()));
        double lane = top + availH + MARGIN;
        for (Band b : bySource) {
            b.y1 = b.to.inCursor;
            b.to.inCursor += b.t;
            if (b.loop) {
                b.lane = lane + b.t / 2;
                lane += b.t + LOOP_GAP;
            }
        }
        return span == 0 ? usable : usable / span;
    }

    /** Gap between the nodes of a column, smaller when the column is crowded. */
    private static double gap(List<Node> col, double availH) {
        return col.size() < 2 ? 0 : Math.min(NODE_GAP, availH * 0.4 / (col.size() - 1));
    }

    /** A filled band: cubic Bézier edges for forward links, a stroked loop below the diagram otherwise. */
    private static java.awt.Shape shape(Band b) {
        double x0 = b.from.x + BAR_W;
        double x1 = b.to.x;
        Path2D.Double p = new Path2D.Double();
        if (!b.loop) {
            double xm = (x0 + x1) / 2;
            p.moveTo(x0, b.y0);
            p.curveTo(xm, b.y0, xm, b.y1, x1, b.y1);
            p.lineTo(x1, b.y1 + b.t);
            p.curveTo(xm, b.y1 + b.t, xm, b.y0 + b.t, x0, b.y0 + b.t);
            p.closePath();
            return p;
        }
        double c0 = b.y0 + b.t / 2;
        double c1 = b.y1 + b.t / 2;
        double bulge = 24 + b.t;
        p.moveTo(x0, c0);
        p.curveTo(x0 + bulge, c0, x0 + bulge, b.lane, x0, b.lane);
        p.lineTo(x1, b.lane);
        p.curveTo(x1 - bulge, b.lane, x1 - bulge, c1, x1, c1);
        return new BasicStroke((float) Math.max(b.t, 0.5), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                .createStrokedShape(p);
    }

    /** Lines of text centred vertically on {@code cy}, on a translucent background; returns the box. */
    private static Rectangle2D drawText(Graphics2D g, String[] lines, double x, double cy, Color bg, Color fg) {
        FontMetrics fm = g.getFontMetrics();
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, fm.stringWidth(line));
        }
        double height = fm.getHeight() * lines.length;
        double top = cy - height / 2;
        RoundRectangle2D box = new RoundRectangle2D.Double(x - 2, top, width + 4, height, 4, 4);
        g.setColor(new Color(bg.getRed(), bg.getGreen(), bg.getBlue(), 170));
        g.fill(box);
        g.setColor(fg);
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], (float) x, (float) (top + fm.getHeight() * i + fm.getAscent()));
        }
        return box.getBounds2D();
    }

    private static String label(String label) {
        return label == null ? "" : label;
    }

    /** Translucent band colours: losses grey-red, effective use green, carriers the palette in order. */
    private static Map<String, Color> linkColours(List<Band> bands) {
        Map<String, Color> colours = new HashMap<>();
        int carriers = 0;
        for (Band b : bands) {
            String l = label(b.link.label());
            if (!colours.containsKey(l)) {
                Color c = switch (l) {
                    case LOSS -> ChartStyler.LOSS;
                    case EFFECTIVE -> ChartStyler.EFFECTIVE;
                    default -> ChartStyler.paletteColor(carriers++);
                };
                colours.put(l, new Color(c.getRed(), c.getGreen(), c.getBlue(), BAND_ALPHA));
            }
        }
        return colours;
    }

    private static Color nodeColour(String kind) {
        return switch (kind == null ? "" : kind) {
            case "LOSS" -> ChartStyler.LOSS;
            case "EFFECTIVE" -> ChartStyler.EFFECTIVE;
            default -> ChartStyler.NODE;
        };
    }
}
