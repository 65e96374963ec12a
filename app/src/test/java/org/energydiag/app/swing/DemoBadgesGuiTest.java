package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.energydiag.app.controller.WizardController.Completeness;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.EnterpriseValidator;
import org.energydiag.core.reference.Divisions;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.reference.IndustryClassification;
import org.energydiag.core.report.plan.Chapter;
import org.junit.jupiter.api.Test;

/**
 * The step list of the demo as the engineer left it (every candidate accepted, key projects
 * drafted): each step's marker and badge are what core says of its chapter — complete or not, and
 * the chapter's errors plus the plan check's findings naming it, computed here without the window.
 */
class DemoBadgesGuiTest extends AppGuiTest {
    @Test
    void theDemosBadgesAreTheChaptersOpenPoints() throws Exception {
        Instant now = Instant.now();
        DiagnosisProject p = decidedDemo(now);
        Path file = dir.resolve("cement.edproj");
        ProjectFile.write(p, file, "test", now);
        DiagnosisProject read = ProjectFile.read(file);
        ProjectEvaluation ev = ProjectEvaluation.of(read, PlanSurfacesGuiTest.REFS, List.of(), LocalDate.now());
        EnergyReference ref = EnergyReference.load();
        Chapter.Inputs in = new Chapter.Inputs(read, ProjectAnalysis.of(read, ref),
                new EnterpriseValidator(Divisions.load(), IndustryClassification.load()).validate(read.enterprise()));

        app = GuiApp.launch(dir);
        app.openImported(file);
        WorkspacePanel workspace = (WorkspacePanel) app.robot.finder().findByName(app.window.target(), "workspace");
        for (Chapter c : Chapter.values()) {
            int expected = c.openPoints(in, ev.checks()).size();
            GuiApp.waitUntil(c.title() + " badge " + expected, () -> app.badge(c) == expected);
            Completeness shown = GuiActionRunner.execute(() -> workspace.wizard().completeness(c));
            assertThat(shown == Completeness.COMPLETE).as(c.title()).isEqualTo(c.isComplete(in, ev.checks()));
        }
        // the decided demo confirmed its 保障措施 (the starter texts stored as the engineer's) and has open plan-check points
        assertThat(Chapter.SAFEGUARDS.isComplete(in)).isTrue();
        assertThat(ev.checks()).isNotEmpty();
        Screens.shoot(app.robot, "demo-steps");
    }

}
