package org.energydiag.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energydiag.core.diagnosis.RetrofitFixtures.demo;
import static org.energydiag.core.diagnosis.RetrofitFixtures.report;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.management.Answer;
import org.energydiag.core.management.ManagementAnswers;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.management.ManagementChecklist;
import org.energydiag.core.management.ManagementItem;
import org.junit.jupiter.api.Test;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.Severity;

/** 二（二）诊断综合评价: 较差 / 一般 / 较好 with the reasons that decided it. */
class EvaluationTest {

    private static Finding f(DiagnosisItem item, Severity s, String title) {
        return new Finding(title, item, title, "", "", s, "TEST");
    }

    private static List<Finding> n(int count, Severity s) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(f(DiagnosisItem.EQUIPMENT_EFFICIENCY, s, s.label() + "问题" + (i + 1)));
        }
        return out;
    }

    private static ManagementAssessment allAnswered(Answer a) {
        ManagementAnswers answers = ManagementAnswers.empty();
        for (ManagementItem i : ManagementChecklist.items()) {
            answers = answers.withAnswer(i.id(), a);
        }
        return ManagementAssessment.of(answers);
    }

    @Test
    void threeSeriousFindingsArePoor() {
        Evaluation e = Evaluation.of("甲公司", n(3, Severity.HIGH), null);
        assertThat(e.level()).isEqualTo("较差");
        assertThat(e.justification()).containsExactly("严重问题 3 项");
        assertThat(e.paragraph()).startsWith("经对甲公司能源管理").contains("综合评价为“较差”")
                .contains("主要问题包括：1. 严重问题1；2. 严重问题2；3. 严重问题3。");
    }

    @Test
    void oneProductAboveItsBaselineIsPoor() {
        Evaluation e = Evaluation.of("甲公司", List.of(f(DiagnosisItem.PRODUCT_CONSUMPTION, Severity.HIGH,
                "水泥熟料单位产品能耗高于基准水平")), null);
        assertThat(e.level()).isEqualTo("较差");
        assertThat(e.justification()).containsExactly("存在单位产品能耗高于基准水平的产品");
    }

    @Test
    void noSeriousAndAtMostTwoMediumIsGood() {
        List<Finding> fs = new ArrayList<>(n(2, Severity.MEDIUM));
        fs.addAll(n(5, Severity.LOW));
        fs.add(f(DiagnosisItem.ENERGY_COST, Severity.INFO, "能源成本以原煤为主"));
        Evaluation e = Evaluation.of("", fs, allAnswered(Answer.YES));
        assertThat(e.level()).isEqualTo("较好");
        assertThat(e.justification()).containsExactly("无严重问题，一般问题 2 项", "能源管理检查表评价为较好");
        assertThat(e.paragraph()).startsWith("经对企业").contains("此外，能源成本以原煤为主。");
    }

    @Test
    void oneSeriousOrThreeMediumIsFair() {
        Evaluation oneHigh = Evaluation.of("甲", n(1, Severity.HIGH), null);
        assertThat(oneHigh.level()).isEqualTo("一般");
        assertThat(oneHigh.justification()).containsExactly("严重问题 1 项，一般问题 0 项");

        assertThat(Evaluation.of("甲", n(3, Severity.MEDIUM), null).level()).isEqualTo("一般");
    }

    @Test
    void poorManagementChecklistPreventsGood() {
        ManagementAssessment poor = allAnswered(Answer.NO);
        assertThat(poor.level()).isEqualTo("较差");

        Evaluation e = Evaluation.of("甲", List.of(), poor);
        assertThat(e.level()).isEqualTo("一般");
        assertThat(e.justification()).containsExactly("严重问题 0 项，一般问题 0 项", "能源管理检查表评价为较差");
        assertThat(e.paragraph()).contains("本次诊断未发现明显问题。");
    }

    /*
     * Demo: serious findings are 罗茨风机电机, 中控楼干式变压器, 循环冷却水泵 and 1#空压机 below their 3级 limits (4),
     * the obsolete JS motor and S9 transformer (2) and two metering rates below GB 17167 (2): 8 ≥ 3 → 较差.
     */
    @Test
    void demoPlantIsPoorBecauseOfEightSeriousFindings() {
        RetrofitReport r = report(demo());
        assertThat(r.findings()).filteredOn(x -> x.severity() == Severity.HIGH).hasSize(8);
        assertThat(r.evaluation().level()).isEqualTo("较差");
        assertThat(r.evaluation().justification()).containsExactly("严重问题 8 项");
        assertThat(r.evaluationLevel()).isEqualTo("较差");
        assertThat(r.evaluationText()).isEqualTo(r.evaluation().paragraph());
    }

    @Test
    void engineersLevelAndTextWin() {
        var p = demo();
        p = p.withPlan(p.plan().withEvaluation("一般", "工程师撰写的综合评价。"), RetrofitFixtures.NOW);
        RetrofitReport r = report(p);
        assertThat(r.evaluation().level()).isEqualTo("较差"); // still computed
        assertThat(r.evaluationLevel()).isEqualTo("一般");
        assertThat(r.evaluationText()).isEqualTo("工程师撰写的综合评价。");
    }
}
