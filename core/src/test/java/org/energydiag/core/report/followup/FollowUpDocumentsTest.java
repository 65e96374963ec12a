package org.energydiag.core.report.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.demo.DemoFollowUp;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.GradeTables;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.evaluation.References;
import org.energydiag.core.followup.ImplementationStatus;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.report.agency.AnnualSummary;
import org.energydiag.core.report.plan.ClientTextTest;
import org.energydiag.core.report.plan.NumberStyle;
import org.energydiag.core.verification.FollowUpEvaluation;
import org.junit.jupiter.api.Test;

/**
 * 实施跟踪表, 回访记录 and 附件4 of the demo with its follow-up: figures are the evaluation's and the
 * follow-up's (same numbers), numbers are numbers with a 合计, and the client documents hold no
 * file names, ids or trust words. The files are left in target/followup-docs to be looked at.
 */
class FollowUpDocumentsTest {

    static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    static final References REFS = new References(EnergyReference.load(), new EfficiencyRater(GradeTables.loadBundled()),
            Catalogue.loadBundled(), List.of());

    static FollowUpEvaluation demo() {
        DiagnosisProject p = DemoProjects.cementPlant(NOW, "某诊断机构");
        p = DemoFollowUp.decidedAndFollowedUp(p, ProjectEvaluation.of(p, REFS, List.of(), DAY).report(), NOW);
        ProjectEvaluation ev = ProjectEvaluation.of(p, REFS, List.of(), DAY);
        var meter = DemoFollowUp.meter(p, NOW);
        return FollowUpEvaluation.of(ev, s -> List.of(meter), DAY);
    }

    static Path out(String name, byte[] bytes) throws Exception {
        Path dir = Path.of("target", "followup-docs");
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void trackingWorkbookHoldsTheEvaluationsNumbersWithTotals() throws Exception {
        FollowUpEvaluation f = demo();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TrackingWorkbook.write(List.of(f), DAY, bytes);
        out("tracking.xlsx", bytes.toByteArray());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(1).getCell(12).getStringCellValue()).isEqualTo(TrackingWorkbook.SUBJECT_COLUMNS.get(12));
            FollowUpEvaluation.Row done = f.rows().stream().filter(r -> r.status() == ImplementationStatus.COMPLETED).findFirst().orElseThrow();
            Row row = null;
            for (Row r : s) {
                if (r.getRowNum() >= 2 && r.getCell(3) != null && r.getCell(3).getStringCellValue().equals(done.name())) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(12).getCellType()).isEqualTo(CellType.NUMERIC);
            // the very figure of the evaluation's key project
            double planned = f.evaluation().report().keyProjects().stream().filter(k -> k.project().id().equals(done.id()))
                    .findFirst().orElseThrow().project().savingTce();
            assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(planned);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("已完成");
            // the demo's task behind its agreed completion: its planned date and 逾期, as the evaluation says
            FollowUpEvaluation.Row late = f.late().get(0);
            Row lateRow = null;
            for (Row r : s) {
                if (r.getRowNum() >= 2 && r.getCell(3) != null && r.getCell(3).getStringCellValue().equals(late.name())) {
                    lateRow = r;
                }
            }
            assertThat(lateRow).isNotNull();
            assertThat(s.getRow(1).getCell(5).getStringCellValue()).isEqualTo("计划完成日期");
            assertThat(lateRow.getCell(5).getStringCellValue()).isEqualTo(late.plannedFinish().toString());
            assertThat(lateRow.getCell(15).getStringCellValue()).isEqualTo("是");
            assertThat(row.getCell(15).getStringCellValue()).isEmpty();
            Row total = s.getRow(s.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(12).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCell(12).getNumericCellValue()).isCloseTo(f.expectedTce(), org.assertj.core.api.Assertions.within(1e-6));
            Sheet v = wb.getSheetAt(1);
            Row vt = v.getRow(v.getLastRowNum());
            assertThat(vt.getCell(13).getNumericCellValue()).isCloseTo(f.verifiedTce(), org.assertj.core.api.Assertions.within(1e-6));
            assertThat(vt.getCell(15).getNumericCellValue()).isCloseTo(f.expectedOfVerifiedTce(), org.assertj.core.api.Assertions.within(1e-6));
            assertThat(v.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(f.verifications().get(0).model().r2());
        }
    }

    @Test
    void visitRecordShowsTheVerifiedBesideTheExpectedSavingAndNoInternalText() throws Exception {
        FollowUpEvaluation f = demo();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        VisitRecord.write(f, DAY, bytes);
        out("visits.docx", bytes.toByteArray());
        String text;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()))) {
            text = new XWPFWordExtractor(d).getText();
            assertThat(d.getProperties().getCoreProperties().getTitle()).isEqualTo("节能降碳改造技术回访记录");
        }
        var v = f.verifications().get(0);
        assertThat(text).contains("技术回访记录").contains(f.evaluation().project().displayName())
                .contains("第1次回访").contains("现场回访").contains("满意")
                .contains("ASHRAE Guideline 14-2014").contains("IPMVP")
                .contains(NumberStyle.amount(v.annualTce())).contains(NumberStyle.amount(v.expectedTce()))
                .contains("R² = ").contains("90%置信");
        assertThat(forbidden(text)).isEmpty();
    }

    @Test
    void theAnnualSummaryReportsFeedbackAndVerifiedResults() throws Exception {
        FollowUpEvaluation f = demo();
        var m = AnnualSummary.model(List.of(f.evaluation()), List.of(f), "某诊断机构", DAY);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AnnualSummary.write(m, bytes);
        out("summary.docx", bytes.toByteArray());
        String text;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()))) {
            text = new XWPFWordExtractor(d).getText();
        }
        assertThat(text).contains("表7 技术回访与企业反馈").contains("企业反馈")
                .contains(NumberStyle.amount(f.verifiedTce())).contains(NumberStyle.amount(f.expectedOfVerifiedTce()))
                .contains("篦冷机已订货");
        assertThat(forbidden(text)).isEmpty();
        // without follow-ups read the summary is as before
        assertThat(AnnualSummary.model(List.of(f.evaluation()), "某诊断机构", DAY).sections().get(3).blocks())
                .hasSize(m.sections().get(3).blocks().size() - 3);
    }

    static List<String> forbidden(String text) {
        List<String> found = new ArrayList<>();
        for (var e : ClientTextTest.FORBIDDEN.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                found.add(e.getKey() + " “" + m.group() + "” in …" + text.substring(Math.max(0, m.start() - 30),
                        Math.min(text.length(), m.end() + 30)) + "…");
            }
        }
        return found;
    }
}
