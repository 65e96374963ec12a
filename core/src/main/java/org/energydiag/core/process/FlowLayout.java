package org.energydiag.core.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.energydiag.core.process.Diagram.Box;
import org.energydiag.core.process.Diagram.Edge;
import org.energydiag.core.process.Diagram.Point;

/**
 * Automatic left-to-right layout of a {@link ProcessFlow} (a simplified Sugiyama layering),
 * in logical pixels at 100 %:
 * <ol>
 * <li>cycles are broken by a depth-first search from the sources in list order (then from any
 * unvisited unit in list order): a link to a unit on the search stack is a back edge, reversed
 * for layering and returned with {@code back = true};</li>
 * <li>layer = longest path from a source over the acyclic links (an isolated unit gets layer 0);</li>
 * <li>order within a layer: list order, then four barycenter sweeps (down, up, down, up) with
 * stable ties, keeping the ordering with the fewest crossings between adjacent layers;</li>
 * <li>columns = layers, each as wide as its widest box (boxes centred in it), separated by
 * {@code hGap}; boxes stacked with {@code vGap}, each column centred vertically within its band;</li>
 * <li>more layers than {@code maxColumns} wrap into horizontal bands ({@code band = layer / maxColumns},
 * {@code column = layer % maxColumns}) stacked with {@code bandGap};</li>
 * <li>edges are orthogonal polylines from the right middle of the source box to the left middle of
 * the target box: an elbow in the middle of the gap for adjacent columns, a free horizontal channel
 * across skipped columns, the gap between bands for wraps, and below the spanned columns for back
 * edges; the vertical runs of these longer edges get their own lanes beside the middle of the gap
 * (one per source leaving it, one per target entering it) so they do not merge with other edges;</li>
 * <li>the whole drawing is shifted so everything starts at a 16 px margin.</li>
 * </ol>
 * The result depends only on the input: the same flow always gives the same diagram.
 */
public final class FlowLayout {

    private static final double MARGIN = 16;
    /** Minimum distance of a horizontal channel from a box it passes. */
    private static final double CLEAR = 4;
    private static final int SWEEPS = 4;

    private FlowLayout() {
    }

    /**
     * Layout options, in logical pixels.
     *
     * @param maxColumns columns per band before the layers wrap (≥ 1)
     * @param hGap       horizontal gap between columns
     * @param vGap       vertical gap between the boxes of a column
     * @param bandGap    vertical gap between bands
     */
    public record Options(int maxColumns, double hGap, double vGap, double bandGap) {

        public Options {
            if (maxColumns < 1) {
                throw new IllegalArgumentException("maxColumns must be >= 1: " + maxColumns);
            }
            for (double g : new double[] {hGap, vGap, bandGap}) {
                if (!(g >= 0) || Double.isInfinite(g)) {
                    throw new IllegalArgumentException("gaps must be finite and >= 0: " + hGap + ", " + vGap + ", " + bandGap);
                }
            }
        }

        /** 6 columns per band, gaps 56 / 28 / 48. */
        public static Options defaults() {
            return new Options(6, 56, 28, 48);
        }
    }

    /** Lays out with {@link Options#defaults()}. */
    public static Diagram layout(ProcessFlow flow) {
        return layout(flow, Options.defaults());
    }

    /**
     * Box size from the text: name width (CJK characters 14 px, other characters 8 px) + 24 padding,
     * clamped to 110..220; a name wider than that wraps (at 220 px, ⌈text / 196⌉ lines, so 2 lines
     * for up to 28 CJK characters). Height = 44 + 16 per extra name line + 20 if the unit has carriers.
     *
     * @return {@code {width, height}}
     */
    public static double[] boxSize(ProcessUnit u) {
        double text = u.name().codePoints().mapToDouble(cp -> isWide(cp) ? 14 : 8).sum();
        double w = text + 24;
        int lines = 1;
        if (w > 220) {
            w = 220;
            lines = (int) Math.ceil(text / (220 - 24));
        }
        w = Math.max(110, w);
        double h = 44 + 16 * (lines - 1) + (u.carriers().isEmpty() ? 0 : 20);
        return new double[] {w, h};
    }

