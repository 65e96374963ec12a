package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/**
 * Opening a project gives way at once and does not let clicks made while its pages are built land
 * on them: the user sees 正在打开 while the workspace is built, and a click given meanwhile on the
 * spot where a step will appear does not select that step.
 */
class ProjectOpeningGuiTest extends ProjectGuiTest {

    @Test
    void clicksGivenWhileTheWorkspaceIsBuiltAreSwallowed() {
        MainFrame frame = (MainFrame) window.target();
        @SuppressWarnings("unchecked")
        JList<?> steps = (JList<?>) window.list("workspace.steps").target();
        // where the third step is drawn, in the frame's coordinates
        Point third = GuiActionRunner.execute(() -> {
            Rectangle cell = steps.getCellBounds(2, 2);
            return SwingUtilities.convertPoint(steps, cell.x + cell.width / 2, cell.y + cell.height / 2, frame);
        });
        int selectedBefore = GuiActionRunner.execute(steps::getSelectedIndex);
        assertThat(selectedBefore).as("the new project opens on another step than the one clicked").isNotEqualTo(2);
        DiagnosisProject project = GuiActionRunner.execute(frame::openProjectForTest);
        boolean[] cardShown = new boolean[1];
        GuiActionRunner.execute(() -> {
            // the user's click, queued by the toolkit while the event thread builds the pages
            long now = System.currentTimeMillis();
            var queue = Toolkit.getDefaultToolkit().getSystemEventQueue();
            queue.postEvent(new MouseEvent(frame, MouseEvent.MOUSE_PRESSED, now, InputEvent.BUTTON1_DOWN_MASK, third.x, third.y, 1, false, MouseEvent.BUTTON1));
            queue.postEvent(new MouseEvent(frame, MouseEvent.MOUSE_RELEASED, now, 0, third.x, third.y, 1, false, MouseEvent.BUTTON1));
            queue.postEvent(new MouseEvent(frame, MouseEvent.MOUSE_CLICKED, now, 0, third.x, third.y, 1, false, MouseEvent.BUTTON1));
            frame.openingShownListener(() -> cardShown[0] = true);
            frame.showProjectForTest(project);
        });
        GuiApp.waitUntil("input released after the workspace was built", () -> GuiActionRunner.execute(() -> !frame.getGlassPane().isVisible()));
        robot.waitForIdle();
        assertThat(cardShown[0]).as("正在打开 was painted before the build").isTrue();
        @SuppressWarnings("unchecked")
        JList<?> rebuilt = (JList<?>) window.list("workspace.steps").target();
        assertThat(rebuilt).as("a new workspace").isNotSameAs(steps);
        assertThat(GuiActionRunner.execute(rebuilt::getSelectedIndex)).as("the click given while building did not select a step")
                .isEqualTo(selectedBefore);
        // afterwards clicks reach the workspace again
        window.list("workspace.steps").clickItem(2);
        GuiApp.waitUntil("a click after opening selects the step", () -> GuiActionRunner.execute(rebuilt::getSelectedIndex) == 2);
    }
}
