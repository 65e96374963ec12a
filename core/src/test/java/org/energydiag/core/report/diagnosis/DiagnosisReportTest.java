package org.energydiag.core.report.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.GradeTables;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.evaluation.References;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.report.plan.ClientTextTest;
import org.energydiag.core.report.plan.ListsWorkbook;
import org.energydiag.core.report.plan.NumberStyle;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.text.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 节能降碳诊断报告 of the cement sample: its headings in the order README “诊断报告的结构” gives,
 * every headline figure the evaluation's own, no internal note in client text, the agency template
 * mechanism, and the refusal of a project that cannot be evaluated.
 */
class DiagnosisReportTest {

    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    static final References REFS = new References(EnergyReference.load(), new EfficiencyRater(GradeTables.loadBundled()),
            Catalogue.loadBundled(), List.of());

    /**
     * The structure followed (README “诊断报告的结构”): the diagnosis content of 《工业企业节能诊断服务指南》
     * as the ministry's notices name it (主要工序工艺、重点用能系统、关键技术装备、能源管理体系; 节能潜力;
     * 改造建议), ordered as an energy audit report after GB/T 17166-2019, and the list.
     */
    static final List<String> HEADINGS = List.of(
            "一、诊断工作概况", "（一）诊断依据", "（二）诊断范围与方法", "（三）诊断结果摘要",
            "二、企业基本情况", "（一）企业概况", "（二）生产工艺流程",
            "三、能源消费与利用状况", "（一）能源消费量及结构", "（二）能源消费变化趋势",
            "四、能源管理与计量诊断", "（一）能源管理状况", "（二）能源计量器具配备",
            "五、工艺与设备能效诊断", "（一）主要用能设备能效水平", "（二）设备节能量测算",
            "六、能量平衡分析",
            "七、能效对标分析",
            "八、碳排放分析",
            "九、诊断发现的问题",
            "十、节能降碳潜力分析",
            "十一、诊断结论与建议", "（一）诊断结论", "（二）节能降碳改造建议");

    static ProjectEvaluation ev;
    static byte[] docx;
    static String text;

    @BeforeAll
    static void exportCement() throws IOException {
        DiagnosisProject p = DemoProjects.cementPlant(NOW, "某诊断机构");
        p = DemoProjects.withDecisions(p, evaluate(p).report(), NOW);
        ev = evaluate(p);
        docx = write(ev, null);
        text = text(docx);
    }

    static ProjectEvaluation evaluate(DiagnosisProject p) {
        return ProjectEvaluation.of(p, REFS, List.of(), LocalDate.of(2026, 6, 1));
    }

