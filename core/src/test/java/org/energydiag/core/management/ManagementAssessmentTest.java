package org.energydiag.core.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ManagementAssessmentTest {

    /*
     * SYS-1 (10 points) YES      → 10
     * SYS-2 (10 points) PARTIAL  →  5   (half)
     * ORG-3 ( 5 points) PARTIAL  →  2.5 (half)
     * OPE-2 ( 5 points) NO       →  0
     * CER-3 ( 5 points) 不适用    → left out of score and maximum
     * score = 17.5, maximum = 10 + 10 + 5 + 5 = 30, percent = 17.5 / 30 × 100 = 58.33 % → 较差
     */
    @Test
    void scoresPartialAsHalfAndLeavesOutNotApplicable() {
        ManagementAnswers a = ManagementAnswers.empty()
                .withAnswer("SYS-1", Answer.YES)
                .withAnswer("SYS-2", Answer.PARTIAL)
                .withAnswer("ORG-3", Answer.PARTIAL)
                .withAnswer("OPE-2", Answer.NO)
                .withAnswer("CER-3", Answer.NOT_APPLICABLE);
        ManagementAssessment r = ManagementAssessment.of(a);
        assertThat(r.score()).isEqualTo(17.5);
        assertThat(r.maxScore()).isEqualTo(30.0);
        assertThat(r.percent()).isCloseTo(58.333, within(1e-3));
        assertThat(r.level()).isEqualTo("较差");
        assertThat(r.gaps()).extracting(ManagementItem::id).containsExactly("SYS-2", "ORG-3", "OPE-2");
        assertThat(r.unanswered()).hasSize(ManagementChecklist.items().size() - 5);

        ManagementAssessment.AreaScore sys = r.byArea().get(ManagementArea.SYSTEM);
        assertThat(sys.score()).isEqualTo(15.0);
        assertThat(sys.maxScore()).isEqualTo(20.0);
        assertThat(sys.percent()).isEqualTo(75.0);
        assertThat(r.byArea().get(ManagementArea.CERTIFICATION).maxScore()).isZero();
        assertThat(r.byArea()).containsOnlyKeys(ManagementArea.values());
    }

    @Test
    void levelBoundaries() {
        assertThat(ManagementAssessment.level(85.0, 100)).isEqualTo("较好");
        assertThat(ManagementAssessment.level(84.99, 100)).isEqualTo("一般");
        assertThat(ManagementAssessment.level(60.0, 100)).isEqualTo("一般");
        assertThat(ManagementAssessment.level(59.99, 100)).isEqualTo("较差");
        assertThat(ManagementAssessment.level(0, 0)).isEqualTo("未评价");
    }

    /*
     * The eight 10-point items (SYS-1, SYS-2, ORG-2, OPE-3, STA-1, MET-3, DIG-1, CER-1) plus four
     * 5-point items (SYS-3, ORG-1, ORG-3, OPE-1): maximum 8 × 10 + 4 × 5 = 100.
     * All YES except SYS-2 NO (−10) and OPE-1 NO (−5): 100 − 15 = 85 → 85 % → 较好 (boundary).
     * ORG-3 PARTIAL instead of YES: 85 − 2.5 = 82.5 → 一般.
     * 60 % boundary: SYS-1 YES 10 + SYS-2 PARTIAL 5 + OPE-2 NO 0 = 15 of 25 → 60 % → 一般.
     */
    @Test
    void levelBoundariesFromAnswers() {
        ManagementAnswers a = ManagementAnswers.empty();
        for (String id : List.of("SYS-1", "ORG-2", "OPE-3", "STA-1", "MET-3", "DIG-1", "CER-1", "SYS-3", "ORG-1",
                "ORG-3")) {
            a = a.withAnswer(id, Answer.YES);
        }
        a = a.withAnswer("SYS-2", Answer.NO).withAnswer("OPE-1", Answer.NO);
        ManagementAssessment r = ManagementAssessment.of(a);
        assertThat(r.maxScore()).isEqualTo(100.0);
        assertThat(r.score()).isEqualTo(85.0);
        assertThat(r.level()).isEqualTo("较好");

        ManagementAssessment lower = ManagementAssessment.of(a.withAnswer("ORG-3", Answer.PARTIAL));
        assertThat(lower.percent()).isEqualTo(82.5);
        assertThat(lower.level()).isEqualTo("一般");

        ManagementAssessment sixty = ManagementAssessment.of(ManagementAnswers.empty()
                .withAnswer("SYS-1", Answer.YES).withAnswer("SYS-2", Answer.PARTIAL).withAnswer("OPE-2", Answer.NO));
        assertThat(sixty.percent()).isEqualTo(60.0);
        assertThat(sixty.level()).isEqualTo("一般");
    }

    @Test
    void nothingAnsweredIsNotRated() {
        ManagementAssessment r = ManagementAssessment.of(ManagementAnswers.empty());
        assertThat(r.level()).isEqualTo("未评价");
        assertThat(r.score()).isZero();
        assertThat(r.percent()).isZero();
        assertThat(r.unanswered()).hasSameSizeAs(ManagementChecklist.items());
        assertThat(r.generatedParagraph()).contains("尚未评价");

        ManagementAssessment allNa = ManagementAssessment.of(
                ManagementAnswers.empty().withAnswer("CER-3", Answer.NOT_APPLICABLE));
        assertThat(allNa.level()).isEqualTo("未评价");
    }

    @Test
    void generatedParagraphReadsAsTextAndNamesTheGaps() {
        ManagementAnswers a = ManagementAnswers.empty()
                .withAnswer("SYS-1", Answer.YES)
                .withNote("SYS-1", "《能源管理办法》2023 年修订版")
                .withAnswer("ORG-2", Answer.YES)
                .withAnswer("OPE-2", Answer.NO)
                .withAnswer("MET-3", Answer.PARTIAL)
                .withAnswer("CER-1", Answer.NO)
                .withAnswer("CER-3", Answer.NOT_APPLICABLE)
                .withMetering(List.of(new MeteringCount("电力", MeteringLevel.EQUIPMENT, 20, 18),
                        new MeteringCount("电力", MeteringLevel.UNIT, 2, 2)));
        ManagementAssessment r = ManagementAssessment.of(a);
        String text = r.generatedParagraph();

        // summary: 10 + 10 + 0 + 5 + 0 = 25 of 10 + 10 + 5 + 10 + 10 = 45 → 55.6 % → 较差
        assertThat(r.score()).isEqualTo(25.0);
        assertThat(r.maxScore()).isEqualTo(45.0);
        assertThat(text).contains("得分25分（满分45分）").contains("55.6%").contains("较差");
        // what exists, phrased as statements, with the engineer's note
        assertThat(text).contains("建立并发布了能源管理制度文件（《能源管理办法》2023 年修订版）")
                .contains("设立了能源管理岗位并明确了能源管理负责人");
        // gaps
        assertThat(text).contains("未建立完整的主要用能设备台账").contains("计量器具检定校准已有一定基础但尚不完善");
        // certification
        assertThat(text).contains("尚未通过能源管理体系认证").contains("GB/T 23331-2020");
        // metering against GB 17167-2006
        assertThat(text).contains("对照 GB 17167-2006《用能单位能源计量器具配备和管理通则》表3 的配备率要求核查").contains("配备率90.0%").contains("要求不低于95%").contains("不达标")
                .contains("电力（进出用能单位）应配2个计量点、已配2个，配备率100.0%，要求不低于100%，达标");
        // no ids or enum names leak into the text
        assertThat(text).doesNotContain("SYS-").doesNotContain("OPE-").doesNotContain("EQUIPMENT").doesNotContain("null");
        assertThat(r.metering()).extracting(MeteringResult::meets).containsExactly(false, true);
    }

    @Test
    void allMeteringMetAndCertified() {
        ManagementAnswers a = ManagementAnswers.empty()
                .withAnswer("CER-1", Answer.YES)
                .withNote("CER-1", "2022年取得证书")
                .withMetering(List.of(new MeteringCount("水", MeteringLevel.SUB_UNIT, 20, 19)));
        String text = ManagementAssessment.of(a).generatedParagraph();
        assertThat(text).contains("企业已通过能源管理体系认证（2022年取得证书）。")
                .contains("配备率95.0%，要求不低于95%，达标")
                .contains("均满足标准要求");
        assertThat(ManagementAssessment.of(a).level()).isEqualTo("较好");
    }

    /**
     * 一（四） as the template names its aspects (附件2): 制度建设 (with the certification), 部门架构及职责,
     * 部门运行, 统计与分析 (with the metering check in a paragraph of its own), 数字化 — each written
     * from the answers of its own areas; nothing recorded for an aspect is left empty (the plan marks
     * it 【待补充】); an aspect answered only 不适用 says so.
     */
    @Test
    void oneTextPerAspectOfTheTemplateFromItsOwnAnswers() {
        ManagementAnswers a = ManagementAnswers.empty()
                .withAnswer("SYS-1", Answer.YES)
                .withAnswer("CER-1", Answer.NO)
                .withAnswer("ORG-2", Answer.NO)
                .withAnswer("STA-1", Answer.YES)
                .withAnswer("MET-2", Answer.PARTIAL)
                .withAnswer("DIG-1", Answer.NOT_APPLICABLE)
                .withAnswer("DIG-2", Answer.NOT_APPLICABLE)
                .withAnswer("DIG-3", Answer.NOT_APPLICABLE)
                .withMetering(List.of(new MeteringCount("电力", MeteringLevel.EQUIPMENT, 20, 18)));
        ManagementAssessment r = ManagementAssessment.of(a);
        assertThat(r.aspects()).containsOnlyKeys(ManagementAssessment.Aspect.values());
        assertThat(ManagementAssessment.Aspect.values()).extracting(ManagementAssessment.Aspect::label).containsExactly(
                "能源管理制度建设情况", "能源管理部门架构及职责", "能源管理部门运行情况", "能源统计与分析制度建设情况", "数字化能源管理情况");

        assertThat(r.aspects().get(ManagementAssessment.Aspect.SYSTEM)).contains("建立并发布了能源管理制度文件")
                .contains("尚未通过能源管理体系认证").doesNotContain("能源管理岗位");
        assertThat(r.aspects().get(ManagementAssessment.Aspect.ORGANIZATION)).contains("未设立能源管理岗位")
                .doesNotContain("能源管理制度文件");
        assertThat(r.aspects().get(ManagementAssessment.Aspect.OPERATION)).isEmpty();
        String[] statistics = r.aspects().get(ManagementAssessment.Aspect.STATISTICS).split("\n");
        assertThat(statistics).hasSize(2);
        assertThat(statistics[0]).contains("建立了原始记录和统计台账").contains("能源计量器具台账已有一定基础但尚不完善");
        assertThat(statistics[1]).startsWith("能源计量器具配备方面").contains("配备率90.0%").contains("不达标");
        assertThat(r.aspects().get(ManagementAssessment.Aspect.DIGITAL)).isEqualTo("检查表中本方面各项均不适用。");

        // the summary alone keeps the score; the aspects follow, the missing one marked
        assertThat(r.summary()).contains("得分").contains("能源管理水平总体").doesNotContain("存在的主要不足");
        List<String> lines = List.of(r.generatedParagraph().split("\n"));
        assertThat(lines.get(0)).isEqualTo(r.summary());
        assertThat(lines).contains("能源管理部门运行情况：【待补充】");
        assertThat(lines.subList(1, lines.size())).filteredOn(l -> l.contains("：")).extracting(l -> l.substring(0, l.indexOf('：')))
                .startsWith("能源管理制度建设情况", "能源管理部门架构及职责", "能源管理部门运行情况", "能源统计与分析制度建设情况");
    }
}
