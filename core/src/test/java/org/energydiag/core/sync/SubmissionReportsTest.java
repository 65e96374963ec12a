package org.energydiag.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.GradeTables;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.evaluation.References;
import org.energydiag.core.footprint.FootprintStudy;
import org.energydiag.core.footprint.Material;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.report.Deliverables;
import org.junit.jupiter.api.Test;

/**
 * A submission carries the notice's reports beside the plan (工信厅节函〔2026〕179号 二（三）): those that
 * can be written, from the plan's own evaluation; a footprint with inputs missing stays out, and
 * {@link Deliverables} says why.
 */
class SubmissionReportsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final LocalDate DATE = LocalDate.of(2026, 12, 3);
    private static final References REFS = new References(EnergyReference.load(), new EfficiencyRater(GradeTables.loadBundled()),
            Catalogue.loadBundled(), List.of());

    private static ProjectEvaluation demo(boolean footprintComplete) {
        DiagnosisProject p = DemoProjects.cementPlant(NOW, "某诊断机构");
        p = DemoProjects.withDecisions(p, ProjectEvaluation.of(p, REFS, List.of(), DATE).report(), NOW);
        if (!footprintComplete) { // the engineer has not yet entered the gypsum's factor
            FootprintStudy s = p.footprint().studies().get(0);
            List<Material> m = new ArrayList<>();
            for (Material x : s.materials()) {
                m.add(!x.name().equals("天然石膏") ? x : new Material(x.name(), x.quantity(), x.unit(), null, "kgCO2e/t", "", 0,
                        x.shared()));
            }
            p = p.withFootprint(p.footprint().with(s.withMaterials(m)), NOW);
        }
        return ProjectEvaluation.of(p, REFS, List.of(), DATE);
    }

    @Test
    void theDemoCarriesItsReportsAndLeavesOutAnIncompleteFootprint() throws Exception {
        ProjectEvaluation ev = demo(false);
        List<Deliverables.Deliverable> docs = Deliverables.of(ev);
        assertThat(docs).extracting(Deliverables.Deliverable::kind).containsExactly(Deliverables.Kind.DIAGNOSIS_REPORT,
                Deliverables.Kind.PLAN, Deliverables.Kind.CARBON_REPORT, Deliverables.Kind.FOOTPRINT_REPORT,
                Deliverables.Kind.SATISFACTION_FORM);
        Deliverables.Deliverable footprint = docs.get(3);
        assertThat(footprint.canWrite()).isFalse();
        assertThat(footprint.missing()).anyMatch(s -> s.contains("缺少排放因子"));

        List<SubmissionBuilder.Report> reports = SubmissionReports.write(ev, Map.of(), r -> null, SubmissionReports.Templates.DEFAULT);
        assertThat(reports).extracting(SubmissionBuilder.Report::kind)
                .containsExactly(SubmissionPart.Kind.DIAGNOSIS_REPORT, SubmissionPart.Kind.CARBON_REPORT);
        for (SubmissionBuilder.Report r : reports) {
            try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(r.bytes()))) {
                String title = d.getProperties().getCoreProperties().getTitle();
                assertThat(title).contains(r.kind() == SubmissionPart.Kind.DIAGNOSIS_REPORT ? "节能降碳诊断报告" : "企业碳排放核算报告");
            }
        }

        SubmissionBuilder.Prepared p = SubmissionBuilder.build(ev.project(), ProjectFile.Blobs.NONE, new byte[] {1, 2}, reports,
                null, "test", NOW, "k1");
        assertThat(p.submission().parts()).extracting(SubmissionPart::name).containsExactly(SubmissionBuilder.PROJECT_PART,
                SubmissionBuilder.PLAN_PART, SubmissionBuilder.DIAGNOSIS_REPORT_PART, SubmissionBuilder.CARBON_REPORT_PART,
                SubmissionBuilder.SATISFACTION_PART);
        assertThat(p.files().get(SubmissionBuilder.CARBON_REPORT_PART)).isEqualTo(reports.get(1).bytes());
    }

    @Test
    void aCompleteFootprintTravelsToo() throws Exception {
        ProjectEvaluation ev = demo(true);
        Deliverables.Deliverable footprint = Deliverables.of(ev).get(3);
        assertThat(footprint.complete()).as(String.join("；", footprint.missing())).isTrue();
        List<SubmissionBuilder.Report> reports = SubmissionReports.write(ev, Map.of(), r -> null, SubmissionReports.Templates.DEFAULT);
        assertThat(reports).extracting(SubmissionBuilder.Report::name).containsExactly(SubmissionBuilder.DIAGNOSIS_REPORT_PART,
                SubmissionBuilder.CARBON_REPORT_PART, SubmissionBuilder.FOOTPRINT_PART_STEM + "1.docx");
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(reports.get(2).bytes()))) {
            assertThat(d.getProperties().getCoreProperties().getTitle()).contains("碳足迹").contains(footprint.product());
        }
    }
}
