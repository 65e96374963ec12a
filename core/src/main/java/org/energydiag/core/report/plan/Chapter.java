package org.energydiag.core.report.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Function;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.equipment.EquipmentValidator;
import org.energydiag.core.evaluation.CheckIssue;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.retrofit.RetrofitPlan;
import org.energydiag.core.retrofit.Safeguards;
import org.energydiag.core.text.Texts;
import org.energydiag.core.validation.ValidationIssue;

/**
 * The chapters of the plan (附件2《节能降碳改造具体方案》) in the template's order: the one list
 * that the plan document's sections, the window's steps and the plan check's targets follow.
 * Each constant holds all that core knows of its chapter: its id (what plan-check targets name),
 * the template's numbering, its title (bundle {@code chapter.<id>}), the section of the plan
 * writer that prints it, and when the chapter is complete and what is still open in it.
 *
 * <p>Adding a chapter is a constant here (with its section method in {@link PlanDocxWriter} and
 * its title in {@code chapter.properties}) and its view in the window's {@code ChapterViews}, whose
 * switch over this enum does not compile until the new chapter has one.
 */
public enum Chapter {
    ENTERPRISE("enterprise", "一（一）", PlanDocxWriter::enterpriseSection,
            in -> errors(in.enterpriseIssues()) == 0, Inputs::enterpriseIssues),
    PROCESS("process", "一（二）1", PlanDocxWriter::processSection,
            in -> !in.project().site().process().isEmpty() && in.project().site().process().problems().isEmpty(),
            in -> in.project().site().process().problems().stream()
                    .map(m -> ValidationIssue.error("process", "", m)).toList()),
    EQUIPMENT("equipment", "一（二）2", PlanDocxWriter::equipmentSection,
            in -> !in.project().equipment().items().isEmpty() && EquipmentValidator.validate(in.project().equipment()).isEmpty(),
            in -> EquipmentValidator.validate(in.project().equipment())),
    ENERGY("energy", "一（三）", PlanDocxWriter::energySection,
            in -> in.analysis().energyComplete(in.baseYear()), in -> in.analysis().energyIssues()),
    MANAGEMENT("management", "一（四）", PlanDocxWriter::managementSection,
            in -> ManagementAssessment.of(in.plan().management()).unanswered().isEmpty()),
    /*
     * The emissions this chapter reports are computed from the base year's lines of the consumption
     * table: complete only when they rest on them (typed process emissions alone, or base-year lines
     * left uncounted, are not the enterprise's emissions), and the missing basis is an open point.
     */
    CARBON("carbon", "一（五）", PlanDocxWriter::carbonSection,
            in -> in.analysis().carbonComplete(in.project().energy()), in -> {
                List<ValidationIssue> out = new ArrayList<>(in.analysis().carbonBasis(in.project().energy()));
                out.addAll(in.analysis().carbon().issues());
                return out;
            }),
    /*
     * Not a chapter of the plan: the inputs of 产品碳足迹核算报告 (and of the other reports the notice asks
     * for) that the plan does not hold, a step of the window after 一（五）. Complete when a product's
     * study is there and nothing its report needs is missing of the engineer's inputs (each gap an open point).
     */
    FOOTPRINT("footprint", "一（五）", null,
            in -> !in.project().footprint().studies().isEmpty() && footprintGaps(in).isEmpty(), Chapter::footprintGaps),
    DIAGNOSIS("diagnosis", "二", PlanDocxWriter::diagnosisSection,
            in -> !in.plan().tasks().isEmpty() || !in.plan().evaluationText().isBlank() || !in.plan().manualFindings().isEmpty()),
    TARGETS("targets", "三（一）", PlanDocxWriter::targetsSection, in -> !in.plan().tasks().isEmpty()),
    TASKS("tasks", "三（二）", PlanDocxWriter::tasksSection, in -> !in.plan().tasks().isEmpty()),
    KEY_PROJECTS("keyProjects", "三（三）", PlanDocxWriter::keyProjectsSection,
            in -> !in.plan().keyProjects().isEmpty() && in.plan().keyProjects().stream()
                    .allMatch(k -> k.investmentWanYuan() != null && !k.implementationTime().isBlank())),
    /*
     * The four aspects start as starter texts naming the enterprise (shown, and printed, while blank):
     * boilerplate is not the engineer's data, so the step is complete only once each aspect holds text
     * the engineer wrote or confirmed (采用初始文字 in the window stores the starter texts as the engineer's).
     */
    SAFEGUARDS("safeguards", "三（四）", PlanDocxWriter::safeguardsSection, in -> safeguardsConfirmed(in.plan().safeguards())),
    ATTACHMENTS("attachments", "四", PlanDocxWriter::attachmentsSection, in -> !in.project().site().attachments().isEmpty());

    /**
     * What a chapter's completeness is judged on: the project, its analysis and the validation
     * issues of its enterprise data (which need the division and industry lists to compute).
     */
    public record Inputs(DiagnosisProject project, ProjectAnalysis analysis, List<ValidationIssue> enterpriseIssues) {

        RetrofitPlan plan() {
            return project.plan();
        }

        int baseYear() {
            return project.energy().baseYear();
        }
    }

    private final String id;
    private final String section;
    private final Consumer<PlanDocxWriter> plan;
    private final Predicate<Inputs> complete;
    private final Function<Inputs, List<ValidationIssue>> issues;

