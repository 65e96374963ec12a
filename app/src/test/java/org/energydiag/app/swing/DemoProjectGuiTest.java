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
            Screens.shoot(app.robot, "home-empty");
            app.window.button("home.demo").click();
            app.waitForWorkspace();
            GuiApp.waitUntil("demo shown", () -> DEMO.equals(app.window.textBox("enterprise.name").target().getText()));
            assertThat(GuiActionRunner.execute(() -> ((JFrame) app.window.target()).getTitle())).startsWith(DEMO);

            // 设为重点改造项目 says what it did, in the status line and on the key-projects step's badge
            int before = keyProjectsListed(app);
            assertThat(badge(app)).isEqualTo(before);
            java.util.Set<String> keyNames = GuiActionRunner.execute(() -> {
                javax.swing.JTable t = app.window.table("keyProjects.list").target();
                java.util.Set<String> names = new java.util.HashSet<>();
                for (int r = 0; r < t.getRowCount(); r++) {
                    names.add(String.valueOf(t.getModel().getValueAt(r, 1)));
                }
                return names;
            });
            app.window.list("workspace.steps").clickItem(Chapter.TASKS.ordinal());
            JTableFixture accepted = app.window.table("tasks.accepted");
            GuiApp.waitUntil("tasks listed", () -> accepted.target().isShowing() && accepted.target().getRowCount() > 0);
            int row = GuiActionRunner.execute(() -> { // an accepted task that is not a key project yet
                for (int r = 0; r < accepted.target().getRowCount(); r++) {
                    if (!keyNames.contains(String.valueOf(accepted.target().getModel().getValueAt(r, 1)))) {
                        return r;
                    }
                }
                return -1;
            });
            assertThat(row).as("a task that is not a key project in " + keyNames).isNotNegative();
            app.selectRow(accepted, row);
            app.window.button("tasks.makeKey").click();
            GuiApp.waitUntil("status line acknowledges", () -> app.window.label("status.notice").target().getText().startsWith("已将 1 项任务设为重点改造项目"));
            Screens.shoot(app.robot, "key-project-notice");
            // the same task again: said, and not added twice
            app.selectRow(accepted, row); // the edit refreshed the table
            app.window.button("tasks.makeKey").click();
            GuiApp.waitUntil("status line says it is one already", () -> app.window.label("status.notice").target().getText()
                    .startsWith("所选任务已是重点改造项目"));
            keyProjectsListed(app);
            GuiApp.waitUntil((before + 1) + " key projects listed", () -> app.window.table("keyProjects.list").target().getRowCount() == before + 1);
            assertThat(badge(app)).isEqualTo(before + 1);
            Screens.shoot(app.robot, "key-projects-badge");
        }
    }

    /**
     * The demo shows a verification end to end: 打开示例项目 stores the demo's generated sub-meter (named as
     * demo data) in the data folder, and 改造实施跟踪 shows its verified saving beside the plan's expected one.
     */
    @Test
    void theDemosVerificationIsShownFromItsGeneratedMeter() throws Exception {
        try (GuiApp app = GuiApp.launch(dir)) {
            app.window.button("home.demo").click();
            app.waitForWorkspace();
            GuiApp.waitUntil("demo shown", () -> DEMO.equals(app.window.textBox("enterprise.name").target().getText()));
            app.menu("menu.followUp");
            org.assertj.swing.fixture.DialogFixture d = org.assertj.swing.finder.WindowFinder.findDialog("followUp.dialog")
                    .withTimeout(GuiApp.WAIT_MS).using(app.robot);
            JTableFixture v = d.table("followUp.verifications");
            GuiApp.waitUntil("the demo's saving verified", () -> v.target().getRowCount() == 1
                    && String.valueOf(v.target().getValueAt(0, 2)).startsWith("核验节能量"));
            assertThat(GuiActionRunner.execute(() -> String.valueOf(v.target().getValueAt(0, 0)))).contains("示例数据");
            assertThat(GuiActionRunner.execute(() -> String.valueOf(v.target().getValueAt(0, 2)))).contains("方案预期");
            assertThat(GuiActionRunner.execute(() -> String.valueOf(v.target().getValueAt(0, 3)))).contains("R² = ");
            assertThat(GuiActionRunner.execute(() -> d.label("followUp.summary").target().getText())).contains("核验节能量合计")
                    .contains("尚未完成的任务和项目 1 项");
            Screens.shoot(app.robot, "followup-demo");
            d.button("followUp.close").click();
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
