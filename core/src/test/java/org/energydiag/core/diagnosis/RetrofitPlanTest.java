package org.energydiag.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.energydiag.core.diagnosis.RetrofitFixtures.NOW;
import static org.energydiag.core.diagnosis.RetrofitFixtures.demo;
import static org.energydiag.core.diagnosis.RetrofitFixtures.report;

import java.util.List;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.RetrofitPlan;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.TaskCategory;

/** The engineer's decisions on candidates: accept, reject, merge, delete; the report reflects each. */
class RetrofitPlanTest {

    private static final String METERING = "METERING";
    private static final String DIGITAL = "MANAGEMENT:DIGITAL";
    private static final String CLINKER = "BENCHMARK:水泥熟料";
    private static final String CEMENT = "BENCHMARK:水泥";
    private static final String MOTORS = "EQUIPMENT:MOTOR:GRADE3";

    private static RetrofitTask open(RetrofitReport r, String sourceKey) {
        return r.candidates().stream().filter(c -> c.sourceKey().equals(sourceKey)).findFirst().orElseThrow();
    }

    private static List<String> openKeys(RetrofitReport r) {
        return r.candidates().stream().map(RetrofitTask::sourceKey).toList();
    }

    private static DiagnosisProject withPlan(DiagnosisProject p, RetrofitPlan plan) {
        return p.withPlan(plan, NOW);
    }

    @Test
    void acceptingMakesTheCandidateATaskOfThePlan() {
        DiagnosisProject p = demo();
        RetrofitReport before = report(p);
        RetrofitTask candidate = open(before, METERING);

        DiagnosisProject after = withPlan(p, p.plan().accept(candidate));
        RetrofitReport r = report(after);

        assertThat(after.plan().tasks()).hasSize(1);
        RetrofitTask task = after.plan().tasks().get(0);
        assertThat(task.id()).isNotEqualTo(candidate.id()).doesNotStartWith("CAND:");
        assertThat(task.sourceKey()).isEqualTo(METERING);
        assertThat(task.name()).isEqualTo(candidate.name());
        assertThat(task.category()).isEqualTo(TaskCategory.DIGITAL);
        assertThat(openKeys(r)).doesNotContain(METERING).hasSize(before.candidates().size() - 1);
        assertThat(r.tasks()).containsExactly(task);
        assertThat(r.tasksOf(TaskCategory.DIGITAL)).containsExactly(task);
    }

    @Test
    void rejectingHidesTheCandidateWithoutATask() {
        DiagnosisProject p = demo();
        RetrofitTask candidate = open(report(p), DIGITAL);

        RetrofitPlan plan = p.plan().reject(candidate).reject(candidate);
        RetrofitReport r = report(withPlan(p, plan));

        assertThat(plan.rejectedCandidates()).containsExactly(DIGITAL); // once, however often rejected
        assertThat(plan.tasks()).isEmpty();
        assertThat(openKeys(r)).doesNotContain(DIGITAL);
        // the finding itself stays: rejecting a task does not make the problem go away
        assertThat(r.findings()).extracting(Finding::id).contains(DIGITAL);
    }

