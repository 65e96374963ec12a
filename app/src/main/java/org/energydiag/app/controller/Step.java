package org.energydiag.app.controller;

import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.energydiag.core.equipment.EquipmentValidator;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.project.DiagnosisProject;

/**
 * The wizard steps, one per chapter of 附件2 in template order (PRODUCT.md), each with what makes it
 * complete and how many errors it still has. This is the one list of chapters on the controller
 * side: a new chapter is a constant here plus its panel registered in {@code WorkspacePanel}'s
 * view list. {@code available} is false for steps a later release builds; they are listed but
 * disabled as 尚未提供.
 */
public enum Step {
    ENTERPRISE("企业基本情况", "一（一）", true, ProjectSession::enterpriseComplete,
            s -> s.issues().stream().filter(i -> i.isError()).count()),
    PROCESS("生产工艺流程", "一（二）1", true,
            s -> !s.project().site().process().isEmpty() && s.project().site().process().problems().isEmpty(),
            s -> s.project().site().process().problems().size()),
    EQUIPMENT("主要用能设备清单", "一（二）2", true,
            s -> !s.project().equipment().items().isEmpty() && EquipmentValidator.validate(s.project().equipment()).isEmpty(),
            s -> EquipmentValidator.validate(s.project().equipment()).size()),
    ENERGY("能源消费情况", "一（三）", true, s -> s.analysis().energyComplete(baseYear(s.project())),
            s -> s.analysis().energyIssues().stream().filter(i -> i.isError()).count()),
    MANAGEMENT("能源管理情况", "一（四）", true,
            s -> ManagementAssessment.of(s.project().plan().management()).unanswered().isEmpty(), s -> 0),
    CARBON("企业碳排放情况", "一（五）", true, s -> s.analysis().carbonComplete(baseYear(s.project())),
            s -> s.analysis().carbon().issues().stream().filter(i -> i.isError()).count()),
    DIAGNOSIS("诊断内容及结果分析", "二", true, s -> !s.project().plan().tasks().isEmpty()
            || !s.project().plan().evaluationText().isBlank() || !s.project().plan().manualFindings().isEmpty(), s -> 0),
    TARGETS("改造目标", "三（一）", true, s -> !s.project().plan().tasks().isEmpty(), s -> 0),
    TASKS("改造任务", "三（二）", true, s -> !s.project().plan().tasks().isEmpty(), s -> 0),
    KEY_PROJECTS("重点改造项目", "三（三）", true, s -> !s.project().plan().keyProjects().isEmpty()
            && s.project().plan().keyProjects().stream().allMatch(k -> k.investmentWanYuan() != null && !k.implementationTime().isBlank()),
            s -> 0),
    SAFEGUARDS("实施保障措施", "三（四）", true, s -> true, s -> 0),
    EXPORT("随附材料", "四", true, s -> !s.project().site().attachments().isEmpty(), s -> 0);

    private final String title;
    private final String section;
    private final boolean available;
    private final transient Predicate<ProjectSession> complete;
    private final transient ToLongFunction<ProjectSession> errors;

    Step(String title, String section, boolean available, Predicate<ProjectSession> complete,
         ToLongFunction<ProjectSession> errors) {
        this.title = title;
        this.section = section;
        this.available = available;
        this.complete = complete;
        this.errors = errors;
    }

    private static int baseYear(DiagnosisProject p) {
        return p.energy().baseYear();
    }

    public String title() {
        return title;
    }

    /** Template section, e.g. 一（一）. */
    public String section() {
        return section;
    }

    public boolean available() {
        return available;
    }

    /** Whether the step holds what its chapter needs. */
    public boolean isComplete(ProjectSession session) {
        return complete.test(session);
    }

    /** Errors still open in the step. */
    public long openErrors(ProjectSession session) {
        return errors.applyAsLong(session);
    }
}
