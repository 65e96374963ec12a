package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.energydiag.app.AppContext;
import org.energydiag.app.store.Database;
import org.energydiag.app.store.H2ProjectRepository;
import org.energydiag.app.store.StoreEncryption;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.progress.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window on an encrypted data folder (the password asked at start) and on a read-only one (the banner). */
class DataFolderGuiTest {

    private static final Instant T = Instant.parse("2026-05-01T08:00:00Z");

    @TempDir
    Path dir;

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    private String seed(String password) {
        var p = DemoProjects.cementPlant(T, "");
        try (Database db = Database.open(dir.resolve("data"))) {
            new H2ProjectRepository(db, Clock.fixed(T, ZoneOffset.UTC)).put(p);
            if (password != null) {
                StoreEncryption.convert(db, password, NullProgressMonitor.INSTANCE);
            }
        }
        return p.enterprise().name();
    }

    @Test
    void anEncryptedFolderAsksThePasswordAgainWhenWrongAndOpensWithIt() throws Exception {
        String name = seed("Laptop-2026");
        try (GuiApp app = GuiApp.launch(dir, data -> new AppContext(data, dir.resolve("home"), Clock.systemDefaultZone()), robot -> {
            DialogFixture d = WindowFinder.findDialog("password").withTimeout(GuiApp.WAIT_MS).using(robot);
            shoot(robot, "password-asked");
            GuiApp.type(d.textBox("password.field"), "not-the-password");
            d.textBox("password.field").pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);
            GuiApp.waitUntil("asked again", () -> java.util.Arrays.stream(java.awt.Window.getWindows())
                    .anyMatch(w -> w.isShowing() && "password".equals(w.getName()) && text(w).contains("密码不正确")));
            DialogFixture again = WindowFinder.findDialog("password").withTimeout(GuiApp.WAIT_MS).using(robot);
            shoot(robot, "password-wrong");
            GuiApp.type(again.textBox("password.field"), "Laptop-2026");
            again.textBox("password.field").pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);
        })) {
            GuiApp.waitUntil("project listed", () -> app.window.table("home.projects").target().getRowCount() == 1);
            assertThat(app.window.table("home.projects").contents()[0]).anyMatch(c -> c.contains(name));
        }
    }

    @Test
    void aReadOnlyFolderShowsItsBannerAndTheProjects() throws Exception {
        String name = seed(null);
        // simulated read-only (no mount in a GUI test): the folder reported not writable, H2 opened read-only
        try (GuiApp app = GuiApp.launch(dir, data -> new AppContext(data, dir.resolve("home"), Clock.systemDefaultZone(), d -> false),
                robot -> { })) {
            app.window.label("readOnlyBanner").requireVisible();
            assertThat(app.window.label("readOnlyBanner").text()).contains("只读");
            GuiApp.waitUntil("project listed", () -> app.window.table("home.projects").target().getRowCount() == 1);
            assertThat(app.window.table("home.projects").contents()[0]).anyMatch(c -> c.contains(name));
            // what would write is disabled and says why; opening and exporting stay
            for (String b : java.util.List.of("home.new", "home.demo", "home.import")) {
                app.window.button(b).requireDisabled();
                assertThat(app.window.button(b).target().getToolTipText()).contains("只读");
            }
            app.window.table("home.projects").selectRows(0);
            app.window.button("home.open").requireEnabled();
            app.window.button("home.export").requireEnabled();
            app.window.button("home.duplicate").requireDisabled();
            app.window.button("home.delete").requireDisabled();
            Screens.shoot(app.robot, "read-only-folder");

            // the menus: importing is disabled; the dialogs open locked (writers disabled and saying why), reading stays
            GuiApp.waitUntil("import menu item disabled", () -> org.assertj.swing.edt.GuiActionRunner.execute(() -> {
                var item = findNamed(((javax.swing.JFrame) app.window.target()).getJMenuBar(), "menu.import");
                return item != null && !item.isEnabled() && item.getToolTipText().contains("只读");
            }));
            app.window.menuItem("menu.benchmarks").click();
            DialogFixture benchmarks = WindowFinder.findDialog("benchmarks").withTimeout(GuiApp.WAIT_MS).using(app.robot);
            for (String b : java.util.List.of("benchmarks.add", "benchmarks.save")) {
                benchmarks.button(b).requireDisabled();
                assertThat(benchmarks.button(b).target().getToolTipText()).contains("只读");
            }
            assertThat(org.assertj.swing.edt.GuiActionRunner.execute(() -> ((SheetTable) benchmarks.table("benchmarks.table").target())
                    .isCellEditable(0, 1))).as("a benchmark cell").isFalse();
            app.press(benchmarks.button("benchmarks.close"), "benchmarks closed", () -> !benchmarks.target().isShowing());

            app.window.menuItem("menu.settings").click();
            DialogFixture settings = WindowFinder.findDialog("settings").withTimeout(GuiApp.WAIT_MS).using(app.robot);
            settings.textBox("settings.agency").requireNotEditable();
            settings.radioButton("settings.dark").requireDisabled();
            settings.button("settings.ok").requireEnabled(); // the folder for the next start can still be chosen
            Screens.shoot(app.robot, "read-only-settings");
            app.press(settings.button("settings.cancel"), "settings closed", () -> !settings.target().isShowing());

            app.window.menuItem("menu.followUp").click();
            DialogFixture followUp = WindowFinder.findDialog("followUp.dialog").withTimeout(GuiApp.WAIT_MS).using(app.robot);
            for (String b : java.util.List.of("followUp.editRecord", "followUp.visit", "followUp.setup")) {
                followUp.button(b).requireDisabled();
                assertThat(followUp.button(b).target().getToolTipText()).contains("只读");
            }
            GuiApp.waitUntil("the records read", () -> followUp.label("followUp.summary").text().startsWith("<html>")
                    || followUp.label("followUp.summary").text().startsWith("无法"));
            Screens.shoot(app.robot, "read-only-follow-up");
            assertThat(followUp.label("followUp.summary").text()).startsWith("<html>1 个项目");
            followUp.button("followUp.exportTracking").requireEnabled();
            Screens.shoot(app.robot, "read-only-follow-up");
            app.press(followUp.button("followUp.close"), "follow-up closed", () -> !followUp.target().isShowing());
        }
    }

    /**
     * A project opened from a read-only folder cannot be typed into: its fields and table cells stay
     * as they were, the buttons that would change it are disabled and say why, the banner stays in
     * sight; the plan check and the export to another folder still work.
     */
    @Test
    void aProjectOpenedFromAReadOnlyFolderCannotBeEditedButExports() throws Exception {
        String name = seed(null);
        try (GuiApp app = GuiApp.launch(dir, data -> new AppContext(data, dir.resolve("home"), Clock.systemDefaultZone(), d -> false),
                robot -> { })) {
            GuiApp.waitUntil("project listed", () -> app.window.table("home.projects").target().getRowCount() == 1);
            app.window.table("home.projects").selectRows(0);
            app.press(app.window.button("home.open"), "workspace shown", () -> findShowing(app.window.target(), "workspace") != null);
            app.window.label("readOnlyBanner").requireVisible();
            assertThat(app.window.label("readOnlyBanner").text()).contains("只读").contains("不能修改");

            // a field: not editable, and typing into it changes nothing
            var field = app.window.textBox("enterprise.name");
            field.requireNotEditable();
            field.click();
            app.robot.enterText("改名");
            app.robot.waitForIdle();
            field.requireText(name);

            // a table cell: selecting works, typing and double-clicking start no edit
            app.window.list("workspace.steps").clickItem(2);
            var motors = app.window.table("equipment.MOTOR");
            assertThat(motors.target().getRowCount()).isPositive();
            var cell = org.assertj.swing.data.TableCell.row(0).column(0);
            Object before = motors.valueAt(cell);
            motors.selectCell(cell);
            app.robot.enterText("9");
            motors.cell(cell).doubleClick();
            app.robot.enterText("9");
            app.robot.waitForIdle();
            assertThat(motors.target().isEditing()).isFalse();
            assertThat(motors.valueAt(cell)).isEqualTo(before);
            app.window.button("equipment.add").requireDisabled();
            assertThat(app.window.button("equipment.add").target().getToolTipText()).contains("只读");
            app.window.button("equipment.export").requireEnabled(); // exporting and filtering only show
            app.window.textBox("equipment.search").requireEditable();
            Screens.shoot(app.robot, "read-only-workspace");

            // the session took no edit: nothing waits to be saved
            assertThat(org.assertj.swing.edt.GuiActionRunner.execute(
                    () -> ((WorkspacePanel) findShowing(app.window.target(), "workspace")).session().project().enterprise().name()))
                    .isEqualTo(name);
            app.window.button("workspace.submit").requireDisabled();

            // the export to another folder still works
            app.window.button("workspace.exportPlan").requireEnabled();
            java.nio.file.Path out = java.nio.file.Files.createDirectories(dir.resolve("out"));
            app.window.button("workspace.exportPlan").click();
            GuiApp.waitUntil("plan check or file chooser", () -> java.util.Arrays.stream(java.awt.Window.getWindows())
                    .anyMatch(w -> w.isShowing() && ("planCheck.dialog".equals(w.getName()) || findChooser(w) != null)));
            if (org.assertj.swing.edt.GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                    .anyMatch(w -> w.isShowing() && "planCheck.dialog".equals(w.getName())))) {
                DialogFixture check = WindowFinder.findDialog("planCheck.dialog").withTimeout(GuiApp.WAIT_MS).using(app.robot);
                app.press(check.button("planCheck.export"), "check closed", () -> !check.target().isShowing());
            }
            var chooser = org.assertj.swing.finder.JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot);
            app.choose(chooser, out.resolve("方案"));
            app.exportDone(java.util.regex.Pattern.compile("(?s)已导出：.*"), out.resolve("方案.docx"));
            assertThat(out.resolve("方案.docx")).isNotEmptyFile();
        }
    }

    private static javax.swing.JMenuItem findNamed(javax.swing.JMenuBar bar, String name) {
        for (int i = 0; i < bar.getMenuCount(); i++) {
            for (java.awt.Component k : bar.getMenu(i).getMenuComponents()) {
                if (k instanceof javax.swing.JMenuItem item && name.equals(item.getName())) {
                    return item;
                }
            }
        }
        return null;
    }

    private static java.awt.Component findShowing(java.awt.Container c, String name) {
        for (java.awt.Component k : c.getComponents()) {
            if (name.equals(k.getName()) && k.isShowing()) {
                return k;
            }
            if (k instanceof java.awt.Container inner) {
                java.awt.Component f = findShowing(inner, name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static javax.swing.JFileChooser findChooser(java.awt.Container c) {
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof javax.swing.JFileChooser f) {
                return f;
            }
            if (k instanceof java.awt.Container inner) {
                javax.swing.JFileChooser f = findChooser(inner);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The texts of the labels in a window (a JOptionPane's message). */
    private static String text(java.awt.Container c) {
        StringBuilder sb = new StringBuilder();
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof javax.swing.JLabel l && l.getText() != null) {
                sb.append(l.getText());
            }
            if (k instanceof java.awt.Container inner) {
                sb.append(text(inner));
            }
        }
        return sb.toString();
    }

    private static void shoot(org.assertj.swing.core.Robot robot, String name) {
        try {
            Screens.shoot(robot, name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
