package org.energydiag.core.process;

import org.energydiag.core.reference.CarrierId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.energydiag.core.process.Diagram.Box;
import org.energydiag.core.process.Diagram.Edge;
import org.energydiag.core.process.Diagram.Point;
import org.energydiag.core.process.FlowLayout.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowLayoutTest {

    static final double EPS = 1e-9;
    static final Options DEFAULTS = Options.defaults();

    /** Units with id = name; {@code links} as "from>to". */
    static ProcessFlow flow(List<String> names, String... links) {
        Map<String, List<String>> next = new HashMap<>();
        for (String l : links) {
            String[] p = l.split(">");
            next.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
        }
        var units = names.stream().map(n -> new ProcessUnit(n, n, "", "", List.of(), "", List.of(CarrierId.ELECTRICITY),
                next.getOrDefault(n, List.of()))).toList();
        return new ProcessFlow(units);
    }

    static ProcessFlow cement() {
        return flow(List.of("原料破碎", "生料粉磨", "煤粉制备", "熟料烧成", "水泥粉磨", "包装", "余热发电"),
                "原料破碎>生料粉磨", "生料粉磨>熟料烧成", "熟料烧成>水泥粉磨", "水泥粉磨>包装",
                "煤粉制备>熟料烧成", "熟料烧成>余热发电");
    }

    static ProcessFlow chain(int n) {
        var names = new ArrayList<String>();
        var links = new ArrayList<String>();
        for (int i = 1; i <= n; i++) {
            names.add("工序" + i);
            if (i > 1) {
                links.add("工序" + (i - 1) + ">工序" + i);
            }
        }
        return flow(names, links.toArray(String[]::new));
    }

    /** A random DAG: edges only from lower to higher rank, list order shuffled. */
    static ProcessFlow randomDag(int n, long seed) {
        var rnd = new Random(seed);
        var names = new ArrayList<String>();
        var links = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            names.add("U" + i + (rnd.nextInt(4) == 0 ? "余热锅炉及汽轮发电机组配套循环冷却水系统" : ""));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < Math.min(n, i + 8); j++) {
                if (rnd.nextDouble() < 0.18) {
                    links.add(names.get(i) + ">" + names.get(j));
                }
            }
        }
        var shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, rnd);
        return flow(shuffled, links.toArray(String[]::new));
    }

    // ------------------------------------------------------------------------------------ checks

    /** Every pair of boxes is apart by at least the gaps (horizontally or vertically). */
    static void assertNoOverlap(Diagram d, Options o) {
        List<Box> boxes = d.boxes();
        double minV = Math.min(o.vGap(), o.bandGap());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Box a = boxes.get(i);
                Box b = boxes.get(j);
                double hSep = Math.max(b.x() - (a.x() + a.w()), a.x() - (b.x() + b.w()));
                double vSep = Math.max(b.y() - (a.y() + a.h()), a.y() - (b.y() + b.h()));
                assertThat(hSep >= o.hGap() - EPS || vSep >= minV - EPS)
                        .as("%s and %s overlap (h %.1f, v %.1f)", a, b, hSep, vSep).isTrue();
            }
        }
    }

    static void assertInside(Diagram d) {
        for (Box b : d.boxes()) {
            assertThat(b.x()).isGreaterThanOrEqualTo(0);
            assertThat(b.y()).isGreaterThanOrEqualTo(0);
            assertThat(b.x() + b.w()).isLessThanOrEqualTo(d.width());
            assertThat(b.y() + b.h()).isLessThanOrEqualTo(d.height());
        }
        for (Edge e : d.edges()) {
            for (Point p : e.points()) {
                assertThat(p.x()).isBetween(0.0, d.width());
                assertThat(p.y()).isBetween(0.0, d.height());
            }
        }
    }

    /** Starts on the source's right side, ends on the target's left side, orthogonal, never through a box. */
    static void assertEdgesAttach(Diagram d) {
        for (Edge e : d.edges()) {
            Box s = d.box(e.from()).orElseThrow();
            Box t = d.box(e.to()).orElseThrow();
            List<Point> p = e.points();
            assertThat(p.size()).as("points of %s", e).isGreaterThanOrEqualTo(2);
            Point first = p.get(0);
            Point last = p.get(p.size() - 1);
            assertThat(first.x()).isCloseTo(s.x() + s.w(), within(EPS));
            assertThat(first.y()).isCloseTo(s.y() + s.h() / 2, within(EPS));
            assertThat(last.x()).isCloseTo(t.x(), within(EPS));
            assertThat(last.y()).isCloseTo(t.y() + t.h() / 2, within(EPS));
            for (int i = 1; i < p.size(); i++) {
                Point a = p.get(i - 1);
                Point b = p.get(i);
                assertThat(a.x() == b.x() || a.y() == b.y()).as("orthogonal segment %s-%s of %s", a, b, e).isTrue();
                for (Box box : d.boxes()) {
                    assertThat(throughInterior(a, b, box)).as("segment %s-%s of %s->%s through %s", a, b, e.from(), e.to(), box.unitId())
                            .isFalse();
                }
            }
        }
    }

    static boolean throughInterior(Point a, Point b, Box r) {
        double x0 = Math.min(a.x(), b.x());
        double x1 = Math.max(a.x(), b.x());
        double y0 = Math.min(a.y(), b.y());
        double y1 = Math.max(a.y(), b.y());
        return x1 > r.x() + EPS && x0 < r.x() + r.w() - EPS && y1 > r.y() + EPS && y0 < r.y() + r.h() - EPS;
    }

    static void assertValid(Diagram d, ProcessFlow f, Options o) {
        assertThat(d.boxes()).hasSize(f.units().size());
        assertNoOverlap(d, o);
        assertInside(d);
        assertEdgesAttach(d);
        assertBands(d, o);
        for (Edge e : d.edges()) {
            int from = d.box(e.from()).orElseThrow().layer();
            int to = d.box(e.to()).orElseThrow().layer();
            assertThat(e.back() ? to < from : to > from).as("layers of %s", e).isTrue();
        }
    }

    /** At most maxColumns columns per band; each band entirely below the previous one. */
    static void assertBands(Diagram d, Options o) {
        Map<Integer, List<Box>> bands = d.boxes().stream().collect(Collectors.groupingBy(b -> b.layer() / o.maxColumns()));
        double previousBottom = Double.NEGATIVE_INFINITY;
        for (int band = 0; band < bands.size(); band++) {
            List<Box> boxes = bands.get(band);
            assertThat(boxes).as("band %d", band).isNotEmpty();
            Set<Integer> layers = boxes.stream().map(Box::layer).collect(Collectors.toSet());
            assertThat(layers.size()).isLessThanOrEqualTo(o.maxColumns());
            double top = boxes.stream().mapToDouble(Box::y).min().orElseThrow();
            assertThat(top).isGreaterThanOrEqualTo(previousBottom + o.bandGap() - EPS);
            previousBottom = boxes.stream().mapToDouble(b -> b.y() + b.h()).max().orElseThrow();
            // boxes of a layer share a column, left to right by layer
            for (Box b : boxes) {
                for (Box c : boxes) {
                    if (b.layer() < c.layer()) {
                        assertThat(b.x() + b.w() + o.hGap()).isLessThanOrEqualTo(c.x() + EPS);
                    }
                }
            }
        }
    }

    static Box box(Diagram d, String id) {
        return d.box(id).orElseThrow();
    }

    // ------------------------------------------------------------------------------------- tests

    @Test
    void cementLineWithMergeAndBranch() {
        ProcessFlow f = cement();
        Diagram d = FlowLayout.layout(f);
        assertValid(d, f, DEFAULTS);
        assertThat(box(d, "原料破碎").layer()).isZero();
        assertThat(box(d, "煤粉制备").layer()).isZero();
        assertThat(box(d, "生料粉磨").layer()).isEqualTo(1);
        assertThat(box(d, "熟料烧成").layer()).isEqualTo(2);
        assertThat(box(d, "水泥粉磨").layer()).isEqualTo(3);
        assertThat(box(d, "余热发电").layer()).isEqualTo(3);
        assertThat(box(d, "包装").layer()).isEqualTo(4);
        Box burning = box(d, "熟料烧成");
        for (String upstream : List.of("生料粉磨", "煤粉制备")) {
            Box b = box(d, upstream);
            assertThat(b.x() + b.w()).isLessThan(burning.x());
        }
        assertThat(d.edges()).hasSize(6).noneMatch(Edge::back);
        assertThat(d.edges()).extracting(e -> e.from() + ">" + e.to()).containsExactly(
                "原料破碎>生料粉磨", "生料粉磨>熟料烧成", "煤粉制备>熟料烧成", "熟料烧成>水泥粉磨", "熟料烧成>余热发电", "水泥粉磨>包装");
        // adjacent columns: start, two elbow points at the middle of the gap, end
        Edge e = d.edges().get(0);
        assertThat(e.points()).hasSize(4);
        double midX = e.points().get(1).x();
        assertThat(e.points().get(2).x()).isEqualTo(midX);
        assertThat(midX).isBetween(box(d, "原料破碎").x() + box(d, "原料破碎").w(), box(d, "生料粉磨").x());
        // the 5 layers fit in one band: a single row of columns
        assertThat(d.width()).isLessThan(5 * 220 + 4 * 56 + 2 * 16 + 56 + EPS);
        // orders within layers are a permutation
        assertThat(List.of(box(d, "原料破碎").order(), box(d, "煤粉制备").order())).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void demoCementLineLaysOut() {
        ProcessFlow f = DemoProcess.cementLine(name -> List.of());
        Diagram d = FlowLayout.layout(f);
        assertValid(d, f, DEFAULTS);
        assertThat(d.edges()).hasSize(6);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 12, 30})
    void chainsWrapIntoBands(int n) {
        ProcessFlow f = chain(n);
        Diagram d = FlowLayout.layout(f);
        assertValid(d, f, DEFAULTS);
        long bands = d.boxes().stream().map(Box::y).distinct().count();
        assertThat(bands).isEqualTo((n + 5) / 6);
        for (Box b : d.boxes()) {
            assertThat(b.layer()).isEqualTo(Integer.parseInt(b.unitId().substring(2)) - 1);
            assertThat(b.order()).isZero();
        }
        // never wider than maxColumns of the widest boxes (plus the wrap gutters)
        assertThat(d.width()).isLessThanOrEqualTo(6 * 220 + 5 * 56 + 56 + 2 * 16);
        assertThat(d.edges()).hasSize(n - 1).noneMatch(Edge::back);
        if (n == 30) {
            assertThat(d.boxes().stream().map(Box::x).distinct().count()).isEqualTo(6);
            // the wrap 工序6 → 工序7: out to the right, down into the band gap, left, down into the target
            Edge wrap = d.edges().get(5);
            assertThat(wrap.points()).hasSize(6);
            Box from = box(d, "工序6");
            Box to = box(d, "工序7");
            double channel = wrap.points().get(2).y();
            assertThat(channel).isBetween(from.y() + from.h(), to.y());
            assertThat(wrap.points().get(1).x()).isGreaterThan(from.x() + from.w());
            assertThat(wrap.points().get(4).x()).isLessThan(to.x());
        }
    }

    @Test
    void randomDagsLayOutCleanly() {
        for (long seed : new long[] {7, 42, 2024}) {
            ProcessFlow f = randomDag(30, seed);
            assertThat(f.hasCycle()).isFalse();
            Diagram d = FlowLayout.layout(f);
            assertValid(d, f, DEFAULTS);
            assertThat(d.edges()).noneMatch(Edge::back);
            Options narrow = new Options(3, 40, 12, 30);
            assertValid(FlowLayout.layout(f, narrow), f, narrow);
        }
    }

    @Test
    void aCycleHasExactlyOneBackEdge() {
        ProcessFlow f = flow(List.of("A", "B", "C"), "A>B", "B>C", "C>A");
        Diagram d = FlowLayout.layout(f);
        assertValid(d, f, DEFAULTS);
        assertThat(d.edges()).filteredOn(Edge::back).singleElement()
                .satisfies(e -> assertThat(e.from() + ">" + e.to()).isEqualTo("C>A"));
        assertThat(List.of(box(d, "A").layer(), box(d, "B").layer(), box(d, "C").layer())).containsExactly(0, 1, 2);
        // the back edge runs below the boxes it spans
        Edge back = d.edges().stream().filter(Edge::back).findFirst().orElseThrow();
        double lowest = d.boxes().stream().mapToDouble(b -> b.y() + b.h()).max().orElseThrow();
        assertThat(back.points()).anySatisfy(p -> assertThat(p.y()).isGreaterThan(lowest));
    }

    @Test
    void recycleLoopsAcrossBandsAndUnknownLinks() {
        // 回料 from the 9th unit back to the 3rd, across a band wrap; plus links to itself and to nowhere
        ProcessFlow f = chain(20);
        f = f.with(f.unit("工序9").orElseThrow().withNext(List.of("工序10", "工序3", "工序9", "ghost")));
        f = f.with(f.unit("工序19").orElseThrow().withNext(List.of("工序20", "工序2")));
        Diagram d = FlowLayout.layout(f);
        assertValid(d, f, DEFAULTS);
        assertThat(d.edges()).filteredOn(Edge::back).extracting(e -> e.from() + ">" + e.to())
                .containsExactly("工序9>工序3", "工序19>工序2");
        assertThat(d.edges()).hasSize(21);
    }

    @Test
    void barycenterSweepsRemoveACrossing() {
        ProcessFlow f = flow(List.of("A", "B", "C", "D"), "A>D", "B>C");
        Diagram d = FlowLayout.layout(f);
        assertValid(d, f, DEFAULTS);
        assertThat(box(d, "A").order()).isZero();
        assertThat(box(d, "D").order()).isZero();
        assertThat(box(d, "C").order()).isEqualTo(1);
    }

    @Test
    void isolatedUnitsAreInLayerZero() {
        ProcessFlow f = flow(List.of("A", "B", "C"), "B>C");
        Diagram d = FlowLayout.layout(f);
        assertValid(d, f, DEFAULTS);
        assertThat(box(d, "A").layer()).isZero();
        assertThat(box(d, "B").layer()).isZero();
        assertThat(box(d, "C").layer()).isEqualTo(1);
    }

    @Test
    void emptyFlowGivesAnEmptyDiagram() {
        Diagram d = FlowLayout.layout(ProcessFlow.empty());
        assertThat(d.boxes()).isEmpty();
        assertThat(d.edges()).isEmpty();
        assertThat(d.width()).isZero();
        assertThat(d.height()).isZero();
        assertThat(d.box("x")).isEmpty();
    }

    @Test
    void deterministic() {
        for (ProcessFlow f : List.of(cement(), chain(30), randomDag(30, 99),
                flow(List.of("A", "B", "C"), "A>B", "B>C", "C>A"))) {
            Diagram first = FlowLayout.layout(f);
            for (int i = 0; i < 3; i++) {
                assertThat(FlowLayout.layout(new ProcessFlow(new ArrayList<>(f.units())))).isEqualTo(first);
            }
        }
    }

    @Test
    void boxSizeFollowsTheText() {
        assertThat(FlowLayout.boxSize(ProcessUnit.named("包装"))).containsExactly(110, 44);
        assertThat(FlowLayout.boxSize(ProcessUnit.named("Raw mill"))).containsExactly(110, 44);
        // 11 CJK = 154 + 24
        assertThat(FlowLayout.boxSize(ProcessUnit.named("生料均化库及入窑提升机"))).containsExactly(11 * 14 + 24, 44);
        assertThat(FlowLayout.boxSize(ProcessUnit.named("ABCDEFGHIJKLMNOP"))).containsExactly(16 * 8 + 24, 44);
        // 14 CJK = 196 + 24 = 220: still one line
        assertThat(FlowLayout.boxSize(ProcessUnit.named("一二三四五六七八九十一二三四"))).containsExactly(220, 44);
        // 15 CJK: wraps to 2 lines
        assertThat(FlowLayout.boxSize(ProcessUnit.named("一二三四五六七八九十一二三四五"))).containsExactly(220, 60);
        assertThat(FlowLayout.boxSize(ProcessUnit.named("熟料烧成").withCarriers(List.of(CarrierId.of("RAW_COAL"))))).containsExactly(110, 64);
        assertThat(FlowLayout.boxSize(ProcessUnit.named("窑头（篦冷机）")).clone()[0]).isEqualTo(7 * 14 + 24);
    }

    @Test
    void optionsAreChecked() {
        assertThat(DEFAULTS).isEqualTo(new Options(6, 56, 28, 48));
        assertThatThrownBy(() -> new Options(0, 56, 28, 48)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Options(6, -1, 28, 48)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Options(6, 56, Double.NaN, 48)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneColumnPerBand() {
        Options o = new Options(1, 56, 28, 48);
        ProcessFlow f = cement();
        Diagram d = FlowLayout.layout(f, o);
        assertValid(d, f, o);
        Set<Double> xs = new TreeSet<>();
        d.boxes().forEach(b -> xs.add(b.x() + b.w() / 2));
        assertThat(xs).hasSize(1);
    }
}
