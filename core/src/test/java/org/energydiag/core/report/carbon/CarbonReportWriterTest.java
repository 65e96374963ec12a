package org.energydiag.core.report.carbon;

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
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.energydiag.core.carbon.CarbonReportInfo;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.carbon.DataOrigin;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.GradeTables;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.evaluation.References;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.report.plan.NumberStyle;
import org.energydiag.core.report.plan.PlanDocxWriter;
import org.energydiag.core.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CarbonReportWriterTest {

    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    static final References REFS = new References(EnergyReference.load(), new EfficiencyRater(GradeTables.loadBundled()),
            Catalogue.loadBundled(), List.of());

    /**
     * The report's structure: GB/T 32151.8-2015 7 报告内容和格式 (7.2 报告主体基本信息, 7.3 温室气体排放量,
     * 7.4 活动数据及来源, 7.5 排放因子数据及来源) and its 附录A 报告格式模板 (正文 一 to 五, 附表), with
     * GB/T 32150-2015's boundary, sources, data quality; in order.
     */
    static final List<String> HEADINGS = List.of(
            "一、报告主体基本信息", "（一）基本信息", "（二）核算边界", "（三）排放源及核算方法",
            "二、温室气体排放量", "（一）化石燃料燃烧排放", "（二）过程排放", "（三）购入的电力、热力产生的排放",
            "（四）输出的电力、热力产生的排放", "（五）排放总量及排放强度",
            "三、活动数据及来源", "四、排放因子数据及来源", "五、数据质量管理", "六、其他需要说明的情况",
            "附表", "附表1　温室气体排放量汇总表", "附表2　活动数据及来源表", "附表3　排放因子和计算系数表");

    static ProjectEvaluation evaluate(DiagnosisProject p) {
        return ProjectEvaluation.of(p, REFS, List.of(), LocalDate.of(2026, 6, 1));
    }

    static byte[] write(ProjectEvaluation ev, byte[] template) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CarbonReportWriter(ev).write(template == null ? null : new ByteArrayInputStream(template), out);
        return out.toByteArray();
    }

    static List<String> headings(XWPFDocument d) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : d.getParagraphs()) {
            if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                out.add(p.getText());
            }
        }
        return out;
    }

    @Test
    void theHeadingsFollowTheStandardsReportFormatInOrder() throws Exception {
        ProjectEvaluation ev = evaluate(DemoProjects.cementPlant(NOW, "某诊断机构"));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(write(ev, null)))) {
            assertThat(headings(d)).containsExactlyElementsOf(HEADINGS);
            assertThat(CarbonReportWriter.HEADINGS.stream().map(k -> Texts.get("carbonreport." + k)).toList()).isEqualTo(HEADINGS);
            String all = new XWPFWordExtractor(d).getText();
            assertThat(all).contains("GB/T 32150-2015《工业企业温室气体排放核算和报告通则》")
                    .contains("GB/T 32151.8-2015《温室气体排放核算与报告要求 第8部分：水泥生产企业》")
                    .contains("企业碳排放核算报告");
            assertThat(d.getProperties().getCoreProperties().getTitle()).endsWith("企业碳排放核算报告");
        }
    }

    @Test
    void everyEmissionFigureIsTheEvaluationsAndThePlansOwn() throws Exception {
        ProjectEvaluation ev = evaluate(DemoProjects.cementPlant(NOW, "某诊断机构"));
        CarbonReport r = new CarbonReport(ev);
        CarbonResult.YearEmissions e = r.emissions().orElseThrow();
        // the same object the plan's 一（五） reads: the evaluation's CarbonResult of the base year
        assertThat(e).isSameAs(ev.analysis().carbon().of(ev.project().energy().baseYear()));
        String total = NumberStyle.amount(e.totalTco2());
        String report;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(write(ev, null)))) {
            report = new XWPFWordExtractor(d).getText();
            // 附表1: each category's emissions and the total, as the evaluation has them
            XWPFTable summary = d.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("类别")).findFirst().orElseThrow();
            int last = summary.getNumberOfRows() - 1;
            assertThat(summary.getRow(last).getCell(1).getText()).isEqualTo(total);
            for (int i = 1; i < last; i++) {
                String label = summary.getRow(i).getCell(0).getText();
                String cat = CarbonReport.CATEGORIES.stream().filter(c -> new CarbonResult.Source("", c, 0, "", "", "").categoryLabel().equals(label))
                        .findFirst().orElseThrow();
                assertThat(summary.getRow(i).getCell(1).getText()).isEqualTo(NumberStyle.amount(e.tco2Of(cat)));
            }
        }
        ByteArrayOutputStream plan = new ByteArrayOutputStream();
        new PlanDocxWriter(ev, Map.of()).write(null, plan);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(plan.toByteArray()))) {
            String planText = new XWPFWordExtractor(d).getText();
            assertThat(planText).contains(total);
        }
        assertThat(report).contains(Texts.format("carbonreport.emissions.intro", e.year(), total));
        for (CarbonResult.Source s : e.sources()) {
            assertThat(report).contains(NumberStyle.amount(s.tco2())).contains(s.factor());
        }
        // the categories add up to the evaluation's total
        double sum = CarbonReport.CATEGORIES.stream().mapToDouble(e::tco2Of).sum();
        assertThat(sum).isCloseTo(e.totalTco2(), org.assertj.core.data.Offset.offset(1e-6 * Math.abs(e.totalTco2())));
        // Scope 2: the grid factor the evaluation used, never the footprint factor 0.5777
        assertThat(e.sourcesOf("ELECTRICITY").get(0).factor()).doesNotContain("0.5777");
        assertThat(report).doesNotContain("0.5777");
    }

    @Test
    void theDemoIsCompleteAndStatesItsSectorItems() throws Exception {
        ProjectEvaluation ev = evaluate(DemoProjects.cementPlant(NOW, "某诊断机构"));
        assertThat(CarbonReport.missing(ev)).isEmpty();
        String text;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(write(ev, null)))) {
            text = new XWPFWordExtractor(d).getText();
        }
        assertThat(text).doesNotContain("【待补充").contains("窑头粉尘").contains(Texts.get("carbonreport.missing.none"))
                .contains("实测值").contains("缺省值");
    }

    @Test
    void whatIsMissingIsListedAndMarkedNeverInvented() throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(NOW, "某诊断机构");
        p = p.withCarbon(p.carbon().withReport(CarbonReportInfo.empty()), NOW);
        ProjectEvaluation ev = evaluate(p);
        List<String> missing = CarbonReport.missing(ev);
        assertThat(missing).contains("单位性质", "法定代表人", "填报负责人", "联系人及联系方式", "核算边界说明", "数据质量管理说明",
                "行业标准要求的" + Texts.get("carbonreport.item.cement.kilnDust"));
        assertThat(missing).noneMatch(m -> m.contains("熟料产量")); // the clinker output is the project's own data
        CarbonResult.YearEmissions e = new CarbonReport(ev).emissions().orElseThrow();
        e.sources().forEach(s -> assertThat(missing).contains(Texts.format("carbonreport.missing.origin", s.name())));
        String text;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(write(ev, null)))) {
            text = new XWPFWordExtractor(d).getText();
        }
        assertThat(text).contains("【待补充：" + Texts.get("carbonreport.item.cement.rawMealCarbon") + "】")
                .contains(Texts.format("carbonreport.missing.intro", missing.size()));
        missing.forEach(m -> assertThat(text).contains(m));
    }

    @Test
    void aProjectWithoutEmissionsCannotBeReported(@TempDir Path dir) {
        DiagnosisProject p = DiagnosisProject.create(NOW);
        ProjectEvaluation ev = evaluate(p);
        assertThat(CarbonReport.canBeMade(ev)).isFalse();
        assertThat(CarbonReport.missing(ev).get(0)).contains("碳排放核算数据");
        Path out = dir.resolve("r.docx");
        assertThatThrownBy(() -> CarbonReportWriter.export(ev, null, out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("碳排放核算数据");
        assertThat(out).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anAgencyTemplateWithThePlansPlaceholdersIsUsed(@TempDir Path dir) throws Exception {
        ProjectEvaluation ev = evaluate(DemoProjects.cementPlant(NOW, "某诊断机构"));
        Path template = dir.resolve("t.docx");
        try (XWPFDocument t = new XWPFDocument()) {
            t.createParagraph().createRun().setText("机构抬头 {{诊断服务机构}} {{企业名称}}");
            t.createParagraph().createRun().setText("{{目录}}");
            t.createParagraph().createRun().setText("{{正文}}");
            try (var o = Files.newOutputStream(template)) {
                t.write(o);
            }
        }
        Path out = dir.resolve("碳排放核算报告.docx");
        CarbonReportWriter.export(ev, template, out);
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(out))) {
            String text = new XWPFWordExtractor(d).getText();
            assertThat(text).contains("机构抬头 某诊断机构 " + ev.project().displayName()).doesNotContain("{{");
            assertThat(headings(d)).containsExactlyElementsOf(HEADINGS);
        }
        Path bad = dir.resolve("bad.docx");
        try (XWPFDocument t = new XWPFDocument(); var o = Files.newOutputStream(bad)) {
            t.createParagraph().createRun().setText("no body");
            t.write(o);
        }
        assertThatThrownBy(() -> CarbonReportWriter.export(ev, bad, dir.resolve("x.docx"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{{正文}}");
    }
}