    /** Lays out the flow: see the class comment. Links to unknown units and self links are not drawn. */
    public static Diagram layout(ProcessFlow flow, Options o) {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(o, "o");
        var graph = Graph.of(flow);
        int n = graph.nodes.size();
        if (n == 0) {
            return new Diagram(0, 0, List.of(), List.of());
        }
        boolean[] back = breakCycles(graph);
        int[] layer = layers(graph, back);
        int layerCount = Arrays.stream(layer).max().orElse(0) + 1;
        List<List<Integer>> order = order(graph, back, layer, layerCount);
        return place(graph, back, layer, order, o);
    }

    // ---------------------------------------------------------------------------------------- graph

    /** Units (first of each id), links between distinct known units, in list order. */
    private record Graph(List<ProcessUnit> nodes, int[] from, int[] to, int[][] out) {

        static Graph of(ProcessFlow flow) {
            var nodes = new ArrayList<ProcessUnit>();
            Map<String, Integer> index = new HashMap<>();
            for (ProcessUnit u : flow.units()) {
                if (index.putIfAbsent(u.id(), nodes.size()) == null) {
                    nodes.add(u);
                }
            }
            var from = new ArrayList<Integer>();
            var to = new ArrayList<Integer>();
            int[][] out = new int[nodes.size()][];
            for (int i = 0; i < nodes.size(); i++) {
                var mine = new ArrayList<Integer>();
                for (String next : nodes.get(i).next()) {
                    Integer j = index.get(next);
                    if (j != null && j != i) {
                        mine.add(from.size());
                        from.add(i);
                        to.add(j);
                    }
                }
                out[i] = mine.stream().mapToInt(Integer::intValue).toArray();
            }
            return new Graph(nodes, from.stream().mapToInt(Integer::intValue).toArray(),
                    to.stream().mapToInt(Integer::intValue).toArray(), out);
        }

        int edgeCount() {
            return from.length;
        }
    }

