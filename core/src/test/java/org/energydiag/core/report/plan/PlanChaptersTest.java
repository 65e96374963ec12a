package org.energydiag.core.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.evaluation.CheckIssue;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.EnterpriseValidator;
import org.energydiag.core.reference.Divisions;
import org.energydiag.core.reference.IndustryClassification;
import org.energydiag.core.retrofit.Safeguards;
import org.junit.jupiter.api.Test;

/**
 * The one list of chapters ({@link Chapter}) drives the plan document (its parts and sections in
 * the list's order), the plan check's targets and each chapter's completeness.
 */
class PlanChaptersTest {

    private static final EnterpriseValidator VALIDATOR = new EnterpriseValidator(Divisions.load(), IndustryClassification.load());

    private static Chapter.Inputs inputs(DiagnosisProject p) {
        return new Chapter.Inputs(p, ProjectAnalysis.of(p, PlanDocxWriterTest.REF), VALIDATOR.validate(p.enterprise()));
    }

    @Test
    void chaptersAreInTheTemplatesOrderWithTitlesAndParts() {
        assertThat(Chapter.values()).extracting(Chapter::section).containsExactly("一（一）", "一（二）1", "一（二）2", "一（三）",
                "一（四）", "一（五）", "一（五）", "二", "三（一）", "三（二）", "三（三）", "三（四）", "四");
        // one step is not a chapter of the plan: the footprint inputs after 一（五）, numbered 报告 in the step list
        assertThat(Chapter.values()).filteredOn(c -> !c.inPlan()).containsExactly(Chapter.FOOTPRINT);
        assertThat(Chapter.FOOTPRINT.numbering()).isEqualTo("报告");
        assertThat(Chapter.FOOTPRINT.title()).isEqualTo("碳排放核算与产品碳足迹");
        assertThat(Chapter.values()).extracting(Chapter::part).isSorted();
        assertThat(Chapter.ENERGY.title()).isEqualTo("能源消费情况");
        assertThat(Chapter.ATTACHMENTS.partTitle()).isEqualTo("四、随附材料");
        for (Chapter c : Chapter.values()) {
            assertThat(c.title()).doesNotStartWith("!");
            assertThat(c.partTitle()).doesNotStartWith("!");
        }
    }

