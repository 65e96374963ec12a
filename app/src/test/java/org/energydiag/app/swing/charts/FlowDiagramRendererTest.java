package org.energydiag.app.swing.charts;

import org.energydiag.core.reference.CarrierId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.energydiag.core.process.Diagram;
import org.energydiag.core.process.Diagram.Box;
import org.energydiag.core.process.Diagram.Edge;
import org.energydiag.core.process.Diagram.Point;
import org.energydiag.core.process.ProcessFlow;
import org.energydiag.core.process.ProcessUnit;
import org.junit.jupiter.api.Test;

/** Renders process flow diagrams offscreen (works headless) and checks boxes, chips, arrows and scaling. */
class FlowDiagramRendererTest {

    private static final Map<String, String> LABELS = Map.of(
            "electricity", "电", "raw_coal", "煤", "heat", "热", "diesel", "柴油");
    private static final FlowDiagramRenderer RENDERER =
            new FlowDiagramRenderer(id -> LABELS.getOrDefault(id, null));

    /** 原料破碎 → 熟料烧成 → 水泥粉磨, with a branch 原料破碎 → 水泥粉磨 and a return 水泥粉磨 ⇢ 原料破碎. */
    private static ProcessFlow flow() {
        return new ProcessFlow(List.of(
                unit("crush", "原料破碎", List.of("electricity", "diesel"), List.of("kiln", "mill")),
                unit("kiln", "熟料烧成", List.of("raw_coal", "electricity", "heat"), List.of("mill")),
                unit("mill", "水泥粉磨", List.of("electricity", "unknown_carrier"), List.of("crush"))));
    }

    private static ProcessUnit unit(String id, String name, List<String> carriers, List<String> next) {
        return new ProcessUnit(id, name, "", "", List.of(), "", carriers.stream().map(CarrierId::of).toList(), next);
    }

    private static final Box CRUSH = new Box("crush", 20, 60, 120, 64, 0, 0);
    private static final Box KILN = new Box("kiln", 200, 20, 130, 64, 1, 0);
    private static final Box MILL = new Box("mill", 380, 100, 140, 64, 2, 0);
    /** Its middle segment is the long horizontal (160,140)–(380,140). */
    private static final Edge CRUSH_MILL = new Edge("crush", "mill",
            List.of(new Point(140, 110), new Point(160, 110), new Point(160, 140), new Point(380, 140)), false);
    /** Closes the cycle below all boxes: dashed, bottom run (10..530, 185). */
    private static final Edge BACK = new Edge("mill", "crush", List.of(new Point(520, 132), new Point(530, 132),
            new Point(530, 185), new Point(10, 185), new Point(10, 92), new Point(20, 92)), true);

    /** Hand-built, so the test does not depend on FlowLayout; the width is not whole to check rounding up. */
    private static Diagram diagram() {
        return new Diagram(541.3, 200, List.of(CRUSH, KILN, MILL), List.of(
                new Edge("crush", "kiln", List.of(new Point(140, 92), new Point(170, 92), new Point(170, 52),
                        new Point(200, 52)), false),
                CRUSH_MILL,
                new Edge("kiln", "mill", List.of(new Point(330, 52), new Point(355, 52), new Point(355, 120),
                        new Point(380, 120)), false),
                BACK));
    }

    @Test
    void imageSizeIsTheDiagramAtTheResolutionsScale() {
        BufferedImage screen = RENDERER.image(flow(), diagram(), 96);
        BufferedImage print = RENDERER.image(flow(), diagram(), 300);

        assertThat(screen.getWidth()).isEqualTo((int) Math.ceil(541.3));
        assertThat(screen.getHeight()).isEqualTo(200);
        assertThat(print.getWidth()).isEqualTo((int) Math.ceil(541.3 * 300 / 96.0));
        assertThat(print.getHeight()).isEqualTo((int) Math.ceil(200 * 300 / 96.0));
        assertThat(print.getWidth() / (double) screen.getWidth()).isCloseTo(3.125, within(0.01));
        assertThat(print.getHeight() / (double) screen.getHeight()).isCloseTo(3.125, within(0.01));
        // Same drawing, just bigger: the inked area grows with the square of the scale.
        assertThat(inked(print) / inked(screen)).isCloseTo(3.125 * 3.125, within(3.125 * 3.125 * 0.25));
    }

