package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.energydiag.app.AppContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real window as a user would: creates a project, fills the enterprise step, closes
 * the application, starts it again on the same data folder and finds everything. Needs a
 * display (xvfb-run on a headless machine).
 */
class EnterpriseStepGuiTest {

    @TempDir
    Path dir;
    GuiApp app;
    FrameFixture window;

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    /** Starts the application on {@code dir/data} (the same folder each time: a restart). */
    private FrameFixture start() {
        app = GuiApp.launch(dir);
        window = app.window;
        return window;
    }

    private void requireStepComplete() throws Exception {
        screenshot("before-check");
        var summary = window.label("enterprise.summary");
        assertThat(summary.text()).as("%s", GuiActionRunner.execute(() -> summary.target().getToolTipText()))
                .startsWith("本步骤已完成");
    }

    /** Closes the window like a user; the application has finished its exit when this returns. */
    private void stop() throws InterruptedException {
        GuiApp closing = app;
        app = null;
        closing.close();
    }

    private void screenshot(String name) throws Exception {
        String out = System.getProperty("energydiag.screenshots");
        if (out != null) {
            Files.createDirectories(Path.of(out));
            Rectangle r = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            ImageIO.write(new java.awt.Robot().createScreenCapture(r), "png", Path.of(out, name + ".png").toFile());
        }
    }

    @Test
    void enterpriseStepSurvivesARestart() throws Exception {
        start();
        window.table("home.projects").requireRowCount(0);
        app.newProject();

        GuiApp.type(window.textBox("enterprise.name").requireVisible(), "芜湖江岸建材水泥有限公司");
        GuiApp.type(window.textBox("enterprise.creditCode"), "91340202MA2T8Q6K7A");
        window.textBox("enterprise.address").click(); // leave the field: the check runs and shows inline
        window.label("enterprise.creditCode.message").requireText(Pattern.compile(".*第18位应为“Q”.*"));
        GuiApp.type(window.textBox("enterprise.creditCode").deleteText(), "91340202MA2T8Q6K7Q");
        window.comboBox("enterprise.province").selectItem("安徽省");
        window.comboBox("enterprise.city").selectItem("芜湖市");
        window.comboBox("enterprise.district").selectItem("镜湖区");
        window.comboBox("enterprise.sector").selectItem("水泥");
        GuiApp.type(window.textBox("enterprise.industryCode"), "C3011");
        GuiApp.type(window.textBox("enterprise.energyConsumption2025"), "33.6");
        GuiApp.type(window.textBox("enterprise.agencyName"), "安徽省节能降碳诊断服务中心");
        GuiApp.type(window.textBox("enterprise.referenceStandards"), "GB 16780-2021");
        window.checkBox("enterprise.honour.GREEN_FACTORY").check();

        window.button("enterprise.products.add").click();
        JTableFixture products = window.table("enterprise.products");
        products.enterValue(row(0).column(0), "水泥熟料");
        products.enterValue(row(0).column(1), "296");
        products.selectCell(row(0).column(2)).enterValue(row(0).column(2), "万t"); // a drop-down: selected, then opened
        products.enterValue(row(0).column(3), "310");

        GuiApp.type(window.textBox("enterprise.profile.introduction"), "两条5000t/d熟料生产线。");

        window.button("enterprise.contacts.add").click();
        JTableFixture contacts = window.table("enterprise.contacts");
        contacts.enterValue(row(0).column(0), "王建国");
        contacts.enterValue(row(0).column(2), "13905531234");
        window.textBox("enterprise.address").click();

        requireStepComplete();
        window.label("status.save").requireText(Pattern.compile("已自动保存.*|正在保存…"));
        screenshot("enterprise-step");
        stop();

        // start again on the same data folder
        start();
        JTableFixture list = window.table("home.projects");
        GuiApp.waitUntil("project listed", () -> list.target().getRowCount() == 1);
        assertThat(list.valueAt(row(0).column(0))).isEqualTo("芜湖江岸建材水泥有限公司");
        assertThat(list.valueAt(row(0).column(2))).isEqualTo("安徽省芜湖市镜湖区");
        screenshot("home");
        list.cell(row(0).column(0)).doubleClick();
        app.waitForWorkspace();
        window.textBox("enterprise.name").requireText("芜湖江岸建材水泥有限公司");
        window.textBox("enterprise.creditCode").requireText("91340202MA2T8Q6K7Q");
        window.comboBox("enterprise.province").requireSelection("安徽省");
        window.comboBox("enterprise.city").requireSelection("芜湖市");
        window.comboBox("enterprise.district").requireSelection("镜湖区");
        window.comboBox("enterprise.sector").requireSelection("水泥");
        window.textBox("enterprise.energyConsumption2025").requireText("33.6");
        window.checkBox("enterprise.honour.GREEN_FACTORY").requireSelected();
        JTableFixture p2 = window.table("enterprise.products");
        p2.requireRowCount(1);
        assertThat(p2.valueAt(row(0).column(0))).isEqualTo("水泥熟料");
        assertThat(p2.valueAt(row(0).column(2))).isEqualTo("万t");
        assertThat(window.table("enterprise.contacts").valueAt(row(0).column(2))).isEqualTo("13905531234");
        window.textBox("enterprise.profile.introduction").requireText("两条5000t/d熟料生产线。");
        requireStepComplete();
        stop();
    }

    @Test
    void undoRestoresTheFieldAndTheSavedState() throws Exception {
        start();
        app.newProject();
        GuiApp.type(window.textBox("enterprise.name"), "甲公司");
        window.textBox("enterprise.address").click();
        window.menuItem("menu.undo").requireEnabled(Timeout.timeout(GuiApp.WAIT_MS));
        app.menu("menu.undo");
        window.textBox("enterprise.name").requireText("");
        app.menu("menu.redo");
        window.textBox("enterprise.name").requireText("甲公司");
        stop();
    }

    @Test
    void deleteAsksAndCanBeUndone() throws Exception {
        start();
        app.newProject();
        GuiApp.type(window.textBox("enterprise.name"), "乙公司");
        window.button("workspace.back").click();
        JTableFixture list = window.table("home.projects");
        Pause.pause(new org.assertj.swing.timing.Condition("list reloaded") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> list.target().getRowCount() == 1
                        && "乙公司".equals(list.target().getValueAt(0, 0)));
            }
        }, Timeout.timeout(GuiApp.WAIT_MS));
        list.selectRows(0);
        window.button("home.delete").requireEnabled(Timeout.timeout(GuiApp.WAIT_MS)).click();
        app.acknowledge(Pattern.compile("(?s).*乙公司.*"), GuiApp.WAIT_MS);
        GuiApp.waitUntil("project moved to the recycle bin", () -> list.target().getRowCount() == 0);
        window.button("home.undoDelete").click();
        GuiApp.waitUntil("project restored", () -> list.target().getRowCount() == 1);
        assertThat(list.valueAt(row(0).column(0))).isEqualTo("乙公司");
        stop();
    }

    @Test
    void secondInstanceOnTheSameFolderIsToldInChinese() throws Exception {
        start();
        CountDownLatch second = new CountDownLatch(1);
        AppContext other = new AppContext(app.dataDir, dir.resolve("home"), Clock.systemDefaultZone());
        JFrame none = GuiActionRunner.execute(() -> null);
        assertThat(none).isNull();
        assertThat(SwingLauncher.launch(other, second::countDown)).isNull();
        app.acknowledge(Pattern.compile("(?s).*正由另一个 EnergyDiag 窗口使用.*"), GuiApp.WAIT_MS);
        assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
        stop();
    }
}
