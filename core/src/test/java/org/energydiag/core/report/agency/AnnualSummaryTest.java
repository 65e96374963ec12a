package org.energydiag.core.report.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.reference.EnergyReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnualSummaryTest {

    private static final EnergyReference REF = EnergyReference.load();
    private static final org.energydiag.core.evaluation.References REFS = new org.energydiag.core.evaluation.References(REF,
            new org.energydiag.core.equipment.rating.EfficiencyRater(org.energydiag.core.equipment.rating.GradeTables.loadBundled()),
            org.energydiag.core.catalogue.Catalogue.loadBundled(), java.util.List.of());

    private static java.util.List<org.energydiag.core.evaluation.ProjectEvaluation> evaluate(java.util.List<org.energydiag.core.project.DiagnosisProject> ps) {
        return ps.stream().map(p -> org.energydiag.core.evaluation.ProjectEvaluation.of(p, REFS, java.util.List.of(), DATE)).toList();
    }
    private static final LocalDate DATE = LocalDate.of(2026, 12, 10);

    /*
     * Totals by hand (fixture: A = demo cement plant, B = transformer maker, C = cement plant
     * without energy data):
     *   enterprises 3: 一 2 (A, C), 二 1 (B); sectors 水泥 2, C3821 1; provinces 安徽省 1, 江苏省 2.
     *   energy (base year 2025, 当量值): A is the demo's own figure (≈ 33.97 万tce, see
     *     DemoProjects; taken from ProjectAnalysis), B = 1000 万kWh × 1.229 tce/万kWh = 1 229 tce,
     *     C not filled → total = A + 1 229 tce, 1 enterprise left out.
     *   emissions: A from ProjectAnalysis (≈ 257.0 万tCO2), B = 10 000 MWh × 0.5306 tCO2/MWh
     *     = 5 306 tCO2, C none.
     *   tasks 3 (all A's): 水泥 2 × 重点用能装备改造类 + 1 × 公辅系统优化类.
     *   key projects 3: investment 18 000 + 60 + (C not filled) = 18 060 万元, 1 missing;
     *     saving 12 000 + 350 + 1 500 = 13 850 tce/a; reduction 31 000 + (none) + 3 900 = 34 900 tCO2/a,
     *     1 missing; cost saving 1 440 + 42 + 150 = 1 632 万元/a.
     */
    @Test
    void totalsAreTheSumsOfTheProjects() {
        var a = AgencyDocumentsFixture.a();
        ProjectAnalysis an = ProjectAnalysis.of(a, REF);
        double aTce = an.energy().totalsOf(2025).tce();
        double aTco2 = an.carbon().of(2025).totalTco2();
        assertThat(aTce).isCloseTo(339_704, within(1.0));

        var m = AnnualSummary.model(evaluate(AgencyDocumentsFixture.all()), "安徽省经济和信息化厅", DATE);
        var t = m.totals();
        assertThat(t.projects()).isEqualTo(3);
        assertThat(t.keySectorProjects()).isEqualTo(2);
        assertThat(t.productProjects()).isEqualTo(1);
        assertThat(t.bySector()).containsExactlyInAnyOrderEntriesOf(Map.of("水泥", 2, "C3821 变压器、整流器和电感器制造", 1));
        assertThat(t.byProvince()).containsExactlyInAnyOrderEntriesOf(Map.of("安徽省", 1, "江苏省", 2));
        assertThat(t.energyTce()).isCloseTo(aTce + 1229.0, within(1e-6));
        assertThat(t.withoutEnergy()).isEqualTo(1);
        assertThat(t.emissionsTco2()).isCloseTo(aTco2 + 5306.0, within(1e-6));
        assertThat(t.withoutEmissions()).isEqualTo(1);
        assertThat(t.keyProjects()).isEqualTo(3);
        assertThat(t.investmentWanYuan()).isEqualTo(18060.0);
        assertThat(t.withoutInvestment()).isEqualTo(1);
        assertThat(t.savingTce()).isEqualTo(13850.0);
        assertThat(t.withoutSaving()).isZero();
        assertThat(t.reductionTco2()).isEqualTo(34900.0);
        assertThat(t.withoutReduction()).isEqualTo(1);
        assertThat(t.costSavingWanYuan()).isEqualTo(1632.0);
        assertThat(t.tasks()).isEqualTo(3);
        assertThat(m.dateText()).isEqualTo("2026年12月10日");
    }

    @Test
    void documentHasTheOutlinesHeadingsTablesAndTotals() throws IOException {
        byte[] bytes = render(AgencyDocumentsFixture.all());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(0).getText()).isEqualTo("2026年度工业节能降碳诊断服务工作总结");
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("2026年12月10日",
                    "报送单位：安徽省经济和信息化厅");
            // the five outline headings, exactly and in this order, as 标题 1
            List<String> headings = ps.stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText)
                    .toList();
            assertThat(headings).containsExactly("一、年度工作完成情况", "二、节能降碳诊断结果", "三、报告编制情况",
                    "四、典型经验做法", "五、随附材料");
            String text = String.join("\n", ps.stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("共组织对 3 家企业开展工业节能降碳诊断服务，其中重点行业领域企业节能降碳诊断 2 家、"
                    + "重点工业产品设备节能降碳诊断 1 家");
            assertThat(text).contains("分布在 2 个省份、2 个行业领域");
            assertThat(text).contains("（1 家企业未填写，未计入）");
            // 18 060 万元 with one project not filled; 13 850 tce; 34 900 tCO2; 1 632 万元
            assertThat(text).contains("拟实施节能降碳改造重点项目 3 项，预计总投资 18,060.00 万元；预期年节能量 13,850 吨标准煤，"
                    + "年减少二氧化碳排放 34,900 吨，年节约能源费用 1,632.00 万元（部分项目未填写相应估算");
            assertThat(text).contains("各被诊断企业共采纳节能降碳改造任务 3 项");
            assertThat(text).contains("本节内容无法由项目数据汇总");
            // reports the application does not write are what must be attached, not a count of files it has seen
            assertThat(text).contains("1. 节能降碳诊断报告（应附 3 份）", "4. 工业产品碳足迹核算报告（应附 1 份）");
            assertThat(text).contains("表1 被诊断企业行业分布", "表2 被诊断企业区域分布", "表3 被诊断企业能源消费及碳排放情况",
                    "表4 分行业领域节能降碳改造措施建议", "表5 拟实施节能降碳改造重点项目及预期效果", "表6 报告编制情况");

            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(6);
            // 表4: by sector, A's three tasks under 水泥, none for C3821
            XWPFTable measures = tables.get(3);
            assertThat(measures.getRow(1).getTableCells()).extracting(c -> c.getText()).containsExactly("1", "水泥", "2",
                    "3", "重点用能装备改造类任务 2 项；公辅系统优化类任务 1 项", "淘汰 JS 系列电机；更换 S9 变压器；窑尾高温风机变频改造");
            assertThat(measures.getRow(2).getCell(3).getText()).isEqualTo("0");
            XWPFTable provinces = tables.get(1);
            assertThat(provinces.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("序号", "省份", "企业数量（家）", "综合能源消费量（万吨标准煤）", "碳排放量（万吨二氧化碳）");
            // total row: 3 enterprises
            XWPFTable keyProjects = tables.get(4);
            var last = keyProjects.getRow(keyProjects.getNumberOfRows() - 1);
            assertThat(last.getTableCells()).extracting(c -> c.getText())
                    .containsExactly("合计", "", "", "", "18,060.00", "13,850", "34,900", "1,632.00");
            // C's project without investment, A's second without reduction
            assertThat(keyProjects.getText()).contains("未填写");
            XWPFTable energy = tables.get(2);
            assertThat(energy.getRow(3).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("3", "南京示例水泥有限公司", "江苏省", "水泥", "2025", "未填写", "未填写");
            assertThat(energy.getRow(2).getCell(5).getText()).isEqualTo("1,229");
            assertThat(energy.getRow(2).getCell(6).getText()).isEqualTo("5,306");

            // East Asian fonts on runs: 黑体 for headings, 宋体 for body
            XWPFRun headingRun = ps.stream().filter(p -> "Heading1".equals(p.getStyle())).findFirst().orElseThrow()
                    .getRuns().get(0);
            assertThat(headingRun.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            XWPFRun bodyRun = ps.stream().filter(p -> p.getText().startsWith("本年度")).findFirst().orElseThrow()
                    .getRuns().get(0);
            assertThat(bodyRun.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
            // A4 portrait
            var sz = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) sz.getW()).intValue()).isEqualTo(11906);
            assertThat(((java.math.BigInteger) sz.getH()).intValue()).isEqualTo(16838);
        }
    }

    @Test
    void noProjectsEverySectionSaysSo() throws IOException {
        byte[] bytes = render(List.of());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).containsExactlyElementsOf(AnnualSummary.HEADINGS);
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("本年度尚无诊断项目数据", "各项目尚未填写拟实施的节能降碳改造重点项目",
                    "报告编制情况无法汇总", "暂无随附材料");
            assertThat(doc.getTables()).isEmpty();
        }
    }

    @Test
    void libreOfficeConvertsTheDocumentToPdf(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("soffice"), "soffice (LibreOffice) is not on PATH");
        Path docx = dir.resolve("summary.docx");
        Files.write(docx, render(AgencyDocumentsFixture.all()));
        Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        Path pdf = dir.resolve("summary.pdf");
        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isGreaterThan(1000);
    }

    /**
     * 表6 counts a footprint as done when its report is complete (Deliverables: it can be written and
     * submitted), else as to do; the demo's is complete, without the gypsum's factor it is not.
     */
    @Test
    void table6TellsACompleteFootprintFromOneStillToDo() throws IOException {
        var done = AgencyDocumentsFixture.a();
        assertThat(done.footprint().studies()).as("the demo's P·O 42.5 study").isNotEmpty();
        var study = done.footprint().studies().get(0);
        var materials = study.materials().stream().map(m -> !m.name().equals("天然石膏") ? m
                : new org.energydiag.core.footprint.Material(m.name(), m.quantity(), m.unit(), null, "kgCO2e/t", "", 0,
                m.shared())).toList();
        var todo = done.withFootprint(done.footprint().with(study.withMaterials(materials)), done.updatedAt());
        for (var p : List.of(todo, done)) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(List.of(p))))) {
                String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
                XWPFTable t6 = doc.getTables().get(doc.getTables().size() - 1);
                String cell = t6.getRow(1).getCell(4).getText();
                if (p == done) {
                    assertThat(cell).isEqualTo("已核算（" + study.product() + "）");
                    assertThat(text).contains("1 家企业已完成产品碳足迹核算");
                } else {
                    assertThat(cell).doesNotContain("已核算");
                    assertThat(text).contains("0 家企业已完成产品碳足迹核算");
                }
            }
        }
    }

    /**
     * 表6's carbon column is the 企业碳排放核算报告 of Deliverables: complete (可编制，数据齐全), written with
     * its gaps marked, or not yet possible (no emissions in the base year); the text counts the complete ones.
     */
    @Test
    void table6CountsTheCarbonReportsThatCanBeWritten() throws IOException {
        var complete = AgencyDocumentsFixture.a();
        var ev = evaluate(List.of(complete)).get(0);
        var report = org.energydiag.core.report.Deliverables.of(ev).stream()
                .filter(x -> x.kind() == org.energydiag.core.report.Deliverables.Kind.CARBON_REPORT).findFirst().orElseThrow();
        assertThat(report.complete()).as(String.join("；", report.missing())).isTrue();
        // without the accounting report's inputs: the emissions are there, the report lacks its entity fields
        var gaps = complete.withCarbon(complete.carbon().withReport(org.energydiag.core.carbon.CarbonReportInfo.empty()),
                complete.updatedAt());
        var gapsReport = org.energydiag.core.report.Deliverables.of(evaluate(List.of(gaps)).get(0)).stream()
                .filter(x -> x.kind() == org.energydiag.core.report.Deliverables.Kind.CARBON_REPORT).findFirst().orElseThrow();
        assertThat(gapsReport.canWrite()).isTrue();
        assertThat(gapsReport.missing()).isNotEmpty();
        var none = AgencyDocumentsFixture.c(); // no energy data: no emissions, no report
        for (var p : List.of(complete, gaps, none)) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(List.of(p))))) {
                String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
                XWPFTable t6 = doc.getTables().get(doc.getTables().size() - 1);
                assertThat(t6.getRow(0).getCell(3).getText()).isEqualTo("企业碳排放核算报告");
                String cell = t6.getRow(1).getCell(3).getText();
                if (p == complete) {
                    assertThat(cell).isEqualTo("可编制，数据齐全（2025年）");
                    assertThat(text).contains("1 家企业的企业碳排放核算报告数据齐全、可以编制");
                } else if (p == gaps) {
                    assertThat(cell).isEqualTo("已核算排放（2025年），报告尚缺 " + gapsReport.missing().size() + " 项");
                    assertThat(text).contains("0 家企业的企业碳排放核算报告数据齐全、可以编制");
                } else {
                    assertThat(cell).isEqualTo("未核算");
                    assertThat(text).contains("0 家企业的企业碳排放核算报告数据齐全、可以编制");
                }
            }
        }
    }

    private static byte[] render(List<org.energydiag.core.project.DiagnosisProject> projects) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnualSummary.write(evaluate(projects), "安徽省经济和信息化厅", DATE, out);
        return out.toByteArray();
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, exe))) {
                return true;
            }
        }
        return false;
    }
}
