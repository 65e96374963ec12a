package org.energydiag.core.report.plan;

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
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.GradeTables;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan read back: every heading of 附件2 in order, 表3-1's columns, placeholders filled; LibreOffice opens it. */
class PlanDocxWriterTest {

    static final EnergyReference REF = EnergyReference.load();
    static final EfficiencyRater RATER = new EfficiencyRater(GradeTables.loadBundled());
    static final Catalogue CATALOGUE = Catalogue.loadBundled();
    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    /**
     * The headings of 附件2 节能降碳改造具体方案（参考模板）, 工信厅节函〔2026〕179号 (shared/seeds/000_…txt),
     * in order; 项目一… headings in between are the key projects themselves.
     */
    static final List<String> TEMPLATE_HEADINGS = List.of(
            "一、重点用能单位概况", "（一）基本情况", "（二）生产工艺流程及主要用能设备", "1. 生产工艺流程", "2. 主要用能设备清单",
            "（三）能源消费情况", "（四）能源管理情况", "（五）企业碳排放情况",
            "二、诊断内容及结果分析", "（一）诊断内容说明", "（二）诊断综合评价",
            "三、改造方案", "（一）节能降碳改造目标", "1. 总体目标", "2. 分项目标", "（二）节能降碳改造任务",
            "1. 合规整改类任务", "2. 工艺系统节能提效类任务", "3. 重点用能装备改造类任务", "4. 公辅系统优化类任务",
            "5. 能源结构优化与低碳替代类任务", "6. 数字化与智能化提升类任务", "7. 节能降碳管理提升类任务", "8. 其他类型任务",
            "（三）重点改造项目方案", "（四）实施保障措施", "四、随附材料");

    static DiagnosisProject decidedDemo() {
        DiagnosisProject p = DemoProjects.cementPlant(NOW, "某诊断机构");
        return DemoProjects.withDecisions(p, report(p), NOW);
    }

    static RetrofitReport report(DiagnosisProject p) {
        return evaluate(p).report();
    }

    static final org.energydiag.core.evaluation.References REFS = new org.energydiag.core.evaluation.References(REF, RATER,
            CATALOGUE, List.of());

    /** The one evaluation, dated as the plans of these tests. */
    static org.energydiag.core.evaluation.ProjectEvaluation evaluate(DiagnosisProject p) {
        return org.energydiag.core.evaluation.ProjectEvaluation.of(p, REFS, List.of(), LocalDate.of(2026, 6, 1));
    }

