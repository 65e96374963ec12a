package org.energydiag.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.diagnosis.TargetsResult;
import org.energydiag.core.text.Texts;

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
        String section = Texts.get("check.section.targetsTable31");
        for (KeyProject k : kps) {
            List<RetrofitTask> linked = tasks.stream().filter(t -> k.taskIds().contains(t.id())).toList();
            String name = "“" + (k.name().isBlank() ? Texts.get("check.unnamed") : k.name()) + "”";
            if (linked.isEmpty()) {
                if (k.savingTce() != null && k.savingTce() > 0) {
                    out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section,
                            Texts.format("check.table31.unlinked", name, PlanCheck.f(k.savingTce())),
                            CheckIssue.keyProject(k.id(), "savingTce")));
                }
                continue;
            }
            double taskSaving = linked.stream().mapToDouble(t -> t.savingTce() == null ? 0 : t.savingTce()).sum();
            if (k.savingTce() != null && differs(k.savingTce(), taskSaving)) {
                out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, Texts.format("check.table31.projectDiffers",
                        name, PlanCheck.f(k.savingTce()), PlanCheck.f(taskSaving), PlanCheck.f(k.savingTce() - taskSaving)), CheckIssue.keyProject(k.id(), "savingTce")));
            }
        }
        TargetsResult t = ev.report().targets();
        double table = kps.stream().mapToDouble(k -> k.savingTce() == null ? 0 : k.savingTce()).sum();
        if (table - t.savingTce() > ABSOLUTE) {
            boolean typed = ev.project().plan().targets().energySavingTce() != null;
            out.add(new CheckIssue(id(), CheckIssue.Level.ERROR, section, Texts.format("check.table31.above",
                    PlanCheck.f(table), PlanCheck.f(t.savingTce()), typed ? Texts.get("check.table31.typed") : Texts.get("check.table31.fromTasks"),
                    PlanCheck.f(table - t.savingTce())), typed ? "retrofit#targets" : "keyProjects"));
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
        return Texts.format("check.table31.reconciled", String.valueOf(kps.size()), PlanCheck.f(table),
                PlanCheck.f(t.savingTce() - table));
    }
}
