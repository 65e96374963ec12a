package org.energydiag.app.swing.charts;

import java.awt.AWTError;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Set;
import org.energydiag.app.text.Texts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.general.DatasetUtils;

/**
 * The one place that defines how charts look: a font able to show Chinese, the colour palette and the
 * JFreeChart styling. Charts are always drawn on white so the same chart can go into the printed plan.
 */
public final class ChartStyler {

    /** Shown by every chart without data. */
    public static final String NO_DATA = Texts.get("charts.noData");

    /** Colour of losses (grey-red). */
    public static final Color LOSS = new Color(0xB0, 0x6A, 0x6A);
    /** Colour of effectively used energy (green). */
    public static final Color EFFECTIVE = new Color(0x3E, 0x9B, 0x5A);
    /** Colour of balance units (Sankey node bars). */
    public static final Color NODE = new Color(0x5B, 0x67, 0x70);
    /** Text and axis colour. */
    public static final Color TEXT = new Color(0x33, 0x33, 0x33);
    /** Chart background. */
    public static final Color BACKGROUND = Color.WHITE;

    /** Carriers and emission sources take these colours in order (Tableau 10 based). */
    private static final Color[] PALETTE = {
        new Color(0x4E, 0x79, 0xA7), // blue
        new Color(0xF2, 0x8E, 0x2B), // orange
        new Color(0x76, 0xB7, 0xB2), // teal
        new Color(0xED, 0xC9, 0x48), // yellow
        new Color(0xB0, 0x7A, 0xA1), // purple
        new Color(0x9C, 0x75, 0x5F), // brown
        new Color(0xE1, 0x57, 0x59), // red
        new Color(0x59, 0xA1, 0x4F), // green
        new Color(0xFF, 0x9D, 0xA7), // pink
        new Color(0x86, 0xBC, 0xD9), // light blue
    };

    private static final String[] CJK_FAMILIES = {
        "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "SimHei", "WenQuanYi Micro Hei"};
    private static final String SAMPLE = "能源结构";
    private static volatile String family;

    private ChartStyler() {
    }

    /** The palette colour of the {@code index}-th carrier or source (wraps around). */
    public static Color paletteColor(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    /** A plain font of {@code size} points that can display Chinese when such a font is installed. */
    public static Font font(float size) {
        return new Font(family(), Font.PLAIN, 1).deriveFont(size);
    }

    private static String family() {
        String f = family;
        if (f == null) {
            f = Font.SANS_SERIF;
            try {
                Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                        .getAvailableFontFamilyNames());
                for (String candidate : CJK_FAMILIES) {
                    if (installed.contains(candidate)
                            && new Font(candidate, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) {
                        f = candidate;
                        break;
                    }
                }
            } catch (RuntimeException | LinkageError | AWTError e) {
                // no font configuration at all: keep the logical font
            }
            family = f;
        }
        return f;
    }

    /** Applies fonts, colours and the no-data message to a chart built by {@link EnergyCharts}. */
    public static void style(JFreeChart chart) {
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBackgroundPaint(BACKGROUND);
        chart.setBorderVisible(false);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(font(16f).deriveFont(Font.BOLD));
            title.setPaint(TEXT);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle legend) {
                legend.setItemFont(font(12f));
                legend.setItemPaint(TEXT);
                legend.setBackgroundPaint(BACKGROUND);
                legend.setFrame(BlockBorder.NONE);
            }
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage(NO_DATA);
        plot.setNoDataMessageFont(font(14f));
        plot.setNoDataMessagePaint(Color.GRAY);
        if (plot instanceof PiePlot<?> pie) {
            pie.setLabelFont(font(12f));
            pie.setLabelPaint(TEXT);
            pie.setLabelBackgroundPaint(BACKGROUND);
            pie.setLabelOutlinePaint(null);
            pie.setLabelShadowPaint(null);
            pie.setShadowPaint(null);
            pie.setDefaultSectionOutlinePaint(BACKGROUND);
        } else if (plot instanceof CategoryPlot cat) {
            axis(cat.getDomainAxis());
            axis(cat.getRangeAxis());
            cat.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
            cat.setDomainGridlinesVisible(false);
            if (DatasetUtils.isEmptyOrNull(cat.getDataset())) {
                // nothing to measure: show only the no-data message, not a meaningless 0..1 axis
                cat.getDomainAxis().setVisible(false);
                cat.getRangeAxis().setVisible(false);
                cat.setRangeGridlinesVisible(false);
                cat.setRangeZeroBaselineVisible(false);
            }
            if (cat.getRenderer() instanceof BarRenderer bar) {
                bar.setBarPainter(new StandardBarPainter());
                bar.setShadowVisible(false);
                bar.setDefaultItemLabelFont(font(11f));
                bar.setDefaultItemLabelPaint(TEXT);
            }
        }
    }

    private static void axis(Axis axis) {
        if (axis != null) {
            axis.setLabelFont(font(12f));
            axis.setLabelPaint(TEXT);
            axis.setTickLabelFont(font(11f));
            axis.setTickLabelPaint(TEXT);
        }
    }

    /** Slices below this share of the pie get no label on the pie (their neighbours' labels would overlap); the legend names them. */
    static final double SMALL_SLICE = 0.04;

    /**
     * Labels on the pie only for slices of at least {@link #SMALL_SLICE}, so small neighbours never
     * stack their labels over each other; the legend below lists every slice with its share. Call after
     * {@link #style}.
     */
    static <K extends Comparable<K>> void labelLargeSlices(PiePlot<K> plot, org.jfree.chart.labels.StandardPieSectionLabelGenerator labels) {
        plot.setLabelGenerator(new org.jfree.chart.labels.PieSectionLabelGenerator() {
            @Override
            public String generateSectionLabel(org.jfree.data.general.PieDataset dataset, Comparable key) {
                Number v = dataset.getValue(key);
                double total = org.jfree.data.general.DatasetUtils.calculatePieDatasetTotal(dataset);
                return v == null || total <= 0 || v.doubleValue() / total < SMALL_SLICE ? null : labels.generateSectionLabel(dataset, key);
            }

            @Override
            public java.text.AttributedString generateAttributedSectionLabel(org.jfree.data.general.PieDataset dataset, Comparable key) {
                return null;
            }
        });
        plot.setLegendLabelGenerator(labels);
    }
}
