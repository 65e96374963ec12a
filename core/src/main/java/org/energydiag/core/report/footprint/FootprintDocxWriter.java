package org.energydiag.core.report.footprint;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import org.energydiag.core.footprint.Allocation;
import org.energydiag.core.footprint.CoProduct;
import org.energydiag.core.footprint.FootprintResult;
import org.energydiag.core.footprint.FootprintStudy;
import org.energydiag.core.footprint.Stage;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.plan.NumberStyle;
import org.energydiag.core.report.plan.PlanDocxWriter;
import org.energydiag.core.report.plan.PlanExport;
import org.energydiag.core.report.plan.Docx;
import org.energydiag.core.report.plan.TemplatedDocument;
import org.energydiag.core.text.Texts;

/**
 * Writes 产品碳足迹核算报告 as .docx, in the order of the study report of GB/T 24067-2024 (clause 7,
 * as ISO 14067:2018): basic information, goal and scope (declared unit, system boundary, cut-off and
 * exclusions, allocation), inventory (raw materials, transport, energy, process emissions), the result
 * per declared unit by life-cycle stage with its chart, data quality, conclusion. Every figure is read
 * from the {@link FootprintReport} (computed once from the evaluation). Same template mechanism and
 * document rules as the plan ({@link TemplatedDocument}).
 */
public final class FootprintDocxWriter {

    /** The key of the result chart among the figures. */
    public static final String FIG_STAGES = "footprint.stages";

    /** The level-1 headings in order (tested). */
    public static List<String> headings() {
        return List.of(Texts.get("footprint.report.h1"), Texts.get("footprint.report.h2"), Texts.get("footprint.report.h3"),
                Texts.get("footprint.report.h4"), Texts.get("footprint.report.h5"), Texts.get("footprint.report.h6"));
    }

    private final FootprintReport report;
    private final FootprintStudy study;
    private final FootprintResult result;
    private final DiagnosisProject project;
    private final PlanDocxWriter.Figure chart;
    private Body d;

    /** @param chart the result by stage as a chart ({@link #FIG_STAGES}), or null (then only the table) */
    public FootprintDocxWriter(FootprintReport report, PlanDocxWriter.Figure chart) {
        this.report = report;
        this.study = report.study();
        this.result = report.result();
        this.project = report.evaluation().project();
        this.chart = chart;
    }

    /** Writes atomically (temporary file in the same folder, then moved into place). */
    public static void export(FootprintReport report, PlanDocxWriter.Figure chart, Path template, Path out) throws IOException {
        if (template != null && !Files.isRegularFile(template)) {
            throw new IllegalArgumentException(Texts.format("plan.templateMissing", template.toAbsolutePath()));
        }
        PlanExport.atomic(out.toAbsolutePath(), o -> {
            try (InputStream t = template == null ? null : Files.newInputStream(template)) {
                new FootprintDocxWriter(report, chart).write(t, o);
            }
        });
    }

    /** @param template an agency's template (placeholders as the plan's), or null for the default one */
    public void write(InputStream template, OutputStream out) throws IOException {
        String title = Texts.format("footprint.report.title", study.product());
        LocalDate date = report.evaluation().date();
        String agency = project.enterprise().agencyName();
        Map<String, String> values = TemplatedDocument.placeholders(project, date);
        Map<String, PlanDocxWriter.Figure> figures = chart == null ? Map.of() : Map.of(FIG_STAGES, chart);
        try (InputStream t = template != null ? template : TemplatedDocument.defaultTemplate(title)) {
            TemplatedDocument.write(t, null, values, project.displayName() + " " + title, agency, figures, out, doc -> {
                d = new Body(doc);
                basics();
                scope();
                inventory();
                results();
                quality();
                conclusion();
            });
        }
    }

    /** What the chapters below write with: the shared document's headings, numbered tables and figures. */
    private static final class Body {
        private final TemplatedDocument doc;
        private final Docx w;

        Body(TemplatedDocument doc) {
            this.doc = doc;
            this.w = doc.docx();
        }

        void chapter(int no, String text) {
            doc.h1(no, text);
        }

        void heading(int level, String text) {
            if (level <= 2) {
                doc.h2(text);
            } else {
                doc.h3(text);
            }
        }

        void text(String text) {
            w.text(text);
        }

        void labelled(String label, String text) {
            w.labelled(label, text);
        }

        void missing(String text) {
            w.missing(text);
        }

        void table(String title, List<String> header, List<List<String>> rows) {
            doc.table(title, header, rows, null);
        }

        /** The number the next table will get ("n-m"), for a sentence that refers to it. */
        String nextTableNumber() {
            return doc.chapter() + "-" + doc.nextTable();
        }

        /** The figure of this key with its caption, and the table that belongs to it, if any. */
        void figure(String key, PlanDocxWriter.Figure f) {
            if (f == null) {
                return;
            }
            doc.figure(key);
            if (f.table() != null) {
                table(f.table().title(), f.table().header(), f.table().rows());
            }
        }
    }

