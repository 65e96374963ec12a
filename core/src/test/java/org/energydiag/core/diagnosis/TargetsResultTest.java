package org.energydiag.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.energydiag.core.diagnosis.RetrofitFixtures.REF;
import static org.energydiag.core.diagnosis.RetrofitFixtures.demo;

import java.util.List;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.junit.jupiter.api.Test;
import org.energydiag.core.retrofit.RetrofitPlan;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Targets;
import org.energydiag.core.retrofit.TaskCategory;

/**
 * 三（一）改造目标 from the accepted tasks of the demo plant. Base year 2025: 339 703.935 tce and
 * 2 481 800.60 tCO2 (see CarbonRulesTest for the emissions by hand).
 */
class TargetsResultTest {

    private static final ProjectAnalysis ANALYSIS = ProjectAnalysis.of(demo(), REF);

    private static RetrofitTask task(TaskCategory c, String name, Double tce, Double tco2, Double inv) {
        return RetrofitTask.manual(c, name).withEstimates(tce, tco2, null, inv);
    }

    /** Four accepted tasks; two without an energy estimate. */
    private static final List<RetrofitTask> TASKS = List.of(
            task(TaskCategory.PROCESS, "窑头余热发电提效", 1000.0, 2500.0, 500.0),
            task(TaskCategory.KEY_EQUIPMENT, "高效电机替换", 200.5, 600.0, 80.0),
            task(TaskCategory.MANAGEMENT, "能源管理体系认证", null, null, null),
            task(TaskCategory.PROCESS, "篦冷机改造", null, 100.0, null));

    /*
     * saving    = 1 000 + 200.5 = 1 200.5 tce (2 tasks without estimate are not counted)
     * reduction = 2 500 + 600 + 100 = 3 200 tCO2
     * energy intensity drop = 1 200.5 ÷ 339 703.935 × 100 = 0.3534 %
     * carbon intensity drop = 3 200 ÷ 2 481 800.60 × 100 = 0.1289 % (emissions as in CarbonRulesTest)
     */
    @Test
    void computedTargetsAreSumsOfTheAcceptedTasks() {
        RetrofitPlan plan = RetrofitPlan.empty().withTasks(TASKS);
        TargetsResult t = TargetsResult.of(ANALYSIS, 2025, plan);

        assertThat(t.baseYear()).isEqualTo(2025);
        assertThat(t.targetYear()).isEqualTo(2028); // not set: base year + 3
        assertThat(t.baseTce()).isCloseTo(339703.935, within(1e-6));
        assertThat(t.baseTco2()).isCloseTo(2481800.60, within(0.01));
        assertThat(t.computedSavingTce()).isCloseTo(1200.5, within(1e-9));
        assertThat(t.computedReductionTco2()).isCloseTo(3200, within(1e-9));
        assertThat(t.computedEnergyIntensityDrop()).isCloseTo(0.3534, within(1e-4));
        assertThat(t.computedCarbonIntensityDrop()).isCloseTo(0.1289, within(1e-4));
        assertThat(t.savingTce()).isEqualTo(t.computedSavingTce());
        assertThat(t.energyIntensityDrop()).isEqualTo(t.computedEnergyIntensityDrop());
        assertThat(t.tasksWithoutEstimate()).isEqualTo(2);

        TargetsResult.CategoryRow process = t.row(TaskCategory.PROCESS).orElseThrow();
        assertThat(process.tasks()).isEqualTo(2);
        assertThat(process.savingTce()).isEqualTo(1000.0);
        assertThat(process.reductionTco2()).isEqualTo(2600.0);
        assertThat(process.investmentWanYuan()).isEqualTo(500.0);
        assertThat(process.names()).containsExactly("窑头余热发电提效", "篦冷机改造");
        assertThat(t.byCategory()).extracting(TargetsResult.CategoryRow::category).containsExactly(TaskCategory.values());

        assertThat(t.subTargets()).isEqualTo(
                "1. 工艺系统节能提效类：实施窑头余热发电提效、篦冷机改造，年节能 1,000.00 tce，年减排 CO2 2,600.00 t。\n"
                        + "2. 重点用能装备改造类：实施高效电机替换，年节能 200.50 tce，年减排 CO2 600.00 t。\n"
                        + "3. 节能降碳管理提升类：实施能源管理体系认证。");
        assertThat(t.overallText("甲水泥公司")).isEqualTo("到2028年，甲水泥公司通过实施节能降碳改造，实现年节能量 1,200.50 吨标准煤、"
                + "年减排二氧化碳 3,200.00 吨；以2025年为基准，在产值不变的条件下，单位产值能耗下降 0.35%，单位产值碳排放下降 0.13%。");
    }

    @Test
    void engineerValuesWinOverComputedOnes() {
        RetrofitPlan plan = RetrofitPlan.empty().withTasks(TASKS)
                .withTargets(new Targets(2030, 5000.0, 1.5, 12000.0, 0.5, "工程师填写的分项目标"));
        TargetsResult t = TargetsResult.of(ANALYSIS, 2025, plan);

        assertThat(t.targetYear()).isEqualTo(2030);
        assertThat(t.savingTce()).isEqualTo(5000.0);
        assertThat(t.energyIntensityDrop()).isEqualTo(1.5);
        assertThat(t.reductionTco2()).isEqualTo(12000.0);
        assertThat(t.carbonIntensityDrop()).isEqualTo(0.5);
        assertThat(t.subTargets()).isEqualTo("工程师填写的分项目标");
        // the computed figures stay available next to them
        assertThat(t.computedSavingTce()).isCloseTo(1200.5, within(1e-9));
        assertThat(t.computedReductionTco2()).isCloseTo(3200, within(1e-9));
    }

    @Test
    void noTasksNoSavingsAndNoBaseYearNoIntensity() {
        TargetsResult none = TargetsResult.of(ANALYSIS, 2025, RetrofitPlan.empty());
        assertThat(none.savingTce()).isZero();
        assertThat(none.energyIntensityDrop()).isZero();
        assertThat(none.subTargets()).isEmpty();

        // 2030 has no consumption: the drop cannot be related to a base
        TargetsResult noBase = TargetsResult.of(ANALYSIS, 2030, RetrofitPlan.empty().withTasks(TASKS));
        assertThat(noBase.baseTce()).isNaN();
        assertThat(noBase.energyIntensityDrop()).isNaN();
        assertThat(noBase.overallText("")).contains("单位产值能耗下降 —%");
    }
}
