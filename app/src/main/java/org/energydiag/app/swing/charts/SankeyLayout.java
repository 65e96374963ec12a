package org.energydiag.app.swing.charts;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.energydiag.app.text.Texts;
import org.energydiag.core.energy.BalanceResult.DiagramLink;
import org.energydiag.core.energy.BalanceResult.DiagramNode;
import org.energydiag.core.energy.BalanceResult.FlowDiagram;
import org.energydiag.core.report.plan.NumberStyle;

/**
 * Where everything of an energy-flow (Sankey) diagram goes, in one unit of length: points on paper
 * when the diagram is printed, pixels on the screen. Painting ({@link SankeyPanel}) only draws
 * what this computes, and the tests read it, so that what is checked is what is drawn.
 *
 * <p>Units are boxes in columns with their name and amount written inside, so no label of a unit
 * can cover a band. Bands are as thick as their tce (one scale for the whole diagram); a band that
 * skips columns passes through them in a slot of its own, and a return flow (to the same or an
 * earlier column, e.g. waste-heat power back to the distribution grid) runs back through slots
 * right under its two ends, turning round tightly at each end instead of looping round the
 * diagram. A band carries its amount (and carrier) only where the text fits inside the band
 * without touching another band, box or label; the flows left without one are
 * {@link #unlabelled()}, for a table next to the diagram. Units of a column that are each below
 * a small share of the total are drawn as one box 其他N项 (their flows stay in {@link #unlabelled()}).
 * The font shrinks from the preferred size to the smallest allowed and the share grows until
 * everything fits.
 */
final class SankeyLayout {

    /** What a band carries, told by the kind of node it ends in (never by its label text). */
    enum Flow { CARRIER, EFFECTIVE, LOSS }

    static final String KIND_EFFECTIVE = "EFFECTIVE";
    static final String KIND_LOSS = "LOSS";

    /** Units below this share of the diagram's total are grouped per column, by escalation level. */
    private static final double[] GROUP_SHARE = {0.02, 0.04, 0.08, 0.15, 0.3, 1.01};
    /** Most lines a unit's name takes inside its box. */
    private static final int NAME_LINES = 4;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final String CLOSING = "）)，,、。：:；;”’》〉】";
    private static final String OPENING = "（(“‘《〈【";

    /** A unit, or several small units of one column drawn together, as a box with its text inside. */
    static final class Box {
        final String id;
        final String name;
        final String kind;
        /** The diagram's nodes it stands for: one, or the members of a group. */
        final List<DiagramNode> members;
        final int column;
        double in;
        double out;
        int layer;
        double x;
        double y;
        double w;
        double h;
        List<String> lines = List.of();
        Item item;
        final List<Band> outs = new ArrayList<>();
        final List<Band> ins = new ArrayList<>();

        Box(String id, String name, String kind, List<DiagramNode> members, int column) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.members = members;
            this.column = column;
        }

        double value() {
            return Math.max(in, out);
        }

        boolean group() {
            return members.size() > 1;
        }