    private void basics() {
        d.chapter(1, Texts.get("footprint.report.h1"));
        d.labelled(Texts.get("footprint.report.enterprise"), project.enterprise().name());
        d.labelled(Texts.get("footprint.report.product"), study.product());
        d.labelled(Texts.get("footprint.report.period"), Texts.format("footprint.report.periodText", String.valueOf(result.year())));
        d.labelled(Texts.get("footprint.report.standard"), study.standard());
        d.labelled(Texts.get("footprint.report.agency"), project.enterprise().agencyName());
    }

    private void scope() {
        d.chapter(2, Texts.get("footprint.report.h2"));
        d.heading(2, Texts.get("footprint.report.goal"));
        d.text(Texts.format("footprint.report.goalText", study.product(), study.standard()));
        d.heading(2, Texts.get("footprint.report.declaredUnit"));
        d.text(Texts.format("footprint.report.declaredUnitText", study.declaredUnitText(), study.product(),
                study.output() == null ? Texts.get("plan.toComplete") : NumberStyle.amount(study.output().doubleValue()),
                study.declaredUnit(), NumberStyle.amount(result.declaredUnits())));
        d.heading(2, Texts.get("footprint.report.boundary"));
        d.text(Texts.format("footprint.report.boundaryText", study.boundary().label()));
        List<List<String>> rows = new ArrayList<>();
        for (Stage s : Stage.values()) {
            rows.add(List.of(s.label(), s.inside(study.boundary()) ? Texts.get("footprint.report.included") : Texts.get("footprint.report.outside"),
                    Texts.get("footprint.report.stageContent." + s.name())));
        }
        d.table(Texts.get("footprint.report.tableBoundary"), List.of(Texts.get("footprint.report.colStage"),
                Texts.get("footprint.report.colIncluded"), Texts.get("footprint.report.colContent")), rows);
        d.heading(2, Texts.get("footprint.report.exclusions"));
        d.text(Texts.get("footprint.report.exclusionsFixed"));
        if (study.exclusions().isBlank()) {
            d.labelled(Texts.get("footprint.report.exclusionsEngineer"), "");
        } else {
            d.text(study.exclusions());
        }
        d.heading(2, Texts.get("footprint.report.allocation"));
        allocation();
    }

    private void allocation() {
        if (study.coProducts().isEmpty()) {
            d.text(Texts.format("footprint.report.allocationSingle", study.product()));
            return;
        }
        d.text(Texts.format("footprint.report.allocationText", study.allocation().label(), study.product(),
                Double.isNaN(result.share()) ? "—" : NumberStyle.percent(result.share() * 100)));
        double sum = study.coProducts().stream().filter(c -> c.basis() != null).mapToDouble(c -> c.basis().doubleValue()).sum();
        List<List<String>> rows = new ArrayList<>();
        for (CoProduct c : study.coProducts()) {
            double basis = c.basis() == null ? Double.NaN : c.basis().doubleValue();
            double pct = study.allocation() == Allocation.SHARES ? basis : basis / sum * 100;
            rows.add(List.of(c.name(), NumberStyle.amount(basis), NumberStyle.percent(pct)));
        }
        d.table(Texts.get("footprint.report.tableAllocation"), List.of(Texts.get("footprint.report.colProduct"),
                Texts.format("footprint.report.colBasis", study.allocation().basisUnit()), Texts.get("footprint.report.colShare")), rows);
    }

    private void inventory() {
        d.chapter(3, Texts.get("footprint.report.h3"));
        if (study.boundary().includesUpstream()) {
            d.heading(2, Texts.get("footprint.report.materials"));
            lines(Stage.RAW_MATERIALS, Texts.get("footprint.report.tableMaterials"), Texts.get("footprint.report.noMaterials"));
            d.heading(2, Texts.get("footprint.report.transport"));
            lines(Stage.TRANSPORT, Texts.get("footprint.report.tableTransport"), Texts.get("footprint.report.noTransport"));
        }
        d.heading(2, Texts.get("footprint.report.energy"));
        d.text(Texts.get("footprint.report.energyText"));
        lines(Stage.ENERGY, Texts.format("footprint.report.tableEnergy", String.valueOf(result.year())),
                Texts.format("footprint.missing.energy", String.valueOf(result.year())));
        d.heading(2, Texts.get("footprint.report.process"));
        lines(Stage.PROCESS, Texts.format("footprint.report.tableProcess", String.valueOf(result.year())),
                Texts.get("footprint.report.noProcess"));
    }

