package org.energydiag.app.swing.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.swing.edt.GuiActionRunner;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.energy.BalanceResult.DiagramLink;
import org.energydiag.core.energy.BalanceResult.DiagramNode;
import org.energydiag.core.energy.BalanceResult.FlowDiagram;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.report.plan.NumberStyle;
import org.energydiag.core.report.plan.PlanDocxWriter;
import org.junit.jupiter.api.Test;

/**
 * The energy-flow diagram at print size, checked on its layout model (what is painted): text of 8
 * to 10.5 pt on paper, no text over another text or over a band, small units grouped, every flow's
 * amount either printed in the picture or listed, the return flow turning round at its ends.
 */
class SankeyLayoutTest {

    private static final double PAPER_PT = PlanDocxWriter.Figure.WIDTH_CM / 2.54 * 72;

    /** The cement plant demo: a waste-heat power return flow, four small end uses, long unit names. */
    static FlowDiagram demo() {
        var p = DemoProjects.cementPlant(Instant.parse("2026-11-01T00:00:00Z"), "");
        return ProjectAnalysis.of(p, EnergyReference.load()).balance().diagram();
    }

    /** Many units, skipping bands, a return flow into the first column, one into the same unit, long names. */
    static FlowDiagram crowded() {
        List<DiagramNode> n = new ArrayList<>(List.of(
                new DiagramNode("buy", "购入贮存（煤、电、天然气、柴油）", 0, "UNIT"),
                new DiagramNode("boiler", "35t/h燃煤锅炉房", 1, "UNIT"),
                new DiagramNode("chp", "热电联产机组", 1, "UNIT"),
                new DiagramNode("grid", "全厂供配电系统", 2, "UNIT"),
                new DiagramNode("steam", "蒸汽管网", 2, "UNIT"),
                new DiagramNode("rec", "余热回收", 4, "UNIT"),
                new DiagramNode("eff", "有效利用", 5, "EFFECTIVE"),
                new DiagramNode("loss", "损失", 5, "LOSS")));
        List<DiagramLink> l = new ArrayList<>(List.of(
                new DiagramLink("buy", "boiler", 80000, "原煤"), new DiagramLink("buy", "chp", 60000, "原煤"),
                new DiagramLink("buy", "grid", 70000, "电力"), new DiagramLink("buy", "u0", 50000, "天然气"),
                new DiagramLink("boiler", "steam", 64000, "蒸汽"), new DiagramLink("boiler", "loss", 16000, "损失"),
                new DiagramLink("chp", "grid", 20000, "电力"), new DiagramLink("chp", "steam", 25000, "蒸汽"),
                new DiagramLink("chp", "loss", 15000, "损失"),
                new DiagramLink("rec", "steam", 5000, "蒸汽"), new DiagramLink("rec", "grid", 3000, "电力"),
                new DiagramLink("rec", "loss", 7000, "损失"),
                new DiagramLink("steam", "steam", 800, "蒸汽"), new DiagramLink("u2", "buy", 1500, "氮气回收")));
        String[] uses = {"合成氨装置", "尿素装置", "空分装置", "循环水系统", "压缩机房", "污水处理站", "照明", "办公楼", "仓库", "机修车间", "食堂"};
        double[] size = {40000, 60000, 30000, 8000, 12000, 3000, 900, 600, 300, 700, 200};
        for (int i = 0; i < uses.length; i++) {
            n.add(new DiagramNode("u" + i, uses[i], 3, "UNIT"));
            l.add(new DiagramLink(i < 3 ? "steam" : "grid", "u" + i, size[i], i < 3 ? "蒸汽" : "电力"));
            l.add(new DiagramLink("u" + i, "eff", size[i] * 0.6, "有效利用"));
            l.add(new DiagramLink("u" + i, i < 2 ? "rec" : "loss", size[i] * 0.4, i < 2 ? "余热" : "损失"));
        }
        return new FlowDiagram(n, l);
    }

