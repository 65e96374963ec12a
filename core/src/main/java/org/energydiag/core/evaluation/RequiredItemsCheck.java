package org.energydiag.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.text.Texts;

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
        String basic = Texts.get("check.section.basic");
        if (e.name().isBlank()) {
            out.add(issue(CheckIssue.Level.ERROR, basic, Texts.get("check.required.name"), "enterprise#name"));
        }
        if (e.creditCode().isBlank()) {
            out.add(issue(CheckIssue.Level.ERROR, basic, Texts.get("check.required.creditCode"), "enterprise#creditCode"));
        }
        if (e.sector() == null) {
            out.add(issue(CheckIssue.Level.ERROR, basic, Texts.get("check.required.sector"), "enterprise#sector"));
        }
        if (e.province() == null) {
            out.add(issue(CheckIssue.Level.WARNING, basic, Texts.get("check.required.province"), "enterprise#province"));
        }
        if (e.profile().introduction().isBlank()) {
            out.add(issue(CheckIssue.Level.WARNING, basic, Texts.get("check.required.introduction"), "enterprise#profile.introduction"));
        }
        if (ev.project().plan().tasks().isEmpty()) {
            out.add(issue(CheckIssue.Level.ERROR, Texts.get("check.section.tasks"), Texts.get("check.required.tasks"), "retrofit"));
        }
        List<KeyProject> kps = ev.project().plan().keyProjects();
        if (kps.isEmpty()) {
            out.add(issue(CheckIssue.Level.ERROR, Texts.get("check.section.keyProjects"), Texts.get("check.required.keyProjects"), "keyProjects"));
        }
        for (KeyProject k : kps) {
            String name = k.name().isBlank() ? Texts.get("check.unnamed") : "“" + k.name() + "”";
            String section = Texts.get("check.section.keyProjects");
            // each beside the field it concerns in 重点改造项目
            if (k.name().isBlank()) {
                out.add(issue(CheckIssue.Level.WARNING, section, Texts.format("check.required.kpName", name), CheckIssue.keyProject(k.id(), "name")));
            }
            if (k.content().isBlank()) {
                out.add(issue(CheckIssue.Level.WARNING, section, Texts.format("check.required.kpContent", name),
                        CheckIssue.keyProject(k.id(), "content")));
            }
            if (k.investmentWanYuan() == null) {
                out.add(issue(CheckIssue.Level.WARNING, section, Texts.format("check.required.kpInvestment", name), CheckIssue.keyProject(k.id(), "investment")));
            }
        }
        return out;
    }

    private CheckIssue issue(CheckIssue.Level level, String section, String message, String target) {
        return new CheckIssue(id(), level, section, message, target);
    }
}
