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
                "一（四）", "一（五）", "二", "三（一）", "三（二）", "三（三）", "三（四）", "四");
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
        assertThat(Arrays.stream(Chapter.values()).filter(c -> c.isComplete(empty)).toList()).containsExactly(Chapter.SAFEGUARDS);
        assertThat(Chapter.ENTERPRISE.openErrors(empty)).isGreaterThan(5);
        Chapter.Inputs demo = inputs(DemoProjects.cementPlant(PlanDocxWriterTest.NOW, "某诊断机构"));
        for (Chapter c : List.of(Chapter.ENTERPRISE, Chapter.PROCESS, Chapter.EQUIPMENT, Chapter.ENERGY, Chapter.CARBON)) {
            assertThat(c.isComplete(demo)).as(c.name()).isTrue();
            assertThat(c.openErrors(demo)).as(c.name()).isZero();
        }
        Chapter.Inputs decided = inputs(PlanDocxWriterTest.decidedDemo());
        assertThat(Chapter.TASKS.isComplete(decided)).isTrue();
        assertThat(Chapter.TARGETS.isComplete(decided)).isTrue();
    }
}
