package org.energydiag.app.controller;

import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.energydiag.core.equipment.EquipmentValidator;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.project.Chapter;
import org.energydiag.core.project.DiagnosisProject;

/**
 * The wizard steps, one per {@link Chapter} of 附件2 in template order (PRODUCT.md), each with what
 * makes it complete and how many errors it still has. A new chapter is a {@link Chapter} (with its
 * plan section), a constant here and its panel registered in {@code WorkspacePanel}'s view list;
 * tests check that each list covers every chapter. {@code available} is false for steps a later release builds; they are listed but
 * disabled as 尚未提供.
 */
public enum Step {
    ENTERPRISE(Chapter.ENTERPRISE, true, ProjectSession::enterpriseComplete,
            s -> s.issues().stream().filter(i -> i.isError()).count()),
    PROCESS(Chapter.PROCESS, true,
            s -> !s.project().site().process().isEmpty() && s.project().site().process().problems().isEmpty(),
            s -> s.project().site().process().problems().size()),
    EQUIPMENT(Chapter.EQUIPMENT, true,
            s -> !s.project().equipment().items().isEmpty() && EquipmentValidator.validate(s.project().equipment()).isEmpty(),
            s -> EquipmentValidator.validate(s.project().equipment()).size()),
    ENERGY(Chapter.ENERGY, true, s -> s.analysis().energyComplete(baseYear(s.project())),
            s -> s.analysis().energyIssues().stream().filter(i -> i.isError()).count()),
    MANAGEMENT(Chapter.MANAGEMENT, true,
            s -> ManagementAssessment.of(s.project().plan().management()).unanswered().isEmpty(), s -> 0),
    CARBON(Chapter.CARBON, true, s -> s.analysis().carbonComplete(baseYear(s.project())),
            s -> s.analysis().carbon().issues().stream().filter(i -> i.isError()).count()),
    DIAGNOSIS(Chapter.DIAGNOSIS, true, s -> !s.project().plan().tasks().isEmpty()
            || !s.project().plan().evaluationText().isBlank() || !s.project().plan().manualFindings().isEmpty(), s -> 0),
    TARGETS(Chapter.TARGETS, true, s -> !s.project().plan().tasks().isEmpty(), s -> 0),
    TASKS(Chapter.TASKS, true, s -> !s.project().plan().tasks().isEmpty(), s -> 0),
    KEY_PROJECTS(Chapter.KEY_PROJECTS, true, s -> !s.project().plan().keyProjects().isEmpty()
            && s.project().plan().keyProjects().stream().allMatch(k -> k.investmentWanYuan() != null && !k.implementationTime().isBlank()),
            s -> 0),
    SAFEGUARDS(Chapter.SAFEGUARDS, true, s -> true, s -> 0),
    EXPORT(Chapter.ATTACHMENTS, true, s -> !s.project().site().attachments().isEmpty(), s -> 0);

    private final Chapter chapter;
    private final boolean available;
    private final transient Predicate<ProjectSession> complete;
    private final transient ToLongFunction<ProjectSession> errors;

    Step(Chapter chapter, boolean available, Predicate<ProjectSession> complete,
         ToLongFunction<ProjectSession> errors) {
        this.chapter = chapter;
        this.available = available;
        this.complete = complete;
        this.errors = errors;
    }

    private static int baseYear(DiagnosisProject p) {
        return p.energy().baseYear();
    }

    /** The chapter of the plan this step fills. */
    public Chapter chapter() {
        return chapter;
    }

    /** The step filling {@code chapter}. */
    public static Step of(Chapter chapter) {
        for (Step s : values()) {
            if (s.chapter == chapter) {
                return s;
            }
        }
        throw new IllegalStateException("no step for chapter " + chapter);
    }

    public String title() {
        return chapter.title();
    }

    /** Template section, e.g. 一（一）. */
    public String section() {
        return chapter.section();
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