    /** Four stages with a backward flow and a flow from a unit to itself (as ChartsTest). */
    static FlowDiagram stages() {
        return new FlowDiagram(List.of(
                new DiagramNode("buy", "购入贮存", 0, "UNIT"), new DiagramNode("conv", "加工转换", 1, "UNIT"),
                new DiagramNode("dist", "输送分配", 2, "UNIT"), new DiagramNode("use", "最终使用", 3, "UNIT"),
                new DiagramNode("loss", "损失", 5, "LOSS"), new DiagramNode("eff", "有效利用", 5, "EFFECTIVE")), List.of(
                new DiagramLink("buy", "conv", 950, "原煤"), new DiagramLink("buy", "dist", 900, "电力"),
                new DiagramLink("conv", "dist", 700, "蒸汽"), new DiagramLink("conv", "loss", 250, "损失"),
                new DiagramLink("dist", "use", 1550, "电力"), new DiagramLink("dist", "loss", 50, "损失"),
                new DiagramLink("use", "eff", 1100, "有效利用"), new DiagramLink("use", "loss", 450, "损失"),
                new DiagramLink("use", "conv", 120, "余热"), new DiagramLink("dist", "dist", 30, "电力")));
    }

    private static Map<String, FlowDiagram> diagrams() {
        Map<String, FlowDiagram> m = new LinkedHashMap<>();
        m.put("demo", demo());
        m.put("crowded", crowded());
        m.put("stages", stages());
        return m;
    }

    private static SankeyLayout printed(FlowDiagram d) {
        return SankeyPanel.printLayout(d, PlanFigures.WIDTH, PlanFigures.SANKEY_HEIGHT, PlanDocxWriter.Figure.WIDTH_CM);
    }

    @Test
    void printedTextIsEightToTenAndAHalfPointsOnPaper() {
        diagrams().forEach((name, d) -> {
            SankeyLayout l = printed(d);
            // the layout is in points of a picture printed WIDTH_CM wide: its text size on paper
            double points = l.font().getSize2D() * PAPER_PT / l.width();
            assertThat(points).as(name).isBetween(8.0, 10.5);
            assertThat(l.fits()).as(name + " fits without squeezing").isTrue();
            assertThat(SankeyPanel.print(d, PlanFigures.WIDTH, PlanFigures.SANKEY_HEIGHT, PlanDocxWriter.Figure.WIDTH_CM)
                    .fontPoints()).as(name).isEqualTo(l.font().getSize2D());
        });
    }

    @Test
    void noTextCoversAnotherTextABandOrABoxEdge() {
        diagrams().forEach((name, d) -> {
            clear(name + " printed", printed(d));
            clear(name + " on screen", SankeyLayout.of(d, 1000, 420, ChartStyler.font(12f), 10f));
        });
    }

