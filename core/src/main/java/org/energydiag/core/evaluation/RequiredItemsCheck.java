package org.energydiag.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.retrofit.KeyProject;

/** The template's required items that are empty (企业基本情况, 改造任务, 重点项目). */
final class RequiredItemsCheck implements CheckRule {

    @Override
    public String id() {
        return "required-items";
    }

    @Override
    public List<CheckIssue> check(ProjectEvaluation ev) {
        List<CheckIssue> out = new ArrayList<>();
        Enterprise e = ev.project().enterprise();
        String basic = "一（一）企业基本情况";
        if (e.name().isBlank()) {
            out.add(issue(CheckIssue.Level.ERROR, basic, "企业名称未填写", "enterprise#name"));
        }
        if (e.creditCode().isBlank()) {
            out.add(issue(CheckIssue.Level.ERROR, basic, "统一社会信用代码未填写", "enterprise#creditCode"));
        }
        if (e.sector() == null) {
            out.add(issue(CheckIssue.Level.ERROR, basic, "所属行业领域未选择", "enterprise#sector"));
        }
        if (e.province() == null) {
            out.add(issue(CheckIssue.Level.WARNING, basic, "所在省份未选择", "enterprise#province"));
        }
        if (e.profile().introduction().isBlank()) {
            out.add(issue(CheckIssue.Level.WARNING, basic, "企业简介未填写", "enterprise#profile.introduction"));
        }
        if (ev.project().plan().tasks().isEmpty()) {
            out.add(issue(CheckIssue.Level.ERROR, "三（二）改造任务", "未采纳任何改造任务（目标和分项目标因此为空）", "retrofit"));
        }
        List<KeyProject> kps = ev.project().plan().keyProjects();
        if (kps.isEmpty()) {
            out.add(issue(CheckIssue.Level.ERROR, "三（三）重点项目 / 表3-1", "没有重点项目，表3-1 为空", "keyProjects"));
        }
        for (KeyProject k : kps) {
            String name = k.name().isBlank() ? "（未命名项目）" : "“" + k.name() + "”";
            if (k.name().isBlank() || k.content().isBlank()) {
                out.add(issue(CheckIssue.Level.WARNING, "三（三）重点项目 / 表3-1", name + "的"
                        + (k.name().isBlank() ? "项目名称" : "建设内容") + "未填写", "keyProjects#" + k.id()));
            }
            if (k.investmentWanYuan() == null) {
                out.add(issue(CheckIssue.Level.WARNING, "三（三）重点项目 / 表3-1", name + "的预计总投资未填写，无法计算回收期",
                        "keyProjects#" + k.id()));
            }
        }
        return out;
    }

    private CheckIssue issue(CheckIssue.Level level, String section, String message, String target) {
        return new CheckIssue(id(), level, section, message, target);
    }
}
