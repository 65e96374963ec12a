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

    private static org.energydiag.core.meter.analysis.TouCalendar schedule() {
        return org.energydiag.core.meter.analysis.TouCalendar.of(new TouSchedule("测试时段", "unit test", List.of(
                new TouSlot(TouPeriod.VALLEY, LocalTime.of(23, 0), LocalTime.of(7, 0)),
                new TouSlot(TouPeriod.PEAK, LocalTime.of(8, 0), LocalTime.of(11, 0)),
                new TouSlot(TouPeriod.PEAK, LocalTime.of(17, 0), LocalTime.of(22, 0)),
                new TouSlot(TouPeriod.SHARP, LocalTime.of(19, 0), LocalTime.of(21, 0), Set.of(7, 8)))));
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

    /** The chart names each document it split by, with the dates it is in force (浙江 21号 until 2026-06-30, 112号 after). */
    @Test
    void touSharesAcross20260701NameBothDocumentsWithTheirDates() {
        long[] starts = new long[96 * 2];
        double[] values = new double[starts.length];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = MeterSeries.epoch(java.time.LocalDateTime.of(2026, 6, 30, 0, 0).plusMinutes(15L * i));
            values[i] = 10;
        }
        MeterSeries s = new MeterSeries("1#变压器", CarrierId.ELECTRICITY, "kWh", 15, starts, values);
        var zj = org.energydiag.core.meter.analysis.TouCalendar.forProvince(TouSchedule.loadBundled(), "浙江省").orElseThrow();
        JFreeChart chart = MeterCharts.touShares(LoadAnalyzer.analyze(s, null, zj));
        java.util.List<String> subtitles = new java.util.ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                subtitles.add(t.getText());
            }
        }
        assertThat(subtitles).contains("时段依据：浙发改价格〔2024〕21号（执行至2026-06-30）、浙发改价格〔2026〕112号（2026-07-01起执行）");
    }

    /**
     * A year of quarter hours is drawn as an envelope of 1,000 buckets with their mean; zoomed to a
     * week it is the raw intervals; zoomed out again (auto range) the envelope over the whole year.
     * With energydiag.screenshots set, the year and the week are saved as PNG at the panel's size.
     */
    @Test
    void loadCurveIsAnEnvelopeThatZoomsToTheRawIntervals() throws Exception {
        MeterSeries s = year();
        JFreeChart chart = MeterCharts.loadCurve(s);
        org.jfree.chart.plot.XYPlot plot = chart.getXYPlot();
        // 2025 starts on a Wednesday: 365 days, and 53 weeks from the Monday before 1 January
        assertThat(plot.getDataset(1).getItemCount(0)).as("envelope: one bucket a day").isEqualTo(365);
        assertThat(plot.getDataset(0).getItemCount(0)).as("mean line: one point a week").isEqualTo(53);
        long from = MeterSeries.epoch(JAN_1) * 1000L;
        long to = MeterSeries.epoch(JAN_1.plusDays(365)) * 1000L;
        assertThat(plot.getDomainAxis().getRange().getLowerBound()).isEqualTo(from);
        assertThat(plot.getDomainAxis().getRange().getUpperBound()).isEqualTo(to);
        // the envelope spans the extremes of the data: its range covers the night base and the day peak
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        org.jfree.data.xy.IntervalXYDataset band = (org.jfree.data.xy.IntervalXYDataset) plot.getDataset(1);
        for (int i = 0; i < band.getItemCount(0); i++) {
            if (!Double.isNaN(band.getStartYValue(0, i))) {
                lo = Math.min(lo, band.getStartYValue(0, i));
                hi = Math.max(hi, band.getEndYValue(0, i));
            }
        }
        double[] kw = org.energydiag.core.meter.analysis.LoadAnalyzer.demandKw(s);
        assertThat(lo).isEqualTo(java.util.Arrays.stream(kw).filter(v -> !Double.isNaN(v)).min().orElseThrow());
        assertThat(hi).isEqualTo(java.util.Arrays.stream(kw).filter(v -> !Double.isNaN(v)).max().orElseThrow());
        BufferedImage yearImage = chart.createBufferedImage(700, 340);
        assertThat(inked(yearImage)).isGreaterThan(0.05);

        // zoom to the second week of March (what a mouse drag does to the axis)
        long week = MeterSeries.epoch(JAN_1.plusDays(70)) * 1000L;
        plot.getDomainAxis().setRange(week, week + 7 * 86_400_000L);
        assertThat(plot.getDataset(1).getSeriesCount()).as("no envelope when zoomed in").isZero();
        int raw = plot.getDataset(0).getItemCount(0);
        assertThat(raw).as("the raw quarter hours of the week and one beyond each edge").isBetween(7 * 96, 7 * 96 + 3);
        assertThat(plot.getDataset(0).getXValue(0, 1)).isEqualTo(week);
        BufferedImage weekImage = chart.createBufferedImage(700, 340);
        assertThat(inked(weekImage)).isGreaterThan(0.01);

        // zoom out (恢复/auto range): the whole year again
        plot.getDomainAxis().setAutoRange(true);
        assertThat(plot.getDomainAxis().getRange().getLowerBound()).isEqualTo(from);
        assertThat(plot.getDataset(1).getItemCount(0)).isEqualTo(365);

        String out = System.getProperty("energydiag.screenshots");
        if (out != null) {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(out));
            javax.imageio.ImageIO.write(yearImage, "png", java.nio.file.Path.of(out, "load-curve-year.png").toFile());
            javax.imageio.ImageIO.write(weekImage, "png", java.nio.file.Path.of(out, "load-curve-week.png").toFile());
        }
    }
}