    @Test
    void thePlanIsWrittenChapterByChapterUnderTheChaptersParts() throws IOException {
        byte[] docx = PlanDocxWriterTest.write(DiagnosisProject.create(PlanDocxWriterTest.NOW), null);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> parts = new ArrayList<>();
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph p : d.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) {
                    parts.add(p.getText());
                }
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    headings.add(p.getText());
                }
            }
            assertThat(parts).containsExactlyElementsOf(Arrays.stream(Chapter.values()).map(Chapter::partTitle).distinct().toList());
            // each chapter's section in the list's order (四 has only its part heading)
            assertThat(headings).containsSubsequence("（一）基本情况", "1. 生产工艺流程", "2. 主要用能设备清单", "（三）能源消费情况",
                    "（四）能源管理情况", "（五）企业碳排放情况", "（一）诊断内容说明", "（一）节能降碳改造目标", "（二）节能降碳改造任务",
                    "（三）重点改造项目方案", "（四）实施保障措施", "四、随附材料");
        }
    }

    @Test
    void planCheckTargetsNameTheirChapter() {
        assertThat(Chapter.ofTarget("enterprise#creditCode")).contains(Chapter.ENTERPRISE);
        assertThat(Chapter.ofTarget("retrofit#targets")).contains(Chapter.TARGETS);
        assertThat(Chapter.ofTarget("retrofit")).contains(Chapter.TASKS);
        assertThat(Chapter.ofTarget("keyProjects#kp-1")).contains(Chapter.KEY_PROJECTS);
        assertThat(Chapter.ofTarget("nothing")).isEmpty();
        for (Chapter c : Chapter.values()) {
            assertThat(Chapter.ofTarget(c.id())).contains(c);
        }
    }

    @Test
    void everyTargetThePlanCheckNamesIsAChapter() {
        List<CheckIssue> found = new ArrayList<>();
        DiagnosisProject demo = DemoProjects.cementPlant(PlanDocxWriterTest.NOW, "");
        for (DiagnosisProject p : List.of(DiagnosisProject.create(PlanDocxWriterTest.NOW), demo, PlanDocxWriterTest.decidedDemo(),
                DemoProjects.methanolPlant(PlanDocxWriterTest.NOW, ""))) {
            found.addAll(PlanDocxWriterTest.evaluate(p).checks());
        }
        assertThat(found).extracting(CheckIssue::chapter).contains("enterprise", "retrofit", "keyProjects");
        for (CheckIssue c : found) {
            assertThat(Chapter.ofTarget(c.target())).as(c.target()).isPresent();
        }
    }

    @Test
    void eachChapterKnowsWhenItIsCompleteAndItsOpenErrors() {
        Chapter.Inputs empty = inputs(DiagnosisProject.create(PlanDocxWriterTest.NOW));
        // nothing of a new project is the engineer's data: no step is complete, not even the boilerplate 三（四）
        assertThat(Arrays.stream(Chapter.values()).filter(c -> c.isComplete(empty)).toList()).isEmpty();
        assertThat(Chapter.ENTERPRISE.openErrors(empty)).isGreaterThan(5);
        Chapter.Inputs demo = inputs(DemoProjects.cementPlant(PlanDocxWriterTest.NOW, "某诊断机构"));
        for (Chapter c : List.of(Chapter.ENTERPRISE, Chapter.PROCESS, Chapter.EQUIPMENT, Chapter.ENERGY, Chapter.CARBON)) {
            assertThat(c.isComplete(demo)).as(c.name()).isTrue();
            assertThat(c.openErrors(demo)).as(c.name()).isZero();
        }
        // the demo's footprint is complete (every input with its factor and source) …
        assertThat(Chapter.FOOTPRINT.isComplete(demo)).isTrue();
        assertThat(Chapter.FOOTPRINT.openErrors(demo)).isZero();
        // … a material without a factor is an open point of the footprint step, no ✓
        DiagnosisProject d = DemoProjects.cementPlant(PlanDocxWriterTest.NOW, "某诊断机构");
        var study = d.footprint().studies().get(0);
        var materials = study.materials().stream().map(m -> !m.name().equals("天然石膏") ? m
                : new org.energydiag.core.footprint.Material(m.name(), m.quantity(), m.unit(), null, "kgCO2e/t", "", 0, m.shared()))
                .toList();
        Chapter.Inputs gap = inputs(d.withFootprint(d.footprint().with(study.withMaterials(materials)), PlanDocxWriterTest.NOW));
        assertThat(Chapter.FOOTPRINT.isComplete(gap)).isFalse();
        assertThat(Chapter.FOOTPRINT.openErrors(gap)).isEqualTo(1);
        assertThat(Chapter.FOOTPRINT.openPoints(gap, List.of())).extracting(OpenPoint::message)
                .contains("P·O 42.5 普通硅酸盐水泥：原材料“天然石膏”缺少排放因子");
        Chapter.Inputs decided = inputs(PlanDocxWriterTest.decidedDemo());
        assertThat(Chapter.TASKS.isComplete(decided)).isTrue();
        assertThat(Chapter.TARGETS.isComplete(decided)).isTrue();
    }

    @Test
    void boilerplateIsCompleteOnlyOnceTheEngineerWroteOrConfirmedIt() {
        DiagnosisProject p = DiagnosisProject.create(PlanDocxWriterTest.NOW);
        // the starter texts are shown and printed while the aspects are blank; that is not the engineer's data
        assertThat(Chapter.SAFEGUARDS.isComplete(inputs(p))).isFalse();
        Safeguards starter = Safeguards.starter("某水泥有限公司");
        DiagnosisProject confirmed = p.withPlan(p.plan().withSafeguards(starter), p.updatedAt());
        assertThat(Chapter.SAFEGUARDS.isComplete(inputs(confirmed))).isTrue();
        DiagnosisProject oneLeft = p.withPlan(p.plan().withSafeguards(
                new Safeguards(starter.organization(), "组织技术骨干开展节能技术培训", starter.funding(), "")), p.updatedAt());
        assertThat(Chapter.SAFEGUARDS.isComplete(inputs(oneLeft))).isFalse();
        assertThat(Chapter.SAFEGUARDS.isComplete(inputs(PlanDocxWriterTest.decidedDemo()))).isTrue();
    }

    @Test
    void openPointsAreTheChaptersErrorsAndTheChecksNamingIt() {
        DiagnosisProject empty = DiagnosisProject.create(PlanDocxWriterTest.NOW);
        Chapter.Inputs in = inputs(empty);
        List<CheckIssue> checks = PlanDocxWriterTest.evaluate(empty).checks();
        // the enterprise's validation errors, each once: the check's 企业名称 finding names a field already in error
        List<OpenPoint> enterprise = Chapter.ENTERPRISE.openPoints(in, checks);
        assertThat(enterprise).hasSizeGreaterThanOrEqualTo((int) Chapter.ENTERPRISE.openErrors(in));
        assertThat(enterprise).extracting(OpenPoint::field).doesNotHaveDuplicates().contains("enterprise.name", "enterprise.creditCode");
        // 改造任务 is named by target "retrofit", 改造目标 by "retrofit#targets"
        assertThat(Chapter.TASKS.openPoints(in, checks)).extracting(OpenPoint::field).contains("retrofit");
        CheckIssue targets = new CheckIssue("targets-table31", CheckIssue.Level.ERROR, "三（一）改造目标", "目标与表3-1不一致", "retrofit#targets");
        CheckIssue balance = new CheckIssue("balance-statement", CheckIssue.Level.WARNING, "一（三）能量平衡", "平衡差额超出允许范围", "energy#balance");
        assertThat(Chapter.TARGETS.openPoints(in, List.of(targets, balance))).containsExactly(
                new OpenPoint("retrofit.targets", -1, "三（一）改造目标：目标与表3-1不一致", true));
        assertThat(Chapter.ENERGY.openPoints(in, List.of(targets, balance))).extracting(OpenPoint::field, OpenPoint::error)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("energy.balance", false));
        // a chapter with nothing open has no points
        Chapter.Inputs demo = inputs(DemoProjects.cementPlant(PlanDocxWriterTest.NOW, "某诊断机构"));
        assertThat(Chapter.EQUIPMENT.openPoints(demo, List.of())).isEmpty();
        assertThat(Chapter.PROCESS.openPoints(demo, List.of())).isEmpty();
    }

    /**
     * 一（五） reports the base year's emissions, computed from that year's lines of the consumption
     * table: typed process emissions alone, or base-year lines left uncounted, are no ✓, and its open
     * points say what is missing.
     */
    @Test
    void carbonIsCompleteOnlyWhenTheBaseYearsEmissionsRestOnItsConsumptionLines() {
        DiagnosisProject demo = DemoProjects.cementPlant(PlanDocxWriterTest.NOW, "某诊断机构");
        int year = demo.energy().baseYear();
        assertThat(Chapter.CARBON.isComplete(inputs(demo))).isTrue();
        assertThat(Chapter.CARBON.openPoints(inputs(demo), List.of())).isEmpty();

        // the base year's lines gone: the clinker's process emissions are still there, typed, but no ✓
        var earlier = demo.energy().consumption().stream().filter(r -> r.year() != year).toList();
        DiagnosisProject noLines = demo.withEnergy(demo.energy().withConsumption(earlier), demo.updatedAt());
        Chapter.Inputs in = inputs(noLines);
        assertThat(in.analysis().carbon().of(year).sources()).isNotEmpty();
        assertThat(Chapter.CARBON.isComplete(in)).isFalse();
        assertThat(Chapter.CARBON.openPoints(in, List.of())).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(ProjectAnalysis.CARBON_BASIS);
            assertThat(p.error()).isTrue();
            assertThat(p.message()).startsWith(year + "年碳排放：按能源消费表").contains("还没有 " + year + " 年的消费量")
                    .contains("只有直接填写的过程排放").contains("能源消费情况");
        });
        assertThat(Chapter.CARBON.openErrors(in)).isEqualTo(1);

        // a base-year line without its quantity is not counted: its emissions are missing, the row is named
        var lines = new ArrayList<>(demo.energy().consumption());
        int row = 0;
        while (lines.get(row).year() != year) {
            row++;
        }
        var r = lines.get(row);
        lines.set(row, new org.energydiag.core.energy.ConsumptionRecord(r.year(), r.carrierId(), r.kind(), null, r.unit(), r.costWanYuan(), r.note()));
        Chapter.Inputs uncounted = inputs(demo.withEnergy(demo.energy().withConsumption(lines), demo.updatedAt()));
        assertThat(Chapter.CARBON.isComplete(uncounted)).isFalse();
        assertThat(Chapter.CARBON.openPoints(uncounted, List.of())).extracting(OpenPoint::message)
                .containsExactly(year + "年碳排放：能源消费表第 " + (row + 1) + " 行（" + year + "年）未计入，排放中缺少这些行；"
                        + "请在“能源消费情况”补全数量、品种或单位。");

        // a new project: nothing to compute from, and the step says so
        Chapter.Inputs empty = inputs(DiagnosisProject.create(PlanDocxWriterTest.NOW));
        assertThat(Chapter.CARBON.openPoints(empty, List.of())).extracting(OpenPoint::message)
                .singleElement().asString().contains("还没有 2025 年的消费量").doesNotContain("过程排放");
    }

    /** A step's ✓: its data is there and no error is open in it, a plan-check finding's included; warnings stay beside the ✓. */
    @Test
    void aStepsTickNeedsItsDataAndNoOpenError() {
        Chapter.Inputs decided = inputs(PlanDocxWriterTest.decidedDemo());
        List<CheckIssue> checks = PlanDocxWriterTest.evaluate(PlanDocxWriterTest.decidedDemo()).checks();
        for (Chapter c : Chapter.values()) {
            assertThat(c.isComplete(decided, checks)).as(c.name()).isEqualTo(c.isComplete(decided));
        }
        String id = decided.project().plan().keyProjects().get(0).id();
        CheckIssue before = new CheckIssue("phase-date", CheckIssue.Level.ERROR, "表3-1 实施时间", "早于方案日期",
                CheckIssue.keyProject(id, "time"));
        CheckIssue shortTooLong = new CheckIssue("phase-date", CheckIssue.Level.WARNING, "表3-1 实施时间", "超出方案日期起一年",
                CheckIssue.keyProject(id, "phase"));
        assertThat(Chapter.KEY_PROJECTS.isComplete(decided, List.of(shortTooLong))).isTrue();
        assertThat(Chapter.KEY_PROJECTS.isComplete(decided, List.of(shortTooLong, before))).isFalse();
        assertThat(Chapter.KEY_PROJECTS.openPoints(decided, List.of(before))).extracting(OpenPoint::field)
                .containsExactly("keyProjects." + id + "/time");
        // a finding naming another chapter does not touch this one
        assertThat(Chapter.CARBON.isComplete(decided, List.of(before))).isTrue();
    }
}
