package org.energydiag.app.swing;

import org.energydiag.app.text.Texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.GradeTables;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.evaluation.References;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.meter.analysis.TouSchedule;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.retrofit.Table31;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window's side of the cross-surface test ({@code CrossSurfaceTest} has the command line and
 * the .docx): a decided project of each sample imported and opened as a user does it, and the
 * targets, the evaluation level, 表3-1 and the plan check on screen equal the one evaluation.
 */
class PlanSurfacesGuiTest extends AppGuiTest {
    static final References REFS = new References(EnergyReference.load(), new EfficiencyRater(GradeTables.loadBundled()),
            Catalogue.loadBundled(), TouSchedule.loadBundled());


    @ParameterizedTest
    @ValueSource(strings = {"cement", "methanol"})
    void theWindowShowsTheEvaluationsFigures(String sample) throws Exception {
        Instant now = Instant.now();
        DiagnosisProject p0 = sample.equals("cement") ? DemoProjects.cementPlant(now, "某诊断机构")
                : DemoProjects.methanolPlant(now, "某诊断机构");
        DiagnosisProject p = DemoProjects.withDecisions(p0, ProjectEvaluation.of(p0, REFS, List.of(), LocalDate.now()).report(), now);
        Path file = dir.resolve(sample + ".edproj");
        ProjectFile.write(p, file, "test", now);
        ProjectEvaluation ev = ProjectEvaluation.of(ProjectFile.read(file), REFS, List.of(), LocalDate.now());

        app = GuiApp.launch(dir);
        FrameFixture window = app.window;
        app.openImported(file);

        // 三（一）: the overall target with the sentence that ties it to 表3-1, as the plan prints it
        window.list("workspace.steps").clickItem(org.energydiag.core.report.plan.Chapter.TARGETS.ordinal());
        String overall = "总体目标：" + ev.report().targets().overallText(p.enterprise().name()) + ev.targetsReconciliation();
        GuiApp.waitUntil("targets shown", () -> window.textBox("targets.overall").target().getText().equals(overall));

        // 二（二）: the computed level
        window.list("workspace.steps").clickItem(org.energydiag.core.report.plan.Chapter.DIAGNOSIS.ordinal());
        GuiApp.waitUntil("level shown", () -> window.label("diagnosis.levelComputed").target().getText()
                .startsWith("按规则评定：" + ev.report().evaluation().level() + "（"));

        // 表3-1: the same rows, investments and effects
        window.list("workspace.steps").clickItem(org.energydiag.core.report.plan.Chapter.KEY_PROJECTS.ordinal());
        JTableFixture t31 = window.table("keyProjects.table31");
        List<Table31.Row> rows = ev.report().table31();
        GuiApp.waitUntil("表3-1 shown", () -> t31.target().getRowCount() == rows.size());
        for (int i = 0; i < rows.size(); i++) {
            int r = i;
            assertThat(GuiActionRunner.execute(() -> String.valueOf(t31.target().getValueAt(r, 2)))).isEqualTo(rows.get(i).name());
            assertThat(GuiActionRunner.execute(() -> String.valueOf(t31.target().getValueAt(r, 5)))).isEqualTo(rows.get(i).effect());
        }

        // the plan check before export: the same issues as the command line's check
        window.button("workspace.exportPlan").click();
        if (ev.checks().isEmpty()) {
            JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot).cancel();
            return;
        }
        DialogFixture d = WindowFinder.findDialog("planCheck.dialog").withTimeout(GuiApp.WAIT_MS).using(app.robot);
        assertThat(d.label("planCheck.summary").text()).isEqualTo(Texts.format("planCheck.summary", ev.report().evaluationLevel(),
                ev.errors().size(), ev.warnings().size()));
        JTableFixture list = d.table("planCheck.list");
        list.requireRowCount(ev.checks().size());
        for (int i = 0; i < ev.checks().size(); i++) {
            int r = i;
            assertThat(GuiActionRunner.execute(() -> String.valueOf(list.target().getModel().getValueAt(r, 2))))
                    .isEqualTo(ev.checks().get(i).message());
        }
        app.press(d.button("planCheck.cancel"), "check closed", () -> !d.target().isShowing());
    }
}
