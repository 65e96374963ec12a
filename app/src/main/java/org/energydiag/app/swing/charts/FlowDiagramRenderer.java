package org.energydiag.app.swing.charts;

import org.energydiag.core.reference.CarrierId;
import java.awt.AWTError;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.energydiag.app.text.Texts;
import org.energydiag.core.process.Diagram;
import org.energydiag.core.process.Diagram.Box;
import org.energydiag.core.process.Diagram.Edge;
import org.energydiag.core.process.Diagram.Point;
import org.energydiag.core.process.ProcessFlow;
import org.energydiag.core.process.ProcessUnit;

/**
 * Draws a laid-out process flow diagram ({@link Diagram}, made by the core {@code FlowLayout}) with Java2D:
 * one rounded box per process unit with its name (bold, wrapped to at most two lines) and, under the name,
 * small coloured chips naming the energy carriers the unit uses; arrows between the boxes, dashed when they
 * close a cycle. The same code paints on screen ({@link #paint}) and into print-resolution images for the
 * plan document ({@link #image}, {@link #png}). Colours are fixed (never from the look and feel) because
 * the picture always ends up on white paper.
 *
 * <p>All sizes below are logical pixels at scale 1 (96 dpi); {@code scale} multiplies every one of them.
 */
public final class FlowDiagramRenderer {

    /** Resolution at which one logical pixel of the diagram is one image pixel. */
    public static final int SCREEN_DPI = 96;

    /** Box fill: a light blue-grey. */
    static final Color BOX_FILL = new Color(0xE4, 0xEB, 0xF3);
    /** Box border: a darker shade of the fill. */
    static final Color BOX_BORDER = new Color(0x7C, 0x90, 0xA8);
    /** Unit names. */
    static final Color TEXT = new Color(0x1E, 0x29, 0x35);
    /** Arrows. */
    static final Color EDGE = new Color(0x3A, 0x44, 0x50);
    /** Chip colours by kind of carrier. */
    static final Color ELECTRICITY = new Color(0x2F, 0x6D, 0xB5);
    static final Color COAL = new Color(0x4A, 0x4A, 0x4A);
    static final Color HEAT = new Color(0xD8, 0x4A, 0x23);
    static final Color GAS_OIL = new Color(0x8B, 0x5A, 0x2B);
    static final Color OTHER = new Color(0x1F, 0x8A, 0x80);

    private static final String SAMPLE = "工序熟料";
    private static final String[] PREFERRED_FAMILIES = {
        "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimHei",
        "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans SC"};

    private static final double NAME_PT = 13;
    private static final double CHIP_PT = 10;
    private static final double PAD_X = 8;
    private static final double ARC = 10;
    private static final double LINE_H = 16;
    private static final double CHIP_H = 15;
    private static final double CHIP_PAD = 5;
    private static final double CHIP_GAP = 4;
    private static final double CHIP_ARC = 6;
    private static final double NAME_CHIPS_GAP = 4;
    private static final double CARRIER_EXTRA = 20;
    private static final double ONE_LINE_H = 44;
    private static final double BORDER = 1;
    private static final double EDGE_W = 1.4;
    private static final double ARROW_LEN = 8;
    private static final double ARROW_HALF_W = 4;
    private static final float[] DASH = {5f, 4f};
    /** Where CJK glyphs (and Latin capitals) sit around the baseline: their middle is this many em above it. */
    private static final double GLYPH_MIDDLE_EM = 0.38;
    private static final int MAX_LINES = 2;
    private static final long MAX_PIXELS = 200_000_000L;

    private static volatile String fallbackFamily;

    private final Function<String, String> carrierLabel;

    /**
     * @param carrierLabel carrier id → short Chinese label (e.g. electricity → 电, raw_coal → 煤, heat → 热,
     *                     diesel → 柴油); ids it maps to {@code null} or blank are shown as they are
     */
    public FlowDiagramRenderer(Function<String, String> carrierLabel) {
        this.carrierLabel = Objects.requireNonNull(carrierLabel, "carrierLabel");
    }