    private static void clear(String name, SankeyLayout l) {
        List<Rectangle2D> texts = new ArrayList<>();
        Rectangle2D page = new Rectangle2D.Double(0, 0, l.width(), l.height());
        for (SankeyLayout.Box b : l.boxes()) {
            Rectangle2D t = l.textBounds(b);
            assertThat(b.bounds().contains(t)).as(name + ": text inside box " + b.name).isTrue();
            assertThat(page.contains(b.bounds())).as(name + ": box on the page " + b.name).isTrue();
            for (String line : b.lines) {
                assertThat(l.textWidth(line)).as(name + ": line fits " + line).isLessThanOrEqualTo(t.getWidth() + 1e-6);
            }
            for (SankeyLayout.Band band : l.bands()) {
                assertThat(band.area.intersects(t)).as(name + ": band " + band.from.name + "→" + band.to.name + " over " + b.name).isFalse();
            }
            texts.add(t);
        }
        for (SankeyLayout.Label lab : l.labels()) {
            Rectangle2D r = lab.bounds();
            assertThat(page.contains(r)).as(name + ": label on the page").isTrue();
            assertThat(lab.band().area.contains(r)).as(name + ": label inside its band " + lab.lines()).isTrue();
            for (SankeyLayout.Band band : l.bands()) {
                if (band != lab.band()) {
                    assertThat(band.area.intersects(r)).as(name + ": another band over " + lab.lines()).isFalse();
                }
            }
            for (SankeyLayout.Box b : l.boxes()) {
                assertThat(b.bounds().intersects(r)).as(name + ": box " + b.name + " over " + lab.lines()).isFalse();
            }
            texts.add(r);
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                assertThat(texts.get(i).intersects(texts.get(j))).as(name + ": texts " + i + " and " + j).isFalse();
            }
        }
        List<SankeyLayout.Box> boxes = l.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).bounds().intersects(boxes.get(j).bounds())).as(name + ": boxes overlap").isFalse();
            }
        }
        assertThat(texts).as(name).isNotEmpty();
    }

    @Test
    void smallUnitsOfAColumnAreOneBoxAndEveryAmountIsPrintedOrListed() {
        FlowDiagram d = demo();
        SankeyLayout l = printed(d);
        SankeyLayout.Box others = l.boxes().stream().filter(SankeyLayout.Box::group).findFirst().orElseThrow();
        assertThat(others.name).isEqualTo("其他4项");
        assertThat(others.members).extracting(DiagramNode::name).containsExactlyInAnyOrder("空压站", "循环水泵站", "厂内运输（柴油）", "办公及生活设施");

        Set<DiagramLink> listed = new HashSet<>(l.unlabelled());
        Set<String> printedAmounts = new HashSet<>();
        l.labels().forEach(x -> printedAmounts.add(String.join(" ", x.lines())));
        for (DiagramLink link : d.links()) {
            boolean inGroup = others.members.stream().anyMatch(m -> m.id().equals(link.from()) || m.id().equals(link.to()));
            if (inGroup) {
                assertThat(listed).as("a grouped unit's flow is listed: " + link).contains(link);
            } else if (!listed.contains(link)) {
                // printed: on its own band, or as the amount of the box it alone enters or leaves
                String amount = NumberStyle.amount(link.tce());
                boolean onBand = printedAmounts.stream().anyMatch(t -> t.endsWith(amount));
                boolean inBox = l.boxes().stream().anyMatch(b -> b.lines.get(b.lines.size() - 1).equals(amount)
                        && (b.id.equals(link.to()) && b.ins.size() == 1 || b.id.equals(link.from()) && b.outs.size() == 1));
                assertThat(onBand || inBox).as("printed: " + link).isTrue();
            }
        }
        assertThat(l.labels()).extracting(x -> String.join(" ", x.lines())).contains("原煤 307,863");
        assertThat(listed).hasSizeLessThan(d.links().size());
    }

    @Test
    void theReturnFlowTurnsRoundRightUnderItsTwoEnds() {
        SankeyLayout l = printed(demo());
        SankeyLayout.Band back = l.bands().stream().filter(b -> b.loop).findFirst().orElseThrow();
        assertThat(back.from.name).startsWith("纯低温余热发电");
        assertThat(back.to.name).isEqualTo("厂区配电网");
        // it runs back through slots right under the unit it leaves and the one it enters
        SankeyLayout.Item first = back.slots.get(0);
        SankeyLayout.Item last = back.slots.get(back.slots.size() - 1);
        assertThat(first.y - (back.from.y + back.from.h)).isBetween(0.0, l.lineHeight());
        assertThat(last.y - (back.to.y + back.to.h)).isBetween(0.0, l.lineHeight());
        // and never wider or deeper than the stretch between them: no loop round the diagram
        Rectangle2D r = back.area.getBounds2D();
        double gap = l.lineHeight() * 4;
        assertThat(r.getMinX()).isGreaterThan(back.to.x - gap);
        assertThat(r.getMaxX()).isLessThan(back.from.x + back.from.w + gap);
        assertThat(r.getMaxY()).isLessThanOrEqualTo(Math.max(back.from.y + back.from.h, back.to.y + back.to.h) + l.lineHeight() + back.t + 1e-6);
        assertThat(r.getMinY()).isGreaterThanOrEqualTo(Math.min(back.from.y, back.to.y) - 1e-6);
    }

    @Test
    void effectiveUseAndLossesAreToldByTheNodeKindNotTheLabel() {
        FlowDiagram d = new FlowDiagram(List.of(
                new DiagramNode("a", "购入", 0, "UNIT"), new DiagramNode("b", "使用", 1, "UNIT"),
                new DiagramNode("e", "useful", 2, "EFFECTIVE"), new DiagramNode("x", "waste", 2, "LOSS")), List.of(
                new DiagramLink("a", "b", 100, "损失"), new DiagramLink("b", "e", 60, "used"), new DiagramLink("b", "x", 40, "有效利用")));
        SankeyLayout l = printed(d);
        Map<String, SankeyLayout.Flow> flows = new LinkedHashMap<>();
        l.bands().forEach(b -> flows.put(b.to.id, b.flow));
        assertThat(flows).containsEntry("b", SankeyLayout.Flow.CARRIER).containsEntry("e", SankeyLayout.Flow.EFFECTIVE)
                .containsEntry("x", SankeyLayout.Flow.LOSS);
    }

    @Test
    void namesWrapBetweenCharactersKeepingLatinRunsAndBrackets() {
        SankeyLayout l = printed(demo());
        double fiveChars = l.textWidth("国国国国国");
        assertThat(l.wrap("纯低温余热发电（2×9 MW）", fiveChars)).containsExactly("纯低温余热", "发电", "（2×9", "MW）");
        assertThat(l.wrap("110kV总降压变电站", fiveChars)).containsExactly("110kV总降", "压变电站");
        assertThat(l.wrap("熟料烧成", fiveChars)).containsExactly("熟料烧成");
        // a closing bracket that does not fit takes the whole Latin run before it along, not its last letter
        double justRun = l.textWidth("（2×9 MW") + 0.1;
        assertThat(l.wrap("（2×9 MW）", justRun)).containsExactly("（2×9", "MW）");
    }

    @Test
    void thePanelPaintsAndExplainsWhatIsUnderTheMouse() {
        FlowDiagram d = demo();
        // a Swing component: built, painted and asked on the event thread
        String[] tip = new String[1];
        BufferedImage img = GuiActionRunner.execute(() -> {
            SankeyPanel p = new SankeyPanel();
            p.setDiagram(d);
            p.setSize(1000, 420);
            p.setBackground(Color.WHITE);
            p.setForeground(Color.DARK_GRAY);
            BufferedImage out = new BufferedImage(1000, 420, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            p.paint(g);
            g.dispose();
            SankeyLayout l = SankeyLayout.of(d, 1000, 420, ChartStyler.font(p.getFont() == null ? 12f
                    : Math.max(10f, p.getFont().getSize2D())), 10f);
            SankeyLayout.Box group = l.boxes().stream().filter(SankeyLayout.Box::group).findFirst().orElseThrow();
            Rectangle2D r = group.bounds();
            tip[0] = p.getToolTipText(new MouseEvent(p, MouseEvent.MOUSE_MOVED, 0, 0, (int) r.getCenterX(), (int) r.getCenterY(), 0, false));
            return out;
        });
        assertThat(tip[0]).contains("其他4项").contains("空压站").contains("办公及生活设施");
        int bg = img.getRGB(0, 0);
        long inked = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                inked += img.getRGB(x, y) != bg ? 1 : 0;
            }
        }
        assertThat(inked).isGreaterThan(img.getWidth() * img.getHeight() / 4 / 10);
    }
}
