package org.energydiag.core.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.energydiag.core.management.Answer;
import org.energydiag.core.management.ManagementAnswers;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/**
 * 一（四）能源管理情况 in the plan: not one long paragraph but the summary and one paragraph per aspect
 * the template names (制度建设、部门架构及职责、部门运行、统计与分析、数字化), each headed by the
 * template's words; what the engineer has not recorded is marked 【待补充】 in red.
 */
class PlanManagementTest {

    static final List<String> ASPECTS = List.of("能源管理制度建设情况", "能源管理部门架构及职责", "能源管理部门运行情况",
            "能源统计与分析制度建设情况", "数字化能源管理情况");

    /** The paragraphs between the headings （四）能源管理情况 and （五）企业碳排放情况. */
    static List<XWPFParagraph> section(byte[] docx) throws Exception {
        List<XWPFParagraph> out = new ArrayList<>();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            boolean in = false;
            for (IBodyElement e : d.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    if ("Heading2".equals(p.getStyle())) {
                        in = p.getText().equals("（四）能源管理情况");
                        continue;
                    }
                    if (in && !p.getText().isBlank()) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theDemoHasTheSummaryAndOneParagraphPerAspectInTheTemplatesOrder() throws Exception {
        List<XWPFParagraph> ps = section(PlanDocxWriterTest.write(PlanDocxWriterTest.decidedDemo(), null));
        assertThat(ps.get(0).getText()).contains("能源管理检查表").contains("得分").doesNotContain("存在的主要不足");
        List<String> labelled = ps.stream().filter(p -> p.getRuns().size() > 1 && p.getRuns().get(0).isBold())
                .map(p -> p.getRuns().get(0).text()).toList();
        assertThat(labelled).containsExactlyElementsOf(ASPECTS.stream().map(a -> a + "：").toList());
        // the metering check follows 统计与分析 in a paragraph of its own
        int statistics = ps.stream().map(XWPFParagraph::getText).toList().indexOf(ps.stream().map(XWPFParagraph::getText)
                .filter(t -> t.startsWith("能源统计与分析制度建设情况：")).findFirst().orElseThrow());
        // the 2006 edition's table, cited plainly (the 'until verified' label stays in the window and the command line)
        assertThat(ps.get(statistics + 1).getText()).startsWith("能源计量器具配备方面，对照 GB 17167-2006《用能单位能源计量器具配备和管理通则》表3 的配备率要求核查")
                .doesNotContain("核实").doesNotContain("2025");
        // no paragraph is the old wall of text
        assertThat(ps).allSatisfy(p -> assertThat(p.getText().length()).isLessThan(600));
        assertThat(ps).noneSatisfy(p -> assertThat(p.getText()).contains("【待补充】"));
    }

    @Test
    void anAspectWithoutAnswersIsMarkedToComplete() throws Exception {
        DiagnosisProject p = PlanDocxWriterTest.decidedDemo();
        ManagementAnswers only = ManagementAnswers.empty().withAnswer("SYS-1", Answer.YES).withAnswer("ORG-1", Answer.NO);
        p = p.withPlan(p.plan().withManagement(only), p.updatedAt());
        List<XWPFParagraph> ps = section(PlanDocxWriterTest.write(p, null));
        for (String aspect : List.of("能源管理部门运行情况", "能源统计与分析制度建设情况", "数字化能源管理情况")) {
            XWPFParagraph para = ps.stream().filter(x -> x.getText().startsWith(aspect)).findFirst().orElseThrow();
            assertThat(para.getText()).isEqualTo(aspect + "：【待补充】");
            assertThat(para.getRuns().get(1).getColor()).isEqualTo("C00000");
        }
        assertThat(ps.stream().map(XWPFParagraph::getText)).anyMatch(t -> t.startsWith("能源管理制度建设情况：企业建立并发布了能源管理制度文件"))
                .anyMatch(t -> t.startsWith("能源管理部门架构及职责：") && t.contains("未成立能源管理领导机构"));
    }

    @Test
    void anEmptyChecklistListsTheAspectsToComplete() throws Exception {
        List<XWPFParagraph> ps = section(PlanDocxWriterTest.write(DiagnosisProject.create(PlanDocxWriterTest.NOW), null));
        assertThat(ps.get(0).getText()).contains("检查表尚未填写");
        assertThat(ps.subList(1, ps.size())).extracting(XWPFParagraph::getText)
                .containsExactlyElementsOf(ASPECTS.stream().map(a -> a + "：【待补充】").toList());
    }

    @Test
    void theEngineersOwnTextIsPrintedAsWrittenWithTheAspectLabelsKept() throws Exception {
        DiagnosisProject p = PlanDocxWriterTest.decidedDemo();
        String own = "企业能源管理基础较好。\n能源管理制度建设情况：制度齐全，2024年修订。\n数字化能源管理情况：【待补充】";
        p = p.withPlan(p.plan().withManagement(p.plan().management().withParagraph(own)), p.updatedAt());
        List<XWPFParagraph> ps = section(PlanDocxWriterTest.write(p, null));
        assertThat(ps).extracting(XWPFParagraph::getText).containsExactly("企业能源管理基础较好。", "能源管理制度建设情况：制度齐全，2024年修订。",
                "数字化能源管理情况：【待补充】");
        assertThat(ps.get(1).getRuns().get(0).isBold()).isTrue();
        assertThat(ps.get(2).getRuns().get(1).getColor()).isEqualTo("C00000");
    }
}