    /** One table per stage: name, activity, factor, source, allocated or own, the product's tCO2e. */
    private void lines(Stage stage, String title, String none) {
        List<FootprintResult.Line> ls = result.lines(stage);
        if (ls.isEmpty()) {
            d.missing(none);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (FootprintResult.Line l : ls) {
            NumberStyle.Scale scale = NumberStyle.scale(l.unit(), l.quantity());
            String activity = Double.isNaN(l.quantity()) ? l.unit() : scale.format(l.quantity()) + " " + scale.unit();
            String factor = Double.isNaN(l.factor()) ? (l.origin() instanceof org.energydiag.core.carbon.CarbonResult.Source ? l.factorUnit()
                    : Texts.get("footprint.report.factorMissing")) : NumberStyle.factor(l.factor()) + " " + l.factorUnit();
            String source = clientSource(l.source(), l.factorYear());
            rows.add(List.of(String.valueOf(n++), l.name(), activity, factor, source,
                    l.shared() ? Texts.get("footprint.report.allocated") : Texts.get("footprint.report.own"),
                    NumberStyle.amount(l.kg() / 1000)));
        }
        double sum = result.stage(stage) / 1000;
        boolean partial = ls.stream().anyMatch(l -> !l.computed());
        rows.add(List.of("", Texts.get(partial ? "footprint.report.sumPartial" : "footprint.report.sum"), "", "", "", "", NumberStyle.amount(sum)));
        d.table(title, List.of(Texts.get("plan.colNo"), Texts.get("footprint.report.colName"), Texts.get("footprint.report.colActivity"),
                Texts.get("footprint.report.colFactor"), Texts.get("footprint.report.colSource"), Texts.get("footprint.report.colAllocation"),
                Texts.get("footprint.report.colProductT")), rows);
    }

    /**
     * A factor's source as the client reads it: the publication, never a web address (a source given as
     * one is printed as the publisher's announcement of that data year).
     */
    static String clientSource(String source, int year) {
        String s = source == null ? "" : source.strip();
        if (s.contains("://") || s.toLowerCase(java.util.Locale.ROOT).contains("www.")) {
            return Texts.format("footprint.report.sourceAnnouncement", String.valueOf(year));
        }
        return (s.isEmpty() ? "—" : s) + (year > 0 && !s.contains(String.valueOf(year)) ? Texts.format("footprint.report.sourceYear", String.valueOf(year)) : "");
    }

    private void results() {
        d.chapter(4, Texts.get("footprint.report.h4"));
        String unit = Texts.format("footprint.report.perUnit", study.declaredUnitText());
        if (result.perDeclaredUnit() > 0 || result.complete()) {
            d.text(Texts.format("footprint.report.resultText", String.valueOf(result.year()), study.product(),
                    NumberStyle.intensity(result.perDeclaredUnit()), unit, NumberStyle.amount(result.totalKg() / 1000),
                    d.nextTableNumber()));
        }
        if (!result.complete()) {
            d.missing(Texts.format("footprint.report.incomplete", String.join("；", report.missing())));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (!s.inside(study.boundary())) {
                continue;
            }
            double kg = result.stage(s);
            rows.add(List.of(s.label(), NumberStyle.amount(kg / 1000), NumberStyle.intensity(result.perDeclaredUnit(s)),
                    result.totalKg() > 0 ? NumberStyle.percent(kg / result.totalKg() * 100) : "—"));
        }
        rows.add(List.of(Texts.get("footprint.report.total"), NumberStyle.amount(result.totalKg() / 1000),
                NumberStyle.intensity(result.perDeclaredUnit()), result.totalKg() > 0 ? NumberStyle.percent(100.0) : "—"));
        d.table(Texts.get("footprint.report.tableResult"), List.of(Texts.get("footprint.report.colStage"),
                Texts.get("footprint.report.colProductT"), Texts.format("footprint.report.colPerUnit", unit),
                Texts.get("footprint.report.colPercent")), rows);
        d.figure(FIG_STAGES, chart);
    }

    private void quality() {
        d.chapter(5, Texts.get("footprint.report.h5"));
        d.text(Texts.format("footprint.report.qualityFixed", String.valueOf(result.year())));
        d.labelled(Texts.get("footprint.report.qualityEngineer"), study.dataQuality());
        List<String> missing = report.missing();
        if (!missing.isEmpty()) {
            d.text(Texts.get("footprint.report.missingIntro"));
            for (int i = 0; i < missing.size(); i++) {
                d.text((i + 1) + ". " + missing.get(i));
            }
        }
    }

    private void conclusion() {
        d.chapter(6, Texts.get("footprint.report.h6"));
        if (!result.complete()) {
            d.missing(Texts.get("footprint.report.noConclusion"));
            return;
        }
        Stage largest = null;
        for (Stage s : Stage.values()) {
            if (s.inside(study.boundary()) && (largest == null || result.stage(s) > result.stage(largest))) {
                largest = s;
            }
        }
        d.text(Texts.format("footprint.report.conclusion", study.product(), NumberStyle.intensity(result.perDeclaredUnit()),
                Texts.format("footprint.report.perUnit", study.declaredUnitText()), largest.label(),
                NumberStyle.percent(result.stage(largest) / result.totalKg() * 100)));
    }
}
