package org.energydiag.app.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.energydiag.app.controller.WizardController.Completeness;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.Divisions;
import org.energydiag.core.reference.IndustryClassification;
import org.energydiag.core.project.EnterpriseValidator;
import org.energydiag.core.report.plan.Chapter;
import org.junit.jupiter.api.Test;

class WizardControllerTest {

    private static final org.energydiag.core.reference.EnergyReference REF = org.energydiag.core.reference.EnergyReference.load();

    private static ProjectSession session(DiagnosisProject p) {
        InMemoryProjects repo = new InMemoryProjects();
        repo.put(p);
        return new ProjectSession(p, repo, new EnterpriseValidator(Divisions.load(), IndustryClassification.load()), REF,
                Clock.systemUTC(), Runnable::run);
    }

    @Test
    void stepsFollowTheTemplateInOrder() {
        try (ProjectSession s = session(DiagnosisProject.create(Instant.now()))) {
            WizardController w = new WizardController(s);
            assertThat(w.steps()).hasSize(13).first().isEqualTo(Chapter.ENTERPRISE);
            // the footprint step (inputs of the other reports) follows 一（五） and is numbered 报告 in the list
            assertThat(w.steps()).extracting(Chapter::numbering).containsExactly(
                    "一（一）", "一（二）1", "一（二）2", "一（三）", "一（四）", "一（五）", "报告", "二", "三（一）", "三（二）", "三（三）", "三（四）", "四");
            assertThat(w.current()).isEqualTo(Chapter.ENTERPRISE);
            assertThat(w.hasPrevious()).isFalse();
            // every chapter is built now: next walks them all in template order
            for (Chapter expected : List.of(Chapter.PROCESS, Chapter.EQUIPMENT, Chapter.ENERGY, Chapter.MANAGEMENT, Chapter.CARBON,
                    Chapter.FOOTPRINT, Chapter.DIAGNOSIS,
                    Chapter.TARGETS, Chapter.TASKS, Chapter.KEY_PROJECTS, Chapter.SAFEGUARDS, Chapter.ATTACHMENTS)) {
                w.next();
                assertThat(w.current()).isEqualTo(expected);
            }
            assertThat(w.hasNext()).isFalse();
            w.previous();
            assertThat(w.current()).isEqualTo(Chapter.SAFEGUARDS);
            assertThat(w.select(Chapter.PROCESS)).isTrue();
            // an empty project: no process units, no attachments
            assertThat(w.completeness(Chapter.PROCESS)).isEqualTo(Completeness.INCOMPLETE);
            assertThat(w.completeness(Chapter.ATTACHMENTS)).isEqualTo(Completeness.INCOMPLETE);
            // an empty project: nothing decided yet in chapters 一（四）… 三（三）
            assertThat(w.completeness(Chapter.MANAGEMENT)).isEqualTo(Completeness.INCOMPLETE);
            assertThat(w.completeness(Chapter.TASKS)).isEqualTo(Completeness.INCOMPLETE);
            assertThat(w.completeness(Chapter.KEY_PROJECTS)).isEqualTo(Completeness.INCOMPLETE);
        }
    }

    @Test
    void theStepsAreTheOneListOfChaptersWithTheirTitles() {
        try (ProjectSession s = session(DiagnosisProject.create(Instant.now()))) {
            WizardController w = new WizardController(s);
            assertThat(w.steps()).containsExactly(Chapter.values());
            assertThat(w.steps()).extracting(Chapter::title).contains("能源消费情况", "随附材料");
            // each step's marker is its chapter's completeness, judged on the session's project
            for (Chapter c : w.steps()) {
                assertThat(w.completeness(c) == Completeness.COMPLETE).as(c.name()).isEqualTo(c.isComplete(s.chapterInputs()));
                assertThat(w.openErrors(c)).as(c.name()).isEqualTo(c.openErrors(s.chapterInputs()));
            }
        }
    }

    @Test
    void aStepNotAvailableIsListedButSkippedAndCannotBeEntered() {
        try (ProjectSession s = session(DiagnosisProject.create(Instant.now()))) {
            WizardController w = new WizardController(s, c -> c != Chapter.PROCESS);
            assertThat(w.steps()).hasSize(Chapter.values().length);
            assertThat(w.completeness(Chapter.PROCESS)).isEqualTo(Completeness.NOT_AVAILABLE);
            assertThat(w.select(Chapter.PROCESS)).isFalse();
            assertThat(w.current()).isEqualTo(Chapter.ENTERPRISE);
            w.next();
            assertThat(w.current()).isEqualTo(Chapter.EQUIPMENT);
            w.previous();
            assertThat(w.current()).isEqualTo(Chapter.ENTERPRISE);
        }
    }

