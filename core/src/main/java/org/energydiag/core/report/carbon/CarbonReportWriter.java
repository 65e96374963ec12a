package org.energydiag.core.report.carbon;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.carbon.CarbonReportInfo;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.report.plan.DefaultPlanTemplate;
import org.energydiag.core.report.plan.Docx;
import org.energydiag.core.report.plan.NumberStyle;
import org.energydiag.core.report.plan.PlanExport;
import org.energydiag.core.report.plan.TemplatedDocument;
import org.energydiag.core.text.Texts;

/**
 * Writes 企业碳排放核算报告 (.docx) in the structure of GB/T 32150-2015's report content and the
 * report format of the sector part of GB/T 32151 (附录A 报告格式模板: 报告主体基本信息, 温室气体排放量,
 * 活动数据及来源, 排放因子数据及来源, then 数据质量管理, 其他需要说明的情况 and the 附表): see
 * {@link #HEADINGS}. Every figure is read from the evaluation ({@link CarbonReport}); what the report
 * lacks is printed 【待补充】 and listed in 六. The layout is the plan's: the bundled layout titled
 * 企业碳排放核算报告, or an agency's template with the plan's placeholders ({@link TemplatedDocument}).
 */
public final class CarbonReportWriter {

    /** The first- and second-level headings' bundle keys, in order (二's five sub-sections always; 附表's three). */
    public static final List<String> HEADINGS = List.of(
            "h.entity", "h.entity.basic", "h.entity.boundary", "h.entity.sources",
            "h.emissions", "h.emissions.fuel", "h.emissions.process", "h.emissions.purchased", "h.emissions.exported",
            "h.emissions.total",
            "h.activity", "h.factors", "h.quality", "h.other",
            "h.annex", "h.annex.summary", "h.annex.activity", "h.annex.factors");

    private final CarbonReport report;
    private final ProjectEvaluation evaluation;
    private final DiagnosisProject project;
    private TemplatedDocument doc;
    private Docx w;

    /** The report of one evaluation: every figure it prints is read from {@code ev}, none computed here. */
    public CarbonReportWriter(ProjectEvaluation ev) {
        this.evaluation = ev;
        this.project = ev.project();
        this.report = new CarbonReport(ev);
    }

    /** The report's title. */
    public static String title() {
        return Texts.get("carbonreport.title");
    }

    /**
     * Writes the report atomically (temporary file, then moved into place).
     *
     * @param template an agency's template, or null for the bundled layout
     * @throws IllegalArgumentException (Chinese message) when the template is missing, not a .docx or
     *                                  lacks {{正文}}, or when the report year has no emissions
     */
    public static void export(ProjectEvaluation ev, Path template, Path out) throws IOException {
        if (template != null && !Files.isRegularFile(template)) {
            throw new IllegalArgumentException(Texts.format("plan.templateMissing", template.toAbsolutePath()));
        }
        if (!CarbonReport.canBeMade(ev)) {
            throw new IllegalArgumentException(Texts.format("carbonreport.cannot", String.join("；", CarbonReport.missing(ev))));
        }
        PlanExport.atomic(out.toAbsolutePath(), o -> {
            try (InputStream t = template == null ? null : Files.newInputStream(template)) {
                new CarbonReportWriter(ev).write(t, o);
            }
        });
    }

    /** Writes the report into {@code template} (null: the bundled layout). */
    public void write(InputStream template, OutputStream out) throws IOException {
        try (InputStream t = template != null ? template : TemplatedDocument.defaultTemplate(title())) {
            TemplatedDocument.write(t, null, TemplatedDocument.placeholders(project, evaluation.date()),
                    project.displayName() + " " + title(), project.enterprise().agencyName(), java.util.Map.of(), out, d -> {
                        doc = d;
                        w = d.docx();
                        body();
                    });
        }
    }

    private void body() {
        CarbonResult.YearEmissions e = report.emissions().orElseThrow(() -> new IllegalArgumentException(
                Texts.format("carbonreport.cannot", String.join("；", CarbonReport.missing(evaluation)))));
        String standards = Texts.get("carbonreport.standard.general")
                + report.sectorPart().map(p -> Texts.format("carbonreport.standard.and", p.standard())).orElse("");
        w.text(Texts.format("carbonreport.intro", project.displayName(), report.year(), standards));
        entity(e);
        emissions(e);
        activity(e);
        factors(e);
        h1(5, text("h.quality"));
        CarbonReportInfo info = report.info();
        if (info.dataQuality().isBlank()) {
            w.labelled(text("quality.label"), "");
        } else {
            w.text(info.dataQuality());
        }
        other();
        annex(e);
    }

    // ------------------------------------------------------------------ 一 报告主体基本信息