    static byte[] write(DiagnosisProject p, byte[] template) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanDocxWriter(evaluate(p), Map.of()).write(template == null ? null : new ByteArrayInputStream(template), out);
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
    void everyTemplateHeadingInOrderAndTable31WithTheExactColumns() throws IOException {
        byte[] docx = write(decidedDemo(), null);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> hs = headings(d);
            // the template's headings appear in its order (key projects and diagnosis items in between)
            int at = -1;
            for (String h : TEMPLATE_HEADINGS) {
                int i = hs.subList(at + 1, hs.size()).indexOf(h);
                assertThat(i).as("heading %s after position %d in %s", h, at, hs).isGreaterThanOrEqualTo(0);
                at = at + 1 + i;
            }
            // key projects in the order of 表3-1 (by phase: the short-term motor project first)
            assertThat(hs).containsSubsequence("项目一：电动机能效提升改造", "项目二：熟料烧成系统节能改造", "项目三：能源管控中心建设");
            assertThat(hs).contains("1. 能源管理情况", "11. 降碳措施");

            XWPFTable t31 = null;
            for (int i = 0; i < d.getBodyElements().size(); i++) {
                IBodyElement e = d.getBodyElements().get(i);
                if (e instanceof XWPFParagraph p && p.getText().equals("表3-1 节能降碳改造重点任务清单")) {
                    t31 = (XWPFTable) d.getBodyElements().get(i + 1);
                }
            }
            assertThat(t31).as("表3-1 caption followed by the table").isNotNull();
            List<String> cols = t31.getRow(0).getTableCells().stream().map(c -> c.getText()).toList();
            assertThat(cols).containsExactly("项目阶段", "序号", "项目名称", "建设内容", "预计总投资（万元）", "预期实施效果", "实施时间");
            assertThat(t31.getRow(1).getCell(0).getText()).isEqualTo("短期");
            assertThat(t31.getRow(2).getCell(0).getText()).isEqualTo("中期");
            assertThat(t31.getRow(3).getCell(0).getText()).isEqualTo("长期");

            String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d).getText();
            assertThat(all).doesNotContain("{{").contains("芜湖江岸建材水泥有限公司（示例）").contains("某诊断机构")
                    .contains("2026年6月1日").contains("表1-1 主要产品").contains("表2-1 节能降碳诊断问题清单");
            // 一（二）1 from the process units of the demo (a cement line with a merge and a branch)
            assertThat(all).contains("表1-2 生产工序及关键设备").contains("熟料烧成").contains("余热发电").contains("回转窑主电机");
            // the document names itself and its maker (not Apache POI)
            assertThat(d.getProperties().getCoreProperties().getTitle()).isEqualTo("芜湖江岸建材水泥有限公司（示例） 节能降碳改造具体方案");
            assertThat(d.getProperties().getCoreProperties().getCreator()).isEqualTo("某诊断机构");
            // A4 portrait
            var size = d.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) size.getW()).intValue()).isEqualTo(11906);
            assertThat(((java.math.BigInteger) size.getH()).intValue()).isEqualTo(16838);
        }
    }

    /* Only the references the engineer confirmed reach the plan; a suggestion nobody looked at is left out. */
    @Test
    void onlyConfirmedCatalogueReferencesArePrinted() throws IOException {
        DiagnosisProject p = decidedDemo();
        var tasks = new java.util.ArrayList<>(p.plan().tasks());
        int i = 0;
        while (tasks.get(i).catalogueRefs().size() < 2) {
            i++;
        }
        var t = tasks.get(i);
        String kept = t.catalogueRefs().get(0);
        String dropped = t.catalogueRefs().get(1);
        tasks.set(i, t.withConfirmedRefs(List.of(kept)));
        byte[] docx = write(p.withPlan(p.plan().withTasks(tasks), NOW), null);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d).getText();
            String task = all.substring(all.indexOf(t.name() + "："));
            task = task.substring(0, task.indexOf('\n'));
            assertThat(task).contains(kept).doesNotContain(dropped);
        }
    }

    @Test
    void anEmptyProjectStillHasEveryHeadingAndSaysWhatIsMissing() throws IOException {
        byte[] docx = write(DiagnosisProject.create(NOW), null);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(headings(d)).containsAll(TEMPLATE_HEADINGS);
            String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d).getText();
            assertThat(all).contains("生产工艺流程尚未填写").contains("主要用能设备清单尚未填写").contains("能源消费数据尚未填写").contains("尚未确定重点改造项目");
        }
    }

    @Test
    void anAgencyTemplateWithoutTheBodyPlaceholderIsRefusedWithAnExplanation() throws IOException {
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            d.createParagraph().createRun().setText("某机构信笺 {{企业名称}}");
            d.write(t);
        }
        assertThatThrownBy(() -> write(decidedDemo(), t.toByteArray())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{{正文}}");
        assertThatThrownBy(() -> write(decidedDemo(), "not a docx".getBytes())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".docx");
    }

    @Test
    void anAgencyTemplateGetsItsPlaceholdersFilledEvenWhenSplitOverRuns() throws IOException {
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            XWPFParagraph head = d.createParagraph();
            head.createRun().setText("{{企业");
            head.createRun().setText("名称}} 专用信笺");
            d.createParagraph().createRun().setText("{{正文}}");
            d.write(t);
        }
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(write(decidedDemo(), t.toByteArray())))) {
            assertThat(d.getParagraphs().get(0).getText()).isEqualTo("芜湖江岸建材水泥有限公司（示例） 专用信笺");
            assertThat(headings(d)).containsAll(TEMPLATE_HEADINGS);
        }
    }

    @Test
    void libreOfficeConvertsItWithoutError(@TempDir Path dir) throws Exception {
        String soffice = Files.isExecutable(Path.of("/usr/bin/soffice")) ? "/usr/bin/soffice"
                : Files.isExecutable(Path.of("/usr/bin/libreoffice")) ? "/usr/bin/libreoffice" : null;
        if ("true".equals(System.getenv("CI"))) {
            assertThat(soffice).as("CI installs LibreOffice (.ci/run)").isNotNull();
        }
        Assumptions.assumeTrue(soffice != null, "LibreOffice not installed");
        Path docx = dir.resolve("plan.docx");
        Files.write(docx, write(decidedDemo(), null));
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=file://" + dir.resolve("lo-profile"), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        Path pdf = dir.resolve("plan.pdf");
        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isGreaterThan(20_000);
    }
}