    @Test
    void enterpriseStepCompletenessFollowsValidation() {
        try (ProjectSession s = session(DiagnosisProject.create(Instant.now()))) {
            WizardController w = new WizardController(s);
            assertThat(w.completeness(Chapter.ENTERPRISE)).isEqualTo(Completeness.INCOMPLETE);
            assertThat(w.openErrors(Chapter.ENTERPRISE)).isGreaterThan(5);
        }
        try (ProjectSession s = session(DemoProjects.cementPlant(Instant.now(), ""))) {
            WizardController w = new WizardController(s);
            assertThat(w.completeness(Chapter.ENTERPRISE)).isEqualTo(Completeness.COMPLETE);
            assertThat(w.completeness(Chapter.ENERGY)).isEqualTo(Completeness.COMPLETE);
            assertThat(w.completeness(Chapter.CARBON)).isEqualTo(Completeness.COMPLETE);
        }
    }

    @Test
    void badgesCountThePlanChecksFindingsAndTheFieldNamedShowsThem() {
        try (ProjectSession s = session(DiagnosisProject.create(Instant.now()))) {
            WizardController w = new WizardController(s);
            int[] fired = {0};
            s.addChecksListener(() -> fired[0]++);
            assertThat(w.openPoints(Chapter.TARGETS)).isEmpty();
            var year = new org.energydiag.core.evaluation.CheckIssue("target-year", org.energydiag.core.evaluation.CheckIssue.Level.ERROR,
                    "三（一）改造目标", "目标年 2020 年早于方案日期（2026 年）", "retrofit#targets");
            s.planChecks(List.of(year));
            assertThat(fired[0]).isEqualTo(1);
            assertThat(w.openPoints(Chapter.TARGETS)).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("目标年 2020 年早于方案日期"));
            // the line beside the field it names (retrofit#targets ↔ retrofit.targets)
            assertThat(s.issuesFor("retrofit.targets")).singleElement().satisfies(i -> {
                assertThat(i.isError()).isTrue();
                assertThat(i.message()).isEqualTo("目标年 2020 年早于方案日期（2026 年）");
            });
            s.planChecks(List.of(year)); // the same findings: nothing to repaint
            assertThat(fired[0]).isEqualTo(1);
            s.planChecks(List.of());
            assertThat(fired[0]).isEqualTo(2);
            assertThat(w.openPoints(Chapter.TARGETS)).isEmpty();
            assertThat(s.issuesFor("retrofit.targets")).isEmpty();
        }
    }

    @Test
    void aTickNeedsTheDataAndNoOpenErrorAndCarbonNeedsTheBaseYearsLines() {
        DiagnosisProject demo = DemoProjects.cementPlant(Instant.now(), "");
        try (ProjectSession s = session(demo)) {
            WizardController w = new WizardController(s);
            assertThat(w.completeness(Chapter.CARBON)).isEqualTo(Completeness.COMPLETE);
            var warning = new org.energydiag.core.evaluation.CheckIssue("r", org.energydiag.core.evaluation.CheckIssue.Level.WARNING,
                    "一（五）", "提醒", "carbon");
            var error = new org.energydiag.core.evaluation.CheckIssue("r", org.energydiag.core.evaluation.CheckIssue.Level.ERROR,
                    "一（五）", "错误", "carbon");
            s.planChecks(List.of(warning));
            assertThat(w.completeness(Chapter.CARBON)).isEqualTo(Completeness.COMPLETE);
            s.planChecks(List.of(warning, error));
            assertThat(w.completeness(Chapter.CARBON)).isEqualTo(Completeness.INCOMPLETE);
            s.planChecks(List.of());
            // the base year's consumption lines removed: the clinker's typed emissions alone earn no ✓, the badge says why
            int year = demo.energy().baseYear();
            s.edit("test", null, p -> p.withEnergy(p.energy().withConsumption(p.energy().consumption().stream()
                    .filter(r -> r.year() != year).toList()), p.updatedAt()));
            assertThat(w.completeness(Chapter.CARBON)).isEqualTo(Completeness.INCOMPLETE);
            assertThat(w.openPoints(Chapter.CARBON)).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("还没有 " + year + " 年的消费量"));
            s.undo();
            assertThat(w.completeness(Chapter.CARBON)).isEqualTo(Completeness.COMPLETE);
            assertThat(w.openPoints(Chapter.CARBON)).isEmpty();
        }
    }
}
