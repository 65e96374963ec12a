package org.energydiag.app.swing.charts;

import org.energydiag.core.reference.CarrierId;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.meter.analysis.LoadAnalysis;
import org.energydiag.core.meter.analysis.LoadAnalyzer;
import org.energydiag.core.meter.analysis.TouPeriod;
import org.energydiag.core.meter.analysis.TouSchedule;
import org.energydiag.core.meter.analysis.TouSlot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;
import org.junit.jupiter.api.Test;

/** Renders every meter chart offscreen (works headless) and checks the pictures are not blank. */
class MeterChartsTest {

    private static final LocalDateTime JAN_1 = LocalDateTime.of(2025, 1, 1, 0, 0);

    /** A year of 15-minute data (365 × 96 = 35,040 intervals): day/night and weekday pattern, one missing day. */
    private static MeterSeries year() {
        int n = 365 * 96;
        long[] starts = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            LocalDateTime t = JAN_1.plusMinutes(15L * i);
            starts[i] = MeterSeries.epoch(t);
            double hour = t.getHour() + t.getMinute() / 60.0;
            boolean weekend = t.getDayOfWeek().getValue() >= 6;
            double kw = 120 + (weekend ? 40 : 260) * Math.max(0, Math.sin((hour - 6) / 14 * Math.PI))
                    + 30 * Math.sin(t.getDayOfYear() / 365.0 * 2 * Math.PI);
            values[i] = t.getDayOfYear() == 100 ? Double.NaN : kw / 4; // kWh per quarter hour
        }
        return new MeterSeries("1#变压器", CarrierId.of("ELECTRICITY"), "kWh", 15, starts, values);
    }

    private static TouSchedule schedule() {
        return new TouSchedule("测试时段", "unit test", List.of(
                new TouSlot(TouPeriod.VALLEY, LocalTime.of(23, 0), LocalTime.of(7, 0)),
                new TouSlot(TouPeriod.PEAK, LocalTime.of(8, 0), LocalTime.of(11, 0)),
                new TouSlot(TouPeriod.PEAK, LocalTime.of(17, 0), LocalTime.of(22, 0)),
                new TouSlot(TouPeriod.SHARP, LocalTime.of(19, 0), LocalTime.of(21, 0), Set.of(7, 8))));
    }

    private static MeterSeries empty() {
        return new MeterSeries("空表", CarrierId.of("ELECTRICITY"), "kWh", 15, new long[0], new double[0]);
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
    void everyChartRendersSomething() {
        MeterSeries s = year();
        LoadAnalysis a = LoadAnalyzer.analyze(s, null, schedule());
        for (JFreeChart chart : List.of(MeterCharts.loadCurve(s), MeterCharts.typicalDays(a), MeterCharts.heatmap(a),
                MeterCharts.touShares(a))) {
            assertThat(inked(chart.createBufferedImage(800, 500))).as(chart.getTitle().getText()).isGreaterThan(0.01);
        }
        assertThat(MeterCharts.loadCurve(s).getTitle().getText()).isEqualTo("负荷曲线 – 1#变压器");
        assertThat(MeterCharts.heatmap(a).getTitle().getText()).isEqualTo("日负荷热力图");
        assertThat(MeterCharts.heatmap(a).getXYPlot().getRangeAxis().getLabel()).isEqualTo("时刻");
        assertThat(MeterCharts.loadCurve(s).getXYPlot().getRangeAxis().getLabel()).isEqualTo("功率（kW）");
    }

    @Test
    void yearOfQuarterHoursRendersQuickly() {
        MeterSeries s = year();
        assertThat(s.size()).isEqualTo(35_040);
        MeterCharts.loadCurve(s).createBufferedImage(800, 500); // warm-up: fonts, class loading
        long t0 = System.nanoTime();
        JFreeChart chart = MeterCharts.loadCurve(s);
        BufferedImage img = chart.createBufferedImage(800, 500);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("loadCurve, 35,040 points, build + render 800×500: " + ms + " ms");
        assertThat(inked(img)).isGreaterThan(0.01);
        assertThat(ms).isLessThan(2000);

        LoadAnalysis a = LoadAnalyzer.analyze(s, null, null);
        t0 = System.nanoTime();
        img = MeterCharts.heatmap(a).createBufferedImage(800, 500);
        System.out.println("heatmap, 365 × 96 cells, build + render 800×500: " + (System.nanoTime() - t0) / 1_000_000
                + " ms");
        assertThat(inked(img)).isGreaterThan(0.05);
    }

    @Test
    void emptyDataShowsNoDataMessage() {
        LoadAnalysis none = LoadAnalyzer.analyze(empty(), null, schedule());
        for (JFreeChart chart : List.of(MeterCharts.loadCurve(empty()), MeterCharts.loadCurve(null),
                MeterCharts.typicalDays(none), MeterCharts.typicalDays(null), MeterCharts.heatmap(none),
                MeterCharts.heatmap(null), MeterCharts.touShares(none))) {
            assertThat(chart.getPlot().getNoDataMessage()).isEqualTo(ChartStyler.NO_DATA);
            assertThat(inked(chart.createBufferedImage(800, 500))).as(chart.getTitle().getText()).isGreaterThan(0);
        }
    }

    @Test
    void touSharesWithoutScheduleSaysSo() {
        LoadAnalysis a = LoadAnalyzer.analyze(year(), null, null);
        JFreeChart chart = MeterCharts.touShares(a);
        assertThat(chart.getPlot().getNoDataMessage()).isEqualTo("暂无分时数据");
        assertThat(((PiePlot<?>) chart.getPlot()).getDataset().getItemCount()).isZero();
        assertThat(inked(chart.createBufferedImage(800, 500))).isGreaterThan(0);
        assertThat(MeterCharts.touShares(null).getPlot().getNoDataMessage()).isEqualTo("暂无分时数据");
    }

    @Test
    void touSharesShowEveryPeriodWithEnergy() {
        // July and August carry SHARP hours on top of PEAK, so all four periods have energy
        LoadAnalysis a = LoadAnalyzer.analyze(year(), null, schedule());
        PiePlot<?> plot = (PiePlot<?>) MeterCharts.touShares(a).getPlot();
        assertThat(plot.getDataset().getKeys()).hasSize(4);
        assertThat(MeterCharts.touShares(a).getSubtitleCount()).isPositive();
    }
}
