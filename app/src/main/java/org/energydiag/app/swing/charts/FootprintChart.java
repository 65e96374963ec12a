package org.energydiag.app.swing.charts;

import java.text.DecimalFormat;
import org.energydiag.app.text.Texts;
import org.energydiag.core.footprint.FootprintResult;
import org.energydiag.core.footprint.Stage;
import org.energydiag.core.report.footprint.FootprintDocxWriter;
import org.energydiag.core.report.plan.PlanDocxWriter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** A product's carbon footprint per declared unit by life-cycle stage (the step and the report's figure). */
public final class FootprintChart {

    private FootprintChart() {
    }

    /** Horizontal bars, kgCO2e per declared unit, one per stage inside the boundary. */
    public static JFreeChart stages(FootprintResult r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Stage s : Stage.values()) {
            if (s.inside(r.study().boundary())) {
                double v = r.perDeclaredUnit(s);
                data.addValue(Double.isFinite(v) ? v : 0, Texts.get("charts.footprint.series"), s.label());
            }
        }
        String unit = Texts.format("charts.footprint.unit", r.study().declaredUnitText());
        JFreeChart chart = ChartFactory.createBarChart(Texts.format("charts.footprint.title", r.study().product()), null, unit, data,
                PlotOrientation.HORIZONTAL, false, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return ChartStyler.paletteColor(column);
            }
        };
        renderer.setMaximumBarWidth(0.14);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("#,##0.0")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        plot.setRenderer(renderer);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(new DecimalFormat("#,##0"));
        axis.setUpperMargin(0.18);
        ChartStyler.style(chart);
        return chart;
    }

    /** The chart at print resolution for the report ({@link FootprintDocxWriter#FIG_STAGES}). */
    public static PlanDocxWriter.Figure figure(FootprintResult r) {
        return PlanFigures.chart(stages(r), Texts.format("charts.footprint.caption", r.study().product(), String.valueOf(r.year())));
    }
}
