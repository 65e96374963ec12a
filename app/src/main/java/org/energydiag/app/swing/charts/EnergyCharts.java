package org.energydiag.app.swing.charts;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.energydiag.app.text.Texts;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.energy.EnergySummary.CarrierLine;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.labels.StandardPieToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/**
 * The charts of the diagnosis: energy structure, three-year trend and emission sources. Every factory
 * returns a styled chart and never throws on missing data: the plot then shows {@link ChartStyler#NO_DATA}.
 */
public final class EnergyCharts {

    private static final String TCE_FORMAT = "#,##0.0";

    private EnergyCharts() {
    }

    /** 能源消费结构（当量值） of {@code year}: one slice per carrier with a positive tce. */
    public static JFreeChart structurePie(EnergySummary s, int year) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        PiePlot<String> plot = new PiePlot<>(data);
        List<CarrierLine> carriers = carriers(s);
        for (int i = 0; i < carriers.size(); i++) {
            double v = value(carriers.get(i).tce(), year);
            if (v > 0) {
                String key = uniqueKey(carriers.get(i).name(), data.getKeys());
                data.setValue(key, v);
                plot.setSectionPaint(key, ChartStyler.paletteColor(i));
            }
        }
        plot.setToolTipGenerator(new StandardPieToolTipGenerator(Texts.get("charts.structure.tooltip"),
                new DecimalFormat(TCE_FORMAT), new DecimalFormat("0.0%")));
        JFreeChart chart = new JFreeChart(Texts.format("charts.structure.title", year), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyler.style(chart);
        ChartStyler.labelLargeSlices(plot, new StandardPieSectionLabelGenerator("{0} {2}",
                new DecimalFormat(TCE_FORMAT), new DecimalFormat("0.0%")));
        return chart;
    }

    /** Stacked bars of the 当量值 consumption: one bar per year, one segment per carrier. */
    public static JFreeChart trend(EnergySummary s) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Integer> years = s == null || s.years() == null ? List.of() : s.years().stream().sorted().toList();
        List<CarrierLine> carriers = carriers(s);
        Map<String, Integer> colourIndex = new LinkedHashMap<>();
        for (int i = 0; i < carriers.size(); i++) {
            CarrierLine c = carriers.get(i);
            if (years.stream().allMatch(y -> value(c.tce(), y) == 0)) {
                continue;
            }
            String key = uniqueKey(c.name(), data.getRowKeys());
            colourIndex.put(key, i);
            for (int year : years) {
                data.addValue(value(c.tce(), year), key, Texts.format("charts.trend.year", year));
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(Texts.get("charts.trend.title"), null, Texts.get("charts.trend.axis"), data,
                PlotOrientation.VERTICAL, true, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        colourIndex.forEach((key, i) -> renderer.setSeriesPaint(data.getRowIndex(key), ChartStyler.paletteColor(i)));
        renderer.setMaximumBarWidth(0.18);
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator(Texts.get("charts.trend.tooltip"),
                new DecimalFormat(TCE_FORMAT)));
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new DecimalFormat("#,##0"));
        ChartStyler.style(chart);
        return chart;
    }

    /** Horizontal bars of the year's emission sources in tCO2, largest first; exports are negative. */
    public static JFreeChart emissions(CarbonResult r, int year) {
        Map<String, Double> bySource = new LinkedHashMap<>();
        if (r != null && r.years() != null) {
            r.years().stream().filter(y -> y.year() == year && y.sources() != null).findFirst()
                    .ifPresent(y -> y.sources().stream().filter(src -> Double.isFinite(src.tco2()))
                            .forEach(src -> bySource.merge(name(src.name()), src.tco2(), Double::sum)));
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(bySource.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ranked.forEach(e -> data.addValue(e.getValue(), Texts.get("charts.emissions.series"), e.getKey()));

        JFreeChart chart = ChartFactory.createBarChart(Texts.format("charts.emissions.title", year), null, "tCO2", data,
                PlotOrientation.HORIZONTAL, false, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return ChartStyler.paletteColor(column);
            }
        };
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat(TCE_FORMAT)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator(Texts.get("charts.emissions.tooltip"),
                new DecimalFormat(TCE_FORMAT)));
        plot.setRenderer(renderer);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(new DecimalFormat("#,##0"));
        axis.setUpperMargin(0.15);
        axis.setLowerMargin(0.15);
        ChartStyler.style(chart);
        return chart;
    }

    private static List<CarrierLine> carriers(EnergySummary s) {
        return s == null || s.carriers() == null ? List.of() : s.carriers();
    }

    /** The finite value of {@code year}, 0 when missing. */
    private static double value(Map<Integer, Double> byYear, int year) {
        Double v = byYear == null ? null : byYear.get(year);
        return v == null || !Double.isFinite(v) ? 0 : v;
    }

    private static String name(String name) {
        return name == null || name.isBlank() ? Texts.get("charts.unnamed") : name;
    }

    /** Dataset keys must be unique: a repeated carrier name gets a numbered suffix. */
    private static String uniqueKey(String name, List<?> existing) {
        String base = name(name);
        String key = base;
        for (int n = 2; existing.contains(key); n++) {
            key = Texts.format("charts.repeatedName", base, n);
        }
        return key;
    }
}
