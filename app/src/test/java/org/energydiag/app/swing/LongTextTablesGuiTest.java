package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.nio.file.Path;
import java.time.Instant;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/**
 * The tables whose cells are cut with "…" (findings, candidate tasks) show the selected row's full
 * text in a pane below, and a click on a candidate leaves the page where it is, so a Ctrl+click
 * adds the row the user aimed at (the page used to jump to the detail at its bottom).
 */
class LongTextTablesGuiTest extends AppGuiTest {
    private static Point pagePosition(JTable t) {
        return GuiActionRunner.execute(() -> {
            // the step's page: the outermost scroll pane around the table
            JScrollPane outer = null;
            for (java.awt.Component c = t; c != null; c = c.getParent()) {
                if (c instanceof JScrollPane s) {
                    outer = s;
                }
            }
            return outer.getViewport().getViewPosition();
        });
    }

    @Test
    void detailPanesShowTheFullTextAndACandidateClickKeepsThePage() throws Exception {
        Instant now = Instant.now();
        DiagnosisProject p = DemoProjects.cementPlant(now, "某诊断机构");
        Path file = dir.resolve("demo.edproj");
        ProjectFile.write(p, file, "test", now);
        app = GuiApp.launch(dir);
        FrameFixture window = app.window;
        app.openImported(file);

        window.list("workspace.steps").clickItem(org.energydiag.core.report.plan.Chapter.DIAGNOSIS.ordinal());
        JTableFixture findings = window.table("diagnosis.findings");
        GuiApp.waitUntil("findings listed", () -> findings.target().getRowCount() > 2);
        app.selectRow(findings, 1);
        String evidence = GuiActionRunner.execute(() -> String.valueOf(findings.target().getModel()
                .getValueAt(findings.target().convertRowIndexToModel(1), 2)));
        String problem = GuiActionRunner.execute(() -> String.valueOf(findings.target().getModel()
                .getValueAt(findings.target().convertRowIndexToModel(1), 1)));
        assertThat(evidence.length()).as("an evidence text longer than its column shows").isGreaterThan(20);
        GuiApp.waitUntil("the finding's full text below the table", () -> {
            String d = window.textBox("diagnosis.findingDetail").target().getText();
            return d.contains(evidence) && d.contains(problem);
        });
        assertThat(GuiActionRunner.execute(() -> window.textBox("diagnosis.findingDetail").target().isEditable())).isFalse();
        GuiActionRunner.execute(() -> window.textBox("diagnosis.findingDetail").target().scrollRectToVisible(
                new java.awt.Rectangle(0, 0, 10, window.textBox("diagnosis.findingDetail").target().getHeight())));
        Screens.shoot(app.robot, "diagnosis-finding-detail");

        window.list("workspace.steps").clickItem(org.energydiag.core.report.plan.Chapter.TASKS.ordinal());
        JTableFixture candidates = window.table("tasks.candidates");
        GuiApp.waitUntil("candidates listed", () -> candidates.target().getRowCount() >= 3);
        JTable t = candidates.target();
        // bring the candidate table to the middle of the page, as a user scrolling to it would
        GuiActionRunner.execute(() -> t.scrollRectToVisible(t.getCellRect(0, 0, true)));
        app.robot.waitForIdle();
        Point before = pagePosition(t);
        app.selectRow(candidates, 0);
        GuiApp.waitUntil("the candidate's full text below the table", () -> {
            String d = window.textBox("tasks.candidateDetail").target().getText();
            return d.contains(String.valueOf(t.getValueAt(0, 1)));
        });
        app.robot.waitForIdle();
        assertThat(pagePosition(t)).as("the page did not move on a click").isEqualTo(before);
        // Ctrl+click the third row: it is added where the user aimed
        Point cell = GuiActionRunner.execute(() -> {
            java.awt.Rectangle r = t.getCellRect(2, 1, true);
            return new Point(r.x + r.width / 2, r.y + r.height / 2);
        });
        app.robot.pressKey(java.awt.event.KeyEvent.VK_CONTROL);
        app.robot.click(t, cell);
        app.robot.releaseKey(java.awt.event.KeyEvent.VK_CONTROL);
        GuiApp.waitUntil("rows 0 and 2 selected", () -> java.util.Arrays.equals(t.getSelectedRows(), new int[] {0, 2}));
        GuiApp.waitUntil("the row just added is the one described", () -> window.textBox("tasks.candidateDetail").target().getText()
                .contains(String.valueOf(t.getValueAt(2, 1))));
        assertThat(pagePosition(t)).isEqualTo(before);
        Screens.shoot(app.robot, "tasks-candidate-detail");
    }
}
