package org.energydiag.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.energydiag.core.diagnosis.RetrofitFixtures.NOW;
import static org.energydiag.core.diagnosis.RetrofitFixtures.demo;
import static org.energydiag.core.diagnosis.RetrofitFixtures.report;

import java.util.List;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.Phase;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Table31;
import org.energydiag.core.retrofit.TaskCategory;

/** {@link DemoProjects#withDecisions}: every candidate accepted, three key projects, starter safeguards. */
class DemoDecisionsTest {

    @Test
    void everyCandidateBecomesAnAcceptedTask() {
        DiagnosisProject p = demo();
        RetrofitReport before = report(p);
        assertThat(before.candidates()).isNotEmpty();
        assertThat(before.rules()).extracting(RuleStatus::ruleId).containsExactly("EQUIPMENT", "BENCHMARK", "BALANCE",
                "NON_FOSSIL", "INTENSITY_TREND", "ENERGY_COST", "LOAD", "MANAGEMENT", "METERING", "EMISSION_SOURCES",
                "GHG_ACCOUNTING");
        // one status per registered rule, in the list's order (a rule is one class plus one line in RULES)
        assertThat(before.rules()).extracting(RuleStatus::ruleId)
                .containsExactlyElementsOf(DiagnosisRules.RULES.stream().map(DiagnosisRule::id).toList());
        // without meter data only the load rule is inactive
        assertThat(before.rules()).filteredOn(s -> !s.active()).extracting(RuleStatus::ruleId).containsExactly("LOAD");

        DiagnosisProject decided = DemoProjects.withDecisions(p, before, NOW);
        RetrofitReport after = report(decided);

        // every candidate, then the energy management centre (a task of the engineer's, so that 三（一）
        // counts what 表3-1 lists)
        assertThat(decided.plan().tasks()).extracting(RetrofitTask::sourceKey)
                .containsExactlyElementsOf(java.util.stream.Stream.concat(before.candidates().stream().map(RetrofitTask::sourceKey),
                        java.util.stream.Stream.of("")).toList());
        assertThat(decided.plan().tasks().get(decided.plan().tasks().size() - 1).name()).isEqualTo("能源管控中心建设");
        assertThat(decided.plan().tasks()).noneMatch(t -> t.id().startsWith("CAND:"));
        assertThat(after.candidates()).isEmpty();
        assertThat(after.tasks()).isEqualTo(decided.plan().tasks());
        // all eight categories are reported, the used ones have tasks
        assertThat(after.tasksOf(TaskCategory.COMPLIANCE)).isNotEmpty();
        assertThat(after.tasksOf(TaskCategory.OTHER)).isEmpty();
    }

    /*
     * Key projects: the two accepted tasks with the largest savings (the clinker measures: 4.0 kgce/t × 2 960 000 t
     * ÷ 1000 = 11 840 tce, the demo engineer's figure with its basis; the 3级 motors)
     * and the energy management centre. The centre: 380 万元, 150 万元/年, 10 years at 8 %:
     *   payback 380 ÷ 150 = 2.53 years; NPV = 150 × 6.710081 − 380 = 1 006.512 − 380 = 626.51 万元
     */
    @Test
    void threeKeyProjectsWithEconomicsAndTable31() {
        DiagnosisProject p = demo();
        DiagnosisProject decided = DemoProjects.withDecisions(p, report(p), NOW);
        RetrofitReport r = report(decided);

        List<KeyProject> kps = decided.plan().keyProjects();
        assertThat(kps).extracting(KeyProject::name, KeyProject::phase, KeyProject::investmentWanYuan).containsExactly(
                tuple("熟料烧成系统节能改造", Phase.MEDIUM, 3200.0),
                tuple("电动机能效提升改造", Phase.SHORT, 60.0),
                tuple("能源管控中心建设", Phase.LONG, 380.0));
        RetrofitTask clinkerTask = decided.plan().tasks().stream().filter(t -> t.sourceKey().equals("BENCHMARK:水泥熟料"))
                .findFirst().orElseThrow();
        assertThat(kps.get(0).taskIds()).containsExactly(clinkerTask.id());
        assertThat(kps.get(0).savingTce()).isCloseTo(11840.0, within(1e-6));
        assertThat(kps.get(0).savingBasis()).contains("4.0 kgce/t × 2025年产量 296 万t = 11,840 tce/年");
        // the cement benchmark task keeps no saving: its gap is a potential, not a project's saving
        assertThat(decided.plan().tasks()).filteredOn(t -> t.sourceKey().equals("BENCHMARK:水泥")).singleElement()
                .satisfies(t -> assertThat(t.savingTce()).isNull());
        assertThat(kps).allSatisfy(k -> assertThat(k.savingBasis()).isNotBlank());
        RetrofitTask centreTask = decided.plan().tasks().stream().filter(t -> t.name().equals("能源管控中心建设")).findFirst()
                .orElseThrow();
        assertThat(kps.get(2).taskIds()).containsExactly(centreTask.id());
        assertThat(centreTask.savingTce()).isEqualTo(kps.get(2).savingTce());

        assertThat(r.keyProjects()).allSatisfy(k -> assertThat(k.economics()).isNotNull());
        RetrofitReport.ProjectResult centre = r.keyProjects().get(2);
        assertThat(centre.economics().paybackYears()).isCloseTo(2.53, within(0.005));
        assertThat(centre.economics().npv()).isCloseTo(626.51, within(0.005));

        assertThat(r.table31()).extracting(row -> row.phase().label(), Table31.Row::number, Table31.Row::name)
                .containsExactly(tuple("短期", 1, "电动机能效提升改造"), tuple("中期", 1, "熟料烧成系统节能改造"),
                        tuple("长期", 1, "能源管控中心建设"));
        assertThat(r.table31().get(2).effect()).isEqualTo("年节能 1,500 tce，年减排CO2 3,900 t，年节约费用 150 万元");

        assertThat(r.safeguards().organization()).contains(decided.enterprise().name());
        // targets: sum of the accepted tasks that have an estimate
        double sum = decided.plan().tasks().stream().filter(t -> t.savingTce() != null).mapToDouble(RetrofitTask::savingTce).sum();
        assertThat(r.targets().savingTce()).isCloseTo(sum, within(1e-9));
        assertThat(r.targets().tasksWithoutEstimate())
                .isEqualTo((int) decided.plan().tasks().stream().filter(t -> t.savingTce() == null).count());
        // the year the last key project ends: 52 months after the plan's month (NOW)
        assertThat(r.targets().targetYear()).isEqualTo(java.time.LocalDate.ofInstant(NOW, java.time.ZoneId.of("Asia/Shanghai"))
                .plusMonths(52).getYear());
    }
}
