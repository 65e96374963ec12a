package org.energydiag.app.swing.charts;

import org.energydiag.core.reference.CarrierId;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.carbon.CarbonResult.Source;
import org.energydiag.core.carbon.CarbonResult.YearEmissions;
import org.energydiag.core.energy.BalanceResult.DiagramLink;
import org.energydiag.core.energy.BalanceResult.DiagramNode;
import org.energydiag.core.energy.BalanceResult.FlowDiagram;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.energy.EnergySummary.CarrierLine;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders every chart offscreen (works headless) and checks the pictures are not blank. */
class ChartsTest {

    private static EnergySummary summary() {
        return new EnergySummary(List.of(2023, 2024, 2025), List.of(
                carrier("coal", "原煤", Map.of(2023, 1200.0, 2024, 1100.0, 2025, 950.0)),
                carrier("elec", "电力", Map.of(2023, 800.0, 2024, 860.0, 2025, 900.0)),
                carrier("gas", "天然气", Map.of(2024, 120.0, 2025, 210.0))),
                List.of(), List.of(), List.of(), List.of());
    }

    private static CarrierLine carrier(String id, String name, Map<Integer, Double> tce) {
        return new CarrierLine(CarrierId.of(id), name, "t", true, false, tce, tce, tce, Map.of(), "GB/T 2589");
    }

    private static CarbonResult carbon() {
        return new CarbonResult(List.of(new YearEmissions(2025, List.of(
                new Source("电力", "ELECTRICITY", 4200, "", "", ""),
                new Source("原煤", "FUEL", 2500, "", "", ""),
                new Source("天然气", "FUEL", 450, "", "", ""),
                new Source("外供热力", "EXPORT", -300, "", "", "")), 6850, Double.NaN, List.of())), List.of());
    }

    private static FlowDiagram diagram(boolean backward) {
        List<DiagramNode> nodes = List.of(
                new DiagramNode("buy", "购入贮存", 0, "UNIT"),
                new DiagramNode("conv", "加工转换", 1, "UNIT"),
                new DiagramNode("dist", "输送分配", 2, "UNIT"),
                new DiagramNode("use", "最终使用", 3, "UNIT"),
                new DiagramNode("loss", "损失", 5, "LOSS"),
                new DiagramNode("eff", "有效利用", 5, "EFFECTIVE"));
        List<DiagramLink> links = new java.util.ArrayList<>(List.of(
                new DiagramLink("buy", "conv", 950, "原煤"),
                new DiagramLink("buy", "dist", 900, "电力"),
                new DiagramLink("conv", "dist", 700, "蒸汽"),
                new DiagramLink("conv", "loss", 250, "损失"),
                new DiagramLink("dist", "use", 1550, "电力"),
                new DiagramLink("dist", "loss", 50, "损失"),
                new DiagramLink("use", "eff", 1100, "有效利用"),
                new DiagramLink("use", "loss", 450, "损失")));
        if (backward) {
            links.add(new DiagramLink("use", "conv", 120, "余热"));
            links.add(new DiagramLink("dist", "dist", 30, "电力"));
        }
        return new FlowDiagram(nodes, links);
    }

    /** Share of pixels that differ from the top-left (background) pixel. */
    private static double inked(BufferedImage img) {
        int bg = img.getRGB(0, 0);
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) != bg) {
                    n++;
                }
            }
        }
        return n / (double) (img.getWidth() * img.getHeight());
    }

    @Test
    void chartsRenderSomething() {
        for (JFreeChart chart : List.of(EnergyCharts.structurePie(summary(), 2025), EnergyCharts.trend(summary()),
                EnergyCharts.emissions(carbon(), 2025))) {
            assertThat(inked(chart.createBufferedImage(800, 500))).as(chart.getTitle().getText()).isGreaterThan(0.01);
        }
        assertThat(EnergyCharts.structurePie(summary(), 2025).getTitle().getText()).isEqualTo("2025年能源消费结构（当量值）");
    }

    @Test
    void emptyDataShowsNoDataMessage() {
        EnergySummary empty = new EnergySummary(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        for (JFreeChart chart : List.of(EnergyCharts.structurePie(empty, 2025), EnergyCharts.trend(empty),
                EnergyCharts.emissions(carbon(), 1999), EnergyCharts.structurePie(null, 2025),
                EnergyCharts.emissions(null, 2025))) {
            assertThat(chart.getPlot().getNoDataMessage()).isEqualTo("暂无数据");
            assertThat(chart.createBufferedImage(400, 300)).isNotNull();
        }
    }

    @Test
    void sankeyRendersForwardBackwardAndEmptyDiagrams() {
        assertThat(inked(SankeyPanel.render(diagram(false), 900, 480))).isGreaterThan(0.01);
        assertThat(inked(SankeyPanel.render(diagram(true), 900, 480))).isGreaterThan(0.01);
        FlowDiagram noLinks = new FlowDiagram(diagram(false).nodes(), List.of());
        assertThat(inked(SankeyPanel.render(noLinks, 900, 480))).isGreaterThan(0);
        assertThat(inked(SankeyPanel.render(null, 900, 480))).isGreaterThan(0);
        assertThat(SankeyPanel.render(diagram(true), ChartImages.PRINT_WIDTH, ChartImages.PRINT_HEIGHT).getWidth())
                .isEqualTo(ChartImages.PRINT_WIDTH);
    }

    @Test
    void writesPngOfRequestedSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/trend.png");
        ChartImages.writePng(EnergyCharts.trend(summary()), file, 1200, 750);
        BufferedImage back = ImageIO.read(file.toFile());
        assertThat(back.getWidth()).isEqualTo(1200);
        assertThat(back.getHeight()).isEqualTo(750);

        ChartImages.writePng(SankeyPanel.render(diagram(true), 900, 480), file);
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(900);
        assertThat(dir.resolve("sub").toFile().list()).containsExactly("trend.png");
    }
}
