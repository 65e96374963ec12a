package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.swing.JFrame;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 工具 → 企业满意度调查表…: records the returned answers into the project, undoably, and previews the form. */
class SatisfactionDialogGuiTest {

    @TempDir
    Path dir;
    GuiApp app;
    FrameFixture window;
    Robot robot;

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    @BeforeEach
    void start() {
        app = GuiApp.launch(dir);
        window = app.window;
        robot = app.robot;
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void disabledWithoutAProject() {
        window.menuItem("menu.satisfaction").requireDisabled();
    }

    @Test
    void recordAnswersAndSeeThemKept() {
        app.newProject();
        GuiApp.type(window.textBox("enterprise.name"), "浙江某水泥有限公司");
        app.menu("menu.satisfaction");
        DialogFixture d = WindowFinder.findDialog("satisfaction").withTimeout(GuiApp.WAIT_MS).using(robot);
        d.textBox("satisfaction.fillerUnit").requireText("浙江某水泥有限公司");
        d.radioButton("satisfaction.item1.NONE").requireSelected();
        // each click checked for its effect: a click lost under load is repeated (GuiApp.select)
        app.select(d.radioButton("satisfaction.item1.SATISFIED"));
        app.select(d.radioButton("satisfaction.item4.DISSATISFIED"));
        app.select(d.radioButton("satisfaction.item7.FAIRLY"));
        GuiApp.type(d.textBox("satisfaction.contact").deleteText(), "张工");
        GuiApp.type(d.textBox("satisfaction.requests"), "希望提供余热利用的后续服务");
        GuiApp.type(d.textBox("satisfaction.date"), "2026-11-3x");
        d.label("satisfaction.dateError").requireText("日期格式应为 2026-11-03");
        GuiApp.type(d.textBox("satisfaction.date").deleteText(), "2026-11-03");
        d.label("satisfaction.dateError").requireText(" ");
        SatisfactionFormPrintable shown = GuiActionRunner.execute(() ->
                ((SatisfactionDialog.Preview) d.robot().finder().findByName(d.target(), "satisfaction.preview")).printable());
        assertThat(shown).isNotNull();
        app.press(d.button("satisfaction.close"), "form closed", () -> !d.target().isShowing());

        // reopened: the answers were saved into the project
        app.menu("menu.satisfaction");
        DialogFixture again = WindowFinder.findDialog("satisfaction").withTimeout(GuiApp.WAIT_MS).using(robot);
        again.radioButton("satisfaction.item1.SATISFIED").requireSelected();
        again.radioButton("satisfaction.item4.DISSATISFIED").requireSelected();
        again.radioButton("satisfaction.item7.FAIRLY").requireSelected();
        again.radioButton("satisfaction.item2.NONE").requireSelected();
        again.textBox("satisfaction.contact").requireText("张工");
        again.textBox("satisfaction.requests").requireText("希望提供余热利用的后续服务");
        again.textBox("satisfaction.date").requireText("2026-11-03");
        app.press(again.button("satisfaction.close"), "form closed", () -> !again.target().isShowing());
        String undo = GuiActionRunner.execute(() -> ((JFrame) window.target()).getJMenuBar().getMenu(1).getItem(0).getText());
        assertThat(undo).contains("填写 企业满意度调查表");
    }
}
