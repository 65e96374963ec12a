package org.energydiag.app.swing.charts;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.energydiag.app.text.Texts;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.energy.BalanceResult.DiagramLink;
import org.energydiag.core.energy.BalanceResult.DiagramNode;
import org.energydiag.core.energy.BalanceResult.FlowDiagram;
import org.energydiag.core.report.plan.NumberStyle;
import org.energydiag.core.report.plan.PlanDocxWriter;
import org.jfree.chart.JFreeChart;

/** The charts and diagrams of the plan as PNG at print resolution (15 cm wide at about 300 dpi). */
public final class PlanFigures {
    static final int WIDTH = 1800;
    static final int HEIGHT = 1100;
    /** The energy-flow diagram is taller: 15 cm × 11 cm. */
    static final int SANKEY_HEIGHT = 1320;

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
            out.put(PlanDocxWriter.FIG_SANKEY, sankey(a.balance().diagram(), a.balance().year()));
        }
        boolean hasEmissions = a.carbon().years().stream().anyMatch(y -> y.year() == year && !y.sources().isEmpty());
        if (hasEmissions) {
            out.put(PlanDocxWriter.FIG_EMISSIONS, chart(EnergyCharts.emissions(a.carbon(), year), Texts.format("charts.caption.emissions", year)));
        }
        return out;
    }

    /**
     * All figures of the plan of {@code ev} (see {@link #of(org.energydiag.core.project.DiagnosisProject, ProjectAnalysis,
     * org.energydiag.core.io.ProjectFile.Blobs)}), drawn while the document writer warms up on another
     * thread ({@link PlanWarmup}); returns when both are done, so the plan is then written warm.
     */
    public static Map<String, PlanDocxWriter.Figure> of(org.energydiag.core.evaluation.ProjectEvaluation ev,
                                                        org.energydiag.core.io.ProjectFile.Blobs blobs) {
        PlanWarmup.awaitFigures(); // the window's start-up warm-up draws too: not at the same time
        PlanWarmup.writer(() -> ev);
        Map<String, PlanDocxWriter.Figure> figures = of(ev.project(), ev.analysis(), blobs);
        PlanWarmup.await();
        return figures;
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

    /**
     * The energy-flow diagram, its text {@value SankeyPanel#PRINT_FONT_PT} pt on paper, and the
     * table of the flows whose amounts it does not print: one row per unit they leave, in the
     * order of the diagram ("生料粉磨 | 有效利用 6,710；损失 2,876").
     */
    static PlanDocxWriter.Figure sankey(FlowDiagram d, int year) {
        SankeyPanel.Printed p = SankeyPanel.print(d, WIDTH, SANKEY_HEIGHT, PlanDocxWriter.Figure.WIDTH_CM);
        Map<String, DiagramNode> nodes = new HashMap<>();
        d.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        for (DiagramLink l : p.unlabelled()) {
            DiagramNode to = nodes.get(l.to());
            String name = to.name() == null ? "" : to.name();
            boolean carrier = !SankeyLayout.KIND_EFFECTIVE.equals(to.kind()) && !SankeyLayout.KIND_LOSS.equals(to.kind())
                    && l.label() != null && !l.label().isBlank() && !name.contains(l.label());
            bySource.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(carrier
                    ? Texts.format("charts.sankey.table.flowCarrier", name, l.label(), NumberStyle.amount(l.tce()))
                    : Texts.format("charts.sankey.table.flow", name, NumberStyle.amount(l.tce())));
        }
        List<List<String>> rows = new ArrayList<>();
        bySource.forEach((from, flows) -> {
            String name = nodes.get(from).name() == null ? "" : nodes.get(from).name();
            String group = p.groups().get(from);
            rows.add(List.of(group == null ? name : Texts.format("charts.sankey.table.inGroup", name, group),
                    String.join(Texts.get("charts.sankey.table.separator"), flows)));
        });
        PlanDocxWriter.FigureTable table = new PlanDocxWriter.FigureTable(Texts.format("charts.sankey.table.title", year),
                List.of(Texts.get("charts.sankey.table.from"), Texts.get("charts.sankey.table.flows")), rows);
        return new PlanDocxWriter.Figure(png(p.image()), WIDTH, SANKEY_HEIGHT, Texts.format("charts.caption.sankey", year), table);
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

    static PlanDocxWriter.Figure chart(JFreeChart c, String caption) {
        double scale = Math.max(1, Math.min(WIDTH / 800.0, HEIGHT / 500.0));
        BufferedImage img = c.createBufferedImage(WIDTH, HEIGHT, WIDTH / scale, HEIGHT / scale, null);
        return new PlanDocxWriter.Figure(png(img), WIDTH, HEIGHT, caption);
    }

    private static byte[] png(BufferedImage img) {
        return Png.encode(img);
    }
}
