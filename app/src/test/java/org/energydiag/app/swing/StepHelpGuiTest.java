package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.energydiag.app.text.Texts;
import org.energydiag.core.report.plan.Chapter;
import org.junit.jupiter.api.Test;

/**
 * Help where the engineer works: F1 in a step opens that step's help (帮助 → 本步骤说明 too), 帮助 →
 * 入门 the workflow; the window title follows the enterprise name as it is typed; the satisfaction
 * form is reachable from the workspace.
 */
class StepHelpGuiTest extends ProjectGuiTest {

    @Test
    void theTitleFollowsTheNameAsItIsTyped() {
        assertThat(GuiActionRunner.execute(() -> ((JFrame) window.target()).getTitle())).startsWith("（未命名企业）");
        GuiApp.type(window.textBox("enterprise.name"), "浙江某水泥有限公司");
        GuiApp.waitUntil("title follows the name", () -> ((JFrame) window.target()).getTitle().startsWith("浙江某水泥有限公司 - "));
    }

    @Test
    void f1OpensTheHelpOfTheStepShown() throws Exception {
        pressF1In(window.textBox("enterprise.name").target(), () -> window.textBox("enterprise.name").click());
        DialogFixture help = WindowFinder.findDialog("help").withTimeout(GuiApp.WAIT_MS).using(robot);
        assertThat(help.target().getTitle()).contains(Chapter.ENTERPRISE.title());
        assertThat(shownText(help)).contains(Texts.get(HelpDialog.purposeKey(Chapter.ENTERPRISE)))
                .contains(Texts.get(HelpDialog.templateKey(Chapter.ENTERPRISE))).contains("表1-1 主要产品");
        Screens.shoot(robot, "help-enterprise");
        app.press(help.button("help.close"), "help closed", () -> !help.target().isShowing());

        // another step: its own help
        window.list("workspace.steps").clickItem(Chapter.ENERGY.ordinal());
        GuiApp.waitUntil("energy step shown", () -> window.list("workspace.steps").target().getSelectedValue() == Chapter.ENERGY);
        pressF1In(window.list("workspace.steps").target(), () -> window.list("workspace.steps").clickItem(Chapter.ENERGY.ordinal()));
        DialogFixture energy = WindowFinder.findDialog("help").withTimeout(GuiApp.WAIT_MS).using(robot);
        GuiApp.waitUntil("energy help", () -> energy.target().getTitle().contains(Chapter.ENERGY.title()));
        assertThat(shownText(energy)).contains("一（三）能源消费情况").contains("表1-4 近三年能源消费量及构成");
        Screens.shoot(robot, "help-energy");
        app.press(energy.button("help.close"), "help closed", () -> !energy.target().isShowing());

        // the same from the menu, and 入门
        app.menu("menu.stepHelp");
        DialogFixture again = WindowFinder.findDialog("help").withTimeout(GuiApp.WAIT_MS).using(robot);
        GuiApp.waitUntil("energy help from the menu", () -> again.target().getTitle().contains(Chapter.ENERGY.title()));
        app.press(again.button("help.close"), "help closed", () -> !again.target().isShowing());
        app.menu("menu.gettingStarted");
        DialogFixture start = WindowFinder.findDialog("help").withTimeout(GuiApp.WAIT_MS).using(robot);
        GuiApp.waitUntil("getting started", () -> start.target().getTitle().equals(Texts.get("help.start.title")));
        assertThat(shownText(start)).contains("诊断—建议—实施—反馈");
        Screens.shoot(robot, "help-getting-started");
        app.press(start.button("help.close"), "help closed", () -> !start.target().isShowing());
    }

    @Test
    void theSatisfactionFormOpensFromTheWorkspace() {
        app.press(window.button("workspace.satisfaction"), "form shown", () -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .anyMatch(w -> w instanceof SatisfactionDialog && w.isShowing()));
        DialogFixture d = WindowFinder.findDialog("satisfaction").withTimeout(GuiApp.WAIT_MS).using(robot);
        d.radioButton("satisfaction.item1.NONE").requireSelected();
        app.press(d.button("satisfaction.close"), "form closed", () -> !d.target().isShowing());
    }

    /**
     * Presses F1 like a user working in {@code c}: a click in it first when it has not the focus
     * (without a window manager the frame does not always get the keyboard focus back after a dialog
     * closed; a lost click is repeated).
     */
    private void pressF1In(java.awt.Component c, Runnable click) {
        java.awt.KeyboardFocusManager kfm = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager();
        for (int i = 0; i < 3 && !GuiApp.waitFor(() -> kfm.getFocusOwner() == c, i == 0 ? 0 : 1_500); i++) {
            click.run();
        }
        GuiApp.waitUntil("focus in " + c.getName(), () -> kfm.getFocusOwner() == c);
        robot.pressAndReleaseKey(KeyEvent.VK_F1);
    }

    /** The text the help shows (the document's text, not its HTML source). */
    private static String shownText(DialogFixture help) throws Exception {
        return GuiActionRunner.execute(() -> {
            JEditorPane p = (JEditorPane) help.robot().finder().findByName(help.target(), "help.text", JEditorPane.class, true);
            return p.getDocument().getText(0, p.getDocument().getLength());
        });
    }
}
