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

/** 二（二）诊断综合评价: 较差 / 一般 / 较好 from the aspects (benchmarks, structure, management, compliance). */
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

    private static Finding product(Severity s, String title) {
        return new Finding(title, DiagnosisItem.PRODUCT_CONSUMPTION, title, "", "", s, "BENCHMARK");
    }

    private static Finding structure(Severity s) {
        return new Finding("NON_FOSSIL", DiagnosisItem.CONSUMPTION_STRUCTURE, "非化石能源消费比重", "", "", s, "NON_FOSSIL");
    }

    /* The level rests on the aspects, not on how many findings were written: eight minor ones do not lower it. */
    @Test
    void allAspectsGoodIsGoodWhateverTheNumberOfMinorFindings() {
        List<Finding> fs = new ArrayList<>(n(8, Severity.MEDIUM));
        fs.add(product(Severity.INFO, "水泥熟料单位产品能耗达到标杆水平"));
        fs.add(structure(Severity.INFO));
        fs.add(f(DiagnosisItem.ENERGY_COST, Severity.INFO, "能源成本以原煤为主"));
        Evaluation e = Evaluation.of("", fs, allAnswered(Answer.YES));
        assertThat(e.level()).isEqualTo("较好");
        assertThat(e.justification()).containsExactly("能效水平较好（1 项产品单位产品能耗均达到先进值（1级）或标杆水平）",
                "能源结构较好（非化石能源消费比重达到目标）", "能源管理较好（能源管理检查表）");
        assertThat(e.paragraph()).startsWith("经对企业").contains("综合评价为“较好”").contains("此外，").doesNotContain("项（≥");
    }

    @Test
    void oneProductAboveItsBaselineIsPoor() {
        Evaluation e = Evaluation.of("甲公司", List.of(product(Severity.HIGH, "水泥熟料单位产品能耗高于基准水平"),
                structure(Severity.INFO)), allAnswered(Answer.YES));
        assertThat(e.level()).isEqualTo("较差");
        assertThat(e.justification()).first().isEqualTo("能效水平较差（存在单位产品能耗高于限定值或基准水平的产品）");
        assertThat(e.paragraph()).startsWith("经对甲公司能源管理").contains("综合评价为“较差”");
    }

    @Test
    void aLowNonFossilShareMakesItFairButNeverPoor() {
        Evaluation e = Evaluation.of("甲", List.of(product(Severity.INFO, "水泥达到标杆"), structure(Severity.LOW)),
                allAnswered(Answer.YES));
        assertThat(e.level()).isEqualTo("一般");
        assertThat(e.justification()).contains("能源结构一般（非化石能源消费比重偏低）");
    }

    @Test
    void poorManagementMakesItPoor() {
        ManagementAssessment poor = allAnswered(Answer.NO);
        assertThat(poor.level()).isEqualTo("较差");
        Evaluation e = Evaluation.of("甲", List.of(product(Severity.INFO, "水泥达到标杆"), structure(Severity.INFO)), poor);
        assertThat(e.level()).isEqualTo("较差");
        assertThat(e.justification()).contains("能源管理较差（能源管理检查表）");
        assertThat(e.paragraph()).contains("本次诊断未发现明显问题。");
    }

    /* Equipment or metering failing a mandatory limit keeps an otherwise good enterprise at 一般. */
    @Test
    void failingAMandatoryLimitKeepsItFromGood() {
        List<Finding> fs = new ArrayList<>(n(2, Severity.HIGH));
        fs.add(product(Severity.INFO, "水泥达到标杆"));
        fs.add(structure(Severity.INFO));
        Evaluation e = Evaluation.of("甲", fs, allAnswered(Answer.YES));
        assertThat(e.level()).isEqualTo("一般");
        assertThat(e.justification()).contains("存在 2 项未达到强制性能效限值或配备要求的问题（设备、计量等），需限期整改");
    }

    @Test
    void withoutAnyRatedAspectItIsNeverGood() {
        Evaluation e = Evaluation.of("甲", List.of(), null);
        assertThat(e.level()).isEqualTo("一般");
        assertThat(e.justification()).containsExactly("尚无对标、能源结构或能源管理数据可供评价");
    }

    /*
     * Demo: clinker and cement between 1级 and 3级 of GB 16780 (一般), non-fossil share 0.94 % below the target (一般), the
     * management checklist 127.5/160 (一般), and eight serious findings of equipment and metering below their
     * mandatory limits: 一般 — the plan no longer calls a plant 较差 for the number of its findings.
     */
    @Test
    void demoPlantIsFairOnEveryAspect() {
        RetrofitReport r = report(demo());
        assertThat(r.findings()).filteredOn(x -> x.severity() == Severity.HIGH).hasSize(8);
        assertThat(r.evaluation().level()).isEqualTo("一般");
        assertThat(r.evaluation().justification()).containsExactly("能效水平一般（产品单位产品能耗未达到先进值（1级）或标杆水平，未超过限定值或基准水平）",
                "能源结构一般（非化石能源消费比重偏低）", "能源管理一般（能源管理检查表）",
                "存在 8 项未达到强制性能效限值或配备要求的问题（设备、计量等），需限期整改");
        assertThat(r.evaluationLevel()).isEqualTo("一般");
        assertThat(r.evaluationText()).isEqualTo(r.evaluation().paragraph());
    }

    @Test
    void engineersLevelAndTextWin() {
        var p = demo();
        p = p.withPlan(p.plan().withEvaluation("较差", "工程师撰写的综合评价。"), RetrofitFixtures.NOW);
        RetrofitReport r = report(p);
        assertThat(r.evaluation().level()).isEqualTo("一般"); // still computed
        assertThat(r.evaluationLevel()).isEqualTo("较差");
        assertThat(r.evaluationText()).isEqualTo("工程师撰写的综合评价。");
    }
}
