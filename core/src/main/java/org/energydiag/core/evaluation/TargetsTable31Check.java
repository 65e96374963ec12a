package org.energydiag.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.diagnosis.TargetsResult;

/**
 * 三（一）改造目标 against 表3-1: the targets add up the accepted tasks, 表3-1 the key projects. A
 * key project not drawn from an accepted task, or whose estimate differs from its tasks', makes
 * the two disagree; each such project is named with the amount, and the totals are compared.
 */
final class TargetsTable31Check implements CheckRule {

    /** Differences below this (tce) are rounding; a key project against its tasks also tolerates 1 %. */
    static final double ABSOLUTE = 0.5;

    @Override
    public String id() {
        return "targets-table31";
    }

    @Override
    public List<CheckIssue> check(ProjectEvaluation ev) {
        List<CheckIssue> out = new ArrayList<>();
        List<KeyProject> kps = ev.project().plan().keyProjects();
        if (kps.isEmpty()) {
            return out;
        }
        List<RetrofitTask> tasks = ev.project().plan().tasks();
        Set<String> taskIds = tasks.stream().map(RetrofitTask::id).collect(Collectors.toSet());
        String section = "三（一）改造目标 / 表3-1";
        for (KeyProject k : kps) {
            List<RetrofitTask> linked = tasks.stream().filter(t -> k.taskIds().contains(t.id())).toList();
            String name = "“" + (k.name().isBlank() ? "（未命名项目）" : k.name()) + "”";
            if (linked.isEmpty()) {
                if (k.savingTce() != null && k.savingTce() > 0) {
                    out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, "重点项目" + name + "未关联任何已采纳任务，其年节能 "
                            + PlanCheck.f(k.savingTce()) + " tce 计入表3-1 但不计入三（一）目标；请在重点项目中关联对应任务",
                            "keyProjects#" + k.id()));
                }
                continue;
            }
            double taskSaving = linked.stream().mapToDouble(t -> t.savingTce() == null ? 0 : t.savingTce()).sum();
            if (k.savingTce() != null && differs(k.savingTce(), taskSaving)) {
                out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, "重点项目" + name + "年节能 " + PlanCheck.f(k.savingTce())
                        + " tce，与其关联任务合计 " + PlanCheck.f(taskSaving) + " tce 相差 " + PlanCheck.f(k.savingTce() - taskSaving)
                        + " tce；请统一项目与任务的节能量", "keyProjects#" + k.id()));
            }
        }
        TargetsResult t = ev.report().targets();
        double table = kps.stream().mapToDouble(k -> k.savingTce() == null ? 0 : k.savingTce()).sum();
        if (table - t.savingTce() > ABSOLUTE) {
            boolean typed = ev.project().plan().targets().energySavingTce() != null;
            out.add(new CheckIssue(id(), CheckIssue.Level.ERROR, section, "表3-1 重点项目年节能合计 " + PlanCheck.f(table)
                    + " tce，超过三（一）目标年节能量 " + PlanCheck.f(t.savingTce()) + " tce" + (typed ? "（人工填写）" : "（已采纳任务合计）")
                    + " " + PlanCheck.f(table - t.savingTce()) + " tce；目标应不小于重点项目之和", typed ? "retrofit#targets" : "keyProjects"));
        }
        return out;
    }

    static boolean differs(double a, double b) {
        double d = Math.abs(a - b);
        return d > ABSOLUTE && d > 0.01 * Math.max(Math.abs(a), Math.abs(b));
    }

    /**
     * The sentence that reconciles the targets with 表3-1 in the plan (empty when they agree):
     * how much of the target the key projects carry and how much the other tasks.
     */
    static String reconciliation(ProjectEvaluation ev) {
        List<KeyProject> kps = ev.project().plan().keyProjects();
        TargetsResult t = ev.report().targets();
        double table = kps.stream().mapToDouble(k -> k.savingTce() == null ? 0 : k.savingTce()).sum();
        if (kps.isEmpty() || Math.abs(table - t.savingTce()) <= ABSOLUTE || table > t.savingTce()) {
            return "";
        }
        return "上述年节能量中，表3-1所列 " + kps.size() + " 个重点项目合计 " + PlanCheck.f(table) + " 吨标准煤，其余 "
                + PlanCheck.f(t.savingTce() - table) + " 吨标准煤来自其他改造任务。";
    }
}
