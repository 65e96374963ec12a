package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Timeout;
import org.energydiag.app.sync.FakePlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engineer's path through sync, against a platform on loopback that is offline at first:
 * sets the platform in 同步设置, submits the project (queued while offline, the status bar says
 * so), the network comes back and the upload happens by itself; the 同步 window shows 已上传 with
 * the receipt; after an edit the submission is marked out of date and 重新提交 is offered.
 */
class SyncGuiTest {

    static final String TOKEN = "gui-token";

    @TempDir
    Path dir;
    GuiApp app;
    FrameFixture window;
    FakePlatform server;

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    @BeforeEach
    void start() throws Exception {
        server = FakePlatform.start(TOKEN);
        app = GuiApp.launch(dir).newProject();
        window = app.window;
    }

    @AfterEach
    void stop() {
        try {
            app.close();
        } finally {
            server.close();
        }
    }

    private String statusBar() {
        return org.assertj.swing.edt.GuiActionRunner.execute(() -> window.label("status.sync").target().getText());
    }

    /** Whether a dialog of that name is showing (checked on the event thread by the caller). */
    private static boolean isShowing(String name) {
        for (java.awt.Window w : java.awt.Window.getWindows()) {
            if (name.equals(w.getName()) && w.isShowing()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void submitOfflineThenUploadedByItselfThenOutOfDateAfterAnEdit() {
        window.textBox("enterprise.name").setText("浙江某水泥有限公司"); // the name is not what is tested here
        GuiApp.waitUntil("name saved", () -> window.label("workspace.projectName").target().getText().equals("浙江某水泥有限公司"));
        server.setOffline(true);

        app.menu("menu.syncSettings");
        DialogFixture settings = WindowFinder.findDialog("syncSettings").withTimeout(GuiApp.WAIT_MS).using(app.robot);
        settings.textBox("syncSettings.endpoint").setText(server.baseUri().toString());
        settings.textBox("syncSettings.token").setText(TOKEN);
        app.press(settings.button("syncSettings.save"), "settings saved", () -> !settings.target().isShowing());

        app.press(window.button("workspace.submit"), "submit dialog", () -> isShowing("submit"));
        DialogFixture submit = WindowFinder.findDialog("submit").withTimeout(GuiApp.WAIT_MS).using(app.robot);
        assertThat(submit.label("submit.satisfaction").text()).contains("尚未录入");
        app.press(submit.button("submit.ok"), "queuing started",
                () -> !submit.target().isShowing() || !submit.button("submit.ok").target().isEnabled());
        app.acknowledge(java.util.regex.Pattern.compile("(?s).*已加入上传队列.*"), GuiApp.WAIT_MS);

        GuiApp.waitUntil("queued while offline", () -> window.label("status.sync").target().getText().contains("待上传 1"));
        assertThat(server.completedCount()).isZero();

        server.setOffline(false); // the network is back; nobody presses anything
        GuiApp.waitUntil("uploaded by itself", () -> window.label("status.sync").target().getText().contains("无待上传"));
        assertThat(server.completedCount()).isEqualTo(1);
        assertThat(statusBar()).isEqualTo("同步：无待上传");

        app.menu("menu.sync");
        DialogFixture sync = WindowFinder.findDialog("sync").withTimeout(GuiApp.WAIT_MS).using(app.robot);
        JTableFixture table = sync.table("sync.table");
        GuiApp.waitUntil("row shown", () -> table.target().getRowCount() == 1);
        assertThat(table.valueAt(TableCell.row(0).column(0))).isEqualTo("浙江某水泥有限公司");
        assertThat(table.valueAt(TableCell.row(0).column(2))).isEqualTo("已上传");
        assertThat(table.valueAt(TableCell.row(0).column(5))).startsWith("回执 ED-2026-");
        table.selectRows(0);
        assertThat(sync.textBox("sync.detail").text()).contains("改造方案").contains("plan.docx").contains("满意度调查表");
        sync.button("sync.resubmit").requireDisabled();
        app.press(sync.button("sync.close"), "sync window closed", () -> !sync.target().isShowing());

        // the project changes after the upload: out of date, re-upload offered
        var name = window.textBox("enterprise.name").target();
        org.assertj.swing.edt.GuiActionRunner.execute(() -> name.setText("浙江某水泥有限公司（二期）")); // as typed; focus is not what is tested
        GuiApp.waitUntil("saved", () -> window.label("status.save").target().getText().startsWith("已自动保存"));
        app.menu("menu.sync");
        DialogFixture again = WindowFinder.findDialog("sync").withTimeout(GuiApp.WAIT_MS).using(app.robot);
        JTableFixture t2 = again.table("sync.table");
        GuiApp.waitUntil("out of date shown", () -> t2.target().getRowCount() == 1
                && String.valueOf(t2.target().getValueAt(0, 2)).contains("项目已修改"));
        t2.selectRows(0);
        again.button("sync.resubmit").requireEnabled(Timeout.timeout(GuiApp.WAIT_MS));
        app.press(again.button("sync.resubmit"), "submit dialog again", () -> isShowing("submit"));
        DialogFixture resubmit = WindowFinder.findDialog("submit").withTimeout(GuiApp.WAIT_MS).using(app.robot);
        GuiApp.waitUntil("previous shown", () -> resubmit.label("submit.previous").target().getText().contains("此后项目已修改"));
        app.press(resubmit.button("submit.ok"), "queuing started again",
                () -> !resubmit.target().isShowing() || !resubmit.button("submit.ok").target().isEnabled());
        app.acknowledge(java.util.regex.Pattern.compile("(?s).*已加入上传队列.*"), GuiApp.WAIT_MS);
        GuiApp.waitUntil("second upload", () -> server.completedCount() == 2);
        assertThat(server.completesByContentHash()).hasSize(2).allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
    }
}
