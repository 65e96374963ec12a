package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finance;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.RetrofitPlan;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Safeguards;
import org.energydiag.core.retrofit.Table31;
import org.energydiag.core.retrofit.TaskCategory;
import org.energydiag.core.text.Texts;

/**
 * Chapters 一（四）, 二 and 三 as computed from a project: findings (generated and the engineer's),
 * rule statuses, the evaluation, open candidates, accepted tasks, targets, key projects with their
 * economics, 表3-1 and the safeguards. The screen, the command line and the documents all read this.
 *
 * @param evaluationLevel the level in force (the engineer's or the computed one)
 * @param evaluationText  the paragraph in force
 */
public record RetrofitReport(ManagementAssessment management, List<Finding> findings, List<RuleStatus> rules,
                             Evaluation evaluation, String evaluationLevel, String evaluationText,
                             List<RetrofitTask> candidates, List<RetrofitTask> tasks, TargetsResult targets,
                             List<ProjectResult> keyProjects, List<Table31.Row> table31, Safeguards safeguards) {

    /**
     * A key project with the life and rate used and its economics.
     *
     * @param economics null when the investment or the cost saving is not known
     * @param note      why there are no economics, or empty
     */
    public record ProjectResult(KeyProject project, int lifeYears, double discountRate, Finance.Economics economics,
                                String note) {
    }

    public static RetrofitReport of(DiagnosisInput in) {
        DiagnosisProject p = in.project();
        RetrofitPlan plan = p.plan();
        DiagnosisRules.Result r = DiagnosisRules.run(in);
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.addAll(plan.manualFindings());
        String name = p.enterprise().name();
        Evaluation ev = Evaluation.of(name, findings, in.management());
        Set<String> taken = plan.tasks().stream().map(RetrofitTask::sourceKey).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        taken.addAll(plan.rejectedCandidates());
        List<RetrofitTask> open = r.candidates().stream().filter(c -> !taken.contains(c.sourceKey())).toList();
        TargetsResult targets = TargetsResult.of(in.analysis(), p.energy().baseYear(), plan);
        List<ProjectResult> projects = plan.keyProjects().stream().map(k -> economics(k, plan)).toList();
        return new RetrofitReport(in.management(), findings, r.rules(), ev,
                plan.evaluationLevel().isBlank() ? ev.level() : plan.evaluationLevel(),
                plan.evaluationText().isBlank() ? ev.paragraph() : plan.evaluationText(), open, plan.tasks(), targets,
                projects, Table31.rows(plan.keyProjects()), plan.safeguards().orStarter(name));
    }

    /**
     * This report with no overall verdict: the level and paragraph (computed or typed) replaced by
     * the given ones, because the data do not allow an evaluation.
     */
    public RetrofitReport withoutVerdict(String level, List<String> why, String paragraph) {
        return new RetrofitReport(management, findings, rules, new Evaluation(level, why, paragraph), level, paragraph,
                candidates, tasks, targets, keyProjects, table31, safeguards);
    }

    public static ProjectResult economics(KeyProject k, RetrofitPlan plan) {
        int life = k.lifeYears() == null ? plan.lifeYears() : k.lifeYears();
        double rate = k.discountRate() == null ? plan.discountRate() : k.discountRate();
        if (k.investmentWanYuan() == null || k.costSavingWanYuan() == null) {
            return new ProjectResult(k, life, rate, null, k.investmentWanYuan() == null ? Texts.get("diagnosis.economics.noInvestment")
                    : Texts.get("diagnosis.economics.noCostSaving"));
        }
        try {
            int construction = k.constructionYears() == null ? plan.constructionYears() : k.constructionYears();
            return new ProjectResult(k, life, rate, Finance.of(k.investmentWanYuan(), k.costSavingWanYuan(), life, rate,
                    plan.paybackConvention(), construction), "");
        } catch (IllegalArgumentException e) {
            return new ProjectResult(k, life, rate, null, e.getMessage());
        }
    }

    /** Accepted tasks of one category, in the plan's order. */
    public List<RetrofitTask> tasksOf(TaskCategory c) {
        return tasks.stream().filter(t -> t.category() == c).toList();
    }

    public List<Finding> findingsOf(DiagnosisItem item) {
        return findings.stream().filter(f -> f.item() == item).toList();
    }
}