    /*
     * Merged in plan order: cement (31 703.935 tce, cost 4 892.63 万元, investment unknown) and the 3级 motors
     * (saving estimated per item, investment unknown). Saving and cost are the sums; investment stays unknown (null)
     * because a part is unknown. Once the engineer enters 2 600 and 180 万元 the merged investment is 2 780.
     * Clinker's saving is unknown (it lies inside cement's), so merging it makes the merged saving unknown too.
     */
    @Test
    void mergeAddsEstimatesKeepsUnknownsAndRelinksKeyProjects() {
        DiagnosisProject p = demo();
        RetrofitReport r0 = report(p);
        RetrofitPlan plan = p.plan().accept(open(r0, CEMENT)).accept(open(r0, MOTORS)).accept(open(r0, METERING))
                .accept(open(r0, CLINKER));
        // the benchmark candidate carries no saving (the gap is a potential); the engineer gives the
        // measures' figure
        assertThat(plan.tasks().get(0).savingTce()).isNull();
        plan = plan.updateTask(plan.tasks().get(0).id(), t -> t.withEstimates(1200.0, 3192.0, 144.0, null));
        RetrofitTask cement = plan.tasks().get(0);
        RetrofitTask motors = plan.tasks().get(1);
        RetrofitTask metering = plan.tasks().get(2);
        RetrofitTask clinker = plan.tasks().get(3);
        KeyProject kp = KeyProject.fromTask(motors);
        KeyProject other = KeyProject.fromTask(metering);
        plan = plan.withKeyProjects(List.of(kp, other));

        RetrofitPlan merged = plan.merge(List.of(motors.id(), cement.id()), "水泥粉磨系统节能提效");

        assertThat(merged.tasks()).hasSize(3);
        RetrofitTask m = merged.tasks().get(0); // placed where the first part was
        assertThat(m.name()).isEqualTo("水泥粉磨系统节能提效");
        assertThat(m.category()).isEqualTo(TaskCategory.PROCESS); // the first part's (plan order)
        assertThat(m.savingTce()).isCloseTo(cement.savingTce() + motors.savingTce(), within(1e-9))
                .isCloseTo(1200.0 + motors.savingTce(), within(1e-6));
        assertThat(m.savingTco2()).isCloseTo(cement.savingTco2() + motors.savingTco2(), within(1e-9));
        assertThat(m.costSavingWanYuan()).isCloseTo(cement.costSavingWanYuan() + motors.costSavingWanYuan(), within(1e-9));
        assertThat(m.investmentWanYuan()).isNull();
        assertThat(m.findingIds()).startsWith(CEMENT).containsAll(motors.findingIds());
        assertThat(m.catalogueRefs()).containsAll(cement.catalogueRefs()).containsAll(motors.catalogueRefs())
                .doesNotHaveDuplicates();
        assertThat(m.content()).isEqualTo(cement.content() + "\n" + motors.content());
        assertThat(m.sourceKey()).isEmpty();
        assertThat(merged.tasks().subList(1, 3)).containsExactly(metering, clinker);
        // the key project now points at the merged task; the other one is untouched
        assertThat(merged.keyProjects().get(0).taskIds()).containsExactly(m.id());
        assertThat(merged.keyProjects().get(1)).isEqualTo(other);
        // the parts' candidates are not proposed again
        assertThat(merged.rejectedCandidates()).containsExactly(CEMENT, MOTORS);
        assertThat(openKeys(report(withPlan(p, merged)))).doesNotContain(CEMENT, MOTORS, METERING, CLINKER);

        // with both investments known the merged investment is their sum; without a name the names are joined
        RetrofitPlan priced = plan.updateTask(cement.id(), t -> t.withEstimates(t.savingTce(), t.savingTco2(),
                t.costSavingWanYuan(), 2600.0)).updateTask(motors.id(), t -> t.withEstimates(t.savingTce(),
                t.savingTco2(), t.costSavingWanYuan(), 180.0));
        RetrofitTask m2 = priced.merge(List.of(motors.id(), cement.id()), "").tasks().get(0);
        assertThat(m2.investmentWanYuan()).isEqualTo(2780.0);
        assertThat(m2.name()).isEqualTo("水泥生产工艺系统节能提效、电动机能效提升改造");

        // an unknown saving makes the merged saving unknown
        RetrofitTask m3 = plan.merge(List.of(cement.id(), clinker.id()), "熟料及水泥").tasks().get(0);
        assertThat(clinker.savingTce()).isNull();
        assertThat(m3.savingTce()).isNull();
        assertThat(m3.costSavingWanYuan()).isNull();
    }

    @Test
    void mergeNeedsTwoTasks() {
        RetrofitPlan plan = RetrofitPlan.empty().withTasks(List.of(RetrofitTask.manual(TaskCategory.OTHER, "甲")));
        assertThatThrownBy(() -> plan.merge(List.of(plan.tasks().get(0).id()), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("合并至少需要选择两项任务");
    }

    @Test
    void deletingAnAcceptedTaskProposesItsCandidateAgain() {
        DiagnosisProject p = demo();
        RetrofitTask candidate = open(report(p), METERING);
        RetrofitPlan plan = p.plan().accept(candidate);
        RetrofitTask task = plan.tasks().get(0);
        plan = plan.withKeyProjects(List.of(KeyProject.fromTask(task)));
        assertThat(openKeys(report(withPlan(p, plan)))).doesNotContain(METERING);

        RetrofitPlan deleted = plan.deleteTask(task.id());

        assertThat(deleted.tasks()).isEmpty();
        assertThat(deleted.keyProjects()).hasSize(1);
        assertThat(deleted.keyProjects().get(0).taskIds()).isEmpty(); // the key project loses the link only
        RetrofitReport r = report(withPlan(p, deleted));
        assertThat(openKeys(r)).contains(METERING);
        assertThat(open(r, METERING)).isEqualTo(candidate);
    }
}
