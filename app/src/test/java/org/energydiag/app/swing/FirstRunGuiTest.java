package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.energydiag.app.store.FileSettingsRepository;
import org.energydiag.core.workspace.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's first start: the agency and engineer asked once and used by new projects; file
 * choosers that reopen in the folder last used, also after a restart; the follow-up after an
 * export (打开文件 / 打开所在文件夹, or the path to copy where there is no desktop).
 */
class FirstRunGuiTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    @Test
    void theAgencyAndEngineerAreAskedOnceStoredAndUsed() throws Exception {
        String before = System.getProperty(FirstRunDialog.SWITCH);
        System.setProperty(FirstRunDialog.SWITCH, "true");
        try {
            try (GuiApp app = GuiApp.launch(dir)) {
                DialogFixture d = WindowFinder.findDialog("firstRun").withTimeout(GuiApp.WAIT_MS).using(app.robot);
                GuiApp.type(d.textBox("firstRun.agency"), "安徽省节能降碳诊断服务中心");
                GuiApp.type(d.textBox("firstRun.engineer"), "张工");
                Screens.shoot(app.robot, "first-run");
                app.press(d.button("firstRun.save"), "first-run dialog closed", () -> !d.target().isShowing());
                Settings s = new FileSettingsRepository(app.dataDir, dir.resolve("home")).load();
                assertThat(s.agencyName()).isEqualTo("安徽省节能降碳诊断服务中心");
                assertThat(s.engineerName()).isEqualTo("张工");
                // the settings dialog shows what the first run stored
                app.menu("menu.settings");
                DialogFixture settings = WindowFinder.findDialog("settings").withTimeout(GuiApp.WAIT_MS).using(app.robot);
                settings.textBox("settings.agency").requireText("安徽省节能降碳诊断服务中心");
                settings.textBox("settings.engineer").requireText("张工");
                app.press(settings.button("settings.cancel"), "settings closed", () -> !settings.target().isShowing());
                // used: a new project carries the agency
                app.newProject();
                GuiApp.waitUntil("agency pre-filled", () -> "安徽省节能降碳诊断服务中心"
                        .equals(app.window.textBox("enterprise.agencyName").target().getText()));
            }
            // a restart does not ask again
            try (GuiApp app = GuiApp.launch(dir)) {
                GuiApp.waitUntil("project listed", () -> app.window.table("home.projects").target().getRowCount() == 1);
                app.robot.waitForIdle(); // the first-run question would have been queued right after the list was shown
                assertThat(GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                        .anyMatch(w -> w instanceof FirstRunDialog && w.isShowing()))).as("asked again").isFalse();
            }
        } finally {
            if (before == null) {
                System.clearProperty(FirstRunDialog.SWITCH);
            } else {
                System.setProperty(FirstRunDialog.SWITCH, before);
            }
        }
    }

    /** A system without a desktop to open files with (a Linux session without one): the follow-up shows the path to copy. */
    private static final ExportDone.Opener NO_DESKTOP = new ExportDone.Opener() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void openFile(Path file) {
            throw new AssertionError("no desktop: nothing may be opened");
        }

        @Override
        public void openFolder(Path file) {
            throw new AssertionError("no desktop: nothing may be opened");
        }
    };

    @Test
    void aChooserReopensInTheLastFolderAfterARestartAndTheExportIsFollowedUp() throws Exception {
        ExportDone.Opener desktop = ExportDone.useOpener(NO_DESKTOP);
        try {
            chooserAndFollowUp();
        } finally {
            ExportDone.useOpener(desktop);
        }
    }

    private void chooserAndFollowUp() throws Exception {
        Path exports = dir.resolve("导出文件夹");
        Files.createDirectories(exports);
        Path file = exports.resolve("项目.edproj");
        try (GuiApp app = GuiApp.launch(dir)) {
            app.newProject();
            app.press(app.window.button("workspace.back"), "home shown", () -> app.window.table("home.projects").target().isShowing());
            GuiApp.waitUntil("project listed", () -> app.window.table("home.projects").target().getRowCount() == 1);
            app.selectRow(app.window.table("home.projects"), 0);
            app.window.button("home.export").click();
            JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot);
            app.choose(chooser, file);
            // the follow-up: where the file is, with the ways to open it this system offers
            DialogFixture done = WindowFinder.findDialog("exportDone").withTimeout(GuiApp.WAIT_MS).using(app.robot);
            done.textBox("exportDone.path").requireText(file.toAbsolutePath().toString());
            assertThat(done.textBox("exportDone.message").text()).contains("项目.edproj");
            // without a desktop: no way to open it here, so the path is said and offered to copy
            done.button("exportDone.copyPath").requireVisible().requireEnabled();
            assertThat(visible(done, "exportDone.openFile")).isFalse();
            assertThat(visible(done, "exportDone.openFolder")).isFalse();
            assertThat(done.label("exportDone.noDesktop").text()).contains("不能直接打开文件").contains("文件保存在");
            app.press(done.button("exportDone.copyPath"), "path copied", () -> !done.label("exportDone.copied").text().isBlank());
            assertThat(GuiActionRunner.execute(() -> (String) java.awt.Toolkit.getDefaultToolkit().getSystemClipboard()
                    .getData(java.awt.datatransfer.DataFlavor.stringFlavor))).isEqualTo(file.toAbsolutePath().toString());
            Screens.shoot(app.robot, "export-done-no-desktop");
            app.press(done.button("exportDone.close"), "follow-up closed", () -> !done.target().isShowing());
            assertThat(file).exists();
        }
        // the folder is kept in the data folder's settings: a restarted window opens its chooser there
        try (GuiApp app = GuiApp.launch(dir)) {
            app.window.button("home.import").click();
            JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot);
            assertThat(GuiActionRunner.execute(() -> chooser.target().getCurrentDirectory().toPath().toAbsolutePath()))
                    .isEqualTo(exports.toAbsolutePath());
            chooser.cancel();
            GuiApp.waitUntil("chooser closed", () -> !chooser.target().isShowing());
        }
    }

    @Test
    void theFollowUpOpensTheFileOrItsFolderThroughTheDesktop() throws Exception {
        List<String> opened = new ArrayList<>();
        ExportDone.Opener recording = new ExportDone.Opener() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public void openFile(Path file) {
                synchronized (opened) {
                    opened.add("file " + file);
                }
            }

            @Override
            public void openFolder(Path file) {
                synchronized (opened) {
                    opened.add("folder " + file);
                }
            }
        };
        ExportDone.Opener before = ExportDone.useOpener(recording);
        Path exports = dir.resolve("out");
        Files.createDirectories(exports);
        Path file = exports.resolve("设备.edproj");
        try (GuiApp app = GuiApp.launch(dir)) {
            app.newProject();
            app.press(app.window.button("workspace.back"), "home shown", () -> app.window.table("home.projects").target().isShowing());
            GuiApp.waitUntil("project listed", () -> app.window.table("home.projects").target().getRowCount() == 1);
            String[] buttons = {"exportDone.openFile", "exportDone.openFolder"};
            for (int i = 0; i < buttons.length; i++) {
                String button = buttons[i];
                int count = i + 1;
                app.selectRow(app.window.table("home.projects"), 0);
                app.window.button("home.export").click();
                JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot);
                app.choose(chooser, file);
                if (button.endsWith("openFolder")) { // the second export replaces the first file: confirmed
                    app.acknowledge(Pattern.compile("(?s).*设备\\.edproj.*"), GuiApp.WAIT_MS);
                }
                DialogFixture done = WindowFinder.findDialog("exportDone").withTimeout(GuiApp.WAIT_MS).using(app.robot);
                done.button("exportDone.openFile").requireVisible();
                done.button("exportDone.openFolder").requireVisible();
                Screens.shoot(app.robot, "export-done-desktop");
                // the file is opened, and the follow-up closes itself
                app.press(done.button(button), "opened", () -> {
                    synchronized (opened) {
                        return opened.size() == count;
                    }
                });
                GuiApp.waitUntil("follow-up closed", () -> !done.target().isShowing());
            }
            synchronized (opened) {
                assertThat(opened).containsExactly("file " + file.toAbsolutePath(), "folder " + file.toAbsolutePath());
            }
        } finally {
            ExportDone.useOpener(before);
        }
    }

    private static boolean visible(DialogFixture d, String name) {
        return GuiActionRunner.execute(() -> d.robot().finder().findByName(d.target(), name, javax.swing.JButton.class, false).isVisible());
    }
}