    static byte[] write(ProjectEvaluation e, byte[] template) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DiagnosisReportDocxWriter(DiagnosisReportModel.of(e)).write(template == null ? null : new ByteArrayInputStream(template),
                Map.of(), out);
        return out.toByteArray();
    }

    static String text(byte[] bytes) throws IOException {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    static List<String> headings(byte[] bytes) throws IOException {
        List<String> out = new ArrayList<>();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (XWPFParagraph p : d.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    out.add(p.getText());
                }
            }
        }
        return out;
    }

    @Test
    void theHeadingsOfTheStructureInOrder() throws IOException {
        assertThat(headings(docx)).containsExactlyElementsOf(HEADINGS);
        assertThat(DiagnosisReportDocxWriter.HEADING_KEYS.stream().map(k -> Texts.get("diagreport.h." + k)).toList())
                .containsExactlyElementsOf(HEADINGS);
        // the table of contents lists them, before the body
        int contents = text.indexOf(HEADINGS.get(0));
        int body = text.indexOf(HEADINGS.get(0), contents + 1);
        assertThat(contents).isGreaterThanOrEqualTo(0);
        assertThat(body).isGreaterThan(contents);
        assertThat(text).contains("某诊断机构").contains(Texts.get("diagreport.title")).doesNotContain("{{");
    }

    @Test
    void everyHeadlineFigureIsTheEvaluations() {
        DiagnosisReportModel.Figures f = DiagnosisReportModel.of(ev).figures();
        int year = ev.project().energy().baseYear();
        double tce = ev.baseYearTotals().tce();
        double co2 = ev.analysis().carbon().years().stream().filter(y -> y.year() == year).findFirst().orElseThrow().totalTco2();
        assertThat(f.consumptionTce()).isEqualTo(tce);
        assertThat(f.emissionsTco2()).isEqualTo(co2);
        assertThat(f.tasksSavingTce()).isEqualTo(ev.report().targets().computedSavingTce());
        assertThat(f.tasksReductionTco2()).isEqualTo(ev.report().targets().computedReductionTco2());
        assertThat(f.benchmarkPotentialTce()).isEqualTo(ev.benchmarkPotentialTce());
        assertThat(f.problems()).isEqualTo(ListsWorkbook.problems(ev.report()).size());
        assertThat(f.hints()).isEqualTo(ev.report().findings().stream().filter(x -> x.severity() == Severity.INFO).count());
        assertThat(f.tasks()).isEqualTo(ev.report().tasks().size());
        assertThat(f.utilizationPercent()).isEqualTo(ev.analysis().balance().utilizationPercent());
        // the sample has every one of them, and the document prints them as the plan's number rules write them
        assertThat(tce).isPositive();
        assertThat(co2).isPositive();
        assertThat(f.tasksSavingTce()).isPositive();
        assertThat(f.benchmarkPotentialTce()).isPositive();
        assertThat(f.problems()).isPositive();
        String summary = text.substring(text.lastIndexOf("（三）诊断结果摘要"));
        assertThat(summary).contains(Texts.format("diagreport.summaryEnergy", String.valueOf(year), NumberStyle.amount(tce),
                Texts.format("diagreport.summaryEquivalent", NumberStyle.amount(ev.baseYearTotals().tceEqual())), NumberStyle.amount(co2)));
        assertThat(summary).contains(Texts.format("diagreport.summaryPotential", NumberStyle.amount(ev.benchmarkPotentialTce())));
        assertThat(summary).contains(Texts.format("diagreport.summaryTasks", f.tasks(), NumberStyle.amount(f.tasksSavingTce()),
                NumberStyle.amount(f.tasksReductionTco2())));
        assertThat(summary).contains(Texts.format("diagreport.summaryLevel", ev.report().evaluationLevel()));
    }

    @Test
    void theProblemTableHasOneRowPerProblemWithItsEvidenceAndStandard() throws IOException {
        var problems = ListsWorkbook.problems(ev.report());
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable t = d.getTables().stream().filter(x -> x.getRow(0).getCell(3).getText().equals(Texts.get("diagreport.col.evidence")))
                    .findFirst().orElseThrow();
            assertThat(t.getRows()).hasSize(problems.size() + 1);
            for (int i = 0; i < problems.size(); i++) {
                var f = problems.get(i);
                assertThat(t.getRow(i + 1).getCell(2).getText()).isEqualTo(f.title());
                if (!f.source().isBlank()) {
                    assertThat(t.getRow(i + 1).getCell(3).getText()).contains(f.source());
                }
            }
        }
    }

    @Test
    void holdsNoInternalNotes() {
        assertThat(internalNotes(text)).isEmpty();
    }

    @Test
    void theMethanolSampleToo() throws IOException {
        DiagnosisProject p = DemoProjects.methanolPlant(NOW, "某诊断机构");
        p = DemoProjects.withDecisions(p, evaluate(p).report(), NOW);
        byte[] bytes = write(evaluate(p), null);
        assertThat(headings(bytes)).containsExactlyElementsOf(HEADINGS);
        assertThat(internalNotes(text(bytes))).isEmpty();
    }

    static List<String> internalNotes(String text) {
        List<String> found = new ArrayList<>();
        for (var e : ClientTextTest.FORBIDDEN.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                int a = Math.max(0, m.start() - 30);
                int b = Math.min(text.length(), m.end() + 30);
                found.add(e.getKey() + " “" + m.group() + "” in …" + text.substring(a, b).replace('\n', ' ') + "…");
            }
        }
        return found;
    }

    @Test
    void anAgencyTemplateWithThePlaceholdersIsFilled() throws IOException {
        byte[] template;
        try (XWPFDocument t = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            t.createParagraph().createRun().setText("机构封面 {{企业名称}} {{编制日期}}");
            t.createParagraph().createRun().setText("{{正文}}");
            t.write(out);
            template = out.toByteArray();
        }
        byte[] bytes = write(ev, template);
        String t = text(bytes);
        assertThat(t).startsWith("机构封面 " + ev.project().displayName() + " 2026年6月1日");
        assertThat(headings(bytes)).containsExactlyElementsOf(HEADINGS);
    }

    @Test
    void aProjectWithoutDataIsRefusedNamingWhatIsMissing(@TempDir Path dir) {
        ProjectEvaluation empty = evaluate(DiagnosisProject.create(NOW));
        assertThat(DiagnosisReportExport.refusal(empty)).contains(String.join("、", empty.missing())).isNotBlank();
        assertThatThrownBy(() -> DiagnosisReportExport.write(empty, Map.of(), null, dir.resolve("r.docx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(DiagnosisReportExport.refusal(empty));
        assertThat(dir.resolve("r.docx")).doesNotExist();
    }

    @Test
    void missingPartsSayToCompleteInsteadOfInventing(@TempDir Path dir) throws IOException {
        // the sample without its process flow and balance: the report says so where they belong
        DiagnosisProject p = ev.project();
        p = p.withSite(p.site().withProcess(org.energydiag.core.process.ProcessFlow.empty()), NOW)
                .withEnergy(p.energy().withBalance(null), NOW);
        Path out = DiagnosisReportExport.write(evaluate(p), Map.of(), null, dir.resolve("r.docx"));
        String t = text(Files.readAllBytes(out));
        assertThat(t).contains(Texts.get("plan.missingProcess")).contains(Texts.get("diagreport.missingBalance"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("r.docx");
        }
    }
}
