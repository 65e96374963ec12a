package org.energydiag.app.swing.charts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.energydiag.app.text.Texts;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.report.plan.PlanDocxWriter;
import org.jfree.chart.JFreeChart;

/** The charts and diagrams of the plan as PNG at print resolution (15 cm wide at about 200 dpi). */
public final class PlanFigures {
    static final int WIDTH = 1800;
    static final int HEIGHT = 1100;

    private PlanFigures() {
    }

    public static Map<String, PlanDocxWriter.Figure> of(ProjectAnalysis a, int year) {
        Map<String, PlanDocxWriter.Figure> out = new LinkedHashMap<>();
        boolean hasYear = a.energy().totals().stream().anyMatch(t -> t.year() == year && t.tce() > 0);
        if (hasYear) {
            out.put(PlanDocxWriter.FIG_STRUCTURE, chart(EnergyCharts.structurePie(a.energy(), year), Texts.format("charts.caption.structure", year)));
            out.put(PlanDocxWriter.FIG_TREND, chart(EnergyCharts.trend(a.energy()), Texts.get("charts.caption.trend")));
        }
        if (a.balance() != null && !a.balance().nodes().isEmpty()) {
            BufferedImage img = SankeyPanel.render(a.balance().diagram(), WIDTH, HEIGHT);
            out.put(PlanDocxWriter.FIG_SANKEY, new PlanDocxWriter.Figure(png(img), WIDTH, HEIGHT,
                    Texts.format("charts.caption.sankey", a.balance().year())));
        }
        boolean hasEmissions = a.carbon().years().stream().anyMatch(y -> y.year() == year && !y.sources().isEmpty());
        if (hasEmissions) {
            out.put(PlanDocxWriter.FIG_EMISSIONS, chart(EnergyCharts.emissions(a.carbon(), year), Texts.format("charts.caption.emissions", year)));
        }
        return out;
    }

    /**
     * All figures of a project's plan: the charts, the process flow diagram (or the engineer's own
     * drawing when chosen) and the photos placed in 随附材料.
     *
     * @param blobs the stored bytes of the project's attachments
     */
    public static Map<String, PlanDocxWriter.Figure> of(org.energydiag.core.project.DiagnosisProject p, ProjectAnalysis a,
                                                        org.energydiag.core.io.ProjectFile.Blobs blobs) {
        Map<String, PlanDocxWriter.Figure> out = of(a, p.energy().baseYear());
        var site = p.site();
        var drawing = site.flowDrawing().filter(org.energydiag.core.evidence.Attachment::isImage);
        if (drawing.isPresent()) {
            image(blobs, drawing.get(), Texts.get("charts.caption.process")).ifPresent(f -> out.put(PlanDocxWriter.FIG_PROCESS, f));
        } else if (!site.process().isEmpty()) {
            var layout = org.energydiag.core.process.FlowLayout.layout(site.process());
            FlowDiagramRenderer r = new FlowDiagramRenderer(ProcessLabels::shortLabel);
            BufferedImage img = r.image(site.process(), layout, 200);
            out.put(PlanDocxWriter.FIG_PROCESS, new PlanDocxWriter.Figure(png(img), img.getWidth(), img.getHeight(), Texts.get("charts.caption.process")));
        }
        for (var att : site.attachments()) {
            if (att.inPlan() && att.isImage()) {
                image(blobs, att, att.caption().isBlank() ? att.fileName() : att.caption())
                        .ifPresent(f -> out.put(PlanDocxWriter.EVIDENCE_PREFIX + att.id(), f));
            }
        }
        return out;
    }

    private static java.util.Optional<PlanDocxWriter.Figure> image(org.energydiag.core.io.ProjectFile.Blobs blobs,
                                                                  org.energydiag.core.evidence.Attachment a, String caption) {
        return blobs.get(a.id(), org.energydiag.core.evidence.Attachment.Blob.STORED).map(b -> {
            int w = a.width() > 0 ? a.width() : 1600;
            int h = a.height() > 0 ? a.height() : 1200;
            byte[] bytes = b; // JPEG or PNG, embedded as they are
            return new PlanDocxWriter.Figure(bytes, w, h, caption);
        });
    }

    private static PlanDocxWriter.Figure chart(JFreeChart c, String caption) {
        double scale = Math.max(1, Math.min(WIDTH / 800.0, HEIGHT / 500.0));
        BufferedImage img = c.createBufferedImage(WIDTH, HEIGHT, WIDTH / scale, HEIGHT / scale, null);
        return new PlanDocxWriter.Figure(png(img), WIDTH, HEIGHT, caption);
    }

    private static byte[] png(BufferedImage img) {
        try (ByteArrayOutputStream o = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", o);
            return o.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