        Rectangle2D bounds() {
            return new Rectangle2D.Double(x, y, w, h);
        }
    }

    /** A drawn flow between two boxes: one or more links of the diagram with the same two ends. */
    static final class Band {
        final Box from;
        final Box to;
        final Flow flow;
        final List<DiagramLink> links = new ArrayList<>();
        double tce;
        final boolean loop;
        double t;
        /** The slots it passes through (forward) or runs back through (a loop), in travel order. */
        final List<Item> slots = new ArrayList<>();
        double outY;
        double inY;
        final List<Leg> legs = new ArrayList<>();
        Area area;
        Label label;

        Band(Box from, Box to, Flow flow, boolean loop) {
            this.from = from;
            this.to = to;
            this.flow = flow;
            this.loop = loop;
        }

        /** The carrier names of its links, without repeats ("电力、蒸汽"). */
        String carrier() {
            TreeSet<String> seen = new TreeSet<>();
            List<String> names = new ArrayList<>();
            for (DiagramLink l : links) {
                for (String part : (l.label() == null ? "" : l.label()).split("、")) {
                    if (!part.isBlank() && seen.add(part)) {
                        names.add(part);
                    }
                }
            }
            return String.join("、", names);
        }

        /** The first carrier's name: what colours the band. */
        String colourKey() {
            String c = carrier();
            int i = c.indexOf('、');
            return i < 0 ? c : c.substring(0, i);
        }
    }

    /** Text written on a band: the box it takes and its lines. */
    record Label(Band band, Rectangle2D bounds, List<String> lines) {
    }

    /** A piece of a band's path: straight, an S-curve between columns, or a U-turn at a loop's end. */
    record Leg(int type, double xa, double ya, double xb, double yb, double t) {
        static final int STRAIGHT = 0;
        static final int CURVE = 1;
        static final int UTURN = 2;
    }

    /** One entry of a column's stack: a box, or a slot a band passes (or runs back) through. */
    static final class Item {
        final Box box;
        final Band band;
        /** For a loop's slot at one of its ends: the box it sits under. */
        final Box anchor;
        final int layer;
        double y;
        double size;
        double key;

        Item(Box box, Band band, Box anchor, int layer) {
            this.box = box;
            this.band = band;
            this.anchor = anchor;
            this.layer = layer;
        }

        double centre() {
            return y + size / 2;
        }
    }

    private final double width;
    private final double height;
    private final Font font;
    private final double lineHeight;
    private final double ascent;
    private final double descent;
    private final double pad;
    private final List<Box> boxes = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final List<DiagramLink> hidden = new ArrayList<>();
    private final List<DiagramLink> links = new ArrayList<>();
    private final Map<String, DiagramNode> nodes = new LinkedHashMap<>();
    private boolean fits = true;
    private double scale;

    private SankeyLayout(double width, double height, Font font) {
        this.width = width;
        this.height = height;
        this.font = font;
        LineMetrics lm = font.getLineMetrics("Ag", FRC);
        this.ascent = lm.getAscent();
        this.descent = lm.getDescent();
        this.lineHeight = Math.max(lm.getAscent() + lm.getDescent() + lm.getLeading(), font.getSize2D() * 1.25);
        this.pad = font.getSize2D() * 0.35;
    }

    /**
     * Lays out {@code d} in {@code width × height} with text of {@code font}'s size, smaller down to
     * {@code minSize} when it does not fit.
     */
    static SankeyLayout of(FlowDiagram d, double width, double height, Font font, float minSize) {
        SankeyLayout last = null;
        for (double share : GROUP_SHARE) {
            for (float size = font.getSize2D(); ; size = Math.max(minSize, size - 0.5f)) {
                last = new SankeyLayout(width, height, font.deriveFont(size));
                last.build(d, share);
                if (last.fits) {
                    last.placeLabels();
                    return last;
                }
                if (size <= minSize) {
                    break;
                }
            }
        }
        last.placeLabels();
        return last;
    }

    // ------------------------------------------------------------------ what it computed

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    Font font() {
        return font;
    }

    double lineHeight() {
        return lineHeight;
    }

    /** False when even the smallest font and the widest grouping leave something too tight. */
    boolean fits() {
        return fits;
    }

    boolean isEmpty() {
        return boxes.isEmpty();
    }

    List<Box> boxes() {
        return boxes;
    }

    List<Band> bands() {
        return bands;
    }

    List<Label> labels() {
        return labels;
    }

    /** Where a box's text lines are written: inside it, clear of its border. */
    Rectangle2D textBounds(Box b) {
        double th = b.lines.size() * lineHeight;
        double tw = 0;
        for (String l : b.lines) {
            tw = Math.max(tw, textWidth(l));
        }
        return new Rectangle2D.Double(b.x + (b.w - tw) / 2, b.y + (b.h - th) / 2, tw, th);
    }

    /** The baseline of line {@code i} of a text block whose top is {@code top}. */
    double baseline(double top, int i) {
        return top + i * lineHeight + (lineHeight - ascent - descent) / 2 + ascent;
    }

    /** The width of {@code n} Chinese characters (each one em wide, give or take a rounding: a tenth of an em to spare). */
    private double ems(int n) {
        return (n + 0.1) * font.getSize2D();
    }

    double textWidth(String s) {
        return font.getStringBounds(s, FRC).getWidth();
    }

    /**
     * The diagram's links whose amount the drawing does not print (too thin to carry legible text,
     * no room, merged into a group, or between units of one group), in the order of the drawing:
     * by the column and height of where they start. A link that is the only one into (or out of) a
     * unit's box counts as printed when the box's amount is its amount.
     */
    List<DiagramLink> unlabelled() {
        Map<DiagramLink, Band> bandOf = new IdentityHashMap<>();
        for (Band b : bands) {
            b.links.forEach(l -> bandOf.put(l, b));
        }
        List<DiagramLink> out = new ArrayList<>();
        for (DiagramLink l : links) {
            Band b = bandOf.get(l);
            if (b == null || b.links.size() > 1 || b.label == null && !inBox(b)) {
                out.add(l);
            }
        }
        Map<String, Box> boxOf = new HashMap<>();
        for (Box b : boxes) {
            b.members.forEach(m -> boxOf.put(m.id(), b));
        }
        Comparator<DiagramLink> order = Comparator.comparingInt((DiagramLink l) -> boxOf.get(l.from()).layer)
                .thenComparingDouble(l -> boxOf.get(l.from()).y)
                .thenComparingInt(l -> nodeIndex(l.from()))
                .thenComparingDouble(l -> boxOf.get(l.to()).layer)
                .thenComparingDouble(l -> boxOf.get(l.to()).y)
                .thenComparingInt(l -> nodeIndex(l.to()));
        out.sort(order);
        return out;
    }

    /** Whether a band's amount is the amount written in the box it alone enters or leaves. */
    private static boolean inBox(Band b) {
        String a = amount(b.tce);
        return !b.to.group() && b.to.ins.size() == 1 && a.equals(amount(b.to.value()))
                || !b.from.group() && b.from.outs.size() == 1 && a.equals(amount(b.from.value()));
    }

    private int nodeIndex(String id) {
        int i = 0;
        for (String k : nodes.keySet()) {
            if (k.equals(id)) {
                return i;
            }
            i++;
        }
        return i;
    }

    /** The name of a node of the diagram. */
    String nodeName(String id) {
        DiagramNode n = nodes.get(id);
        return n == null || n.name() == null ? "" : n.name();
    }

    private static Flow flow(String kind) {
        if (KIND_EFFECTIVE.equals(kind)) {
            return Flow.EFFECTIVE;
        }
        return KIND_LOSS.equals(kind) ? Flow.LOSS : Flow.CARRIER;
    }

    // ------------------------------------------------------------------ building

    private void build(FlowDiagram d, double groupShare) {
        if (d != null && d.nodes() != null) {
            d.nodes().stream().filter(n -> n != null && n.id() != null).forEach(n -> nodes.putIfAbsent(n.id(), n));
        }
        if (nodes.isEmpty()) {
            return;
        }
        Map<String, double[]> io = new HashMap<>();
        for (DiagramLink l : d.links() == null ? List.<DiagramLink>of() : d.links()) {
            if (l != null && nodes.containsKey(l.from()) && nodes.containsKey(l.to()) && Double.isFinite(l.tce()) && l.tce() > 0) {
                links.add(l);
                io.computeIfAbsent(l.from(), k -> new double[2])[1] += l.tce();
                io.computeIfAbsent(l.to(), k -> new double[2])[0] += l.tce();
            }
        }
        Map<String, Box> boxOf = boxes(io, groupShare);
        bands(boxOf);
        List<List<Item>> layers = items();
        double[][] xs = columns(layers);
        if (xs == null) {
            fits = false;
            xs = columnsAnyway(layers);
        }
        double margin = lineHeight * 0.4;
        double top = margin;
        double avail = height - 2 * margin;
        scale = scale(layers, avail);
        if (scale < 0) {
            fits = false;
            scale = 0;
        }
        for (Band b : bands) {
            b.t = Math.max(b.tce * scale, minThickness());
        }
        sizes(layers);
        for (int i = 0; i < layers.size(); i++) {
            for (Item it : layers.get(i)) {
                if (it.box != null) {
                    it.box.x = xs[0][i];
                    it.box.w = xs[1][i] - xs[0][i];
                }
            }
        }
        for (List<Item> layer : layers) {
            stack(layer, top, avail);
        }
        for (int sweep = 0; sweep < 4; sweep++) {
            for (int i = 1; i < layers.size(); i++) {
                order(layers.get(i), true);
                stack(layers.get(i), top, avail);
            }
            for (int i = layers.size() - 2; i >= 0; i--) {
                order(layers.get(i), false);
                stack(layers.get(i), top, avail);
            }
        }
        shortenLoops(layers, top, avail);
        ports();
        for (Band b : bands) {
            legs(b, xs);
        }
    }

    private double minThickness() {
        return font.getSize2D() * 0.06;
    }

    /** The boxes: one per node, small units of a column together. */
    private Map<String, Box> boxes(Map<String, double[]> io, double groupShare) {
        Map<Integer, Double> columnSums = new HashMap<>();
        for (DiagramNode n : nodes.values()) {
            double[] v = io.getOrDefault(n.id(), new double[2]);
            columnSums.merge(n.column(), Math.max(v[0], v[1]), Double::sum);
        }
        double total = columnSums.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Map<Integer, List<DiagramNode>> small = new LinkedHashMap<>();
        for (DiagramNode n : nodes.values()) {
            double[] v = io.getOrDefault(n.id(), new double[2]);
            if (!KIND_EFFECTIVE.equals(n.kind()) && !KIND_LOSS.equals(n.kind()) && Math.max(v[0], v[1]) < groupShare * total) {
                small.computeIfAbsent(n.column(), c -> new ArrayList<>()).add(n);
            }
        }
        Map<String, Box> boxOf = new HashMap<>();
        Map<Integer, Box> groups = new HashMap<>();
        for (DiagramNode n : nodes.values()) {
            List<DiagramNode> s = small.get(n.column());
            Box b;
            if (s != null && s.size() >= 2 && s.contains(n)) {
                b = groups.get(n.column());
                if (b == null) {
                    b = new Box("__group" + n.column(), Texts.format("charts.sankey.group", s.size()), "UNIT", List.copyOf(s), n.column());
                    groups.put(n.column(), b);
                    boxes.add(b);
                }
            } else {
                b = new Box(n.id(), n.name() == null ? "" : n.name(), n.kind(), List.of(n), n.column());
                boxes.add(b);
            }
            boxOf.put(n.id(), b);
        }
        return boxOf;
    }

    /** The bands: the links between two boxes merged, links inside one group left out. */
    private void bands(Map<String, Box> boxOf) {
        Map<List<Box>, Band> byEnds = new LinkedHashMap<>();
        for (DiagramLink l : links) {
            Box from = boxOf.get(l.from());
            Box to = boxOf.get(l.to());
            if (from == to && from.group()) {
                hidden.add(l);
                continue;
            }
            Band b = byEnds.computeIfAbsent(List.of(from, to), k -> {
                Band nb = new Band(from, to, flow(to.kind), to.column <= from.column);
                bands.add(nb);
                return nb;
            });
            b.links.add(l);
            b.tce += l.tce();
            from.out += l.tce();
            to.in += l.tce();
        }
        for (Band b : bands) {
            b.from.outs.add(b);
            b.to.ins.add(b);
        }
    }

    /** The stacks of the columns: boxes, the slots of bands passing through and of return flows. */
    private List<List<Item>> items() {
        List<Integer> columns = boxes.stream().map(b -> b.column).distinct().sorted().toList();
        List<List<Item>> layers = new ArrayList<>();
        columns.forEach(c -> layers.add(new ArrayList<>()));
        for (Box b : boxes) {
            b.layer = columns.indexOf(b.column);
            Item it = new Item(b, null, null, b.layer);
            b.item = it;
            layers.get(b.layer).add(it);
        }
        for (Band b : bands) {
            if (!b.loop) {
                for (int i = b.from.layer + 1; i < b.to.layer; i++) {
                    Item it = new Item(null, b, null, i);
                    b.slots.add(it);
                    layers.get(i).add(it);
                }
            } else {
                for (int i = b.from.layer; i >= b.to.layer; i--) {
                    Box anchor = i == b.from.layer ? b.from : i == b.to.layer ? b.to : null;
                    Item it = new Item(null, b, anchor, i);
                    b.slots.add(it);
                    layers.get(i).add(it);
                }
            }
        }
        for (List<Item> layer : layers) {
            arrange(layer);
        }
        return layers;
    }

    /**
     * The x of each column's left and right edge: box widths from their text, the gaps between
     * columns as wide as the width allows (at least two lines of text); null when nothing fits.
     */
    private double[][] columns(List<List<Item>> layers) {
        int n = layers.size();
        double margin = lineHeight * 0.4;
        double[] loopRoom = loopRoom(n);
        double usable = width - 2 * margin - loopRoom[0] - loopRoom[1];
        double minCap = ems(4);
        double maxCap = 0;
        for (Box b : boxes) {
            maxCap = Math.max(maxCap, Math.max(textWidth(b.name), textWidth(amount(b.value()))));
            minCap = Math.max(minCap, textWidth(amount(b.value())));
        }
        // boxes no wider than five characters where names are longer: the room goes to the bands
        maxCap = Math.max(minCap, Math.min(maxCap, ems(5)));
        for (double gapLines : new double[] {3.5, 2.0}) {
            double gap = gapLines * lineHeight;
            if (widths(layers, minCap, null) + (n - 1) * gap > usable) {
                continue;
            }
            double lo = minCap;
            double hi = maxCap;
            if (widths(layers, hi, null) + (n - 1) * gap <= usable) {
                lo = hi;
            }
            for (int i = 0; i < 30 && hi - lo > 0.01; i++) {
                double mid = (lo + hi) / 2;
                if (widths(layers, mid, null) + (n - 1) * gap <= usable) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            double[] w = new double[n];
            double sum = widths(layers, lo, w);
            return positions(w, n == 1 ? 0 : (usable - sum) / (n - 1), margin + loopRoom[0]);
        }
        return null;
    }

    /** Room a return flow's turn needs beyond the first or last column. */
    private double[] loopRoom(int layers) {
        double[] room = new double[2];
        for (Band b : bands) {
            if (b.loop && b.to.layer == 0) {
                room[0] = lineHeight * 1.5;
            }
            if (b.loop && b.from.layer == layers - 1) {
                room[1] = lineHeight * 1.5;
            }
        }
        return room;
    }

    private double[][] columnsAnyway(List<List<Item>> layers) {
        int n = layers.size();
        double minCap = ems(3);
        double[] w = new double[n];
        double sum = widths(layers, minCap, w);
        double margin = lineHeight * 0.4;
        double gap = n == 1 ? 0 : Math.max(lineHeight, (width - 2 * margin - sum) / (n - 1));
        return positions(w, gap, margin);
    }

    private static double[][] positions(double[] w, double gap, double left) {
        double[][] xs = new double[2][w.length];
        double x = left;
        for (int i = 0; i < w.length; i++) {
            xs[0][i] = x;
            xs[1][i] = x + w[i];
            x += w[i] + gap;
        }
        return xs;
    }

    /** Sum of the box widths when text is wrapped at {@code cap}; fills {@code out} and the boxes' lines when given. */
    private double widths(List<List<Item>> layers, double cap, double[] out) {
        double sum = 0;
        for (int i = 0; i < layers.size(); i++) {
            double w = 0;
            for (Item it : layers.get(i)) {
                if (it.box != null) {
                    List<String> lines = lines(it.box, cap);
                    for (String l : lines) {
                        w = Math.max(w, textWidth(l));
                    }
                    if (out != null) {
                        it.box.lines = lines;
                    }
                }
            }
            w += 2 * pad;
            if (out != null) {
                out[i] = w;
            }
            sum += w;
        }
        return sum;
    }

    /** A box's text: its name wrapped at {@code cap} (four lines at most), then its amount. */
    private List<String> lines(Box b, double cap) {
        List<String> name = wrap(b.name, cap);
        if (name.size() > NAME_LINES) {
            List<String> cut = new ArrayList<>(name.subList(0, NAME_LINES));
            String last = cut.get(NAME_LINES - 1);
            while (!last.isEmpty() && textWidth(last + "…") > cap) {
                last = last.substring(0, last.length() - 1);
            }
            cut.set(NAME_LINES - 1, last + "…");
            name = cut;
        }
        List<String> out = new ArrayList<>(name);
        out.add(amount(b.value()));
        return out;
    }

    /**
     * Breaks {@code s} into lines no wider than {@code cap}: between Chinese characters, keeping runs
     * of Latin letters and digits ("110kV", "2×9") together where they fit, never starting a line
     * with closing punctuation.
     */
    List<String> wrap(String s, double cap) {
        List<String> tokens = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            boolean latin = cp < 0x2E80 && !Character.isWhitespace(cp) && "()".indexOf(cp) < 0;
            if (latin) {
                run.append(ch);
            } else {
                if (run.length() > 0) {
                    tokens.add(run.toString());
                    run.setLength(0);
                }
                tokens.add(ch);
            }
            i += Character.charCount(cp);
        }
        if (run.length() > 0) {
            tokens.add(run.toString());
        }
        List<String> lines = new ArrayList<>();
        List<String> line = new ArrayList<>(); // the tokens of the line being filled
        for (String tok : tokens) {
            String joined = String.join("", line);
            if (textWidth(joined + tok) <= cap || line.isEmpty() && textWidth(tok) <= cap) {
                line.add(tok);
                continue;
            }
            if (textWidth(tok) > cap) {
                // a run longer than a line: broken by characters
                for (int i = 0; i < tok.length(); i++) {
                    String c = tok.substring(i, i + 1);
                    if (!line.isEmpty() && textWidth(String.join("", line) + c) > cap) {
                        lines.add(String.join("", line).stripTrailing());
                        line.clear();
                    }
                    line.add(c);
                }
                continue;
            }
            List<String> carried = new ArrayList<>();
            if (CLOSING.contains(tok) && line.size() > 1) {
                // closing punctuation takes the last word or character before it to the next line
                carried.add(line.remove(line.size() - 1));
            } else if (line.size() > 1 && OPENING.contains(line.get(line.size() - 1))) {
                // an opening bracket goes with what follows it
                carried.add(line.remove(line.size() - 1));
            }
            lines.add(String.join("", line).stripTrailing());
            line.clear();
            line.addAll(carried);
            if (!tok.isBlank() || !line.isEmpty()) {
                line.add(tok);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(String.join("", line).stripTrailing());
        }
        return lines;
    }

    static String amount(double tce) {
        return NumberStyle.amount(tce);
    }

    private double minBoxHeight(Box b) {
        return b.lines.size() * lineHeight + pad * 1.2;
    }

    /** The largest tce-to-length scale at which every column fits the height; −1 if none does. */
    private double scale(List<List<Item>> layers, double avail) {
        if (!fitsAt(layers, 0, avail)) {
            return -1;
        }
        double maxValue = boxes.stream().mapToDouble(Box::value).max().orElse(0);
        if (maxValue <= 0) {
            return 0;
        }
        double lo = 0;
        double hi = avail / maxValue;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (fitsAt(layers, mid, avail)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean fitsAt(List<List<Item>> layers, double k, double avail) {
        double min = minThickness();
        for (List<Item> layer : layers) {
            double used = 0;
            Item prev = null;
            for (Item it : layer) {
                if (it.box != null) {
                    used += boxHeight(it.box, k, min);
                } else {
                    used += Math.max(it.band.tce * k, min);
                }
                if (prev != null) {
                    used += gap(prev, it);
                }
                prev = it;
            }
            if (used > avail) {
                return false;
            }
        }
        return true;
    }

    private double boxHeight(Box b, double k, double min) {
        double outs = b.outs.stream().mapToDouble(x -> Math.max(x.tce * k, min)).sum();
        double ins = b.ins.stream().mapToDouble(x -> Math.max(x.tce * k, min)).sum();
        return Math.max(Math.max(b.value() * k, minBoxHeight(b)), Math.max(outs, ins));
    }

    private void sizes(List<List<Item>> layers) {
        for (List<Item> layer : layers) {
            for (Item it : layer) {
                if (it.box != null) {
                    it.box.h = boxHeight(it.box, scale, minThickness());
                    it.size = it.box.h;
                } else {
                    it.size = it.band.t;
                }
            }
        }
    }

    private double gap(Item a, Item b) {
        if (b.anchor != null && (b.anchor == a.box || b.anchor == a.anchor)) {
            return lineHeight * 0.3;
        }
        if (a.box == null && b.box == null) {
            return lineHeight * 0.12;
        }
        return lineHeight * 0.5;
    }

    /** Stacks a column's items top to bottom, centred in the height. */
    private void stack(List<Item> layer, double top, double avail) {
        double used = 0;
        for (int i = 0; i < layer.size(); i++) {
            used += layer.get(i).size + (i > 0 ? gap(layer.get(i - 1), layer.get(i)) : 0);
        }
        double y = top + Math.max(0, (avail - used) / 2);
        for (int i = 0; i < layer.size(); i++) {
            Item it = layer.get(i);
            if (i > 0) {
                y += gap(layer.get(i - 1), it);
            }
            it.y = y;
            if (it.box != null) {
                it.box.y = y;
            }
            y += it.size;
        }
    }

    /**
     * Orders a column by the weighted mean height of what each item connects to in the column
     * before ({@code fromLeft}) or after, fewer crossings; a loop's slot stays right under its box,
     * and a column of only 有效利用/损失 keeps its order.
     */
    private void order(List<Item> layer, boolean fromLeft) {
        if (layer.stream().allMatch(it -> it.box == null || KIND_EFFECTIVE.equals(it.box.kind) || KIND_LOSS.equals(it.box.kind))) {
            return;
        }
        Map<Item, double[]> sums = new IdentityHashMap<>();
        for (Item it : layer) {
            sums.put(it, new double[] {0, 0});
        }
        for (Band b : bands) {
            List<Item> chain = chain(b);
            for (int i = 0; i + 1 < chain.size(); i++) {
                Item a = chain.get(i);
                Item c = chain.get(i + 1);
                if (a.layer == c.layer) {
                    continue;
                }
                Item here = fromLeft ? (a.layer > c.layer ? a : c) : (a.layer < c.layer ? a : c);
                Item there = here == a ? c : a;
                add(sums.get(here), there, b);
                if (b.loop && there.box == null && there.anchor == null) {
                    // a return flow's slot lies between its two neighbours, whichever way the sweep goes
                    add(sums.get(there), here, b);
                }
            }
        }
        for (Item it : layer) {
            double[] s = sums.get(it);
            it.key = s[1] > 0 ? s[0] / s[1] : it.centre();
        }
        arrangeBy(layer);
    }

    /**
     * Moves each slot a return flow runs back through (between its two ends) to the place in its
     * column where the flow travels least up and down: next to the line between its neighbours.
     */
    private void shortenLoops(List<List<Item>> layers, double top, double avail) {
        for (Band b : bands) {
            if (!b.loop) {
                continue;
            }
            for (int j = 1; j + 1 < b.slots.size(); j++) {
                Item slot = b.slots.get(j);
                List<Item> layer = layers.get(slot.layer);
                layer.remove(slot);
                double before = b.slots.get(j - 1).centre();
                double after = b.slots.get(j + 1).centre();
                int best = 0;
                double bestCost = Double.POSITIVE_INFINITY;
                for (int i = 0; i <= layer.size(); i++) {
                    if (i < layer.size() && layer.get(i).anchor != null) {
                        continue; // a box keeps its own loop slots right under it
                    }
                    layer.add(i, slot);
                    stack(layer, top, avail);
                    double cost = Math.abs(slot.centre() - before) + Math.abs(slot.centre() - after);
                    if (cost < bestCost - 1e-9) {
                        bestCost = cost;
                        best = i;
                    }
                    layer.remove(i);
                }
                layer.add(best, slot);
                stack(layer, top, avail);
            }
        }
    }

    private static void add(double[] sum, Item neighbour, Band b) {
        if (sum != null) {
            sum[0] += neighbour.centre() * b.tce;
            sum[1] += b.tce;
        }
    }

    private void arrange(List<Item> layer) {
        for (int i = 0; i < layer.size(); i++) {
            layer.get(i).key = i;
        }
        arrangeBy(layer);
    }

    /** Sorts by key, each box followed by the loop slots anchored to it (inner turns first). */
    private static void arrangeBy(List<Item> layer) {
        List<Item> heads = new ArrayList<>(layer.stream().filter(it -> it.anchor == null).toList());
        heads.sort(Comparator.comparingDouble(it -> it.key));
        List<Item> out = new ArrayList<>();
        for (Item h : heads) {
            out.add(h);
            if (h.box != null) {
                layer.stream().filter(it -> it.anchor == h.box).forEach(out::add);
            }
        }
        layer.clear();
        layer.addAll(out);
    }

    /** A band's items from start to end: its box, its slots, the other box. */
    private List<Item> chain(Band b) {
        List<Item> c = new ArrayList<>();
        c.add(b.from.item);
        c.addAll(b.slots);
        c.add(b.to.item);
        return c;
    }

    /**
     * Where each band leaves and enters its boxes: forward bands in the order of what they lead to
     * (fewer crossings), return flows below them, the lowest port turning into the highest slot.
     */
    private void ports() {
        for (Box b : boxes) {
            List<Band> outs = new ArrayList<>(b.outs.stream().filter(x -> !x.loop).toList());
            outs.sort(Comparator.comparingDouble(x -> next(x).centre()));
            List<Band> loopsOut = b.outs.stream().filter(x -> x.loop).toList();
            List<Band> ins = new ArrayList<>(b.ins.stream().filter(x -> !x.loop).toList());
            ins.sort(Comparator.comparingDouble(x -> previous(x).centre()));
            List<Band> loopsIn = b.ins.stream().filter(x -> x.loop).toList();
            double[] ys = portTops(b, outs, reversedBySlot(loopsOut, true));
            for (int i = 0; i < outs.size(); i++) {
                outs.get(i).outY = ys[i];
            }
            List<Band> lo = reversedBySlot(loopsOut, true);
            for (int i = 0; i < lo.size(); i++) {
                lo.get(i).outY = ys[outs.size() + i];
            }
            ys = portTops(b, ins, reversedBySlot(loopsIn, false));
            for (int i = 0; i < ins.size(); i++) {
                ins.get(i).inY = ys[i];
            }
            List<Band> li = reversedBySlot(loopsIn, false);
            for (int i = 0; i < li.size(); i++) {
                li.get(i).inY = ys[ins.size() + i];
            }
        }
    }

    /**
     * The tops of the ports on one side of a box: the forward bands together in the middle of the
     * box, return flows at its bottom, next to their slots under it (short turns).
     */
    private static double[] portTops(Box b, List<Band> forward, List<Band> loops) {
        double[] ys = new double[forward.size() + loops.size()];
        double loopT = loops.stream().mapToDouble(x -> x.t).sum();
        double fwdT = forward.stream().mapToDouble(x -> x.t).sum();
        double y = Math.max(b.y, Math.min(b.y + (b.h - fwdT) / 2, b.y + b.h - loopT - fwdT));
        for (int i = 0; i < forward.size(); i++) {
            ys[i] = y;
            y += forward.get(i).t;
        }
        y = Math.max(y, b.y + b.h - loopT);
        for (int i = 0; i < loops.size(); i++) {
            ys[forward.size() + i] = y;
            y += loops.get(i).t;
        }
        return ys;
    }

    /** Loops at one box, the one with the lowest slot first (its port is highest: turns nest). */
    private static List<Band> reversedBySlot(List<Band> loops, boolean atSource) {
        List<Band> l = new ArrayList<>(loops);
        l.sort(Comparator.comparingDouble((Band x) -> (atSource ? x.slots.get(0) : x.slots.get(x.slots.size() - 1)).y).reversed());
        return l;
    }

    private Item next(Band b) {
        return b.slots.isEmpty() ? b.to.item : b.slots.get(0);
    }

    private Item previous(Band b) {
        return b.slots.isEmpty() ? b.from.item : b.slots.get(b.slots.size() - 1);
    }

    /** The legs of a band's path and its area. */
    private void legs(Band b, double[][] xs) {
        double t = b.t;
        if (!b.loop) {
            double x = b.from.x + b.from.w;
            double y = b.outY;
            for (Item s : b.slots) {
                b.legs.add(new Leg(Leg.CURVE, x, y, xs[0][s.layer], s.y, t));
                b.legs.add(new Leg(Leg.STRAIGHT, xs[0][s.layer], s.y, xs[1][s.layer], s.y, t));
                x = xs[1][s.layer];
                y = s.y;
            }
            b.legs.add(new Leg(Leg.CURVE, x, y, b.to.x, b.inY, t));
        } else {
            Item first = b.slots.get(0);
            double room = roomRight(b.from.layer, xs);
            b.legs.add(new Leg(Leg.UTURN, b.from.x + b.from.w, b.outY, room, first.y, t));
            Item prev = null;
            for (Item s : b.slots) {
                if (prev != null) {
                    b.legs.add(new Leg(Leg.CURVE, xs[0][prev.layer], prev.y, xs[1][s.layer], s.y, t));
                }
                b.legs.add(new Leg(Leg.STRAIGHT, xs[1][s.layer], s.y, xs[0][s.layer], s.y, t));
                prev = s;
            }
            double roomLeft = roomLeft(b.to.layer, xs);
            b.legs.add(new Leg(Leg.UTURN, b.to.x, b.inY, -roomLeft, prev.y, t));
        }
        Area a = new Area();
        for (Leg l : b.legs) {
            a.add(new Area(shape(l)));
        }
        b.area = a;
    }

    private double roomRight(int layer, double[][] xs) {
        return layer + 1 < xs[0].length ? (xs[0][layer + 1] - xs[1][layer]) * 0.45 : width - xs[1][layer] - 1;
    }

    private double roomLeft(int layer, double[][] xs) {
        return layer > 0 ? (xs[0][layer] - xs[1][layer - 1]) * 0.45 : xs[0][layer] - 1;
    }

    /**
     * The outline of a leg. A U-turn's {@code xb} is the room it may bulge into (negative: to the
     * left); it joins the band at {@code ya} and at {@code yb}, either above the other.
     */
    static java.awt.Shape shape(Leg l) {
        Path2D.Double p = new Path2D.Double();
        double t = l.t();
        switch (l.type()) {
            case Leg.STRAIGHT -> {
                return new Rectangle2D.Double(Math.min(l.xa(), l.xb()), l.ya(), Math.abs(l.xb() - l.xa()), t);
            }
            case Leg.CURVE -> {
                double xm = (l.xa() + l.xb()) / 2;
                p.moveTo(l.xa(), l.ya());
                p.curveTo(xm, l.ya(), xm, l.yb(), l.xb(), l.yb());
                p.lineTo(l.xb(), l.yb() + t);
                p.curveTo(xm, l.yb() + t, xm, l.ya() + t, l.xa(), l.ya() + t);
                p.closePath();
                return p;
            }
            default -> {
                double x = l.xa();
                double up = Math.min(l.ya(), l.yb());
                double down = Math.max(l.ya(), l.yb());
                double dir = Math.signum(l.xb());
                double room = Math.abs(l.xb());
                // a semicircle of radius r is a cubic with its control points 4r/3 out; flatter when the room is short
                double outer = Math.min((down + t - up) / 2, room) * 4 / 3;
                double inner = Math.max(0, Math.min((down - up - t) / 2, room - t)) * 4 / 3;
                p.moveTo(x, up);
                p.curveTo(x + dir * outer, up, x + dir * outer, down + t, x, down + t);
                p.lineTo(x, down);
                p.curveTo(x + dir * inner, down, x + dir * inner, up + t, x, up + t);
                p.closePath();
                return p;
            }
        }
    }

    // ------------------------------------------------------------------ labels on bands

    /**
     * Writes each band's amount (with its carrier where that fits) inside the band, at the first
     * place along it where the text lies wholly in the band and touches no other band, box or
     * label; thick bands first.
     */
    private void placeLabels() {
        List<Band> order = new ArrayList<>(bands);
        order.sort(Comparator.comparingDouble((Band b) -> b.tce).reversed());
        for (Band b : order) {
            if (b.t < lineHeight) {
                continue;
            }
            for (List<String> text : variants(b)) {
                Label l = place(b, text);
                if (l != null) {
                    b.label = l;
                    labels.add(l);
                    break;
                }
            }
        }
    }

    private List<List<String>> variants(Band b) {
        String value = amount(b.tce);
        if (b.flow != Flow.CARRIER) {
            return List.of(List.of(value));
        }
        String carrier = b.carrier();
        List<List<String>> v = new ArrayList<>();
        v.add(List.of(carrier + " " + value));
        v.add(List.of(carrier, value));
        int i = carrier.indexOf('、');
        if (i > 0) {
            String shortName = Texts.format("charts.sankey.andOthers", carrier.substring(0, i));
            v.add(List.of(shortName + " " + value));
            v.add(List.of(shortName, value));
        }
        return v;
    }

    private Label place(Band b, List<String> text) {
        double tw = 0;
        for (String s : text) {
            tw = Math.max(tw, textWidth(s));
        }
        double w = tw + pad;
        double h = text.size() * lineHeight;
        if (h + 2 > b.t) {
            return null;
        }
        for (double[] c : candidates(b, w)) {
            Rectangle2D r = new Rectangle2D.Double(c[0] - w / 2, c[1] - h / 2, w, h);
            if (free(b, r)) {
                return new Label(b, r, text);
            }
        }
        return null;
    }

    /** Centres to try: the middle of straight legs, then along the curves, middle first. */
    private List<double[]> candidates(Band b, double w) {
        List<double[]> out = new ArrayList<>();
        for (Leg l : b.legs) {
            if (l.type() == Leg.STRAIGHT && Math.abs(l.xb() - l.xa()) >= w) {
                out.add(new double[] {(l.xa() + l.xb()) / 2, l.ya() + l.t() / 2});
            }
        }
        for (double f : new double[] {0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9}) {
            for (Leg l : b.legs) {
                if (l.type() == Leg.CURVE) {
                    double x = l.xa() + (l.xb() - l.xa()) * f;
                    out.add(new double[] {x, centreY(l, x)});
                }
            }
        }
        return out;
    }

    private boolean free(Band b, Rectangle2D r) {
        Rectangle2D grown = new Rectangle2D.Double(r.getX() - 0.5, r.getY() - 0.5, r.getWidth() + 1, r.getHeight() + 1);
        if (grown.getMinX() < 0 || grown.getMaxX() > width || grown.getMinY() < 0 || grown.getMaxY() > height) {
            return false;
        }
        if (!b.area.contains(grown)) {
            return false;
        }
        for (Box x : boxes) {
            if (x.bounds().intersects(grown)) {
                return false;
            }
        }
        for (Label l : labels) {
            if (l.bounds().intersects(grown)) {
                return false;
            }
        }
        for (Band o : bands) {
            if (o != b && o.area.getBounds2D().intersects(grown) && o.area.intersects(grown)) {
                return false;
            }
        }
        return true;
    }

    /** The height of an S-curve's centre line at {@code x}: solves the Bézier's x(u) by bisection. */
    static double centreY(Leg l, double x) {
        double x0 = l.xa();
        double x1 = l.xb();
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 40; i++) {
            double u = (lo + hi) / 2;
            // control points at the middle: x(u) = x0 + (x1 − x0)(1.5u(1 − u) + u³)
            double xu = x0 + (x1 - x0) * (1.5 * u * (1 - u) + u * u * u);
            if ((xu < x) == (x1 > x0)) {
                lo = u;
            } else {
                hi = u;
            }
        }
        double u = (lo + hi) / 2;
        return l.ya() + (l.yb() - l.ya()) * (3 * u * u - 2 * u * u * u) + l.t() / 2;
    }
}
