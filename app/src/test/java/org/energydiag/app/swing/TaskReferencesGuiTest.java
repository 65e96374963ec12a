package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JCheckBoxFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.retrofit.RetrofitTask;
import org.junit.jupiter.api.Test;

/**
 * Catalogue references are suggestions until the engineer confirms them: in 改造任务 the engineer
 * selects a task, opens 确认技术参考…, ticks the reference that applies and leaves the other; only the
 * ticked one is confirmed (and so printed in the plan), and the task's detail says which is which.
 */
class TaskReferencesGuiTest extends AppGuiTest {
    @Test
    void theEngineerConfirmsOneReferenceAndLeavesTheOther() throws Exception {
        Instant now = Instant.now();
        DiagnosisProject decided = decidedDemo(now);
        // the first task with two or more references loses its confirmations (as a task accepted from a candidate has)
        List<RetrofitTask> tasks = new ArrayList<>(decided.plan().tasks());
        int row = 0;
        while (tasks.get(row).catalogueRefs().size() < 2) {
            row++;
        }
        RetrofitTask task = tasks.get(row);
        tasks.set(row, task.withConfirmedRefs(List.of()));
        DiagnosisProject p = decided.withPlan(decided.plan().withTasks(tasks), now);
        Path file = dir.resolve("refs.edproj");
        ProjectFile.write(p, file, "test", now);

        app = GuiApp.launch(dir);
        FrameFixture window = app.window;
        app.openImported(file);

        window.list("workspace.steps").clickItem(org.energydiag.core.report.plan.Chapter.TASKS.ordinal());
        JTableFixture accepted = window.table("tasks.accepted");
        int r = row;
        GuiApp.waitUntil("tasks listed", () -> accepted.target().getRowCount() == tasks.size()
                && task.name().equals(accepted.target().getValueAt(r, 1)));
        app.selectRow(accepted, row);
        GuiApp.waitUntil("detail shows suggestions", () -> window.textBox("tasks.detail").target().getText()
                .contains("待确认（不写入方案）：" + task.catalogueRefs().get(0)));

        String title = org.energydiag.app.text.Texts.get("tasks.confirmRefsTitle");
        app.press(window.button("tasks.confirmRefs"), "confirmation shown", () -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .anyMatch(w -> w.isShowing() && w instanceof javax.swing.JDialog dd && title.equals(dd.getTitle())));
        JOptionPaneFixture pane = JOptionPaneFinder.findOptionPane().withTimeout(GuiApp.WAIT_MS).using(app.robot);
        JCheckBoxFixture first = new JCheckBoxFixture(app.robot, GuiActionRunner.execute(() ->
                app.robot.finder().findByName(pane.target(), "tasks.ref.0", javax.swing.JCheckBox.class, true)));
        JCheckBoxFixture second = new JCheckBoxFixture(app.robot, GuiActionRunner.execute(() ->
                app.robot.finder().findByName(pane.target(), "tasks.ref.1", javax.swing.JCheckBox.class, true)));
        first.requireNotSelected();
        second.requireNotSelected();
        app.tick(first); // a click on a freshly shown dialog may be lost under Xvfb: checked and repeated
        Screens.shoot(app.robot, "tasks-confirm-refs");
        java.awt.Window paneWindow = GuiActionRunner.execute(() -> javax.swing.SwingUtilities.getWindowAncestor(pane.target()));
        app.press(pane.okButton(), "confirmation closed", () -> !paneWindow.isShowing());

        GuiApp.waitUntil("confirmation reported", () -> window.textBox("tasks.summary").target().getText()
                .contains("已确认 1 / " + task.catalogueRefs().size() + " 条技术参考"));
        app.selectRow(accepted, row);
        GuiApp.waitUntil("detail shows the confirmed one", () -> {
            String d = window.textBox("tasks.detail").target().getText();
            return d.contains("✓ " + task.catalogueRefs().get(0)) && d.contains("待确认（不写入方案）：" + task.catalogueRefs().get(1));
        });
        Screens.shoot(app.robot, "tasks-detail");
        window.list("workspace.steps").clickItem(org.energydiag.core.report.plan.Chapter.KEY_PROJECTS.ordinal());
        GuiApp.waitUntil("key project basis shown", () -> window.textBox("keyProjects.savingBasis").target().isShowing());
        Screens.shoot(app.robot, "key-projects");
    }
}
