package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTableFixture;
import org.energydiag.core.report.plan.Chapter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 打开示例项目 on the home screen: the demo project (as the command demo writes it) created in the background and opened. */
class DemoProjectGuiTest {

    static final String DEMO = "芜湖江岸建材水泥有限公司（示例）";

    @TempDir
    Path dir;

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    @Test
    void theDemoOpensAndMakingAKeyProjectIsAcknowledged() throws Exception {
        try (GuiApp app = GuiApp.launch(dir)) {
            app.window.button("home.demo").click();
            app.waitForWorkspace();
            GuiApp.waitUntil("demo shown", () -> DEMO.equals(app.window.textBox("enterprise.name").target().getText()));
            assertThat(GuiActionRunner.execute(() -> ((JFrame) app.window.target()).getTitle())).startsWith(DEMO);

            // 设为重点改造项目 says what it did, in the status line and on the key-projects step's badge
            int before = keyProjectsListed(app);
            assertThat(badge(app)).isEqualTo(before);
            app.window.list("workspace.steps").clickItem(Chapter.TASKS.ordinal());
            JTableFixture accepted = app.window.table("tasks.accepted");
            GuiApp.waitUntil("tasks listed", () -> accepted.target().isShowing() && accepted.target().getRowCount() > 0);
            int row = GuiActionRunner.execute(() -> accepted.target().getRowCount() - 1);
            app.selectRow(accepted, row);
            app.window.button("tasks.makeKey").click();
            GuiApp.waitUntil("status line acknowledges", () -> app.window.label("status.notice").target().getText().contains("重点改造项目"));
            boolean added = app.window.label("status.notice").text().startsWith("已将");
            int expected = added ? before + 1 : before;
            keyProjectsListed(app);
            GuiApp.waitUntil(expected + " key projects listed", () -> app.window.table("keyProjects.list").target().getRowCount() == expected);
            assertThat(badge(app)).isEqualTo(expected);
        }
    }

    /** The key projects the key-projects step lists (the step is shown). */
    private static int keyProjectsListed(GuiApp app) {
        app.window.list("workspace.steps").clickItem(Chapter.KEY_PROJECTS.ordinal());
        JTableFixture list = app.window.table("keyProjects.list");
        GuiApp.waitUntil("key projects shown", () -> list.target().isShowing());
        app.robot.waitForIdle();
        return GuiActionRunner.execute(() -> list.target().getRowCount());
    }

    /** The key-project count the step list shows (its badge), 0 without one. */
    private static int badge(GuiApp app) {
        String text = GuiActionRunner.execute(() -> stepText(app, Chapter.KEY_PROJECTS));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("（(\\d+) 项）$").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @SuppressWarnings("unchecked")
    private static String stepText(GuiApp app, Chapter c) {
        JList<Chapter> steps = (JList<Chapter>) app.window.list("workspace.steps").target();
        return ((JLabel) steps.getCellRenderer().getListCellRendererComponent(steps, c, c.ordinal(), false, false)).getText();
    }
}