    private void entity(CarbonResult.YearEmissions e) {
        Enterprise en = project.enterprise();
        CarbonReportInfo info = report.info();
        h1(1, text("h.entity"));
        h2(text("h.entity.basic"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(text("field.name"), en.name()));
        rows.add(row(text("field.creditCode"), en.creditCode()));
        rows.add(row(text("field.nature"), info.entityNature()));
        rows.add(row(text("row.sector"), (en.sector() == null ? "" : en.sector().label())
                + (en.industryName().isBlank() ? "" : Texts.format("plan.industry", en.industryCode(), en.industryName()))));
        rows.add(row(text("row.year"), Texts.format("carbonreport.yearValue", report.year())));
        rows.add(row(text("field.legal"), info.legalRepresentative()));
        rows.add(row(text("field.responsible"), info.reportResponsible()));
        rows.add(row(text("field.contact"), info.contact()));
        rows.add(row(text("row.address"), en.address()));
        table(text("table.entity"), List.of(text("col.item"), text("col.content")), rows, new int[] {2100, 6860});

        h2(text("h.entity.boundary"));
        w.text(Texts.format("carbonreport.boundary.scope", report.sectorPart().map(SectorPart::standard)
                .orElse(Texts.get("carbonreport.standard.general"))));
        if (report.sectorPart().isEmpty()) {
            w.text(text("boundary.noSectorPart"));
        }
        w.labelled(text("boundary.label"), info.boundary());

        h2(text("h.entity.sources"));
        w.text(text("sources.intro"));
        List<List<String>> src = new ArrayList<>();
        for (CarbonResult.Source s : e.sources()) {
            src.add(List.of(s.name(), s.categoryLabel(), report.method(s)));
        }
        table(Texts.format("carbonreport.table.sources", report.year()), List.of(text("col.source"), text("col.category"), text("col.method")), src);
    }

    // ------------------------------------------------------------------ 二 温室气体排放量

    private void emissions(CarbonResult.YearEmissions e) {
        h1(2, text("h.emissions"));
        w.text(Texts.format("carbonreport.emissions.intro", report.year(), NumberStyle.amount(e.totalTco2())));
        category(e, "h.emissions.fuel", List.of("FUEL"));
        category(e, "h.emissions.process", List.of("PROCESS"));
        category(e, "h.emissions.purchased", List.of("ELECTRICITY", "HEAT"));
        category(e, "h.emissions.exported", List.of("EXPORT"));
        h2(text("h.emissions.total"));
        List<String> header = new ArrayList<>(List.of(text("col.year")));
        List<String> present = CarbonReport.CATEGORIES.stream()
                .filter(c -> report.years().stream().anyMatch(y -> !y.sourcesOf(c).isEmpty())).toList();
        present.forEach(c -> header.add(categoryLabel(c)));
        header.add(text("col.totalShort"));
        header.add(text("col.perValue"));
        List<List<String>> rows = new ArrayList<>();
        for (CarbonResult.YearEmissions y : report.years()) {
            List<String> r = new ArrayList<>(List.of(String.valueOf(y.year())));
            present.forEach(c -> r.add(y.sourcesOf(c).isEmpty() ? "—" : NumberStyle.amount(y.tco2Of(c))));
            r.add(NumberStyle.amount(y.totalTco2()));
            r.add(NumberStyle.intensity(y.perWanYuan()));
            rows.add(r);
        }
        table(text("table.years"), header, rows);
        for (CarbonResult.YearEmissions y : report.years()) {
            if (!y.perProduct().isEmpty()) {
                w.text(Texts.format("carbonreport.perProduct", y.year(), String.join("、", y.perProduct().stream()
                        .map(i -> Texts.format("carbonreport.perProductItem", i.product(), NumberStyle.intensity(i.value()), i.unit())).toList())));
            }
        }
        if (e.perProduct().isEmpty() && Double.isNaN(e.perWanYuan())) {
            w.missing(text("intensity.none"));
        }
    }

    private void category(CarbonResult.YearEmissions e, String heading, List<String> categories) {
        h2(text(heading));
        List<CarbonResult.Source> sources = new ArrayList<>();
        categories.forEach(c -> sources.addAll(e.sourcesOf(c)));
        if (sources.isEmpty()) {
            w.text(Texts.format("carbonreport.none", report.year()));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (CarbonResult.Source s : sources) {
            rows.add(List.of(s.name(), activity(s), s.factor(), NumberStyle.amount(s.tco2())));
        }
        if (sources.size() > 1) {
            double sum = categories.stream().mapToDouble(e::tco2Of).sum();
            rows.add(List.of(text("col.subtotal"), "", "", NumberStyle.amount(sum)));
        }
        table(Texts.format("carbonreport.table.category", report.year(), text(heading).replaceFirst("^（.）", "")),
                List.of(text("col.source"), text("col.activity"), text("col.factor"), text("col.tco2")), rows,
                new int[] {1900, 1700, 4160, 1200});
    }

    // ------------------------------------------------------------------ 三, 四

    private void activity(CarbonResult.YearEmissions e) {
        h1(3, text("h.activity"));
        w.text(text("activity.intro"));
        for (CarbonResult.Source s : e.sources()) {
            w.labelled(s.name(), Texts.format("carbonreport.activity.line", activity(s), report.origin(s)));
        }
    }

    private void factors(CarbonResult.YearEmissions e) {
        h1(4, text("h.factors"));
        w.text(text("factors.intro"));
        for (CarbonResult.Source s : e.sources()) {
            w.labelled(s.name(), Texts.format("carbonreport.factor.line", s.factor(), report.factorKind(s),
                    report.factorSource(s)));
        }
    }

    // ------------------------------------------------------------------ 六 其他需要说明的情况

    private void other() {
        h1(6, text("h.other"));
        CarbonReportInfo info = report.info();
        report.sectorPart().ifPresent(p -> {
            w.text(Texts.format("carbonreport.sector.intro", p.standard()));
            for (SectorPart.Item i : p.items()) {
                String said = info.statement(i.key());
                if (i.metByData(evaluation)) {
                    w.labelled(i.text(), said.isBlank() ? text("sector.metByData") : said);
                } else if (!said.isBlank()) {
                    w.labelled(i.text(), said);
                } else {
                    w.labelled(i.text(), Texts.format("carbonreport.toComplete", i.text()));
                }
            }
        });
        List<String> missing = CarbonReport.missing(evaluation);
        if (missing.isEmpty()) {
            w.text(text("missing.none"));
        } else {
            w.text(Texts.format("carbonreport.missing.intro", missing.size()));
            for (int i = 0; i < missing.size(); i++) {
                w.missing((i + 1) + ". " + missing.get(i));
            }
        }
        if (!info.remarks().isBlank()) {
            w.text(info.remarks());
        }
        w.text(text("declaration"));
        for (String line : text("signature").split("\\|")) {
            w.text(line);
        }
    }

    // ------------------------------------------------------------------ 附表

    private void annex(CarbonResult.YearEmissions e) {
        h1(7, text("h.annex"));
        h2(text("h.annex.summary"));
        List<List<String>> rows = new ArrayList<>();
        for (String c : CarbonReport.CATEGORIES) {
            if (!e.sourcesOf(c).isEmpty()) {
                rows.add(List.of(categoryLabel(c), NumberStyle.amount(e.tco2Of(c)),
                        c.equals("EXPORT") ? "" : NumberStyle.percent(e.tco2Of(c) / e.totalTco2() * 100) + "%"));
            }
        }
        rows.add(List.of(text("col.totalShort"), NumberStyle.amount(e.totalTco2()), "100%"));
        w.text(Texts.format("carbonreport.annexNote", report.year()));
        w.grid(List.of(text("col.category"), text("col.tco2"), text("col.share")), rows, null);
        h2(text("h.annex.activity"));
        List<List<String>> act = new ArrayList<>();
        for (CarbonResult.Source s : e.sources()) {
            act.add(List.of(s.name(), s.categoryLabel(), activity(s), report.origin(s)));
        }
        w.grid(List.of(text("col.source"), text("col.category"), text("col.activity"), text("col.origin")), act,
                new int[] {1900, 1400, 1700, 3960});
        h2(text("h.annex.factors"));
        List<List<String>> fac = new ArrayList<>();
        for (CarbonResult.Source s : e.sources()) {
            fac.add(List.of(s.name(), s.factor(), report.factorKind(s), report.factorSource(s)));
        }
        w.grid(List.of(text("col.source"), text("col.factor"), text("col.kind"), text("col.factorSource")), fac, null);
    }

    // ------------------------------------------------------------------ helpers

    /** A source's activity datum as the evaluation words it, its figure and unit kept on one line (no-break spaces). */
    private static String activity(CarbonResult.Source s) {
        return s.activity().isBlank() ? "—" : s.activity().replace(' ', '\u00A0');
    }

    private static String categoryLabel(String category) {
        return new CarbonResult.Source("", category, 0, "", "", "").categoryLabel();
    }

    private void h1(int no, String title) {
        doc.h1(no, title);
    }

    private void h2(String title) {
        doc.h2(title);
    }

    private void table(String title, List<String> header, List<List<String>> rows) {
        table(title, header, rows, null);
    }

    private void table(String title, List<String> header, List<List<String>> rows, int[] widths) {
        doc.table(title, header, rows, widths);
    }

    private static List<String> row(String label, String value) {
        return List.of(label, value == null || value.isBlank() ? Docx.TO_COMPLETE : value);
    }

    private static String text(String key) {
        return Texts.get("carbonreport." + key);
    }
}
