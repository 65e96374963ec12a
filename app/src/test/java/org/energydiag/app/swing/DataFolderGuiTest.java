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
        }
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
