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
            assertThat(w.steps()).hasSize(12).first().isEqualTo(Step.ENTERPRISE);
            assertThat(w.steps()).extracting(Step::section).containsExactly(
                    "一（一）", "一（二）1", "一（二）2", "一（三）", "一（四）", "一（五）", "二", "三（一）", "三（二）", "三（三）", "三（四）", "四");
            assertThat(w.current()).isEqualTo(Step.ENTERPRISE);
            assertThat(w.hasPrevious()).isFalse();
            // every chapter is built now: next walks them all in template order
            for (Step expected : List.of(Step.PROCESS, Step.EQUIPMENT, Step.ENERGY, Step.MANAGEMENT, Step.CARBON, Step.DIAGNOSIS,
                    Step.TARGETS, Step.TASKS, Step.KEY_PROJECTS, Step.SAFEGUARDS, Step.EXPORT)) {
                w.next();
                assertThat(w.current()).isEqualTo(expected);
            }
            assertThat(w.hasNext()).isFalse();
            w.previous();
            assertThat(w.current()).isEqualTo(Step.SAFEGUARDS);
            assertThat(w.select(Step.PROCESS)).isTrue();
            // an empty project: no process units, no attachments
            assertThat(w.completeness(Step.PROCESS)).isEqualTo(Completeness.INCOMPLETE);
            assertThat(w.completeness(Step.EXPORT)).isEqualTo(Completeness.INCOMPLETE);
            // an empty project: nothing decided yet in chapters 一（四）… 三（三）
            assertThat(w.completeness(Step.MANAGEMENT)).isEqualTo(Completeness.INCOMPLETE);
            assertThat(w.completeness(Step.TASKS)).isEqualTo(Completeness.INCOMPLETE);
            assertThat(w.completeness(Step.KEY_PROJECTS)).isEqualTo(Completeness.INCOMPLETE);
        }
    }

    @Test
    void enterpriseStepCompletenessFollowsValidation() {
        try (ProjectSession s = session(DiagnosisProject.create(Instant.now()))) {
            WizardController w = new WizardController(s);
            assertThat(w.completeness(Step.ENTERPRISE)).isEqualTo(Completeness.INCOMPLETE);
            assertThat(w.openErrors(Step.ENTERPRISE)).isGreaterThan(5);
        }
        try (ProjectSession s = session(DemoProjects.cementPlant(Instant.now(), ""))) {
            WizardController w = new WizardController(s);
            assertThat(w.completeness(Step.ENTERPRISE)).isEqualTo(Completeness.COMPLETE);
            assertThat(w.completeness(Step.ENERGY)).isEqualTo(Completeness.COMPLETE);
            assertThat(w.completeness(Step.CARBON)).isEqualTo(Completeness.COMPLETE);
        }
    }
}
