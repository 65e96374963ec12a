package org.energydiag.core.report.diagnosis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.energydiag.core.report.plan.DefaultPlanTemplate;
import org.energydiag.core.report.plan.Docx;
import org.energydiag.core.report.plan.PlanDocxWriter;
import org.energydiag.core.report.plan.PlanTables.Table;
import org.energydiag.core.report.plan.TemplatedDocument;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.text.Texts;

/**
 * Writes the 节能降碳诊断报告 (.docx) from its {@link DiagnosisReportModel}: the headings of
 * {@link #HEADING_KEYS} in that order (the structure README “诊断报告的结构” explains), each part
 * filled from the model or, without data, saying what is missing (【待补充】 or a grey note). The
 * template mechanism is the plan's ({@link TemplatedDocument}: the same placeholders, so an agency's
 * plan template serves here too); without an agency template the plan's default one is used with
 * this report's title. Figures are the plan's ({@link PlanDocxWriter#FIG_STRUCTURE} …), placed where
 * this report discusses them.
 */
public final class DiagnosisReportDocxWriter {

    /** The headings in order (bundle keys {@code diagreport.h.*}): level 1 chapters and their level 2 sections. */
    public static final List<String> HEADING_KEYS = List.of(
            "overview", "basis", "scope", "summary",
            "enterprise", "profile", "process",
            "energy", "consumption", "trend",
            "management", "managementSystem", "metering",
            "equipment", "equipmentEfficiency", "equipmentSavings",
            "balance",
            "benchmark",
            "carbon",
            "findings",
            "potential",
            "conclusions", "conclusion", "recommendations");

    private final DiagnosisReportModel m;
    private TemplatedDocument d;
    private Docx w;
    private int chapter;

    public DiagnosisReportDocxWriter(DiagnosisReportModel model) {
        this.m = model;
    }

