package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javax.swing.JComponent;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.energydiag.app.controller.WizardController.Completeness;
import org.energydiag.core.evaluation.CheckIssue;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.plan.Chapter;
import org.junit.jupiter.api.Test;

/**
 * The plan check where it applies, at 1024×700 on the decided demo (one start for the class): a
 * finding on a key project shows on the line beside the field it concerns and in the step's badge,
 * and goes as the figure is typed; 一（五） without the base year's consumption lines has no ✓ and
 * says why (its typed clinker emissions alone gave it one before).
 */
class PlanCheckLinesGuiTest extends AppGuiTest {

    private FrameFixture window;

    @Test
    void keyProjectLinesFollowTheTypingAndCarbonWithoutBaseYearLinesSaysWhy() throws Exception {
        Instant now = Instant.now();
        DiagnosisProject demo = decidedDemo(now);
        // stored in the data folder before the start (quicker than 导入… through the file chooser), opened from the list
        try (org.energydiag.app.store.Database db = org.energydiag.app.store.Database.open(dir.resolve("data"))) {
            new org.energydiag.app.store.H2ProjectRepository(db, java.time.Clock.systemDefaultZone()).put(demo);
        }
        app = GuiApp.launch(dir);
        window = app.window;
        GuiApp.waitUntil("the demo listed", () -> window.table("home.projects").target().getRowCount() == 1);
        app.selectRow(window.table("home.projects"), 0);
        window.button("home.open").click();
        app.waitForWorkspace();
        app.size(1024, 700);
        WorkspacePanel ws = (WorkspacePanel) app.robot.finder().findByName(window.target(), "workspace");
        GuiApp.waitUntil("the first plan check", () -> !ws.session().planChecks().isEmpty());

        // 重点改造项目: the first project is selected; its investment cleared, the finding beside 投资测算
        window.list("workspace.steps").clickItem(Chapter.KEY_PROJECTS.ordinal());
        int before = app.badge(Chapter.KEY_PROJECTS);
        assertThat(lineShowing("investment")).isFalse();
        window.textBox("keyProjects.investment").click().deleteText();
        window.list("workspace.steps").focus(); // leaving the field commits it
        GuiApp.waitUntil("the investment's line and one point more", () -> lineShows("investment", "预计总投资未填写")
                && app.badge(Chapter.KEY_PROJECTS) == before + 1);
        assertThat(outline("keyProjects.investment")).isEqualTo("warning");
        assertThat(app.stepTooltip(Chapter.KEY_PROJECTS)).contains("预计总投资未填写");
        Screens.shoot(app.robot, "key-projects-investment-line");

        GuiApp.type(window.textBox("keyProjects.investment").click(), "1200");
        window.list("workspace.steps").focus();
        GuiApp.waitUntil("the line gone with the point", () -> !lineShowing("investment") && app.badge(Chapter.KEY_PROJECTS) == before);
        assertThat(outline("keyProjects.investment")).isNull();

        // a saving that disagrees with its task's: beside 年节能量; 表3-1 above the targets: on the line under the list
        GuiApp.type(window.textBox("keyProjects.savingTce").click().deleteText(), "99999");
        window.list("workspace.steps").focus();
        GuiApp.waitUntil("the saving's line and the chapter's", () -> lineShows("savingTce", "与其关联任务合计")
                && chapterLine().isShowing() && chapterLine().getText().contains("超过三（一）目标年节能量"));
        Screens.shoot(app.robot, "key-projects-saving-line");

        // 定位 from the plan check on another project's field selects that project
        String second = demo.plan().keyProjects().get(1).id();
        GuiActionRunner.execute(() -> ws.goTo(new CheckIssue("phase-date", CheckIssue.Level.WARNING, "表3-1 实施时间", "实施时间未填写",
                CheckIssue.keyProject(second, "time"))));
        GuiApp.waitUntil("the second project selected", () -> window.table("keyProjects.list").target().getSelectedRow() == 1);

        // 一（五）: the base year's consumption lines gone, the clinker's typed emissions are left: no ✓, and why
        int year = demo.energy().baseYear();
        GuiActionRunner.execute(() -> ws.session().edit("test", null, p -> p.withEnergy(p.energy().withConsumption(
                p.energy().consumption().stream().filter(r -> r.year() != year).toList()), p.updatedAt())));
        window.list("workspace.steps").clickItem(Chapter.CARBON.ordinal());
        JLabel basis = app.robot.finder().findByName(window.target(), "carbon.basis", JLabel.class, false);
        GuiApp.waitUntil("no ✓ for 一（五）, the reason shown", () -> ws.wizard().completeness(Chapter.CARBON) == Completeness.INCOMPLETE
                && basis.isShowing() && basis.getText().contains("还没有 " + year + " 年的消费量"));
        String why = GuiActionRunner.execute(() -> basis.getText());
        assertThat(why).contains("只有直接填写的过程排放").contains("能源消费情况");
        assertThat(app.badge(Chapter.CARBON)).isEqualTo(1);
        assertThat(app.stepTooltip(Chapter.CARBON)).contains("还没有 " + year + " 年的消费量");
        Screens.shoot(app.robot, "carbon-no-base-year-lines");

        GuiActionRunner.execute(() -> ws.session().undo());
        GuiApp.waitUntil("✓ again, no reason", () -> ws.wizard().completeness(Chapter.CARBON) == Completeness.COMPLETE
                && !basis.isShowing() && app.badge(Chapter.CARBON) == 0);
    }

    private JLabel chapterLine() {
        return app.robot.finder().findByName(window.target(), "keyProjects.check", JLabel.class, false);
    }

    private JLabel line(String field) {
        return app.robot.finder().findByName(window.target(), "keyProjects." + field + ".message", JLabel.class, false);
    }

    private boolean lineShowing(String field) {
        return GuiActionRunner.execute(() -> line(field).isShowing());
    }

    private boolean lineShows(String field, String text) {
        JLabel l = line(field);
        return l.isShowing() && l.getText().contains(text);
    }

    private Object outline(String name) {
        return GuiActionRunner.execute(() -> ((JComponent) app.robot.finder().findByName(window.target(), name))
                .getClientProperty("JComponent.outline"));
    }
}
