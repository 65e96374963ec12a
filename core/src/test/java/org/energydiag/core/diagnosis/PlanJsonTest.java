package org.energydiag.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energydiag.core.diagnosis.RetrofitFixtures.NOW;
import static org.energydiag.core.diagnosis.RetrofitFixtures.demo;
import static org.energydiag.core.diagnosis.RetrofitFixtures.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.io.ProjectJson;
import org.energydiag.core.management.Answer;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.PaybackConvention;
import org.energydiag.core.retrofit.RetrofitPlan;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Safeguards;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.Targets;
import org.energydiag.core.retrofit.TaskCategory;

/** The plan (chapters 一（四）, 二, 三) in the project JSON: a full round trip and the upgrade of version-3 documents. */
class PlanJsonTest {

    /** The demo after every kind of decision an engineer can make. */
    static DiagnosisProject fullPlan() {
        DiagnosisProject p = demo();
        RetrofitReport r = report(p);
        DiagnosisProject d = DemoProjects.withDecisions(p, r, NOW);
        RetrofitPlan plan = d.plan();
        // merge two accepted tasks, delete one, add one of the engineer's own
        List<RetrofitTask> mgmt = plan.tasks().stream().filter(t -> t.category() == TaskCategory.MANAGEMENT).toList();
        plan = plan.merge(List.of(mgmt.get(0).id(), mgmt.get(1).id()), "管理制度完善");
        plan = plan.deleteTask(plan.tasks().stream().filter(t -> t.sourceKey().equals("NON_FOSSIL")).findFirst()
                .orElseThrow().id());
        List<RetrofitTask> tasks = new ArrayList<>(plan.tasks());
        tasks.add(RetrofitTask.manual(TaskCategory.OTHER, "厂区照明LED改造").withEstimates(12.5, 37.3, 6.1, 20.0)
                .withContent("更换 1 200 盏金卤灯").withCatalogueRefs(List.of("自定")));
        plan = plan.withTasks(tasks)
                .withManagement(plan.management().withAnswer("CER-1", Answer.PARTIAL).withNote("CER-1", "2026年启动认证")
                        .withParagraph("工程师改写的能源管理段落。"))
                .withManualFindings(List.of(new Finding("f-1", DiagnosisItem.CARBON_MEASURES, "未开展碳足迹核算", "现场访谈",
                        "", Severity.LOW, "")))
                .withEvaluation("一般", "工程师撰写的综合评价。")
                .withTargets(new Targets(2029, 50000.0, null, null, 1.2, "分项目标：……"))
                .withEconomics(12, 0.06)
                .withPayback(PaybackConvention.FROM_CONSTRUCTION_START, 2)
                .updateKeyProject(plan.keyProjects().get(0).id(), k -> {
                    KeyProject.Builder b = k.edit();
                    b.lifeYears = 15;
                    b.constructionYears = 3;
                    b.discountRate = 0.07;
                    b.expectedEffect = "单位产品能耗降至标杆水平";
                    return b.build();
                })
                .withSafeguards(new Safeguards("领导小组", "", "自有资金与专项资金", ""));
        return d.withPlan(plan, NOW);
    }

    @Test
    void fullPlanSurvivesTheJsonRoundTrip() throws Exception {
        DiagnosisProject p = fullPlan();
        assertThat(p.plan().rejectedCandidates()).isNotEmpty();
        assertThat(p.plan().manualFindings()).hasSize(1);

        String json = ProjectJson.toJson(p);
        DiagnosisProject back = ProjectJson.fromJson(json, ProjectJson.MODEL_VERSION);

        assertThat(back.plan()).isEqualTo(p.plan());
        assertThat(back).isEqualTo(p);
        // the report computed from the read project is the same
        RetrofitReport a = report(p);
        RetrofitReport b = report(back);
        assertThat(b.tasks()).isEqualTo(a.tasks());
        assertThat(b.candidates()).extracting(RetrofitTask::sourceKey)
                .containsExactlyElementsOf(a.candidates().stream().map(RetrofitTask::sourceKey).toList());
        assertThat(b.keyProjects()).isEqualTo(a.keyProjects());
        assertThat(b.targets()).isEqualTo(a.targets());
        assertThat(b.evaluationText()).isEqualTo("工程师撰写的综合评价。");
    }

