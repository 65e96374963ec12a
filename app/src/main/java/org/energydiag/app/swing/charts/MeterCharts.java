package org.energydiag.app.swing.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.energydiag.app.text.Texts;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.meter.analysis.LoadAnalysis;
import org.energydiag.core.meter.analysis.LoadAnalyzer;
import org.energydiag.core.meter.analysis.TouPeriod;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.labels.StandardPieToolTipGenerator;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.PublicCloneable;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.chart.event.AxisChangeEvent;
import org.jfree.chart.event.AxisChangeListener;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * The charts of one interval meter: load curve, typical days, day × time-of-day heatmap and the time-of-use
 * split. Every factory returns a styled chart and never throws on missing data: the plot then shows
 * {@link ChartStyler#NO_DATA}.
 *
 * <p>Meter times are local wall times. They are placed on the axes as if they were UTC and the date axes show
 * UTC, so labels read the wall time whatever the machine's time zone (no daylight-saving shifts).
 */
public final class MeterCharts {

    /** Shown by {@link #touShares} when no time-of-use schedule was chosen. */
    public static final String NO_TOU = Texts.get("charts.noTou");

    private static final TimeZone WALL = TimeZone.getTimeZone("UTC");
    private static final long DAY_MS = 86_400_000L;
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    /** Heatmap colours from low through middle to high demand (palette light blue → yellow → red). */
    private static final Color[] HEAT = {ChartStyler.paletteColor(9), ChartStyler.paletteColor(3),
        ChartStyler.paletteColor(6)};

    private MeterCharts() {
    }

    /** At most this many raw intervals in view are drawn as they are; more are drawn as an envelope. */
    static final int RAW_LIMIT = 1000;
    /** The envelope has at most about this many buckets in view (a year: one per day, so the daily cycle does not comb it). */
    static final int ENVELOPE_COLUMNS = 400;
    /** The mean line through the envelope has about this many (a year: one per week). */
    static final int MEAN_COLUMNS = 60;
    /** Buckets of whole days and weeks begin at midnight, weeks on a Monday (1970-01-05, as a wall time). */
    static final long MONDAY = 4 * DAY_MS;
    /** Bucket widths a reader recognises, from a quarter hour to four weeks. */
    private static final long[] WIDTHS = {15 * 60_000L, 30 * 60_000L, 3_600_000L, 2 * 3_600_000L, 3 * 3_600_000L,
        6 * 3_600_000L, 12 * 3_600_000L, DAY_MS, 2 * DAY_MS, 7 * DAY_MS, 14 * DAY_MS, 28 * DAY_MS};

    /** The smallest recognisable bucket width that cuts {@code span} into at most {@code columns} buckets. */
    static long bucketWidth(long span, int columns) {
        for (long w : WIDTHS) {
            if (span / w <= columns) {
                return w;
            }
        }
        return WIDTHS[WIDTHS.length - 1] * (span / WIDTHS[WIDTHS.length - 1] / columns + 1);
    }

    /**
     * 负荷曲线: demand in kW over time. A long series is drawn as its min/max envelope per bucket of
     * the visible range with the bucket's mean as a line ({@link LoadEnvelope}); zooming in (mouse drag
     * or wheel) recomputes it for the visible range, down to the raw intervals when few are visible.
     * Dataset 0 is the line (raw demand, or the buckets' mean), dataset 1 the envelope.
     */
    public static JFreeChart loadCurve(MeterSeries s) {
        long[] ms = new long[0];
        double[] demand = new double[0];
        long step = 0;
        if (s != null && s.present() > 0 && s.intervalMinutes() > 0) {
            demand = LoadAnalyzer.demandKw(s);
            long[] starts = s.starts();
            ms = new long[starts.length];
            for (int i = 0; i < starts.length; i++) {
                ms[i] = starts[i] * 1000L;
            }
            step = s.intervalMinutes() * 60_000L;
        }
        long from = ms.length == 0 ? 0 : ms[0];
        long to = ms.length == 0 ? 1 : ms[ms.length - 1] + step;
        WholeRangeAxis time = new WholeRangeAxis(from, to);
        time.setTimeZone(WALL);
        NumberAxis power = new NumberAxis(Texts.get("charts.meter.powerAxis"));
        power.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartStyler.paletteColor(0));
        line.setSeriesStroke(0, new BasicStroke(1f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(), time, power, line);
        EnvelopeRenderer band = new EnvelopeRenderer();
        band.setSeriesPaint(0, ENVELOPE);
        plot.setDataset(1, new XYIntervalSeriesCollection());
        plot.setRenderer(1, band);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE); // the mean line over its envelope
        Zoom zoom = new Zoom(plot, ms, demand, step);
        zoom.show(from, to);
        time.addChangeListener(zoom);
        // a legend says what the band and the line are (功率范围 and 平均功率; 功率 when zoomed to the raw intervals)
        JFreeChart chart = new JFreeChart(Texts.format("charts.meter.loadCurve.title", name(s == null ? null : s.name())),
                JFreeChart.DEFAULT_TITLE_FONT, plot, ms.length > 0);
        style(chart);
        return chart;
    }

    /** The envelope's colour: the curve's colour, light. */
    private static final Color ENVELOPE = blend(ChartStyler.paletteColor(0), Color.WHITE, 0.55);

    private static Color blend(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    /** A time axis whose automatic range (also after 恢复/zoom out) is the whole series, not what is loaded for the view. */
    private static final class WholeRangeAxis extends DateAxis {
        private static final long serialVersionUID = 1L;
        private final long from;
        private final long to;

        WholeRangeAxis(long from, long to) {
            super(null);
            this.from = from;
            this.to = Math.max(to, from + 1);
            autoAdjustRange();
        }

        @Override
        protected void autoAdjustRange() {
            if (to <= from) {
                super.autoAdjustRange(); // while DateAxis's constructor runs, before the range is known
                return;
            }
            setRange(new org.jfree.data.Range(from, to), false, false);
        }
    }

    /** Recomputes a load curve's line and envelope for the visible range whenever the time axis changes (zoom). */
    private static final class Zoom implements AxisChangeListener, Serializable {
        private static final long serialVersionUID = 1L;
        private final XYPlot plot;
        private final long[] ms;
        private final double[] demand;
        private final long step;
        private double shownFrom = Double.NaN;
        private double shownTo = Double.NaN;

        Zoom(XYPlot plot, long[] ms, double[] demand, long step) {
            this.plot = plot;
            this.ms = ms;
            this.demand = demand;
            this.step = step;
        }

        @Override
        public void axisChanged(AxisChangeEvent event) {
            org.jfree.data.Range r = plot.getDomainAxis().getRange();
            if (r.getLowerBound() != shownFrom || r.getUpperBound() != shownTo) {
                show((long) Math.floor(r.getLowerBound()), (long) Math.ceil(r.getUpperBound()));
            }
        }

        void show(long from, long to) {
            shownFrom = from;
            shownTo = to;
            XYIntervalSeriesCollection envelope = new XYIntervalSeriesCollection();
            XYSeriesCollection lines = new XYSeriesCollection();
            if (ms.length > 0) {
                long end = Math.max(to, from + 1);
                LoadEnvelope.Points p = LoadEnvelope.aligned(ms, demand, from, end, bucketWidth(end - from, ENVELOPE_COLUMNS),
                        MONDAY, RAW_LIMIT);
                if (p.raw()) {
                    lines.addSeries(line(Texts.get("charts.meter.power"), p));
                } else {
                    XYIntervalSeries band = new XYIntervalSeries(Texts.get("charts.meter.powerRange"), false, true);
                    for (int i = 0; i < p.size(); i++) {
                        band.add((p.start()[i] + p.end()[i]) / 2.0, p.start()[i], p.end()[i], p.mean()[i], p.min()[i], p.max()[i]);
                    }
                    envelope.addSeries(band);
                    // the mean over coarser buckets: a calm line through the envelope (a per-pixel mean repeats the daily cycle)
                    lines.addSeries(line(Texts.get("charts.meter.meanPower"), LoadEnvelope.aligned(ms, demand, from, end,
                            Math.max(bucketWidth(end - from, MEAN_COLUMNS), p.end()[0] - p.start()[0]), MONDAY, 0)));
                }
            }
            plot.setDataset(1, envelope);
            plot.setDataset(0, lines);
        }

        /** The points' means as a line; null where missing, so the line breaks at a gap instead of bridging it. */
        private static XYSeries line(String key, LoadEnvelope.Points p) {
            XYSeries s = new XYSeries(key, false, true);
            for (int i = 0; i < p.size(); i++) {
                double x = p.raw() ? p.start()[i] : (p.start()[i] + p.end()[i]) / 2.0;
                s.add(Double.valueOf(x), Double.isNaN(p.mean()[i]) ? null : (Number) p.mean()[i], false);
            }
            return s;
        }
    }

    /**
     * Draws an {@link IntervalXYDataset} as a band: each item fills its x interval from its low to its
     * high value, widened to touch the previous item's band so the envelope has no seams; a missing item
     * (NaN) leaves a gap.
     */
    private static final class EnvelopeRenderer extends AbstractXYItemRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D area, PlotRenderingInfo info, XYPlot plot,
                             ValueAxis domain, ValueAxis range, XYDataset dataset, int series, int item, CrosshairState crosshair,
                             int pass) {
            IntervalXYDataset d = (IntervalXYDataset) dataset;
            double lo = d.getStartYValue(series, item);
            double hi = d.getEndYValue(series, item);
            if (Double.isNaN(lo) || Double.isNaN(hi)) {
                return;
            }
            if (item > 0) {
                double prevLo = d.getStartYValue(series, item - 1);
                double prevHi = d.getEndYValue(series, item - 1);
                if (!Double.isNaN(prevLo) && !Double.isNaN(prevHi)) {
                    lo = Math.min(lo, prevHi);
                    hi = Math.max(hi, prevLo);
                }
            }
            RectangleEdge xEdge = plot.getDomainAxisEdge();
            RectangleEdge yEdge = plot.getRangeAxisEdge();
            double x0 = domain.valueToJava2D(d.getStartXValue(series, item), area, xEdge);
            double x1 = domain.valueToJava2D(d.getEndXValue(series, item), area, xEdge);
            double y0 = range.valueToJava2D(lo, area, yEdge);
            double y1 = range.valueToJava2D(hi, area, yEdge);
            g2.setPaint(lookupSeriesPaint(series));
            g2.fill(new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.max(1, Math.abs(x1 - x0)),
                    Math.max(1, Math.abs(y1 - y0))));
        }

        @Override
        public org.jfree.data.Range findRangeBounds(XYDataset dataset) {
            return DatasetUtils.findRangeBounds(dataset, true); // the band's lows and highs, not only the means
        }
    }

    /** 典型日负荷曲线: mean demand per time of day over working days (Mon–Fri) and rest days (Sat–Sun). */
    public static JFreeChart typicalDays(LoadAnalysis a) {
        XYSeriesCollection data = new XYSeriesCollection();
        if (a != null && a.hasData()) {
            data.addSeries(daySeries(Texts.get("charts.meter.weekday"), a.typicalWeekdayKw(), a.intervalMinutes()));
            data.addSeries(daySeries(Texts.get("charts.meter.weekend"), a.typicalWeekendKw(), a.intervalMinutes()));
        }
        NumberAxis power = new NumberAxis(Texts.get("charts.meter.powerAxis"));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyler.paletteColor(0));
        renderer.setSeriesPaint(1, ChartStyler.paletteColor(1));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        XYPlot plot = new XYPlot(data, hourAxis(Texts.get("charts.meter.timeOfDay")), power, renderer);
        JFreeChart chart = new JFreeChart(Texts.format("charts.meter.typicalDays.title", name(a == null ? null : a.meterName())),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        style(chart);
        return chart;
    }

    /** 日负荷热力图: one column per day, one row per time-of-day slot, coloured by demand. */
    public static JFreeChart heatmap(LoadAnalysis a) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        double min = Double.NaN;
        double max = Double.NaN;
        double slotHours = a == null ? 1 : a.intervalMinutes() / 60.0;
        if (a != null && a.hasData()) {
            List<LocalDate> dates = a.heatmapDates();
            double[][] kw = a.heatmapKw();
            int n = 0;
            for (double[] row : kw) {
                for (double v : row) {
                    n += Double.isNaN(v) ? 0 : 1;
                }
            }
            double[][] xyz = new double[3][n];
            int k = 0;
            for (int d = 0; d < kw.length; d++) {
                double x = dates.get(d).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1000.0;
                for (int slot = 0; slot < kw[d].length; slot++) {
                    double v = kw[d][slot];
                    if (!Double.isNaN(v)) {
                        xyz[0][k] = x;
                        xyz[1][k] = slot * slotHours;
                        xyz[2][k] = v;
                        k++;
                        min = Double.isNaN(min) ? v : Math.min(min, v);
                        max = Double.isNaN(max) ? v : Math.max(max, v);
                    }
                }
            }
            data.addSeries(Texts.get("charts.meter.power"), xyz);
        }
        DateAxis days = new DateAxis(null);
        days.setTimeZone(WALL);
        days.setLowerMargin(0);
        days.setUpperMargin(0);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(DAY_MS);
        renderer.setBlockHeight(slotHours);
        renderer.setBlockAnchor(RectangleAnchor.BOTTOM_LEFT);
        HeatScale scale = new HeatScale(Double.isNaN(min) ? 0 : min, Double.isNaN(max) ? 1 : max);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, days, hourAxis(Texts.get("charts.meter.timeOfDay")), renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(Texts.get("charts.meter.heatmap.title"), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        style(chart);
        if (a != null && a.hasData()) {
            List<LocalDate> dates = a.heatmapDates();
            days.setRange(dates.get(0).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1000.0,
                    dates.get(dates.size() - 1).plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1000.0);
            NumberAxis legendAxis = new NumberAxis(Texts.get("charts.meter.powerAxis"));
            legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
            axis(legendAxis);
            PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setStripWidth(12);
            legend.setAxisOffset(4);
            legend.setSubdivisionCount(64);
            legend.setBackgroundPaint(ChartStyler.BACKGROUND);
            legend.setMargin(new RectangleInsets(8, 8, 8, 8));
            chart.addSubtitle(legend);
            TextTitle meter = new TextTitle(name(a.meterName()), ChartStyler.font(12f));
            meter.setPaint(ChartStyler.TEXT);
            chart.addSubtitle(0, meter);
        }
        return chart;
    }

    /**
     * 分时电量构成: energy by 尖峰/峰/平/谷/深谷 with the documents it was split by (each with the dates it is in force) and
     * a line per holiday deep valley that concerned the data (counted, or not: the details under the chart say why);
     * {@link #NO_TOU} without a schedule.
     */
    public static JFreeChart touShares(LoadAnalysis a) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        PiePlot<String> plot = new PiePlot<>(data);
        boolean hasSchedule = a != null && a.tou() != null;
        if (hasSchedule && a.hasData()) {
            Map<TouPeriod, Double> energy = a.touEnergy();
            for (TouPeriod p : TouPeriod.values()) {
                Double v = energy.get(p);
                if (v != null && v > 0) {
                    data.setValue(p.label(), v);
                    plot.setSectionPaint(p.label(), colour(p));
                }
            }
        }
        plot.setToolTipGenerator(new StandardPieToolTipGenerator(Texts.get("charts.meter.tou.tooltip"),
                new DecimalFormat("#,##0.0"), new DecimalFormat("0.0%")));
        JFreeChart chart = new JFreeChart(Texts.get("charts.meter.tou.title"), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyler.style(chart);
        ChartStyler.labelLargeSlices(plot, new StandardPieSectionLabelGenerator("{0} {2}",
                new DecimalFormat("#,##0"), new DecimalFormat("0.0%")));
        if (!hasSchedule) {
            plot.setNoDataMessage(NO_TOU);
        } else {
            TextTitle basis = new TextTitle(Texts.format("charts.meter.tou.basis",
                    a.tou().parts().isEmpty() ? a.tou().calendar().label() : a.tou().citations()), ChartStyler.font(12f));
            basis.setPaint(ChartStyler.TEXT);
            chart.addSubtitle(basis);
            for (var dv : a.tou().deepValleys()) {
                if (dv.energy() <= 0 && dv.notAppliedEnergy() <= 0 && dv.unknownEnergy() <= 0) {
                    continue; // no holiday of the rule in the data: the details say so, the chart need not
                }
                TextTitle deep = new TextTitle(deepValleyNote(dv), ChartStyler.font(12f));
                deep.setPaint(ChartStyler.TEXT);
                chart.addSubtitle(deep);
            }
        }
        return chart;
    }

    /** One line under the pie per holiday deep valley: counted, or not and that the details say why. */
    static String deepValleyNote(org.energydiag.core.meter.analysis.TouSplit.DeepValley dv) {
        String s = dv.applied() ? Texts.format("charts.meter.tou.deepValleyApplied", dv.document(), dv.rule().hours())
                : Texts.format("charts.meter.tou.deepValleyNotApplied", dv.document());
        if (dv.incomplete()) {
            s += Texts.format("charts.meter.tou.deepValleyUndecided",
                    String.join("、", dv.unknownYears().stream().map(String::valueOf).toList()));
        }
        return s;
    }

    private static Color colour(TouPeriod p) {
        return switch (p) {
            case SHARP -> ChartStyler.paletteColor(6);
            case PEAK -> ChartStyler.paletteColor(1);
            case FLAT -> ChartStyler.paletteColor(0);
            case VALLEY -> ChartStyler.paletteColor(2);
            case DEEP_VALLEY -> ChartStyler.paletteColor(7);
        };
    }

    private static XYSeries daySeries(String key, double[] kw, int intervalMinutes) {
        XYSeries series = new XYSeries(key, false, true);
        for (int slot = 0; slot < kw.length; slot++) {
            Number y = Double.isNaN(kw[slot]) ? null : (Number) kw[slot];
            series.add(Double.valueOf(slot * intervalMinutes / 60.0), y, false);
        }
        return series;
    }

    /** Time of day in hours 0–24 labelled as HH:mm every two hours. */
    private static NumberAxis hourAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0, 24);
        axis.setTickUnit(new NumberTickUnit(2, new HourFormat()));
        return axis;
    }

    /** ChartStyler's look for XY plots: fonts, grid, and no axes at all when there is nothing to show. */
    private static void style(JFreeChart chart) {
        ChartStyler.style(chart);
        chart.setPadding(new RectangleInsets(4, 4, 4, 16)); // room for the last tick label (24:00)
        XYPlot plot = chart.getXYPlot();
        axis(plot.getDomainAxis());
        axis(plot.getRangeAxis());
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        if (isEmpty(plot.getDataset())) {
            plot.getDomainAxis().setVisible(false);
            plot.getRangeAxis().setVisible(false);
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinesVisible(false);
        }
    }

    private static boolean isEmpty(XYDataset data) {
        return DatasetUtils.isEmptyOrNull(data);
    }

    private static void axis(Axis axis) {
        if (axis != null) {
            axis.setLabelFont(ChartStyler.font(12f));
            axis.setLabelPaint(ChartStyler.TEXT);
            axis.setTickLabelFont(ChartStyler.font(11f));
            axis.setTickLabelPaint(ChartStyler.TEXT);
            if (axis instanceof ValueAxis v) {
                v.setTickMarkPaint(ChartStyler.TEXT);
            }
        }
    }

    private static String name(String name) {
        return name == null || name.isBlank() ? Texts.get("charts.unnamed") : name;
    }

    /** Hours as "HH:mm" (8.5 → 08:30, 24 → 24:00). */
    private static final class HourFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            long minutes = Math.round(number * 60);
            return to.append(String.format("%02d:%02d", minutes / 60, minutes % 60));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }

    /** Linear colour scale through {@link #HEAT}; values outside the bounds take the end colours. */
    private static final class HeatScale implements PaintScale, PublicCloneable, Serializable {
        private static final long serialVersionUID = 1L;
        private final double lower;
        private final double upper;

        HeatScale(double lower, double upper) {
            this.lower = lower;
            this.upper = upper > lower ? upper : lower + 1;
        }

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return ChartStyler.BACKGROUND;
            }
            double f = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (HEAT.length - 1);
            int i = Math.min((int) f, HEAT.length - 2);
            return mix(HEAT[i], HEAT[i + 1], f - i);
        }

        private static Color mix(Color a, Color b, double t) {
            return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                    (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                    (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
        }

        @Override
        public Object clone() throws CloneNotSupportedException {
            return super.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof HeatScale h && h.lower == lower && h.upper == upper;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(lower) * 31 + Double.hashCode(upper);
        }
    }
}