    /**
     * Writes the report.
     *
     * @param template an agency's template (with the plan's placeholders), or null for the default one
     * @param figures  the plan's figures of the same evaluation (may be empty)
     * @throws IllegalArgumentException (Chinese message) when the template is not a .docx or lacks {{正文}}
     */
    public void write(InputStream template, Map<String, PlanDocxWriter.Figure> figures, OutputStream out) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(TemplatedDocument.COMPANY, m.company());
        values.put(TemplatedDocument.AGENCY, m.agency().isBlank() ? Docx.TO_COMPLETE : m.agency());
        values.put(TemplatedDocument.DATE, Texts.format("plan.date", m.date().getYear(), m.date().getMonthValue(),
                m.date().getDayOfMonth()));
        String title = Texts.get("diagreport.title");
        try (InputStream t = template != null ? template : TemplatedDocument.defaultTemplate(title)) {
            TemplatedDocument.write(t, null, values, m.company() + " " + title, m.agency(), figures, out, doc -> {
                d = doc;
                w = doc.docx();
                body();
            });
        }
    }

    private void body() {
        overview();
        enterprise();
        energy();
        management();
        equipment();
        balance();
        benchmark();
        carbon();
        findings();
        potential();
        conclusions();
    }

    // ------------------------------------------------------------------ the chapters

    private void overview() {
        h1("overview");
        h2("basis");
        w.text(Texts.get("diagreport.basisIntro"));
        for (int i = 0; i < m.basis().size(); i++) {
            w.text((i + 1) + ". " + m.basis().get(i));
        }
        h2("scope");
        w.text(m.scope());
        h2("summary");
        m.summary().forEach(w::text);
    }

    private void enterprise() {
        h1("enterprise");
        h2("profile");
        if (!m.introduction().isBlank()) {
            w.text(m.introduction());
        }
        labelled(m.profile());
        if (m.products() == null) {
            w.missing(Texts.get("plan.missingProducts"));
        } else {
            table(m.products());
        }
        h2("process");
        if (m.processText().isBlank() && !d.hasFigure(PlanDocxWriter.FIG_PROCESS)) {
            w.missing(Texts.get("plan.missingProcess"));
        } else {
            w.text(m.processText());
            d.figure(PlanDocxWriter.FIG_PROCESS);
        }
    }

    private void energy() {
        h1("energy");
        h2("consumption");
        if (m.energy() == null) {
            w.missing(Texts.get("plan.missingEnergy"));
        } else {
            w.text(m.energyText());
            table(m.energy());
            d.figure(PlanDocxWriter.FIG_STRUCTURE);
        }
        h2("trend");
        if (m.trendText().isBlank()) {
            w.missing(Texts.get("plan.missingEnergy"));
        } else {
            w.text(m.trendText());
            d.figure(PlanDocxWriter.FIG_TREND);
        }
    }

    private void management() {
        h1("management");
        h2("managementSystem");
        if (m.managementSummary().isBlank() && m.management().stream().allMatch(l -> l.text().isBlank())) {
            w.missing(Texts.get("plan.missingManagement"));
        } else if (!m.managementSummary().isBlank()) {
            w.text(m.managementSummary());
        }
        labelled(m.management());
        h2("metering");
        if (m.metering() == null) {
            w.missing(Texts.get("diagreport.missingMetering"));
        } else {
            table(m.metering());
            w.text(m.meteringText());
        }
    }

    private void equipment() {
        h1("equipment");
        h2("equipmentEfficiency");
        if (m.equipment() == null) {
            w.missing(Texts.get("plan.missingEquipment"));
        } else {
            w.text(m.equipmentSummary());
            table(m.equipment());
        }
        h2("equipmentSavings");
        if (m.savings() == null) {
            w.missing(Texts.get("diagreport.savingsNone"));
        } else {
            w.text(Texts.get("diagreport.savingsIntro"));
            table(m.savings());
            w.text(m.savingsAssumptions());
        }
    }

    private void balance() {
        h1("balance");
        if (m.balanceText().isBlank()) {
            w.missing(Texts.get("diagreport.missingBalance"));
            return;
        }
        w.text(m.balanceText());
        d.figure(PlanDocxWriter.FIG_SANKEY);
        PlanDocxWriter.Figure sankey = d.figureOf(PlanDocxWriter.FIG_SANKEY);
        if (sankey != null && sankey.table() != null && !sankey.table().rows().isEmpty()) {
            d.table(sankey.table().title(), sankey.table().header(), sankey.table().rows(), null);
        }
        if (m.losses() != null) {
            table(m.losses());
        }
    }

    private void benchmark() {
        h1("benchmark");
        if (m.unitConsumption() == null) {
            w.missing(Texts.get("diagreport.missingBenchmark"));
            return;
        }
        w.text(Texts.get("diagreport.benchmarkIntro"));
        table(m.unitConsumption());
        if (m.benchmarkGaps() != null) {
            table(m.benchmarkGaps());
        }
    }

    private void carbon() {
        h1("carbon");
        if (m.carbon() == null) {
            w.missing(Texts.get("plan.missingCarbon"));
            return;
        }
        w.text(m.carbonText());
        table(m.carbon());
        // the trend between the table and the chart: a chart right under a table that continues on a
        // new page was drawn over the table's last row by LibreOffice
        if (!m.carbonTrend().isBlank()) {
            w.text(m.carbonTrend());
        }
        d.figure(PlanDocxWriter.FIG_EMISSIONS);
    }

    private void findings() {
        h1("findings");
        String items = String.join("、", java.util.Arrays.stream(DiagnosisItem.values()).map(DiagnosisItem::label).toList());
        w.text(Texts.format("diagreport.findingsIntro", items, d.chapter() + "-" + d.nextTable()));
        if (!m.rulesNotRun().isBlank()) {
            w.text(m.rulesNotRun());
        }
        if (m.problems() == null) {
            w.missing(Texts.get("diagreport.noProblems"));
        } else {
            d.table(m.problems().title(), m.problems().header(), m.problems().rows(), new int[] {500, 1300, 2200, 4000, 700});
        }
        if (!m.hints().isEmpty()) {
            w.text(Texts.get("diagreport.hintsIntro"));
            labelled(m.hints());
        }
    }

    private void potential() {
        h1("potential");
        w.text(Texts.get("diagreport.potentialIntro"));
        table(m.potential());
    }

    private void conclusions() {
        h1("conclusions");
        h2("conclusion");
        w.labelled(Texts.get("diagreport.labelLevel"), m.level());
        w.text(m.evaluationText());
        h2("recommendations");
        if (m.recommendations() == null) {
            w.missing(Texts.get("diagreport.recommendationsNone"));
        } else {
            w.text(Texts.get("diagreport.recommendationsIntro"));
            table(m.recommendations());
        }
    }

    // ------------------------------------------------------------------ helpers

    /** A chapter, on a page of its own (as agencies bind their reports; the contents' page numbers then hold chapter by chapter). */
    private void h1(String key) {
        if (chapter > 0) {
            w.pageBreak();
        }
        d.h1(++chapter, Texts.get("diagreport.h." + key));
    }

    private void h2(String key) {
        d.h2(Texts.get("diagreport.h." + key));
    }

    private void table(Table t) {
        d.table(t.title(), t.header(), t.rows(), t.widths());
    }

    private void labelled(List<DiagnosisReportModel.Labelled> ls) {
        for (DiagnosisReportModel.Labelled l : ls) {
            if (l.label() == null) {
                w.text(l.text());
            } else {
                w.labelled(l.label(), l.text());
            }
        }
    }
}