    @Test
    void versionThreeDocumentReadsWithAnEmptyPlan() throws Exception {
        DiagnosisProject p = fullPlan();
        ObjectNode node = (ObjectNode) ProjectJson.toTree(p);
        assertThat(node.has("plan")).isTrue();
        node.remove("plan"); // as EnergyDiag wrote it before chapters 一（四）, 二 and 三 existed

        DiagnosisProject back = ProjectJson.fromTree(node, 3, "");

        assertThat(back.plan()).isEqualTo(RetrofitPlan.empty());
        assertThat(back.plan().lifeYears()).isEqualTo(RetrofitPlan.DEFAULT_LIFE_YEARS);
        assertThat(back.plan().discountRate()).isEqualTo(RetrofitPlan.DEFAULT_DISCOUNT_RATE);
        // everything else is kept
        assertThat(back.enterprise()).isEqualTo(p.enterprise());
        assertThat(back.energy()).isEqualTo(p.energy());
        assertThat(back.equipment()).isEqualTo(p.equipment());
        assertThat(back.carbon()).isEqualTo(p.carbon());
        // and the report of the upgraded project has no decisions: every candidate is open again
        RetrofitReport r = report(back);
        assertThat(r.tasks()).isEmpty();
        assertThat(r.keyProjects()).isEmpty();
        assertThat(r.rules()).filteredOn(s -> s.ruleId().equals("MANAGEMENT")).allSatisfy(s -> assertThat(s.active()).isFalse());
    }

    /*
     * A plan written before the payback conventions existed (no paybackConvention, no
     * constructionYears in the plan or its key projects) reads with the paybacks from commissioning,
     * as they were computed then, and the default construction period of 1 year.
     */
    @Test
    void planWithoutPaybackFieldsReadsFromCommissioning() throws Exception {
        DiagnosisProject p = fullPlan();
        assertThat(p.plan().paybackConvention()).isEqualTo(PaybackConvention.FROM_CONSTRUCTION_START);
        ObjectNode node = (ObjectNode) ProjectJson.toTree(p);
        ObjectNode plan = (ObjectNode) node.get("plan");
        plan.remove("paybackConvention");
        plan.remove("constructionYears");
        plan.withArray("keyProjects").forEach(k -> ((ObjectNode) k).remove("constructionYears"));

        DiagnosisProject back = ProjectJson.fromTree(node, ProjectJson.MODEL_VERSION, "");

        assertThat(back.plan().paybackConvention()).isEqualTo(PaybackConvention.FROM_COMMISSIONING);
        assertThat(back.plan().constructionYears()).isEqualTo(RetrofitPlan.DEFAULT_CONSTRUCTION_YEARS);
        assertThat(back.plan().keyProjects()).allSatisfy(k -> assertThat(k.constructionYears()).isNull());
        RetrofitReport r = report(back);
        assertThat(r.keyProjects()).filteredOn(k -> k.economics() != null).isNotEmpty()
                .allSatisfy(k -> assertThat(k.economics().payback().convention()).isEqualTo(PaybackConvention.FROM_COMMISSIONING));
    }

    /* The key project with its own construction period uses it; the others use the plan's 2 years. */
    @Test
    void constructionPeriodOfTheProjectOrThePlan() {
        DiagnosisProject p = fullPlan();
        RetrofitReport r = report(p);
        var first = r.keyProjects().get(0);
        assertThat(first.economics().payback().constructionYears()).isEqualTo(3);
        assertThat(first.economics().paybackYears())
                .isEqualTo(3 + first.project().investmentWanYuan() / first.project().costSavingWanYuan());
        r.keyProjects().stream().skip(1).filter(k -> k.economics() != null)
                .forEach(k -> assertThat(k.economics().payback().constructionYears()).isEqualTo(2));
    }
}