    /** A chapter without validation issues of its own (only complete or not). */
    Chapter(String id, String section, Consumer<PlanDocxWriter> plan, Predicate<Inputs> complete) {
        this(id, section, plan, complete, in -> List.of());
    }

    Chapter(String id, String section, Consumer<PlanDocxWriter> plan, Predicate<Inputs> complete,
            Function<Inputs, List<ValidationIssue>> issues) {
        this.id = id;
        this.section = section;
        this.plan = plan;
        this.complete = complete;
        this.issues = issues;
    }

    private static List<ValidationIssue> footprintGaps(Inputs in) {
        List<ValidationIssue> out = new ArrayList<>();
        for (org.energydiag.core.footprint.FootprintStudy s : in.project().footprint().studies()) {
            for (String gap : org.energydiag.core.footprint.FootprintCalculator.inputGaps(s)) {
                out.add(ValidationIssue.error("footprint", s.product(), gap));
            }
        }
        return out;
    }

    private static boolean safeguardsConfirmed(Safeguards s) {
        return !s.organization().isBlank() && !s.technical().isBlank() && !s.funding().isBlank() && !s.institutional().isBlank();
    }

    private static long errors(List<ValidationIssue> issues) {
        return issues.stream().filter(ValidationIssue::isError).count();
    }

    /** Stable id, as the plan check names where to fix something ({@code id} or {@code id#field}). */
    public String id() {
        return id;
    }

    /** The template's numbering, e.g. 一（一）. */
    public String section() {
        return section;
    }

    /** Whether the plan prints this chapter (a step of the window may hold inputs of the other reports instead). */
    public boolean inPlan() {
        return plan != null;
    }

    /** The numbering the step list shows: the template's, or 报告 for a step that is not a chapter of the plan. */
    public String numbering() {
        return inPlan() ? section : Texts.get("chapter.reportNumbering");
    }

    /** The chapter's title, e.g. 企业基本情况. */
    public String title() {
        return Texts.get("chapter." + id);
    }

    /** The part of the template (1 一、重点用能单位概况 … 4 四、随附材料). */
    public int part() {
        return "一二三四".indexOf(section.charAt(0)) + 1;
    }

    /** The heading of the part, e.g. 一、重点用能单位概况. */
    public String partTitle() {
        return Texts.get("chapter.part" + part());
    }

    /** Whether the project holds what this chapter needs (its data alone, before the plan check). */
    public boolean isComplete(Inputs in) {
        return complete.test(in);
    }

    /**
     * Whether the step earns its ✓: the engineer's data is there ({@link #isComplete(Inputs)}) and
     * agrees — no error is open in it, neither of its own data nor a plan-check finding naming it
     * ({@link #openPoints}); warnings stay on the badge beside the ✓.
     *
     * @param checks the plan check of the project as it is (empty before the first evaluation)
     */
    public boolean isComplete(Inputs in, List<CheckIssue> checks) {
        return complete.test(in) && openPoints(in, checks).stream().noneMatch(OpenPoint::error);
    }

    /** The validation findings of this chapter's own data (errors and warnings), as its step shows them. */
    public List<ValidationIssue> issues(Inputs in) {
        return List.copyOf(issues.apply(in));
    }

    /** Errors still open in this chapter (0 for a chapter that only knows complete or not). */
    public long openErrors(Inputs in) {
        return errors(issues.apply(in));
    }

    /**
     * What is still open in this chapter, as the step's badge counts it and its fields show it: the
     * chapter's own validation errors (warnings of the computations are shown where they arise, not
     * counted), then the plan-check findings that name this chapter ({@link #ofTarget}), errors
     * and warnings alike, except those naming a field whose validation error is already listed.
     *
     * @param checks the plan check of the project as it is (empty before the first evaluation)
     */
    public List<OpenPoint> openPoints(Inputs in, List<CheckIssue> checks) {
        List<OpenPoint> out = new ArrayList<>();
        Set<String> fields = new HashSet<>();
        for (ValidationIssue i : issues.apply(in)) {
            if (i.isError()) {
                out.add(new OpenPoint(i.field(), i.row(), i.where().isBlank() ? i.message() : i.where() + "：" + i.message(), true));
                fields.add(i.field());
            }
        }
        for (CheckIssue c : checks) {
            if (ofTarget(c.target()).orElse(null) != this) {
                continue;
            }
            String field = c.field().isEmpty() ? c.chapter() : c.chapter() + "." + c.field();
            if (!fields.contains(field)) {
                out.add(new OpenPoint(field, -1, c.section() + "：" + c.message(), c.isError()));
            }
        }
        return out;
    }

    /** Prints this chapter's section of the plan (the part heading before it is the writer's). */
    void writeSection(PlanDocxWriter writer) {
        if (plan != null) {
            plan.accept(writer);
        }
    }

    /**
     * The chapter a plan-check target names: its id, or {@code retrofit} (the plan data: 改造目标
     * when the field is {@code targets}, else 改造任务).
     */
    public static Optional<Chapter> ofTarget(String target) {
        int hash = target.indexOf('#');
        String chapter = hash < 0 ? target : target.substring(0, hash);
        String field = hash < 0 ? "" : target.substring(hash + 1);
        if (chapter.equals("retrofit")) {
            return Optional.of(field.equals("targets") ? TARGETS : TASKS);
        }
        for (Chapter c : values()) {
            if (c.id.equals(chapter)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