    /** Step 1: DFS from the sources in list order, then from unvisited units; edges to the stack are back edges. */
    private static boolean[] breakCycles(Graph g) {
        int n = g.nodes.size();
        boolean[] back = new boolean[g.edgeCount()];
        boolean[] hasIn = new boolean[n];
        for (int t : g.to) {
            hasIn[t] = true;
        }
        var roots = new ArrayList<Integer>();
        for (int i = 0; i < n; i++) {
            if (!hasIn[i]) {
                roots.add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            roots.add(i);
        }
        byte[] state = new byte[n]; // 0 unvisited, 1 on stack, 2 finished
        int[] stack = new int[n];
        int[] next = new int[n];
        for (int root : roots) {
            if (state[root] != 0) {
                continue;
            }
            int top = 0;
            stack[0] = root;
            next[0] = 0;
            state[root] = 1;
            while (top >= 0) {
                int v = stack[top];
                if (next[top] < g.out[v].length) {
                    int e = g.out[v][next[top]++];
                    int w = g.to[e];
                    if (state[w] == 1) {
                        back[e] = true;
                    } else if (state[w] == 0) {
                        state[w] = 1;
                        stack[++top] = w;
                        next[top] = 0;
                    }
                } else {
                    state[v] = 2;
                    top--;
                }
            }
        }
        return back;
    }

    /** Tail of edge e in the acyclic orientation (back edges reversed). */
    private static int tail(Graph g, boolean[] back, int e) {
        return back[e] ? g.to[e] : g.from[e];
    }

    private static int head(Graph g, boolean[] back, int e) {
        return back[e] ? g.from[e] : g.to[e];
    }

    /** Step 2: longest path from a source over the acyclic orientation (Kahn's algorithm). */
    private static int[] layers(Graph g, boolean[] back) {
        int n = g.nodes.size();
        int[] indegree = new int[n];
        List<List<Integer>> succ = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            succ.add(new ArrayList<>());
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            succ.get(tail(g, back, e)).add(head(g, back, e));
            indegree[head(g, back, e)]++;
        }
        int[] layer = new int[n];
        var queue = new ArrayDeque<Integer>();
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : succ.get(v)) {
                layer[w] = Math.max(layer[w], layer[v] + 1);
                if (--indegree[w] == 0) {
                    queue.add(w);
                }
            }
        }
        return layer;
    }

    /** Step 3: list order, then barycenter sweeps; the ordering with the fewest crossings wins. */
    private static List<List<Integer>> order(Graph g, boolean[] back, int[] layer, int layerCount) {
        int n = g.nodes.size();
        List<List<Integer>> layers = new ArrayList<>();
        for (int l = 0; l < layerCount; l++) {
            layers.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            layers.get(layer[i]).add(i);
        }
        List<List<Integer>> pred = new ArrayList<>();
        List<List<Integer>> succ = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pred.add(new ArrayList<>());
            succ.add(new ArrayList<>());
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            succ.get(tail(g, back, e)).add(head(g, back, e));
            pred.get(head(g, back, e)).add(tail(g, back, e));
        }
        double[] pos = new double[n];
        for (List<Integer> l : layers) {
            updatePositions(l, pos);
        }
        List<List<Integer>> best = copy(layers);
        long bestCrossings = crossings(g, back, layer, pos);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean down = sweep % 2 == 0;
            if (down) {
                for (int l = 1; l < layerCount; l++) {
                    sortByBarycenter(layers.get(l), pred, pos);
                }
            } else {
                for (int l = layerCount - 2; l >= 0; l--) {
                    sortByBarycenter(layers.get(l), succ, pos);
                }
            }
            long c = crossings(g, back, layer, pos);
            if (c < bestCrossings) {
                bestCrossings = c;
                best = copy(layers);
            }
        }
        return best;
    }

    /** Relative position in the layer, comparable across layers of different sizes. */
    private static void updatePositions(List<Integer> layer, double[] pos) {
        for (int i = 0; i < layer.size(); i++) {
            pos[layer.get(i)] = (i + 0.5) / layer.size();
        }
    }

    private static void sortByBarycenter(List<Integer> layer, List<List<Integer>> neighbours, double[] pos) {
        Map<Integer, Double> key = new HashMap<>();
        for (int v : layer) {
            List<Integer> nb = neighbours.get(v);
            key.put(v, nb.isEmpty() ? pos[v] : nb.stream().mapToDouble(w -> pos[w]).average().orElse(pos[v]));
        }
        layer.sort(Comparator.comparingDouble(key::get)); // List.sort is stable
        updatePositions(layer, pos);
    }

    /** Crossings between edges joining the same pair of adjacent layers. */
    private static long crossings(Graph g, boolean[] back, int[] layer, double[] pos) {
        var spans = new ArrayList<int[]>();
        for (int e = 0; e < g.edgeCount(); e++) {
            int t = tail(g, back, e);
            int h = head(g, back, e);
            if (layer[h] == layer[t] + 1) {
                spans.add(new int[] {t, h});
            }
        }
        long count = 0;
        for (int i = 0; i < spans.size(); i++) {
            int[] a = spans.get(i);
            for (int j = i + 1; j < spans.size(); j++) {
                int[] b = spans.get(j);
                if (layer[a[0]] == layer[b[0]] && (pos[a[0]] - pos[b[0]]) * (pos[a[1]] - pos[b[1]]) < 0) {
                    count++;
                }
            }
        }
        return count;
    }

    private static List<List<Integer>> copy(List<List<Integer>> layers) {
        var c = new ArrayList<List<Integer>>();
        for (List<Integer> l : layers) {
            c.add(new ArrayList<>(l));
        }
        return c;
    }

    // ------------------------------------------------------------------------------------ placement

    /** Steps 4 to 7. */
    private static Diagram place(Graph g, boolean[] back, int[] layer, List<List<Integer>> layers, Options o) {
        int n = g.nodes.size();
        int layerCount = layers.size();
        int cols = o.maxColumns();
        int bandCount = (layerCount - 1) / cols + 1;
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            double[] size = boxSize(g.nodes.get(i));
            w[i] = size[0];
            h[i] = size[1];
        }
        double[] colW = new double[layerCount];
        double[] colH = new double[layerCount];
        double[] colX = new double[layerCount];
        for (int l = 0; l < layerCount; l++) {
            List<Integer> members = layers.get(l);
            for (int v : members) {
                colW[l] = Math.max(colW[l], w[v]);
                colH[l] += h[v];
            }
            colH[l] += o.vGap() * Math.max(0, members.size() - 1);
            colX[l] = l % cols == 0 ? 0 : colX[l - 1] + colW[l - 1] + o.hGap();
        }
        double[] bandH = new double[bandCount];
        double[] bandTop = new double[bandCount];
        for (int l = 0; l < layerCount; l++) {
            bandH[l / cols] = Math.max(bandH[l / cols], colH[l]);
        }
        for (int b = 1; b < bandCount; b++) {
            bandTop[b] = bandTop[b - 1] + bandH[b - 1] + o.bandGap();
        }
        double[] x = new double[n];
        double[] y = new double[n];
        int[] orderInLayer = new int[n];
        for (int l = 0; l < layerCount; l++) {
            int b = l / cols;
            double top = bandTop[b] + (bandH[b] - colH[l]) / 2;
            List<Integer> members = layers.get(l);
            for (int k = 0; k < members.size(); k++) {
                int v = members.get(k);
                x[v] = colX[l] + (colW[l] - w[v]) / 2;
                y[v] = top;
                orderInLayer[v] = k;
                top += h[v] + o.vGap();
            }
        }

        var router = new Router(g, back, layer, o, x, y, w, h, colX, colW, bandTop, bandH);
        List<List<Point>> routes = router.routeAll();

        // Step 7: shift everything to the margin.
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i] + w[i]);
            maxY = Math.max(maxY, y[i] + h[i]);
        }
        for (List<Point> r : routes) {
            for (Point p : r) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        double dx = MARGIN - minX;
        double dy = MARGIN - minY;
        var boxes = new ArrayList<Box>(n);
        for (int i = 0; i < n; i++) {
            boxes.add(new Box(g.nodes.get(i).id(), x[i] + dx, y[i] + dy, w[i], h[i], layer[i], orderInLayer[i]));
        }
        var edges = new ArrayList<Edge>(g.edgeCount());
        for (int e = 0; e < g.edgeCount(); e++) {
            var pts = routes.get(e).stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList();
            edges.add(new Edge(g.nodes.get(g.from[e]).id(), g.nodes.get(g.to[e]).id(), pts, back[e]));
        }
        return new Diagram(maxX + dx + MARGIN, maxY + dy + MARGIN, boxes, edges);
    }

    /** Step 6: edge routes, before the final shift. */
    private static final class Router {
        private final Graph g;
        private final boolean[] back;
        private final int[] layer;
        private final Options o;
        private final double[] x;
        private final double[] y;
        private final double[] w;
        private final double[] h;
        private final double[] colX;
        private final double[] colW;
        private final double[] bandTop;
        private final double[] bandH;
        private final int cols;
        /** Horizontal channels in the gap above band g (g = band count: below the last band). */
        private final int[] channelCount;
        private final int[] channelNext;
        /** Back edges routed below each band so far. */
        private final int[] backBelow;
        /**
         * Vertical lanes of the edges that do not simply join adjacent columns, per column gap: one lane
         * per source (fork) for the segment leaving it, one per target (merge) for the segment entering it.
         * Adjacent-column elbows stay in the middle of the gap; these lanes sit beside it.
         */
        private final Map<Integer, Map<Integer, Integer>> lanes = new HashMap<>();

        Router(Graph g, boolean[] back, int[] layer, Options o, double[] x, double[] y, double[] w, double[] h,
               double[] colX, double[] colW, double[] bandTop, double[] bandH) {
            this.g = g;
            this.back = back;
            this.layer = layer;
            this.o = o;
            this.x = x;
            this.y = y;
            this.w = w;
            this.h = h;
            this.colX = colX;
            this.colW = colW;
            this.bandTop = bandTop;
            this.bandH = bandH;
            this.cols = o.maxColumns();
            this.channelCount = new int[bandTop.length + 1];
            this.channelNext = new int[bandTop.length + 1];
            this.backBelow = new int[bandTop.length];
        }

        List<List<Point>> routeAll() {
            for (int e = 0; e < g.edgeCount(); e++) {
                for (int gap : gaps(e)) {
                    channelCount[gap]++;
                }
                if (!adjacent(e)) {
                    lane(gapAfterKey(layer[g.from[e]]), g.from[e]);
                    lane(gapBeforeKey(layer[g.to[e]]), -1 - g.to[e]);
                }
            }
            var routes = new ArrayList<List<Point>>();
            for (int e = 0; e < g.edgeCount(); e++) {
                routes.add(route(e));
            }
            return routes;
        }

        private int band(int v) {
            return layer[v] / cols;
        }

        /** The inter-band gaps (indexed by the band below them) whose horizontal channels edge e uses. */
        private int[] gaps(int e) {
            int s = g.from[e];
            int t = g.to[e];
            if (band(s) == band(t)) {
                return new int[0];
            }
            int first;
            int second;
            if (!back[e]) {
                first = band(s) + 1; // below the source band
                second = band(t); // above the target band
            } else {
                first = band(s); // above the source band
                second = band(t) + 1; // below the target band
            }
            return first == second ? new int[] {first} : new int[] {first, second};
        }

        private double channelY(int gap) {
            double top = gap == 0 ? -o.bandGap() : bandTop[gap - 1] + bandH[gap - 1];
            int k = channelNext[gap]++;
            return top + o.bandGap() * (k + 1) / (channelCount[gap] + 1);
        }

        private double gapAfter(int l) {
            return colX[l] + colW[l] + o.hGap() / 2;
        }

        private double gapBefore(int l) {
            return colX[l] - o.hGap() / 2;
        }

        private boolean adjacent(int e) {
            int s = g.from[e];
            int t = g.to[e];
            return !back[e] && band(s) == band(t) && layer[t] == layer[s] + 1;
        }

        /** Key of the gap right of layer l (2l + 1); the gap left of a first column is 2l. */
        private static int gapAfterKey(int l) {
            return 2 * l + 1;
        }

        private int gapBeforeKey(int l) {
            return l % cols == 0 ? 2 * l : gapAfterKey(l - 1);
        }

        /** Lane index of {@code key} (source ≥ 0, or -1 - target) in the gap, registered on first use. */
        private int lane(int gap, int key) {
            var inGap = lanes.computeIfAbsent(gap, k -> new LinkedHashMap<>());
            return inGap.computeIfAbsent(key, k -> inGap.size());
        }

        /** x of the lane: alternately right and left of the gap middle, spread over at most the gap. */
        private double laneX(double middle, int gap, int key) {
            int count = lanes.get(gap).size();
            int k = lane(gap, key);
            int perSide = (count + 1) / 2;
            double spacing = Math.max(0, Math.min(8, (o.hGap() / 2 - CLEAR) / (perSide + 0.5)));
            double offset = (k / 2 + 1) * spacing;
            return middle + (k % 2 == 0 ? offset : -offset);
        }

        private List<Point> route(int e) {
            int s = g.from[e];
            int t = g.to[e];
            int ls = layer[s];
            int lt = layer[t];
            double x1 = x[s] + w[s];
            double y1 = y[s] + h[s] / 2;
            double x2 = x[t];
            double y2 = y[t] + h[t] / 2;
            if (adjacent(e)) {
                // Adjacent columns: one elbow in the middle of the gap, always 4 points.
                double mid = gapAfter(ls);
                return List.of(new Point(x1, y1), new Point(mid, y1), new Point(mid, y2), new Point(x2, y2));
            }
            double out = laneX(gapAfter(ls), gapAfterKey(ls), s);
            double in = laneX(gapBefore(lt), gapBeforeKey(lt), -1 - t);
            var p = new ArrayList<Point>();
            p.add(new Point(x1, y1));
            if (band(s) == band(t) && !back[e]) {
                double cy = freeChannel(ls + 1, lt - 1, y1, y2);
                p.add(new Point(out, y1));
                p.add(new Point(out, cy));
                p.add(new Point(in, cy));
                p.add(new Point(in, y2));
            } else if (band(s) == band(t)) {
                // Back edge within a band: below the lowest box of the spanned columns.
                double bottom = Double.NEGATIVE_INFINITY;
                for (int v = 0; v < g.nodes.size(); v++) {
                    if (layer[v] >= lt && layer[v] <= ls) {
                        bottom = Math.max(bottom, y[v] + h[v]);
                    }
                }
                double cy = bottom + Math.max(2 * CLEAR, o.vGap() / 2) + 8 * backBelow[band(s)]++;
                p.add(new Point(out, y1));
                p.add(new Point(out, cy));
                p.add(new Point(in, cy));
                p.add(new Point(in, y2));
            } else {
                int[] gaps = gaps(e);
                double c1 = channelY(gaps[0]);
                p.add(new Point(out, y1));
                p.add(new Point(out, c1));
                if (gaps.length == 2) {
                    // Several bands apart: along the left of all bands (nothing is left of column 0).
                    double gutter = -o.hGap() / 2 - (back[e] ? 8 : 0);
                    double c2 = channelY(gaps[1]);
                    p.add(new Point(gutter, c1));
                    p.add(new Point(gutter, c2));
                    c1 = c2;
                }
                p.add(new Point(in, c1));
                p.add(new Point(in, y2));
            }
            p.add(new Point(x2, y2));
            return simplify(p);
        }

        /**
         * A y for a horizontal segment across layers {@code from..to} (same band) that stays clear of
         * their boxes: the candidate nearest to both ends (then to the source, then the smallest).
         */
        private double freeChannel(int from, int to, double y1, double y2) {
            var obstacles = new ArrayList<double[]>();
            for (int v = 0; v < g.nodes.size(); v++) {
                if (layer[v] >= from && layer[v] <= to) {
                    obstacles.add(new double[] {y[v], y[v] + h[v]});
                }
            }
            double off = Math.max(o.vGap() / 2, 2 * CLEAR);
            var candidates = new ArrayList<Double>(List.of(y1, y2, (y1 + y2) / 2));
            for (double[] ob : obstacles) {
                candidates.add(ob[0] - off);
                candidates.add(ob[1] + off);
            }
            double best = Double.NaN;
            for (double c : candidates) {
                boolean free = obstacles.stream().allMatch(ob -> c <= ob[0] - CLEAR || c >= ob[1] + CLEAR);
                if (free && (Double.isNaN(best) || better(c, best, y1, y2))) {
                    best = c;
                }
            }
            return best; // never NaN: above the topmost obstacle is always free
        }

        private static boolean better(double c, double best, double y1, double y2) {
            double dc = Math.abs(c - y1) + Math.abs(c - y2);
            double db = Math.abs(best - y1) + Math.abs(best - y2);
            if (dc != db) {
                return dc < db;
            }
            if (Math.abs(c - y1) != Math.abs(best - y1)) {
                return Math.abs(c - y1) < Math.abs(best - y1);
            }
            return c < best;
        }
    }

    /** Drops repeated points and middle points of straight runs. */
    private static List<Point> simplify(List<Point> pts) {
        var r = new ArrayList<Point>();
        for (Point p : pts) {
            if (!r.isEmpty() && r.get(r.size() - 1).equals(p)) {
                continue;
            }
            if (r.size() >= 2) {
                Point a = r.get(r.size() - 2);
                Point b = r.get(r.size() - 1);
                boolean straight = (a.x() == b.x() && b.x() == p.x()) || (a.y() == b.y() && b.y() == p.y());
                if (straight) {
                    r.set(r.size() - 1, p);
                    continue;
                }
            }
            r.add(p);
        }
        return List.copyOf(r);
    }

    /** CJK ideographs, kana, hangul and full-width punctuation/forms count as wide characters. */
    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        return (cp >= 0x3000 && cp <= 0x303F) // CJK symbols and punctuation
                || (cp >= 0xFF01 && cp <= 0xFF60) // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0xFE30 && cp <= 0xFE4F); // CJK compatibility forms
    }
}