    @Test
    void notBlankAndWhiteAroundTheDiagram() {
        for (int dpi : new int[] {96, 300}) {
            BufferedImage img = RENDERER.image(flow(), diagram(), dpi);
            assertThat(inked(img) / (img.getWidth() * (double) img.getHeight())).as("%d dpi", dpi).isGreaterThan(0.08);
            assertThat(img.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            assertThat(img.getRGB(img.getWidth() - 1, 5) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        }
    }

    @Test
    void boxesAreFilledAndCarryTheirChips() {
        for (int dpi : new int[] {96, 300}) {
            double s = dpi / 96.0;
            BufferedImage img = RENDERER.image(flow(), diagram(), dpi);
            for (Box b : List.of(CRUSH, KILN, MILL)) {
                // Centre-top area: inside the border, above the name.
                for (double dx : new double[] {-10, 0, 10}) {
                    int x = (int) ((b.x() + b.w() / 2 + dx) * s);
                    int y = (int) ((b.y() + 5) * s);
                    assertThat(new Color(img.getRGB(x, y))).as("%s at %d dpi", b.unitId(), dpi)
                            .isEqualTo(FlowDiagramRenderer.BOX_FILL);
                }
                // The border is darker than the fill.
                int bx = (int) ((b.x() + b.w() / 2) * s);
                int by = (int) (b.y() * s + Math.max(1, s) / 2);
                assertThat(luminance(img.getRGB(bx, by))).isLessThan(luminance(FlowDiagramRenderer.BOX_FILL.getRGB()));
                // Every unit uses electricity: a blue chip, in the lower part of the box.
                assertThat(count(img, b, s, FlowDiagramRenderer.ELECTRICITY, 0.55)).as("%s at %d dpi", b.unitId(), dpi)
                        .isGreaterThan((int) (20 * s * s));
            }
            assertThat(count(img, KILN, s, FlowDiagramRenderer.COAL, 0.55)).isGreaterThan((int) (20 * s * s));
            assertThat(count(img, KILN, s, FlowDiagramRenderer.HEAT, 0.55)).isGreaterThan((int) (20 * s * s));
            assertThat(count(img, CRUSH, s, FlowDiagramRenderer.GAS_OIL, 0.55)).isGreaterThan((int) (20 * s * s));
            assertThat(count(img, MILL, s, FlowDiagramRenderer.OTHER, 0.55)).isGreaterThan((int) (20 * s * s));
            // The name is drawn in dark text in the upper part of the box.
            assertThat(countDark(img, KILN, s, 0.15, 0.55)).isGreaterThan((int) (30 * s * s));
        }
    }

    @Test
    void edgesAreDarkLinesAndTheBackEdgeIsDashed() {
        for (int dpi : new int[] {96, 300}) {
            double s = dpi / 96.0;
            BufferedImage img = RENDERER.image(flow(), diagram(), dpi);
            // Middle segment of crush → mill: (160,140)–(380,140), solid.
            int dark = 0;
            int samples = 0;
            for (double x = 180; x <= 360; x += 2) {
                samples++;
                if (darkest(img, x * s, 140 * s) < 140) {
                    dark++;
                }
            }
            assertThat(dark).as("solid edge at %d dpi", dpi).isEqualTo(samples);

            // Bottom run of the back edge: dark dashes with white gaps.
            dark = 0;
            samples = 0;
            for (double x = 30; x <= 490; x += 0.5) {
                samples++;
                if (darkest(img, x * s, 185 * s) < 140) {
                    dark++;
                }
            }
            assertThat(dark / (double) samples).as("dashed edge at %d dpi", dpi).isBetween(0.3, 0.85);

            // Arrowhead: dark pixels just left of the target's border, wider than the line.
            double tipX = MILL.x() - 6;
            assertThat(darkest(img, tipX * s, (140 - 2.5) * s)).isLessThan(170);
            assertThat(darkest(img, tipX * s, (140 + 2.5) * s)).isLessThan(170);
        }
    }

    @Test
    void pngDecodesToTheSameImage() throws Exception {
        BufferedImage img = RENDERER.image(flow(), diagram(), 300);
        byte[] png = RENDERER.png(flow(), diagram(), 300);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back).isNotNull();
        assertThat(back.getWidth()).isEqualTo(img.getWidth());
        assertThat(back.getHeight()).isEqualTo(img.getHeight());
        for (int y = 0; y < img.getHeight(); y += 37) {
            for (int x = 0; x < img.getWidth(); x += 29) {
                assertThat(back.getRGB(x, y) & 0xFFFFFF).isEqualTo(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void paintLeavesTheGraphicsAsItWas() {
        BufferedImage img = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        Font font = new Font(Font.SERIF, Font.ITALIC, 9);
        g.setFont(font);
        g.setColor(Color.MAGENTA);
        g.setStroke(new BasicStroke(3));
        g.translate(-10, -10);
        AffineTransform t = g.getTransform();

        RENDERER.paint(g, flow(), diagram(), 0.5);

        assertThat(g.getFont()).isEqualTo(font);
        assertThat(g.getColor()).isEqualTo(Color.MAGENTA);
        assertThat(g.getStroke()).isEqualTo(new BasicStroke(3));
        assertThat(g.getTransform()).isEqualTo(t);
        g.dispose();
        assertThat(inked(img)).isGreaterThan(100);
    }

    @Test
    void longNamesWrapIntoTwoLinesThatFit() {
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        FontMetrics fm = g.getFontMetrics(new Font(FlowDiagramRenderer.family(g.getFont()), Font.BOLD, 13));
        double avail = fm.stringWidth("工序熟料工序熟料") + 1;

        List<String> lines = FlowDiagramRenderer.wrap("水泥熟料烧成系统余热发电", fm, avail, 2);
        assertThat(lines).hasSize(2);
        assertThat(String.join("", lines)).isEqualTo("水泥熟料烧成系统余热发电");
        assertThat(lines).allSatisfy(l -> assertThat(fm.getStringBounds(l, null).getWidth()).isLessThanOrEqualTo(avail));
        assertThat(FlowDiagramRenderer.wrap("原料破碎", fm, avail, 2)).containsExactly("原料破碎");
        assertThat(FlowDiagramRenderer.wrap("水泥熟料烧成系统余热发电水泥熟料烧成系统余热发电", fm, avail, 2)).isNull();
        g.dispose();
    }

    @Test
    void carrierColoursByKind() {
        assertThat(FlowDiagramRenderer.carrierColor("electricity")).isEqualTo(FlowDiagramRenderer.ELECTRICITY);
        assertThat(FlowDiagramRenderer.carrierColor("raw_coal")).isEqualTo(FlowDiagramRenderer.COAL);
        assertThat(FlowDiagramRenderer.carrierColor("heat")).isEqualTo(FlowDiagramRenderer.HEAT);
        assertThat(FlowDiagramRenderer.carrierColor("steam")).isEqualTo(FlowDiagramRenderer.HEAT);
        assertThat(FlowDiagramRenderer.carrierColor("natural_gas")).isEqualTo(FlowDiagramRenderer.GAS_OIL);
        assertThat(FlowDiagramRenderer.carrierColor("diesel")).isEqualTo(FlowDiagramRenderer.GAS_OIL);
        assertThat(FlowDiagramRenderer.carrierColor("water")).isEqualTo(FlowDiagramRenderer.OTHER);
    }

    @Test
    void thirtyBoxesWithLongNamesAndManyCarriersRender() {
        List<ProcessUnit> units = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        List<String> all = List.of("electricity", "raw_coal", "heat", "diesel", "natural_gas", "steam", "water");
        for (int i = 0; i < 30; i++) {
            int layer = i / 5;
            int order = i % 5;
            String name = i % 3 == 0 ? "第" + i + "号水泥熟料烧成系统余热发电及配套输送工序" : "工序" + i;
            List<String> carriers = i % 4 == 0 ? List.of() : all.subList(0, 1 + i % all.size());
            String next = "u" + (i + 5 < 30 ? i + 5 : i % 5);
            units.add(unit("u" + i, name, carriers, List.of(next)));
            double h = (i % 3 == 0 ? 60 : 44) + (carriers.isEmpty() ? 0 : 20);
            boxes.add(new Box("u" + i, 20 + layer * 300, 20 + order * 110, 240, h, layer, order));
        }
        for (int i = 0; i < 30; i++) {
            Box a = boxes.get(i);
            Box b = boxes.get(i + 5 < 30 ? i + 5 : i % 5);
            boolean back = b.x() <= a.x();
            edges.add(new Edge(a.unitId(), b.unitId(), back ? List.of() : List.of(
                    new Point(a.x() + a.w(), a.y() + a.h() / 2), new Point(a.x() + a.w() + 30, a.y() + a.h() / 2),
                    new Point(a.x() + a.w() + 30, b.y() + b.h() / 2), new Point(b.x(), b.y() + b.h() / 2)), back));
        }
        // An edge to an unknown box, a degenerate one and a box without a unit must not break anything.
        edges.add(new Edge("u0", "nowhere", List.of(), false));
        edges.add(new Edge("u1", "u6", List.of(new Point(5, 5), new Point(5, 5)), false));
        boxes.add(new Box("orphan", 1800, 600, 100, 44, 6, 0));
        Diagram d = new Diagram(1920, 680, boxes, edges);

        assertThatCode(() -> {
            BufferedImage img = RENDERER.image(new ProcessFlow(units), d, 300);
            assertThat(img.getWidth()).isEqualTo(6000);
            assertThat(inked(img)).isGreaterThan(img.getWidth() * (long) img.getHeight() / 20);
        }).doesNotThrowAnyException();
    }

    // ---------------------------------------------------------------- pixels

    /** Pixels that are not white. */
    private static double inked(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if ((rgb >>> 24) != 0 && (rgb & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pixels of exactly {@code c} in the part of box {@code b} below {@code fromFraction} of its height. */
    private static int count(BufferedImage img, Box b, double s, Color c, double fromFraction) {
        int n = 0;
        for (int y = (int) ((b.y() + b.h() * fromFraction) * s); y < (int) ((b.y() + b.h()) * s); y++) {
            for (int x = (int) (b.x() * s); x < (int) ((b.x() + b.w()) * s); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Dark (text) pixels in the horizontal band {@code from..to} (fractions of the height) of box {@code b}. */
    private static int countDark(BufferedImage img, Box b, double s, double from, double to) {
        int n = 0;
        for (int y = (int) ((b.y() + b.h() * from) * s); y < (int) ((b.y() + b.h() * to) * s); y++) {
            for (int x = (int) ((b.x() + 4) * s); x < (int) ((b.x() + b.w() - 4) * s); x++) {
                if (luminance(img.getRGB(x, y)) < 100) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Lowest luminance in the 3 × 3 pixels around (x, y). */
    private static double darkest(BufferedImage img, double x, double y) {
        double min = 255;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int px = (int) Math.floor(x) + dx;
                int py = (int) Math.floor(y) + dy;
                if (px >= 0 && py >= 0 && px < img.getWidth() && py < img.getHeight()) {
                    min = Math.min(min, luminance(img.getRGB(px, py)));
                }
            }
        }
        return min;
    }

    private static double luminance(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return 0.299 * r + 0.587 * g + 0.114 * b;
    }
}