    /**
     * Paints the diagram at {@code scale} onto {@code g}, which is already translated to the diagram's
     * top-left corner. Does not change {@code g}'s state. Text uses {@code g}'s current font family if it can
     * display Chinese, else the first installed font that can.
     */
    public void paint(Graphics2D g, ProcessFlow flow, Diagram d, double scale) {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(d, "diagram");
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            String family = family(g2.getFont());
            Font nameFont = new Font(family, Font.BOLD, 1).deriveFont((float) (NAME_PT * scale));
            Font chipFont = new Font(family, Font.PLAIN, 1).deriveFont((float) (CHIP_PT * scale));

            List<Shape> arrowHeads = new ArrayList<>();
            for (Edge e : d.edges()) {
                paintEdge(g2, d, e, scale, arrowHeads);
            }
            for (Box b : d.boxes()) {
                ProcessUnit u = flow.unit(b.unitId()).orElse(null);
                paintBox(g2, b, u, scale, nameFont, chipFont);
            }
            // Arrowheads last so their tips stay visible on the target's border.
            g2.setColor(EDGE);
            for (Shape s : arrowHeads) {
                g2.fill(s);
            }
        } finally {
            g2.dispose();
        }
    }

    /**
     * The whole diagram on a white background at {@code dpi} (96 → scale 1, 300 → scale 300/96 for print);
     * the image is {@code ceil(width × scale) × ceil(height × scale)} pixels.
     */
    public BufferedImage image(ProcessFlow flow, Diagram d, int dpi) {
        if (dpi <= 0) {
            throw new IllegalArgumentException("dpi must be positive: " + dpi);
        }
        double scale = dpi / (double) SCREEN_DPI;
        int w = Math.max(1, (int) Math.ceil(d.width() * scale));
        int h = Math.max(1, (int) Math.ceil(d.height() * scale));
        if ((long) w * h > MAX_PIXELS) {
            throw new IllegalArgumentException("diagram too large at " + dpi + " dpi: " + w + " × " + h);
        }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setFont(ChartStyler.font((float) NAME_PT)); // same family as the plan's other figures
            paint(g, flow, d, scale);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** {@link #image} encoded as PNG. */
    public byte[] png(ProcessFlow flow, Diagram d, int dpi) {
        BufferedImage img = image(flow, d, dpi);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, "png", out)) {
                throw new IllegalStateException(Texts.get("charts.noPngWriter"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chip colour of a carrier, from its id: electricity blue, coal dark grey, heat/steam orange-red, gas/oil brown, others teal. */
    static Color carrierColor(String carrierId) {
        String id = carrierId == null ? "" : carrierId.toLowerCase(Locale.ROOT);
        if (id.contains("elec") || id.contains("power")) {
            return ELECTRICITY;
        }
        if (id.contains("heat") || id.contains("steam") || id.contains("hot_water")) {
            return HEAT;
        }
        if (id.contains("gas") || id.contains("oil") || id.contains("diesel") || id.contains("petrol")
                || id.contains("kerosene") || id.contains("lpg") || id.contains("lng") || id.contains("cng")) {
            return GAS_OIL;
        }
        if (id.contains("coal") || id.contains("coke")) {
            return COAL;
        }
        return OTHER;
    }

    // ---------------------------------------------------------------- edges

    private static void paintEdge(Graphics2D g, Diagram d, Edge e, double scale, List<Shape> arrowHeads) {
        List<Point> pts = edgePoints(d, e);
        if (pts.size() < 2) {
            return;
        }
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            xs[i] = pts.get(i).x() * scale;
            ys[i] = pts.get(i).y() * scale;
        }
        int n = xs.length;
        // Direction of the last segment that has a length.
        int k = n - 2;
        while (k > 0 && Math.hypot(xs[n - 1] - xs[k], ys[n - 1] - ys[k]) < 1e-6) {
            k--;
        }
        double dx = xs[n - 1] - xs[k];
        double dy = ys[n - 1] - ys[k];
        double len = Math.hypot(dx, dy);
        if (len < 1e-6) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double arrowLen = Math.min(ARROW_LEN * scale, len);
        double halfW = ARROW_HALF_W * scale * (arrowLen / (ARROW_LEN * scale));

        // The line stops inside the arrowhead so its square end never shows beside the tip.
        double cut = arrowLen * 0.7;
        Path2D line = new Path2D.Double();
        line.moveTo(xs[0], ys[0]);
        for (int i = 1; i <= k; i++) {
            line.lineTo(xs[i], ys[i]);
        }
        line.lineTo(xs[n - 1] - ux * cut, ys[n - 1] - uy * cut);

        float w = (float) (EDGE_W * scale);
        if (e.back()) {
            float[] dash = {(float) (DASH[0] * scale), (float) (DASH[1] * scale)};
            g.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        } else {
            g.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        }
        g.setColor(EDGE);
        g.draw(line);

        double tipX = xs[n - 1];
        double tipY = ys[n - 1];
        double baseX = tipX - ux * arrowLen;
        double baseY = tipY - uy * arrowLen;
        Path2D head = new Path2D.Double();
        head.moveTo(tipX, tipY);
        head.lineTo(baseX - uy * halfW, baseY + ux * halfW);
        head.lineTo(baseX + uy * halfW, baseY - ux * halfW);
        head.closePath();
        arrowHeads.add(head);
    }

    /** The edge's own points, or a straight line from the source's right border to the target's left border. */
    private static List<Point> edgePoints(Diagram d, Edge e) {
        if (e.points() != null && e.points().size() >= 2) {
            return e.points();
        }
        Box from = d.box(e.from()).orElse(null);
        Box to = d.box(e.to()).orElse(null);
        if (from == null || to == null) {
            return List.of();
        }
        return List.of(new Point(from.x() + from.w(), from.y() + from.h() / 2), new Point(to.x(), to.y() + to.h() / 2));
    }

    // ---------------------------------------------------------------- boxes

    private void paintBox(Graphics2D g, Box b, ProcessUnit u, double scale, Font nameFont, Font chipFont) {
        double x = b.x() * scale;
        double y = b.y() * scale;
        double w = b.w() * scale;
        double h = b.h() * scale;
        double bw = BORDER * scale;
        RoundRectangle2D rect = new RoundRectangle2D.Double(x + bw / 2, y + bw / 2, w - bw, h - bw,
                ARC * scale, ARC * scale);
        g.setColor(BOX_FILL);
        g.fill(rect);
        g.setStroke(new BasicStroke((float) bw));
        g.setColor(BOX_BORDER);
        g.draw(rect);

        String name = u == null || u.name() == null || u.name().isBlank() ? b.unitId() : u.name().strip();
        List<String> carriers = u == null || u.carriers() == null ? List.of() : u.carriers().stream().map(CarrierId::value).toList();
        boolean chips = !carriers.isEmpty();

        // Lines the box was sized for (FlowLayout.boxSize: 44 for one line, +16 per extra line, +20 for chips).
        double textH = b.h() - (chips ? CARRIER_EXTRA : 0);
        int allowedLines = (int) Math.max(1, Math.min(MAX_LINES, 1 + Math.round((textH - ONE_LINE_H) / LINE_H)));
        double avail = Math.max(1, w - 2 * PAD_X * scale);

        Font font = nameFont;
        List<String> lines = null;
        for (double shrink : new double[] {1, 0.92, 0.85}) {
            font = nameFont.deriveFont((float) (nameFont.getSize2D() * shrink));
            lines = wrap(name, g.getFontMetrics(font), avail, allowedLines);
            if (lines != null) {
                break;
            }
        }
        if (lines == null) {
            lines = ellipsized(name, g.getFontMetrics(font), avail, allowedLines);
        }

        double lineH = LINE_H * scale;
        double chipH = CHIP_H * scale;
        double blockH = lines.size() * lineH + (chips ? NAME_CHIPS_GAP * scale + chipH : 0);
        double top = y + (h - blockH) / 2;

        Shape oldClip = g.getClip();
        g.clip(rect);
        g.setFont(font);
        g.setColor(TEXT);
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            double lw = fm.getStringBounds(line, g).getWidth();
            double baseline = top + i * lineH + lineH / 2 + GLYPH_MIDDLE_EM * font.getSize2D();
            g.drawString(line, (float) (x + (w - lw) / 2), (float) baseline);
        }
        if (chips) {
            paintChips(g, carriers, x, w, top + lines.size() * lineH + NAME_CHIPS_GAP * scale, scale, chipFont);
        }
        g.setClip(oldClip);
    }

    private void paintChips(Graphics2D g, List<String> carriers, double x, double w, double top, double scale,
                            Font chipFont) {
        g.setFont(chipFont);
        FontMetrics fm = g.getFontMetrics();
        double pad = CHIP_PAD * scale;
        double gap = CHIP_GAP * scale;
        double avail = w - 2 * PAD_X * scale;

        Set<String> distinct = new LinkedHashSet<>(carriers);
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (String id : distinct) {
            if (id == null || id.isBlank()) {
                continue;
            }
            String label = label(id);
            ids.add(id);
            labels.add(label);
            widths.add(fm.getStringBounds(label, g).getWidth() + 2 * pad);
        }
        if (ids.isEmpty()) {
            return;
        }
        // As many chips as fit, then a "+n" chip for the rest (always at least the first chip).
        int shown = ids.size();
        double total = total(widths, shown, gap);
        while (shown > 1 && total > avail) {
            shown--;
            String more = "+" + (ids.size() - shown);
            total = total(widths, shown, gap) + gap + fm.getStringBounds(more, g).getWidth() + 2 * pad;
        }
        double chipH = CHIP_H * scale;
        double cx = x + (w - total) / 2;
        double baseline = top + chipH / 2 + GLYPH_MIDDLE_EM * chipFont.getSize2D();
        for (int i = 0; i < shown; i++) {
            cx = chip(g, labels.get(i), carrierColor(ids.get(i)), cx, top, widths.get(i), chipH, pad, baseline, scale)
                    + gap;
        }
        if (shown < ids.size()) {
            String more = "+" + (ids.size() - shown);
            chip(g, more, OTHER, cx, top, fm.getStringBounds(more, g).getWidth() + 2 * pad, chipH, pad, baseline, scale);
        }
    }

    private static double chip(Graphics2D g, String label, Color color, double x, double top, double w, double h,
                               double pad, double baseline, double scale) {
        g.setColor(color);
        g.fill(new RoundRectangle2D.Double(x, top, w, h, CHIP_ARC * scale, CHIP_ARC * scale));
        g.setColor(Color.WHITE);
        g.drawString(label, (float) (x + pad), (float) baseline);
        return x + w;
    }

    private static double total(List<Double> widths, int n, double gap) {
        double t = 0;
        for (int i = 0; i < n; i++) {
            t += widths.get(i);
        }
        return t + gap * Math.max(0, n - 1);
    }

    private String label(String id) {
        String l = carrierLabel.apply(id);
        return l == null || l.isBlank() ? id : l.strip();
    }

    // ---------------------------------------------------------------- text

    /**
     * {@code text} broken into at most {@code maxLines} lines no wider than {@code avail}: between any two
     * Chinese characters, at spaces, never inside a Latin word or number unless it alone is too wide.
     * {@code null} when it does not fit.
     */
    static List<String> wrap(String text, FontMetrics fm, double avail, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty()) {
            if (lines.size() == maxLines) {
                return null;
            }
            if (width(fm, rest) <= avail) {
                lines.add(rest);
                break;
            }
            int end = 1;
            while (end < rest.length() && width(fm, rest.substring(0, end + 1)) <= avail) {
                end++;
            }
            int brk = end;
            while (brk > 0 && !canBreak(rest, brk)) {
                brk--;
            }
            if (brk == 0) {
                brk = end; // one long word: cut it
            }
            // Keep closing punctuation with the text before it.
            while (brk < rest.length() && isClosing(rest.charAt(brk)) && width(fm, rest.substring(0, brk + 1)) <= avail) {
                brk++;
            }
            lines.add(rest.substring(0, brk).strip());
            rest = rest.substring(brk).strip();
        }
        return lines;
    }

    /** Fills {@code maxLines} lines and ends the last with "…". */
    private static List<String> ellipsized(String text, FontMetrics fm, double avail, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        for (int i = 0; i < maxLines - 1 && !rest.isEmpty(); i++) {
            List<String> one = wrap(rest, fm, avail, 1);
            if (one != null) {
                lines.add(rest);
                return lines;
            }
            int end = 1;
            while (end < rest.length() && width(fm, rest.substring(0, end + 1)) <= avail) {
                end++;
            }
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        String last = rest;
        while (last.length() > 1 && width(fm, last + "…") > avail) {
            last = last.substring(0, last.length() - 1);
        }
        lines.add(last.strip() + "…");
        return lines;
    }

    private static boolean canBreak(String s, int i) {
        char before = s.charAt(i - 1);
        char after = s.charAt(i);
        return Character.isWhitespace(before) || Character.isWhitespace(after) || isWide(before) || isWide(after);
    }

    private static boolean isWide(char c) {
        return c >= 0x2E80;
    }

    private static boolean isClosing(char c) {
        return "，。、；：！？）》」』】,.;:!?)".indexOf(c) >= 0;
    }

    private static double width(FontMetrics fm, String s) {
        return fm.getStringBounds(s, null).getWidth();
    }

    // ---------------------------------------------------------------- font

    /** {@code current}'s family if it can display Chinese, else the first installed family that can. */
    static String family(Font current) {
        if (current != null && current.canDisplayUpTo(SAMPLE) == -1) {
            return current.getFamily();
        }
        String f = fallbackFamily;
        if (f == null) {
            f = current != null ? current.getFamily() : Font.SANS_SERIF;
            try {
                String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
                Set<String> set = new HashSet<>(List.of(installed));
                String found = null;
                for (String candidate : PREFERRED_FAMILIES) {
                    if (set.contains(candidate) && new Font(candidate, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) {
                        found = candidate;
                        break;
                    }
                }
                for (int i = 0; found == null && i < installed.length; i++) {
                    if (new Font(installed[i], Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) {
                        found = installed[i];
                    }
                }
                if (found != null) {
                    f = found;
                    fallbackFamily = f;
                }
            } catch (RuntimeException | LinkageError | AWTError e) {
                // no font configuration at all: keep the current font
            }
        }
        return f;
    }
}
