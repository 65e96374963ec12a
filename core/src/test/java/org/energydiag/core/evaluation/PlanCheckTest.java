package org.energydiag.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.energy.BalanceResult;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.Phase;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Targets;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the plan check, triggered on the decided demo (which passes them all) by one change
 * of the kind found in real plans, and the message naming what disagrees, by how much and where.
 */
class PlanCheckTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    static DiagnosisProject decidedDemo() {
        DiagnosisProject p = DemoProjects.cementPlant(NOW, "某诊断机构");
        return DemoProjects.withDecisions(p, evaluate(p).report(), NOW);
    }

    static ProjectEvaluation evaluate(DiagnosisProject p) {
        return ProjectEvaluation.of(p, Fixtures.REFS, List.of(), DATE);
    }

    static DiagnosisProject withKeyProject(DiagnosisProject p, int index, UnaryOperator<KeyProject.Builder> change) {
        List<KeyProject> kps = new ArrayList<>(p.plan().keyProjects());
        kps.set(index, change.apply(kps.get(index).edit()).build());
        return p.withPlan(p.plan().withKeyProjects(kps), NOW);
    }

    static List<CheckIssue> issues(ProjectEvaluation ev, String rule) {
        return ev.checks().stream().filter(c -> c.rule().equals(rule)).toList();
    }

    @Test
    void theDecidedDemoHasNoErrorAndEveryRuleIsRegisteredOnce() {
        ProjectEvaluation ev = evaluate(decidedDemo());
        assertThat(ev.errors()).as(ev.checks().toString()).isEmpty();
        assertThat(ev.evaluable()).isTrue();
        assertThat(PlanCheck.RULES.stream().map(CheckRule::id).distinct()).hasSize(PlanCheck.RULES.size());
    }

    @Test
    void keyProjectsAboveTheTargetAreAnErrorAndAnUnlinkedProjectIsNamed() {
        DiagnosisProject unlinked = withKeyProject(decidedDemo(), 2, b -> {
            b.taskIds = List.of(); // the energy management centre, no longer drawn from its task
            b.savingTce = 5000.0;
            return b;
        });
        DiagnosisProject p = unlinked.withPlan(unlinked.plan().withTasks(unlinked.plan().tasks().stream()
                .filter(t -> !t.name().equals("能源管控中心建设")).toList()), NOW);
        ProjectEvaluation ev = evaluate(p);
        List<CheckIssue> found = issues(ev, "targets-table31");
        double tasks = p.plan().tasks().stream().mapToDouble(t -> t.savingTce() == null ? 0 : t.savingTce()).sum();
        double table = p.plan().keyProjects().stream().mapToDouble(k -> k.savingTce() == null ? 0 : k.savingTce()).sum();
        assertThat(table).isGreaterThan(tasks);
        assertThat(found).anySatisfy(c -> {
            assertThat(c.isError()).isTrue();
            assertThat(c.message()).contains(PlanCheck.f(table)).contains(PlanCheck.f(tasks)).contains(PlanCheck.f(table - tasks));
        });
        assertThat(found).anySatisfy(c -> {
            assertThat(c.message()).contains("能源管控中心建设").contains("未关联").contains("5,000");
            // beside the project's 年节能量 in 重点改造项目
            assertThat(c.target()).isEqualTo("keyProjects#" + p.plan().keyProjects().get(2).id() + "/savingTce");
        });
    }

    @Test
    void aKeyProjectWhoseEstimateDiffersFromItsTasksIsNamedWithTheDifference() {
        DiagnosisProject p = withKeyProject(decidedDemo(), 1, b -> {
            b.savingTce = b.savingTce + 100;
            return b;
        });
        assertThat(issues(evaluate(p), "targets-table31")).anySatisfy(c ->
                assertThat(c.message()).contains(p.plan().keyProjects().get(1).name()).contains("相差 100 tce"));
    }

    @Test
    void targetsBelowTable31AreReconciledInOneSentenceOfThePlan() {
        DiagnosisProject base = decidedDemo();
        // a task not made a key project: the target is larger than 表3-1, which the plan explains
        RetrofitTask extra = RetrofitTask.manual(org.energydiag.core.retrofit.TaskCategory.MANAGEMENT, "节能考核")
                .withEstimates(2000.0, null, null, null);
        List<RetrofitTask> tasks = new ArrayList<>(base.plan().tasks());
        tasks.add(extra);
        ProjectEvaluation ev = evaluate(base.withPlan(base.plan().withTasks(tasks), NOW));
        double table = base.plan().keyProjects().stream().mapToDouble(KeyProject::savingTce).sum();
        assertThat(issues(ev, "targets-table31")).isEmpty();
        assertThat(ev.targetsReconciliation()).contains("3 个重点项目合计 " + PlanCheck.f(table) + " 吨标准煤")
                .contains("其余 " + PlanCheck.f(ev.report().targets().savingTce() - table) + " 吨标准煤来自其他改造任务");
    }

    @Test
    void aProjectEndingAfterTheTargetYearAndATargetYearBeforeThePlanAreFound() {
        DiagnosisProject p = decidedDemo();
        p = p.withPlan(p.plan().withTargets(new Targets(2025, null, null, null, null, "")), NOW);
        List<CheckIssue> found = issues(evaluate(p), "target-year");
        assertThat(found).anySatisfy(c -> {
            assertThat(c.isError()).isTrue();
            assertThat(c.message()).contains("目标年 2025 年早于方案日期（2026 年）");
        });
        DiagnosisProject later = p.withPlan(p.plan().withTargets(new Targets(2028, null, null, null, null, "")), NOW);
        assertThat(issues(evaluate(later), "target-year")).anySatisfy(c ->
                assertThat(c.message()).contains("能源管控中心建设").contains("晚于目标年 2028 年"));
    }

    @Test
    void phasesAreCheckedAgainstThePlanDate() {
        DiagnosisProject before = withKeyProject(decidedDemo(), 1, b -> {
            b.implementationTime = "2026年3月—2026年10月";
            return b;
        });
        assertThat(issues(evaluate(before), "phase-date")).anySatisfy(c -> {
            assertThat(c.isError()).isTrue();
            assertThat(c.message()).contains("自 2026年3月 开始，早于方案日期（2026年12月）").contains("整个实施期都在方案日期之前");
        });
        DiagnosisProject longShort = withKeyProject(decidedDemo(), 1, b -> {
            b.phase = Phase.SHORT;
            b.implementationTime = "2027年1月—2028年6月";
            return b;
        });
        assertThat(issues(evaluate(longShort), "phase-date")).anySatisfy(c ->
                assertThat(c.message()).contains("短期项目").contains("实施至 2028年6月").contains("超出方案日期起一年（2027年12月）"));
        DiagnosisProject quickLong = withKeyProject(decidedDemo(), 2, b -> {
            b.implementationTime = "2027年";
            return b;
        });
        assertThat(issues(evaluate(quickLong), "phase-date")).anySatisfy(c ->
                assertThat(c.message()).contains("长期项目").contains("2027年12月 前完成"));
        DiagnosisProject unreadable = withKeyProject(decidedDemo(), 0, b -> {
            b.implementationTime = "明年检修期间";
            return b;
        });
        assertThat(issues(evaluate(unreadable), "phase-date")).anySatisfy(c ->
                assertThat(c.message()).contains("“明年检修期间”无法识别"));
    }

    @Test
    void aTypedConsumptionOffByAFactorIsAnErrorAndASmallDifferenceAWarning() {
        DiagnosisProject demo = decidedDemo();
        double computed = evaluate(demo).analysis().energy().totalsOf(2025).tce() / 1e4;
        DiagnosisProject typo = demo.withEnterprise(demo.enterprise().toBuilder().energyConsumption2025(new BigDecimal("1.85")).build(), NOW);
        assertThat(issues(evaluate(typo), "typed-figures")).singleElement().satisfies(c -> {
            assertThat(c.isError()).isTrue();
            assertThat(c.message()).contains("1.85 万tce").contains(TypedFiguresCheck.f4(computed) + " 万tce（当量值）").contains("单位");
            assertThat(c.target()).isEqualTo("enterprise#energyConsumption2025");
        });
        DiagnosisProject near = demo.withEnterprise(demo.enterprise().toBuilder().energyConsumption2025(new BigDecimal("33.50")).build(), NOW);
        assertThat(issues(evaluate(near), "typed-figures")).singleElement().satisfies(c -> assertThat(c.isError()).isFalse());
        DiagnosisProject rounded = demo.withEnterprise(demo.enterprise().toBuilder()
                .energyConsumption2025(new BigDecimal(String.format(java.util.Locale.ROOT, "%.2f", computed))).build(), NOW);
        assertThat(issues(evaluate(rounded), "typed-figures")).isEmpty();
    }

    @Test
    void anOpenBalanceBesideAFullUtilisationIsAContradiction() {
        ProjectEvaluation ev = evaluate(decidedDemo());
        BalanceResult b = ev.analysis().balance();
        BalanceResult open = new BalanceResult(b.year(), b.nodes(), b.flows(), b.supplyTce(), b.statisticsTce(), b.exportTce(),
                b.endUseTce(), b.endUseTce(), 0, -0.2966 * b.statisticsTce(), -29.66, b.tolerancePercent(), false, 100.0, true,
                b.lossesRanked(), b.table(), b.diagram(), b.issues());
        ProjectAnalysis a = new ProjectAnalysis(ev.analysis().energy(), open, ev.analysis().carbon(), ev.analysis().benchmarks());
        ProjectEvaluation changed = new ProjectEvaluation(ev.project(), ev.references(), ev.date(), a, ev.ratings(), ev.savings(),
                ev.loads(), ev.report(), ev.missing(), List.of(), ev.touCosts());
        assertThat(new BalanceStatementCheck().check(changed)).singleElement().satisfies(c -> {
            assertThat(c.isError()).isTrue();
            assertThat(c.message()).contains("-29.66%").contains("能源利用率为 100%").contains("不能同时成立");
        });
    }

    @Test
    void savingsAboveTheConsumptionAreAnError() {
        DiagnosisProject p = decidedDemo();
        List<RetrofitTask> tasks = new ArrayList<>(p.plan().tasks());
        tasks.set(0, tasks.get(0).withEstimates(1e7, null, null, null));
        assertThat(issues(evaluate(p.withPlan(p.plan().withTasks(tasks), NOW)), "savings-potential")).anySatisfy(c -> {
            assertThat(c.isError()).isTrue();
            assertThat(c.message()).contains("不小于基准年综合能耗");
        });
    }

    @Test
    void savingsFarAboveTheBenchmarkGapAreAWarningOfDoubleCounting() {
        DiagnosisProject p = decidedDemo();
        List<RetrofitTask> tasks = new ArrayList<>(p.plan().tasks());
        tasks.add(RetrofitTask.manual(org.energydiag.core.retrofit.TaskCategory.PROCESS, "熟料烧成系统节能").withEstimates(60000.0, null,
                null, null));
        assertThat(issues(evaluate(p.withPlan(p.plan().withTasks(tasks), NOW)), "savings-potential")).anySatisfy(c -> {
            assertThat(c.isError()).isFalse();
            assertThat(c.message()).contains("先进值可节约量").contains("重复计算");
        });
    }

    @Test
    void requiredItemsAreNamedWithWhereToFillThem() {
        DiagnosisProject p = decidedDemo();
        p = p.withEnterprise(p.enterprise().toBuilder().creditCode("").build(), NOW);
        p = p.withPlan(p.plan().withKeyProjects(List.of()), NOW);
        List<CheckIssue> found = issues(evaluate(p), "required-items");
        assertThat(found).anySatisfy(c -> assertThat(c.target()).isEqualTo("enterprise#creditCode"));
        assertThat(found).anySatisfy(c -> {
            assertThat(c.message()).contains("没有重点项目");
            assertThat(c.chapter()).isEqualTo("keyProjects");
        });
    }

    @Test
    void implementationTimesAreReadAsWrittenInTable31() {
        assertThat(ImplementationTime.parse("2026年3月—2026年10月")).hasValue(new ImplementationTime(
                java.time.YearMonth.of(2026, 3), java.time.YearMonth.of(2026, 10)));
        assertThat(ImplementationTime.parse("2029年—2030年")).hasValue(new ImplementationTime(
                java.time.YearMonth.of(2029, 1), java.time.YearMonth.of(2030, 12)));
        assertThat(ImplementationTime.parse("2026.3-2027.6")).hasValue(new ImplementationTime(
                java.time.YearMonth.of(2026, 3), java.time.YearMonth.of(2027, 6)));
        assertThat(ImplementationTime.parse("")).isEmpty();
        assertThat(ImplementationTime.parse("2028年—2026年")).isEmpty();
    }

    /** A task accepted with a steel technology for a cement plant (as older versions offered) is named. */
    @Test
    void aTaskCitingAnotherIndustrysTechnologyIsAWarning() {
        DiagnosisProject demo = decidedDemo();
        assertThat(issues(evaluate(demo), "catalogue-scope")).isEmpty();
        var steel = org.energydiag.core.catalogue.Catalogue.loadBundled().technologies().stream()
                .filter(t -> t.section().contains("钢铁行业")).findFirst().orElseThrow();
        String ref = org.energydiag.core.diagnosis.DiagnosisRules.ref(org.energydiag.core.catalogue.Catalogue.loadBundled(), steel);
        var first = demo.plan().tasks().get(0);
        List<org.energydiag.core.retrofit.RetrofitTask> tasks = new java.util.ArrayList<>(demo.plan().tasks());
        tasks.set(0, first.withCatalogueRefs(List.of(ref)));
        ProjectEvaluation ev = evaluate(demo.withPlan(demo.plan().withTasks(tasks), NOW));
        assertThat(issues(ev, "catalogue-scope")).singleElement().satisfies(c -> {
            assertThat(c.isError()).isFalse();
            assertThat(c.message()).contains(first.name()).contains("水泥").contains(steel.name());
            assertThat(c.target()).isEqualTo("retrofit");
        });
    }

    /** A key project's saving with no basis (neither the measures' calculation nor the engineer's source) is named. */
    @Test
    void aKeyProjectSavingWithoutItsBasisIsAWarning() {
        DiagnosisProject demo = decidedDemo();
        assertThat(issues(evaluate(demo), "saving-basis")).isEmpty();
        var kps = new java.util.ArrayList<>(demo.plan().keyProjects());
        var b = kps.get(0).edit();
        b.savingBasis = " ";
        kps.set(0, b.build());
        ProjectEvaluation ev = evaluate(demo.withPlan(demo.plan().withKeyProjects(kps), NOW));
        assertThat(issues(ev, "saving-basis")).singleElement().satisfies(c -> {
            assertThat(c.isError()).isFalse();
            assertThat(c.message()).contains(kps.get(0).name()).contains("11,840 tce").contains("节能量测算依据");
            assertThat(c.target()).isEqualTo("keyProjects#" + kps.get(0).id() + "/savingBasis");
        });
    }

    /** The computed level is a suggestion: unconfirmed, the check names it with its reasons; confirmed, it is quiet. */
    @Test
    void anUnconfirmedEvaluationLevelIsAWarning() {
        DiagnosisProject demo = decidedDemo();
        assertThat(demo.plan().evaluationLevel()).isEqualTo("一般");
        assertThat(issues(evaluate(demo), "evaluation-confirmed")).isEmpty();
        DiagnosisProject open = demo.withPlan(demo.plan().withEvaluation("", ""), NOW);
        assertThat(issues(evaluate(open), "evaluation-confirmed")).singleElement().satisfies(c -> {
            assertThat(c.isError()).isFalse();
            assertThat(c.message()).contains("尚未经工程师确认").contains("建议评价为“一般”").contains("能效水平一般");
            assertThat(c.target()).isEqualTo("diagnosis");
        });
        // an empty project gets 无法评价 and no confirmation request
        assertThat(issues(evaluate(DiagnosisProject.create(NOW)), "evaluation-confirmed")).isEmpty();
    }

    /* A suggested reference nobody confirmed is named (and left out of the plan, see PlanDocxWriterTest). */
    @Test
    void unconfirmedReferencesAreAWarning() {
        DiagnosisProject demo = decidedDemo();
        assertThat(issues(evaluate(demo), "references-confirmed")).isEmpty();
        List<RetrofitTask> tasks = new ArrayList<>(demo.plan().tasks());
        int i = 0;
        while (tasks.get(i).catalogueRefs().isEmpty()) {
            i++;
        }
        RetrofitTask t = tasks.get(i);
        tasks.set(i, t.withConfirmedRefs(List.of()));
        ProjectEvaluation ev = evaluate(demo.withPlan(demo.plan().withTasks(tasks), NOW));
        assertThat(issues(ev, "references-confirmed")).singleElement().satisfies(c -> {
            assertThat(c.isError()).isFalse();
            assertThat(c.message()).startsWith("1 项任务共有 " + t.catalogueRefs().size() + " 条目录技术参考尚未确认")
                    .contains("“" + t.name() + "”");
            assertThat(c.target()).isEqualTo("retrofit");
        });
    }

    /**
     * Every finding on a key project names the field of the step 重点改造项目 it concerns
     * ({@code keyProjects#<id>/<field>}), so the step shows it on the line beside that field.
     */
    @Test
    void eachKeyProjectFindingNamesTheFieldItConcerns() {
        DiagnosisProject demo = decidedDemo();
        String id = demo.plan().keyProjects().get(1).id();
        java.util.function.Function<UnaryOperator<KeyProject.Builder>, List<CheckIssue>> onProject = change ->
                evaluate(withKeyProject(demo, 1, change)).checks().stream().filter(c -> c.item().equals(id)).toList();
        assertThat(onProject.apply(b -> b)).isEmpty();
        assertThat(onProject.apply(b -> {
            b.investmentWanYuan = null;
            return b;
        })).extracting(CheckIssue::rule, CheckIssue::itemField).containsExactly(org.assertj.core.groups.Tuple.tuple("required-items", "investment"));
        assertThat(onProject.apply(b -> {
            b.name = "";
            b.content = "";
            return b;
        })).extracting(CheckIssue::itemField).containsExactlyInAnyOrder("name", "content");
        assertThat(onProject.apply(b -> {
            b.implementationTime = "";
            return b;
        })).extracting(CheckIssue::itemField).containsExactly("time");
        assertThat(onProject.apply(b -> {
            b.implementationTime = "2026年3月—2026年10月";
            return b;
        })).extracting(CheckIssue::rule, CheckIssue::itemField).containsExactly(org.assertj.core.groups.Tuple.tuple("phase-date", "time"));
        assertThat(onProject.apply(b -> {
            b.phase = Phase.SHORT;
            b.implementationTime = "2027年1月—2028年6月";
            return b;
        })).extracting(CheckIssue::itemField).contains("phase");
        assertThat(onProject.apply(b -> {
            b.savingTce = b.savingTce + 100;
            return b;
        })).extracting(CheckIssue::itemField).containsExactly("savingTce");
        assertThat(onProject.apply(b -> {
            b.savingBasis = "";
            return b;
        })).extracting(CheckIssue::itemField).containsExactly("savingBasis");
        // each target names its chapter, the project and the field
        for (CheckIssue c : onProject.apply(b -> {
            b.investmentWanYuan = null;
            b.implementationTime = "";
            return b;
        })) {
            assertThat(c.chapter()).isEqualTo("keyProjects");
            assertThat(c.field()).isEqualTo(id + "/" + c.itemField());
            assertThat(CheckIssue.KEY_PROJECT_FIELDS).contains(c.itemField());
        }
    }

    @Test
    void aTargetsItemAndFieldAreReadBack() {
        CheckIssue kp = new CheckIssue("r", CheckIssue.Level.WARNING, "s", "m", CheckIssue.keyProject("a/b-1", "costSaving"));
        assertThat(kp.target()).isEqualTo("keyProjects#a/b-1/costSaving");
        assertThat(kp.item()).isEqualTo("a/b-1");
        assertThat(kp.itemField()).isEqualTo("costSaving");
        CheckIssue enterprise = new CheckIssue("r", CheckIssue.Level.WARNING, "s", "m", "enterprise#profile.introduction");
        assertThat(enterprise.item()).isEqualTo("profile.introduction");
        assertThat(enterprise.itemField()).isEmpty();
        assertThat(new CheckIssue("r", CheckIssue.Level.WARNING, "s", "m", "keyProjects").item()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CheckIssue.keyProject("x", "colour"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Economics that cannot be computed although the investment is known: the missing cost saving, a life out of range. */
    @Test
    void keyProjectEconomicsThatCannotBeComputedAreNamedOnTheirField() {
        DiagnosisProject demo = decidedDemo();
        assertThat(issues(evaluate(demo), "key-project-economics")).isEmpty();
        KeyProject k = demo.plan().keyProjects().get(0);
        DiagnosisProject noCost = withKeyProject(demo, 0, b -> {
            b.costSavingWanYuan = null;
            return b;
        });
        assertThat(issues(evaluate(noCost), "key-project-economics")).singleElement().satisfies(c -> {
            assertThat(c.isError()).isFalse();
            assertThat(c.message()).contains("“" + k.name() + "”").contains("年节约费用未填写").contains("静态回收期");
            assertThat(c.target()).isEqualTo(CheckIssue.keyProject(k.id(), "costSaving"));
        });
        DiagnosisProject longLife = withKeyProject(demo, 0, b -> {
            b.lifeYears = 80;
            return b;
        });
        assertThat(issues(evaluate(longLife), "key-project-economics")).singleElement().satisfies(c -> {
            assertThat(c.message()).contains("经济寿命应为 1～50 年，实际为 80 年");
            assertThat(c.target()).isEqualTo(CheckIssue.keyProject(k.id(), "life"));
        });
        DiagnosisProject badRate = withKeyProject(demo, 0, b -> {
            b.discountRate = 1.2;
            return b;
        });
        assertThat(issues(evaluate(badRate), "key-project-economics")).singleElement()
                .satisfies(c -> assertThat(c.target()).isEqualTo(CheckIssue.keyProject(k.id(), "rate")));
        // without an investment the required item names it, not this rule
        DiagnosisProject noInvestment = withKeyProject(demo, 0, b -> {
            b.investmentWanYuan = null;
            b.costSavingWanYuan = null;
            return b;
        });
        assertThat(issues(evaluate(noInvestment), "key-project-economics")).isEmpty();
    }
}
